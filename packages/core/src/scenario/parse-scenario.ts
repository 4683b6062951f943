import { parse as parseYaml } from 'yaml';
import { CanbangInputError } from '../model/errors.ts';
import { parseJson } from '../io/parse-json.ts';
import type { Scenario } from './types.ts';
import { validateScenario } from './validate-scenario.ts';

export interface ParseScenarioOptions {
  /** File name shown in errors; default "parseScenario". */
  source?: string;
  /** Text format; default from the source's extension (.yaml / .yml are YAML), else JSON. */
  format?: 'json' | 'yaml';
}

/**
 * Parses a scenario file's text (JSON or YAML) and validates it (see {@link validateScenario}).
 * Syntax errors are {@link CanbangInputError}s naming the file and the line.
 *
 * @example
 * const scenario = parseScenario(readFileSync('data/scenarios/land.yaml', 'utf8'), { source: 'data/scenarios/land.yaml' });
 */
export function parseScenario(text: string, options: ParseScenarioOptions = {}): Scenario {
  const source = options.source ?? 'parseScenario';
  const format = options.format ?? (/\.ya?ml$/i.test(source) ? 'yaml' : 'json');
  // JSON goes through the dataset's JSON reader: duplicate keys and prototype keys are refused there too.
  if (format === 'json') return validateScenario(parseJson(text, source), source);
  let value: unknown;
  try {
    value = parseYaml(text); // refuses duplicate keys (uniqueKeys is on by default)
  } catch (error) {
    const message = error instanceof Error ? error.message.split('\n')[0] : String(error);
    throw new CanbangInputError({ source, expected: `valid ${format.toUpperCase()} (${message})` });
  }
  return validateScenario(value, source);
}

import { parse as parseYaml } from 'yaml';
import { CanbangInputError } from '../model/errors.ts';
import { parseJson } from '../io/parse-json.ts';
import { SCENARIO_LIMITS } from './scenario-limits.ts';
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
  const value = format === 'json' ? parseJson(text, source) : parseYamlText(text, source);
  const deepest = deepestPath(value, SCENARIO_LIMITS.maxNesting);
  if (deepest !== undefined) throw tooDeep(source, `nested more than ${SCENARIO_LIMITS.maxNesting} levels at ${deepest}`);
  return validateScenario(value, source);
}

function parseYamlText(text: string, source: string): unknown {
  try {
    return parseYaml(text); // refuses duplicate keys (uniqueKeys is on by default)
  } catch (error) {
    const message = error instanceof Error ? error.message.split('\n')[0] : String(error);
    // The YAML parser recurses per level: thousands of levels exhaust the stack before any limit can be checked.
    if (message.startsWith('Maximum call stack size exceeded')) throw tooDeep(source, `YAML ${message.replace('Maximum call stack size exceeded', 'nested too deeply')}`);
    throw new CanbangInputError({ source, expected: `valid YAML (${message})` });
  }
}

function tooDeep(source: string, value: string): CanbangInputError {
  return new CanbangInputError({ source, value, expected: `at most ${SCENARIO_LIMITS.maxNesting} levels of nesting (SCENARIO_LIMITS.maxNesting; a scenario is a short object)` });
}

/** The path of the first value deeper than `limit` levels, found without recursion; undefined when none is. */
function deepestPath(root: unknown, limit: number): string | undefined {
  const stack: { value: unknown; path: string; depth: number }[] = [{ value: root, path: '$', depth: 0 }];
  while (stack.length > 0) {
    const { value, path, depth } = stack.pop()!;
    if (value === null || typeof value !== 'object') continue;
    if (depth >= limit) return path;
    for (const [key, child] of Object.entries(value)) {
      stack.push({ value: child, path: Array.isArray(value) ? `${path}[${key}]` : `${path}.${key}`, depth: depth + 1 });
    }
  }
  return undefined;
}

import { CanbangInputError } from '@canbang/core';

/** Formats a command can print or write as text. */
export type TextFormat = 'table' | 'csv' | 'json';
const FORMATS = ['table', 'csv', 'json', 'xlsx'] as const;
export type OutputFormat = (typeof FORMATS)[number];

/** Which formats a command offers, and the one it uses without --format or a known --out extension. */
export interface FormatChoice {
  formats: readonly OutputFormat[];
  fallback: OutputFormat;
}

/**
 * The output format: as given, else from the --out extension (.csv, .json, .xlsx), else `choice.fallback`
 * (a table unless the command says otherwise). A format the command does not offer is an error listing those it does.
 *
 * @example
 * outputFormat(undefined, 'out/plan.xlsx', 'plan'); // 'xlsx'
 * outputFormat(undefined, undefined, 'analyze'); // 'table'
 * outputFormat(undefined, undefined, 'scenario', { formats: ['csv', 'json', 'xlsx'], fallback: 'csv' }); // 'csv'
 */
export function outputFormat(format: string | undefined, out: string | undefined, command: string, choice: FormatChoice = { formats: FORMATS, fallback: 'table' }): OutputFormat {
  const fromExtension = FORMATS.find((f) => f !== 'table' && out?.toLowerCase().endsWith(`.${f}`));
  const chosen = format ?? fromExtension ?? choice.fallback;
  if (!(choice.formats as readonly string[]).includes(chosen)) {
    throw new CanbangInputError({ source: `canbang ${command} --format`, value: chosen, expected: choice.formats.join(' | ') });
  }
  if (chosen === 'xlsx' && !out?.toLowerCase().endsWith('.xlsx')) {
    throw new CanbangInputError({ source: `canbang ${command} --out`, value: out ?? '(stdout)', expected: 'a file name ending in .xlsx for --format xlsx' });
  }
  if (fromExtension === 'xlsx' && chosen !== 'xlsx') {
    throw new CanbangInputError({ source: `canbang ${command} --format`, value: chosen, expected: 'xlsx (or no --format) when --out ends in .xlsx' });
  }
  return chosen as OutputFormat;
}


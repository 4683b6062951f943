import { CanbangInputError } from '@canbang/core';

/** Formats a command can print or write as text. */
export type TextFormat = 'table' | 'csv' | 'json';
const FORMATS = ['table', 'csv', 'json', 'xlsx'] as const;
export type OutputFormat = (typeof FORMATS)[number];

/**
 * The output format: as given, else from the --out extension (.csv, .json, .xlsx), else a table.
 *
 * @example
 * outputFormat(undefined, 'out/plan.xlsx', 'plan'); // 'xlsx'
 * outputFormat(undefined, undefined, 'analyze'); // 'table'
 */
export function outputFormat(format: string | undefined, out: string | undefined, command: string): OutputFormat {
  const fromExtension = FORMATS.find((f) => f !== 'table' && out?.toLowerCase().endsWith(`.${f}`));
  const chosen = format ?? fromExtension ?? 'table';
  if (!(FORMATS as readonly string[]).includes(chosen)) {
    throw new CanbangInputError({ source: `canbang ${command} --format`, value: chosen, expected: FORMATS.join(' | ') });
  }
  if (chosen === 'xlsx' && !out?.toLowerCase().endsWith('.xlsx')) {
    throw new CanbangInputError({ source: `canbang ${command} --out`, value: out ?? '(stdout)', expected: 'a file name ending in .xlsx for --format xlsx' });
  }
  if (fromExtension === 'xlsx' && chosen !== 'xlsx') {
    throw new CanbangInputError({ source: `canbang ${command} --format`, value: chosen, expected: 'xlsx (or no --format) when --out ends in .xlsx' });
  }
  return chosen as OutputFormat;
}


import { CanbangInputError, checkMessage, describeCheck, translate, type InputCheck, type Locale } from '@canbang/core';
import { formatCsv, type WorkbookSheet } from '@canbang/io';
import { printLine } from './terminal-text.ts';

/** Columns of the `checks` sheet, CSV and JSON section: one row per warning. */
export const CHECK_COLUMNS = ['code', 'source', 'row', 'column', 'value', 'message'] as const;

/**
 * Shows a run's input warnings: one `canbang: warning:` line each on stderr; with `strict`, the first
 * becomes the run's error (exit 2) instead, saying how many there are.
 *
 * @example
 * reportChecks(inputChecks(dataset), { strict: false }); // canbang: warning: units.csv, row 3, column "population": ...
 */
export function reportChecks(checks: readonly InputCheck[], options: { strict: boolean; locale?: Locale }): void {
  const locale = options.locale ?? 'en';
  if (checks.length === 0) return;
  if (options.strict) {
    const first = checks[0]!;
    throw new CanbangInputError({
      source: first.source,
      ...(first.row !== undefined ? { row: first.row } : {}),
      ...(first.column !== undefined ? { column: first.column } : {}),
      ...(first.value !== undefined ? { value: first.value } : {}),
      expected: `no warnings under --strict (${first.message} [${first.code}]; ${checks.length} warning${checks.length === 1 ? '' : 's'} in all: run without --strict to list them)`,
    });
  }
  for (const check of checks) printLine(translate(locale, 'common.warning', { message: describeCheck(check, locale) }));
}

/**
 * The warnings as rows with the {@link CHECK_COLUMNS} (empty cells where a check has no row, column or value),
 * messages in `locale` (a workbook for a reader; the CSV file of warnings stays English).
 *
 * @example
 * checkRows(inputChecks(dataset)); // [{ code: 'population_low', source: 'units.csv', row: 3, ... }]
 */
export function checkRows(checks: readonly InputCheck[], locale: Locale = 'en'): Record<string, unknown>[] {
  return checks.map((c) => ({ code: c.code, source: c.source, row: c.row ?? null, column: c.column ?? null, value: c.value ?? null, message: checkMessage(c, locale) }));
}

/**
 * The `checks` sheet of an output workbook (header only when there is nothing to warn about).
 *
 * @example
 * await writeSheetsOutput('out.xlsx', [...analysisSheets(analysis), checksSheet(analysis.checks)]);
 */
export function checksSheet(checks: readonly InputCheck[], locale: Locale = 'en'): WorkbookSheet {
  const rows = checkRows(checks, locale);
  return { name: 'checks', table: rows.length > 0 ? rows : [Object.fromEntries(CHECK_COLUMNS.map((c) => [c, c === 'message' ? translate(locale, 'checks.none') : null]))] };
}

/**
 * The warnings as CSV text (header and one row each), for the `.checks.csv` file written beside a CSV output.
 *
 * @example
 * checksCsv(checks); // "code,source,row,column,value,message\npopulation_low,units.csv,3,..."
 */
export function checksCsv(checks: readonly InputCheck[]): string {
  return formatCsv(CHECK_COLUMNS, checkRows(checks));
}

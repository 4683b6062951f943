import type { Command } from 'commander';
import { CanbangInputError } from '@canbang/core';
import { formatCsv } from '@canbang/io';
import { numberOption } from './number-option.ts';

/**
 * Decimals kept in CSV numbers when `--precision` is not given: 3 shows FTE to a thousandth of a position and
 * ratios as 0.873, while the 15-17 digit floats of the computation (71.41402944497482) are noise for a planner.
 */
export const DEFAULT_CSV_PRECISION = 3;

/** The CSV options every command with CSV output shares. */
export interface CsvOptions {
  precision?: string;
  bom?: boolean;
}

/**
 * Adds `--precision <decimals>` and `--bom` to a command with CSV output.
 *
 * @example
 * csvOptions(program.command('analyze')); // canbang analyze --format csv --precision 2 --bom
 */
export function csvOptions(command: Command): Command {
  return command
    .option('--precision <decimals>', `CSV: decimals kept in numbers, 0-15 (whole numbers stay whole)`, String(DEFAULT_CSV_PRECISION))
    .option('--bom', 'CSV: start with a UTF-8 byte-order mark so Excel opening the .csv shows Vietnamese letters');
}

/**
 * CSV text as the command's `--precision` and `--bom` ask.
 *
 * @example
 * csvText(['ratio'], [{ ratio: 0.87345 }], { precision: '2', bom: true }); // "\ufeffratio\n0.87\n"
 */
export function csvText(columns: readonly string[], rows: readonly object[], options: CsvOptions): string {
  const text = options.precision ?? String(DEFAULT_CSV_PRECISION);
  const precision = numberOption(text, 'canbang --precision', { integer: true, min: 0 });
  if (precision > 15) throw new CanbangInputError({ source: 'canbang --precision', value: text, expected: 'a whole number of decimals from 0 to 15' });
  return (options.bom ? '\ufeff' : '') + formatCsv(columns, rows, { precision });
}

import type { Command } from 'commander';
import { CanbangInputError, writeTemplate } from '@canbang/core';
import { prepareOutput } from '../write-output.ts';

/**
 * `canbang template --out FILE.xlsx`: writes the input template workbook (instructions sheet, the sheets
 * units, headcount, volumes, standards with one example row each, and meta) for a provincial office to fill
 * in and pass back with `--data FILE.xlsx`.
 *
 * @example
 * registerTemplate(program); // canbang template --out dien-bien.xlsx
 */
export function registerTemplate(program: Command): void {
  program
    .command('template')
    .description('write the Excel input template (instructions, units, headcount, volumes, standards, meta)')
    .requiredOption('--out <file.xlsx>', 'where to write the template workbook')
    .action(async (options: { out: string }) => {
      if (!options.out.toLowerCase().endsWith('.xlsx')) {
        throw new CanbangInputError({ source: 'canbang template --out', value: options.out, expected: 'a file name ending in .xlsx' });
      }
      const out = await prepareOutput(options.out);
      await writeTemplate(out);
      process.stderr.write(`canbang: wrote template ${out}\n`);
    });
}

import type { Command } from 'commander';
import { CanbangInputError, readDataset, type Dataset } from '@canbang/core';
import { loadVietNam } from '@canbang/data-vn';
import { numberOption } from './number-option.ts';

/** Options every data-reading command shares. */
export interface InputOptions {
  data?: string;
  seed?: string;
}

/**
 * Adds `--data` and `--seed` to a command.
 *
 * @example
 * inputOptions(program.command('analyze')); // canbang analyze --data my-folder | --seed 7
 */
export function inputOptions(command: Command): Command {
  return command
    .option('--data <path>', 'dataset folder of CSV files, a .json or an .xlsx workbook (default: built-in Viet Nam dataset)')
    .option('--seed <n>', 'seed of the built-in synthetic Viet Nam dataset');
}

/**
 * The dataset a command works on: `--data` if given, else the built-in Viet Nam dataset.
 * `seedFlag` is how the command spells its seed option, for error messages (`scenario` has `--data-seed`).
 *
 * @example
 * const dataset = await loadInput({ data: 'data/sample' }); // or {} for the built-in dataset, { seed: '7' } for another draw
 */
export async function loadInput(options: InputOptions, seedFlag = '--seed'): Promise<Dataset> {
  if (options.data !== undefined) {
    if (options.seed !== undefined) {
      throw new CanbangInputError({ source: `canbang ${seedFlag}`, value: options.seed, expected: `no ${seedFlag} with --data (the seed only shapes the built-in synthetic dataset)` });
    }
    return readDataset(options.data);
  }
  if (options.seed === undefined) return loadVietNam();
  return loadVietNam({ seed: numberOption(options.seed, `canbang ${seedFlag}`, { integer: true }) });
}

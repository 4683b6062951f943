import type { Command } from 'commander';
import { CanbangInputError, inputChecks, type Dataset } from '@canbang/core';
import { datasetFiles, readDataset } from '@canbang/io';
import { loadVietNam } from '@canbang/data-vn';
import { reportChecks } from './checks-output.ts';
import { commandLocale } from './lang-option.ts';
import { numberOption } from './number-option.ts';
import { noteInputs } from './run-inputs.ts';
import { userPath } from './user-path.ts';

/** Options every data-reading command shares. */
export interface InputOptions {
  data?: string;
  seed?: string;
  /** Input warnings are errors (exit 2). */
  strict?: boolean;
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
    .option('--seed <n>', 'seed of the built-in synthetic Viet Nam dataset')
    .option('--strict', 'treat input warnings (e.g. a population under 1,000, shares that look like fractions) as errors: exit 2');
}

/**
 * The dataset a command works on: `--data` if given (resolved against the user's folder, see `userPath`),
 * else the built-in Viet Nam dataset. Its input warnings are printed on stderr, or with `--strict` stop the
 * run (exit 2). `seedFlag` is how the command spells its seed option, for error messages (`scenario` has `--data-seed`).
 *
 * @example
 * const dataset = await loadInput({ data: 'data/sample' }); // or {} for the built-in dataset, { seed: '7' } for another draw
 */
export async function loadInput(options: InputOptions, seedFlag = '--seed'): Promise<Dataset> {
  const dataset = await loadDataset(options, seedFlag);
  reportChecks(inputChecks(dataset), { strict: options.strict === true, locale: commandLocale(options) });
  return dataset;
}

async function loadDataset(options: InputOptions, seedFlag: string): Promise<Dataset> {
  if (options.data !== undefined) {
    if (options.seed !== undefined) {
      throw new CanbangInputError({ source: `canbang ${seedFlag}`, value: options.seed, expected: `no ${seedFlag} with --data (the seed only shapes the built-in synthetic dataset)` });
    }
    const path = userPath(options.data);
    noteInputs(await datasetFiles(path));
    return readDataset(path);
  }
  if (options.seed === undefined) return loadVietNam();
  return loadVietNam({ seed: numberOption(options.seed, `canbang ${seedFlag}`, { integer: true }) });
}

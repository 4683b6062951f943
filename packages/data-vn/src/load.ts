import type { Dataset } from '@canbang/core';
import { createDataset } from '@canbang/core';
import { DEFAULT_SEED, generateVietNam, type GenerateOptions } from './generate.ts';
import { dataFilePath } from './csv.ts';
import { readBuiltInSnapshot } from './built-in-snapshot.ts';

/**
 * The built-in Viet Nam dataset: the real 2025 registry with SYNTHETIC population, headcount and volumes
 * (see {@link generateVietNam}), validated into a {@link Dataset} (`meta.synthetic` is true).
 * `options.dataDir` may hold edited copies of the data files (e.g. `standards.csv`); errors name that file.
 *
 * @example
 * const ds = loadVietNam();
 * ds.units.numRows(); // 3321
 * ds.meta.period; // '2025-Q3'
 * loadVietNam({ dataDir: 'my-standards' }); // with your own standards.csv
 */
export function loadVietNam(options: GenerateOptions = {}): Dataset {
  // The compiled package loads the default dataset from the snapshot its build wrote (identical tables, about
  // 20 times faster than generating and validating them again); see built-in-snapshot.ts.
  const isDefault = options.dataDir === undefined && (options.seed ?? DEFAULT_SEED) === DEFAULT_SEED;
  return (isDefault ? readBuiltInSnapshot() : undefined) ?? generateAndValidate(options);
}

/**
 * The built-in dataset generated and validated from the data files (what {@link loadVietNam} does when
 * there is no build snapshot, and what the build's snapshot is made of).
 *
 * @example
 * generateAndValidate({ seed: 1 }).units.numRows(); // 3321
 */
export function generateAndValidate(options: GenerateOptions = {}): Dataset {
  return createDataset(generateVietNam(options), {
    units: 'generateVietNam(units)',
    headcount: 'generateVietNam(headcount)',
    volumes: 'generateVietNam(volumes)',
    standards: dataFilePath('standards.csv', options),
    provinces: dataFilePath('provinces-2025.csv'),
    fields: dataFilePath('fields.csv', options),
  });
}

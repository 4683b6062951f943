import type { Dataset } from '@canbang/core';
import { createDataset } from '@canbang/core';
import { generateVietNam, type GenerateOptions } from './generate.ts';
import { dataFilePath } from './csv.ts';

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
  return createDataset(generateVietNam(options), {
    units: 'generateVietNam(units)',
    headcount: 'generateVietNam(headcount)',
    volumes: 'generateVietNam(volumes)',
    standards: dataFilePath('standards.csv', options),
    provinces: dataFilePath('provinces-2025.csv'),
    fields: dataFilePath('fields.csv', options),
  });
}

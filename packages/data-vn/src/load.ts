import type { Dataset } from '@canbang/core';
import { createDataset } from '@canbang/core';
import { generateVietNam, type GenerateOptions } from './generate.ts';

/**
 * The built-in Viet Nam dataset: the real 2025 registry with SYNTHETIC population, headcount and volumes
 * (see {@link generateVietNam}), validated into a {@link Dataset} (`meta.synthetic` is true).
 *
 * @example
 * const ds = loadVietNam();
 * ds.units.numRows(); // 3321
 * ds.meta.period; // '2025-Q3'
 */
export function loadVietNam(options: GenerateOptions = {}): Dataset {
  return createDataset(generateVietNam(options), {
    units: 'generateVietNam(units)',
    headcount: 'generateVietNam(headcount)',
    volumes: 'generateVietNam(volumes)',
    standards: 'packages/data-vn/data/standards.csv',
    provinces: 'packages/data-vn/data/provinces-2025.csv',
    fields: 'packages/data-vn/data/fields.csv',
  });
}

// Internal to the model: the units and provinces tables of validateDatasetRows.
import type { DatasetRows } from './types.ts';
import { checkColumns, fail, isGiven, requireText } from './row-checks.ts';
import { tableSchema } from './schema.ts';

/** Province codes listed in the provinces table (undefined: no table, any code goes). */
export function validateProvinces(rows: DatasetRows['provinces'], source: string): ReadonlySet<string> | undefined {
  if (!rows) return undefined;
  const codes = new Set<string>();
  const schema = tableSchema('provinces');
  rows.forEach((row, i) => {
    checkColumns(row, i, schema, source);
    const code = requireText(row, i, 'province_code', source);
    if (codes.has(code)) fail(source, i, 'province_code', code, 'each province code once (duplicate)');
    codes.add(code);
  });
  return codes;
}

/** Checks the units table and returns the unit codes. */
export function validateUnits(rows: DatasetRows['units'], provinceCodes: ReadonlySet<string> | undefined, source: string): ReadonlySet<string> {
  const codes = new Set<string>();
  const schema = tableSchema('units');
  rows.forEach((row, i) => {
    checkColumns(row, i, schema, source);
    const code = row.code;
    if (codes.has(code)) fail(source, i, 'code', code, 'each unit code once (duplicate unit)');
    codes.add(code);
    if (provinceCodes && !provinceCodes.has(row.province_code)) {
      fail(source, i, 'province_code', row.province_code, 'a province code listed in the provinces table');
    }
    // Coordinates are optional (only distances need them), but both or neither.
    const hasLat = isGiven(row, 'lat');
    if (hasLat !== isGiven(row, 'lon')) fail(source, i, hasLat ? 'lon' : 'lat', null, 'lat and lon both given or both left empty');
  });
  return codes;
}

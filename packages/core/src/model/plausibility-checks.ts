import { normQuota } from '../indicators/norm-quota.ts';
import { tableRows } from './typed-table.ts';
import type { InputCheck } from './input-check.ts';
import { checkText } from '../i18n/check-message.ts';
import type { Dataset, DatasetRows } from './types.ts';
import type { TableSources } from './validate.ts';

/** Thresholds of {@link plausibilityChecks}: values outside them are read, but flagged for a look. */
export const PLAUSIBILITY_THRESHOLDS = Object.freeze({
  /** A commune or ward with fewer residents is almost surely a typo (`98.000` read as 98) or a missing value. */
  minPopulation: 1_000,
  /** Staff above this multiple of the norm quota (Dispatch 09: at most 50 / 70) is far beyond any allowed size. */
  staffOverQuota: 1.5,
});

/** Where the rows came from, so a check can name the file and the row as the spreadsheet shows it. */
export interface CheckLocations {
  sources?: TableSources;
  /** File row of each row, per table (rowNumbers.units[i] is the spreadsheet row of rows.units[i]). */
  rowNumbers?: Partial<Record<'units' | 'headcount' | 'standards', readonly number[]>>;
}

/**
 * Plausibility warnings on validated rows (never errors: the values are possible, just unlikely):
 * - `population_low`: a commune or ward with fewer than 1,000 residents (special zones may be that small), unless
 *   the data already flags that population (`pop_flag`): the flag travels with the unit into every output;
 * - `staff_above_quota`: a unit's staff above 1.5 x its norm quota (Dispatch 09/CV-BCĐ);
 * - `no_headcount`: a unit without any headcount row (it is computed with 0 staff in every field);
 * - `share_fraction`: every support share of a field is <= 1 (shares are percent: 0.15 means 0.15 %, not 15 %).
 *
 * @example
 * plausibilityChecks(rows, { sources: { units: 'data/units.csv' }, rowNumbers: { units: [2, 3, 4] } });
 * // [{ code: 'population_low', source: 'data/units.csv', row: 3, column: 'population', value: '98', message: '...' }]
 */
export function plausibilityChecks(rows: Pick<DatasetRows, 'units' | 'headcount' | 'standards'>, where: CheckLocations = {}): InputCheck[] {
  const checks: InputCheck[] = [];
  const source = (table: keyof TableSources) => where.sources?.[table] ?? `createDataset(${table})`;
  const rowOf = (table: 'units' | 'headcount' | 'standards', index: number) => {
    const row = where.rowNumbers?.[table]?.[index];
    return row === undefined ? {} : { row };
  };

  const staff = new Map<string, number>();
  for (const h of rows.headcount) staff.set(h.unit_code, (staff.get(h.unit_code) ?? 0) + h.staff);

  rows.units.forEach((unit, i) => {
    const name = `${unit.code} (${unit.name})`;
    if (unit.kind !== 'special_zone' && unit.population < PLAUSIBILITY_THRESHOLDS.minPopulation && !unit.pop_flag) {
      checks.push({
        code: 'population_low',
        source: source('units'),
        ...rowOf('units', i),
        column: 'population',
        value: String(unit.population),
        ...checkText('check.population_low', { kind: unit.kind, name, population: String(unit.population), min: PLAUSIBILITY_THRESHOLDS.minPopulation }),
      });
    }
    const total = staff.get(unit.code);
    if (total === undefined) {
      checks.push({
        code: 'no_headcount',
        source: source('headcount'),
        column: 'unit_code',
        value: unit.code,
        ...checkText('check.no_headcount', { name }),
      });
      return;
    }
    const quota = normQuota(unit);
    if (total > PLAUSIBILITY_THRESHOLDS.staffOverQuota * quota) {
      checks.push({
        code: 'staff_above_quota',
        source: source('headcount'),
        column: 'staff',
        value: String(total),
        ...checkText('check.staff_above_quota', { name, total: String(total), factor: String(PLAUSIBILITY_THRESHOLDS.staffOverQuota), quota }),
      });
    }
  });

  const shares = new Map<string, { index: number; share: number }[]>();
  rows.standards.forEach((s, i) => {
    if (s.kind !== 'support' || s.share === null || s.share === undefined) return;
    const list = shares.get(s.field) ?? [];
    list.push({ index: i, share: s.share });
    shares.set(s.field, list);
  });
  for (const [field, list] of shares) {
    if (!list.every((s) => s.share <= 1) || !list.some((s) => s.share > 0)) continue;
    const first = list[0]!;
    checks.push({
      code: 'share_fraction',
      source: source('standards'),
      ...rowOf('standards', first.index),
      column: 'share',
      value: String(first.share),
      // Shares are shown as read (a dot for decimals), the value the planner will look for in the file.
      ...checkText('check.share_fraction', { field, shares: list.map((s) => s.share).join(', '), share: String(first.share), percent: String(+(first.share * 100).toFixed(6)) }),
    });
  }
  return checks;
}

// A Dataset is immutable, so its derived checks are computed once: a CLI run asks for them when loading (to print
// them) and again when writing its outputs; on the national dataset each derivation costs tens of ms of start-up.
const derivedChecks = new WeakMap<Dataset, readonly InputCheck[]>();

/**
 * The warnings about a dataset: those its reader gathered (`dataset.checks`, set by `readDataset`), or for a
 * dataset built in code (e.g. the built-in Viet Nam dataset) its {@link plausibilityChecks}, computed once per dataset.
 *
 * @example
 * for (const check of inputChecks(await readDataset('data/sample'))) console.warn(describeCheck(check));
 */
export function inputChecks(dataset: Dataset): readonly InputCheck[] {
  if (dataset.checks) return dataset.checks;
  let checks = derivedChecks.get(dataset);
  if (checks === undefined) {
    checks = plausibilityChecks(checkedTables(dataset));
    derivedChecks.set(dataset, checks);
  }
  return checks;
}

/**
 * The tables {@link plausibilityChecks} reads, as rows of a dataset (its valid rows; the volumes are not needed).
 *
 * @example
 * plausibilityChecks(checkedTables(dataset));
 */
export function checkedTables(dataset: Dataset): Pick<DatasetRows, 'units' | 'headcount' | 'standards'> {
  return { units: tableRows(dataset.units), headcount: tableRows(dataset.headcount), standards: tableRows(dataset.standards) };
}

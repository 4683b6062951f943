/**
 * Compact JSON form of a whole dataset, so the interactive pages can re-run the engine in the browser.
 * Plain rows of the Viet Nam dataset are ~14 MB of JSON (106,272 volume rows); here the unit table is
 * columnar, headcount is a dense unit x field matrix and volumes a dense unit x (field, activity) matrix
 * (null = no row), which is ~1 MB. `decodeDataset(encodeDataset(rows))` gives the same rows back
 * (row order: units as given; headcount and volumes unit-major in the first-seen field/activity order).
 */
import { columnNames } from '@canbang/core';
import type {
  DatasetInput, DatasetMeta, DatasetRows, FieldInfo, HeadcountRow, IndividualAllowanceRow, ProvinceRow, StandardRow, Unit, VolumeRow, WorkingTimeRow,
} from '@canbang/core';

/** The compact encoding; every array is plain JSON. */
export interface CompactDataset {
  meta: DatasetMeta;
  units: { [K in keyof Unit]-?: Unit[K][] };
  provinces: ProvinceRow[];
  fields: FieldInfo[];
  standards: StandardRow[];
  /** Field ids of the headcount matrix columns. */
  headcountFields: string[];
  /** headcount[u * headcountFields.length + f]; null = no row for that unit x field. */
  headcount: (number | null)[];
  /** [field, activity] of the volume matrix columns. */
  volumeKeys: [string, string][];
  cases: (number | null)[];
  /** Present only when some row has on_time / backlog. */
  onTime?: (number | null)[];
  backlog?: (number | null)[];
  /** The optional WISN tables, as plain rows (small), present only when the dataset has them. */
  working_time?: WorkingTimeRow[];
  individual_allowances?: IndividualAllowanceRow[];
}

// The unit columns of the dataset schema, so a column added there (e.g. quota) is encoded too.
const UNIT_COLUMNS = columnNames('units');
// The optional keys of a unit row: encoded as null when absent, and left out again when decoded. Typed as a
// record of exactly Unit's optional keys, so a new optional column that is not listed fails the build.
type OptionalKey<T> = { [K in keyof T]-?: object extends Pick<T, K> ? K : never }[keyof T];
const OPTIONAL_UNIT_COLUMNS: Readonly<Record<OptionalKey<Unit>, true>> = { island: true, land_border: true, pop_flag: true, quota: true };

/**
 * Encodes dataset rows compactly (see {@link CompactDataset}).
 * @example
 * const compact = encodeDataset(datasetRows(loadVietNam()));
 */
export function encodeDataset(rows: DatasetRows): CompactDataset {
  const units = Object.fromEntries(UNIT_COLUMNS.map((c) => [c, rows.units.map((u) => u[c] ?? null)])) as CompactDataset['units'];
  const unitIndex = new Map(rows.units.map((u, i) => [u.code, i]));
  const at = (code: string, what: string): number => {
    const i = unitIndex.get(code);
    if (i === undefined) throw new RangeError(`encodeDataset: ${what} row has unit_code "${code}", which is not a unit`);
    return i;
  };

  const headcountFields = [...new Set(rows.headcount.map((h) => h.field))];
  const hf = new Map(headcountFields.map((f, j) => [f, j]));
  const headcount = new Array<number | null>(rows.units.length * headcountFields.length).fill(null);
  for (const h of rows.headcount) headcount[at(h.unit_code, 'headcount') * headcountFields.length + hf.get(h.field)!] = h.staff;

  const keyOf = (v: Pick<VolumeRow, 'field' | 'activity'>): string => `${v.field}\u0000${v.activity}`;
  const volumeKeys: [string, string][] = [];
  const vk = new Map<string, number>();
  for (const v of rows.volumes) {
    const k = keyOf(v);
    if (!vk.has(k)) {
      vk.set(k, volumeKeys.length);
      volumeKeys.push([v.field, v.activity]);
    }
  }
  const size = rows.units.length * volumeKeys.length;
  const cases = new Array<number | null>(size).fill(null);
  const hasOnTime = rows.volumes.some((v) => v.on_time !== undefined && v.on_time !== null);
  const hasBacklog = rows.volumes.some((v) => v.backlog !== undefined && v.backlog !== null);
  const onTime = hasOnTime ? new Array<number | null>(size).fill(null) : undefined;
  const backlog = hasBacklog ? new Array<number | null>(size).fill(null) : undefined;
  for (const v of rows.volumes) {
    const c = at(v.unit_code, 'volumes') * volumeKeys.length + vk.get(keyOf(v))!;
    if (cases[c] !== null) throw new RangeError(`encodeDataset: duplicate volume row for ${v.unit_code} ${v.field}/${v.activity}`);
    cases[c] = v.cases;
    if (onTime) onTime[c] = v.on_time ?? null;
    if (backlog) backlog[c] = v.backlog ?? null;
  }

  return {
    meta: { ...rows.meta },
    units,
    provinces: [...(rows.provinces ?? [])],
    fields: [...(rows.fields ?? [])],
    standards: [...rows.standards],
    headcountFields,
    headcount,
    volumeKeys,
    cases,
    ...(onTime ? { onTime } : {}),
    ...(backlog ? { backlog } : {}),
    ...(rows.working_time?.length ? { working_time: [...rows.working_time] } : {}),
    ...(rows.individual_allowances?.length ? { individual_allowances: [...rows.individual_allowances] } : {}),
  };
}

/**
 * Decodes {@link CompactDataset} back to dataset rows: records as read from JSON, which `createDataset` checks.
 * @example
 * const ds = createDataset(decodeDataset(await FileAttachment('data/dataset.json').json()));
 */
export function decodeDataset(c: CompactDataset): DatasetInput & { units: Pick<Unit, 'code'>[] } {
  const n = c.units.code.length;
  const units: Pick<Unit, 'code'>[] = new Array(n);
  for (let i = 0; i < n; i++) {
    // `?? null`: files encoded before the optional columns existed lack them.
    const cells = UNIT_COLUMNS.map((col) => [col, c.units[col]?.[i] ?? null] as const);
    units[i] = { ...Object.fromEntries(cells.filter(([col, v]) => v !== null || !Object.hasOwn(OPTIONAL_UNIT_COLUMNS, col))), code: c.units.code[i]! };
  }
  const headcount: HeadcountRow[] = [];
  const volumes: VolumeRow[] = [];
  const nf = c.headcountFields.length;
  const nv = c.volumeKeys.length;
  for (let i = 0; i < n; i++) {
    const unit_code = units[i]!.code;
    for (let j = 0; j < nf; j++) {
      const staff = c.headcount[i * nf + j];
      if (staff !== null && staff !== undefined) headcount.push({ unit_code, field: c.headcountFields[j]!, staff });
    }
    for (let j = 0; j < nv; j++) {
      const k = i * nv + j;
      const cases = c.cases[k];
      if (cases === null || cases === undefined) continue;
      const [field, activity] = c.volumeKeys[j]!;
      volumes.push({ unit_code, field, activity, cases, on_time: c.onTime?.[k] ?? null, backlog: c.backlog?.[k] ?? null });
    }
  }
  return {
    units, headcount, volumes, standards: c.standards, provinces: c.provinces, fields: c.fields, meta: c.meta,
    ...(c.working_time ? { working_time: c.working_time } : {}),
    ...(c.individual_allowances ? { individual_allowances: c.individual_allowances } : {}),
  };
}

import { readFile } from 'node:fs/promises';
import { parse as parseYaml } from 'yaml';
import { CanbangInputError, type DistanceRow, type FixedMove, type ForbiddenPair } from '@canbang/core';
import { readSheetRows, type SheetRows } from '@canbang/io';
import { strictNumber } from './number-option.ts';
import { machineColumns, sheetNameVi } from './localize-workbook.ts';

/** Sheet of a plan workbook that keeps the moves as the plan wrote them, to tell deleted rows from kept ones. */
export const ORIGINAL_MOVES_SHEET = 'original moves';

/** Locks and bans from a planner's overrides file. */
export interface Overrides {
  lock: FixedMove[];
  ban: ForbiddenPair[];
}

const LOCK_KEYS = ['from', 'to', 'field', 'staff'];
const BAN_KEYS = ['from', 'to', 'field'];

/**
 * Reads a planner's overrides (the "auto vs final" step):
 * - `.xlsx`: a plan workbook's `moves` sheet as edited by the planner. Rows left in the sheet (staff edited or
 *   not) become locks; rows of the `original moves` sheet (the plan as written, kept by `canbang plan --out
 *   plan.xlsx`) whose from / to / field no longer appear in `moves`, or whose staff was set to 0, become bans;
 * - `.csv`: a moves CSV (`canbang plan --out plan.csv`): every row with staff >= 1 becomes a lock (a CSV keeps
 *   no copy of the original plan, so deleted rows cannot be recognised: ban them with --ban);
 * - anything else: JSON or YAML `{ lock: [{from, to, field, staff}], ban: [{from, to, field?}] }`. Every scalar
 *   is read as text, so a code written without quotes (`03388`) stays "03388", never the number 3388.
 * An unknown top-level key or an unknown key in an entry is a CanbangInputError naming the file and the entry.
 *
 * @example
 * const { lock, ban } = await readOverrides('plan.xlsx'); // the planner's edited moves sheet
 */
export async function readOverrides(file: string): Promise<Overrides> {
  if (/\.xlsx$/i.test(file)) return overridesFromWorkbook(file);
  if (/\.csv$/i.test(file)) {
    const moves = (await readSheetRows(file, 'moves'))!;
    return { lock: locksFromMoves(moves).filter((m) => m.staff > 0), ban: [] };
  }
  let data: unknown;
  try {
    // failsafe: every scalar is a string (a YAML 1.2 `03388` would otherwise be the number 3388).
    data = parseYaml(await readFile(file, 'utf8'), { schema: 'failsafe', uniqueKeys: true });
  } catch (error) {
    throw new CanbangInputError({ source: file, value: (error as Error).message.split('\n')[0], expected: 'a readable JSON or YAML file' });
  }
  if (data === null || data === undefined || data === '') data = {};
  if (typeof data !== 'object' || Array.isArray(data)) throw new CanbangInputError({ source: file, value: data, expected: 'a mapping with the keys lock and / or ban' });
  const root = data as Record<string, unknown>;
  for (const key of Object.keys(root)) {
    if (key !== 'lock' && key !== 'ban') throw new CanbangInputError({ source: file, column: key, value: key, expected: 'only the keys lock and ban (check the spelling)' });
  }
  const list = (key: 'lock' | 'ban') => {
    const v = root[key] ?? [];
    if (!Array.isArray(v)) throw new CanbangInputError({ source: file, column: key, value: v, expected: 'a list of entries' });
    return v as unknown[];
  };
  const entry = (section: string, keys: string[], v: unknown, i: number) => {
    const source = `${file} (${section} entry ${i + 1})`;
    if (v === null || typeof v !== 'object' || Array.isArray(v)) throw new CanbangInputError({ source, value: v, expected: `a mapping with the keys ${keys.join(', ')}` });
    const row = v as Record<string, unknown>;
    for (const k of Object.keys(row)) if (!keys.includes(k)) throw new CanbangInputError({ source, column: k, value: k, expected: `only the keys ${keys.join(', ')}` });
    const text = (k: string) => {
      const t = row[k];
      if (typeof t !== 'string' || t.trim() === '') throw new CanbangInputError({ source, column: k, value: t ?? null, expected: k === 'field' ? 'a field name' : 'a unit code' });
      return t.trim();
    };
    return { source, row, text };
  };
  const lock = list('lock').map((v, i) => {
    const { source, row, text } = entry('lock', LOCK_KEYS, v, i);
    const staff = row.staff === undefined ? 1 : strictNumber(String(row.staff));
    if (!Number.isInteger(staff) || staff < 1) throw new CanbangInputError({ source, column: 'staff', value: row.staff, expected: 'a whole number >= 1' });
    return { from: text('from'), to: text('to'), field: text('field'), staff, source };
  });
  const ban = list('ban').map((v, i) => {
    const { source, row, text } = entry('ban', BAN_KEYS, v, i);
    return { from: text('from'), to: text('to'), ...(row.field !== undefined ? { field: text('field') } : {}), source };
  });
  return { lock, ban };
}

async function overridesFromWorkbook(file: string): Promise<Overrides> {
  // A plan workbook written with --lang vi names its sheets and headers in Vietnamese: read it the same way.
  const sheet = async (name: string, optional: boolean) =>
    (await readSheetRows(file, name, { optional: true })) ?? (await readSheetRows(file, sheetNameVi(name), { optional: true })) ?? (optional ? null : await readSheetRows(file, name));
  const moves = machineColumns((await sheet('moves', false))!);
  const read = await sheet(ORIGINAL_MOVES_SHEET, true);
  const original = read && machineColumns(read);
  const kept = locksFromMoves(moves);
  const lock = kept.filter((m) => m.staff > 0);
  const ban: ForbiddenPair[] = [];
  if (original) {
    const still = new Set(lock.map((m) => `${m.from}\u0000${m.to}\u0000${m.field}`));
    for (const m of locksFromMoves(original)) {
      if (!still.has(`${m.from}\u0000${m.to}\u0000${m.field}`)) ban.push({ from: m.from, to: m.to, field: m.field, source: `${m.source} (deleted from the moves sheet)` });
    }
  }
  return { lock, ban };
}

// Rows of a moves sheet / CSV as locks; staff 0 is allowed here (it means "no longer wanted").
function locksFromMoves(sheet: SheetRows): FixedMove[] {
  for (const c of ['from', 'to', 'field', 'staff']) {
    if (!sheet.columns.includes(c)) throw new CanbangInputError({ source: sheet.source, column: c, value: sheet.columns.join(', '), expected: `a "${c}" column (a moves sheet written by canbang plan)` });
  }
  return sheet.rows.map(({ row, cells }) => {
    const at = { source: `${sheet.source} row ${row}` };
    const text = (k: string) => {
      const v = cells[k];
      if (v === null || v === undefined || String(v).trim() === '') throw new CanbangInputError({ ...at, column: k, value: v ?? null, expected: k === 'field' ? 'a field name' : 'a unit code' });
      return String(v).trim();
    };
    const staff = strictNumber(String(cells.staff ?? ''));
    if (!Number.isInteger(staff) || staff < 0) throw new CanbangInputError({ ...at, column: 'staff', value: cells.staff, expected: 'a whole number >= 0 (0 or a deleted row bans the move)' });
    const toField = cells.to_field === undefined || cells.to_field === null || String(cells.to_field).trim() === '' ? undefined : String(cells.to_field).trim();
    return { from: text('from'), to: text('to'), field: text('field'), staff, ...(toField !== undefined && toField !== text('field') ? { toField } : {}), source: at.source };
  });
}

/**
 * Reads a distances input: a CSV file, or the `distances` sheet of a workbook, with columns from, to and
 * km and / or minutes (empty cells allowed). Codes are read as text; numbers must be plain numbers.
 *
 * @example
 * const { rows } = await readDistances('distances.csv'); // [{ from: '00004', to: '00008', km: 12.5, minutes: 25, row: 1 }, ...]
 */
export async function readDistances(file: string): Promise<{ rows: DistanceRow[]; source: string }> {
  const sheet = (await readSheetRows(file, 'distances'))!;
  for (const c of ['from', 'to']) {
    if (!sheet.columns.includes(c)) throw new CanbangInputError({ source: sheet.source, column: c, value: sheet.columns.join(', '), expected: `the columns from, to, km and / or minutes` });
  }
  if (!sheet.columns.includes('km') && !sheet.columns.includes('minutes')) {
    throw new CanbangInputError({ source: sheet.source, column: 'km', value: sheet.columns.join(', '), expected: 'a km column, a minutes column or both' });
  }
  const rows = sheet.rows.map(({ row, cells }) => {
    const value = (k: 'km' | 'minutes') => {
      const v = cells[k];
      if (v === undefined || v === null || String(v).trim() === '') return null;
      const n = typeof v === 'number' ? v : strictNumber(String(v));
      if (!Number.isFinite(n) || n < 0) throw new CanbangInputError({ source: sheet.source, row, column: k, value: v, expected: 'a number >= 0 (a dot for decimals), or an empty cell' });
      return n;
    };
    return { from: String(cells.from ?? '').trim(), to: String(cells.to ?? '').trim(), km: value('km'), minutes: value('minutes'), row };
  });
  return { rows, source: sheet.source };
}

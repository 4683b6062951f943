import { describe, expect, it } from 'vitest';
import { buildTransferProblems, formatWorstLoad, isIslandUnit, loadFigures, pairDistances, residualByField, residualShortage, unitCap, unitFloor, type PlanUnitRow } from '@canbang/core';

describe('loadFigures: the worst-load figures every output prints', () => {
  it('counts cells with work and no staff as infinite, and keeps the reachable worst apart (hand-computed)', () => {
    // Loads: 2 / 1 = 2 (reachable), 1 / 0 = infinite (not reachable), 3 / 2 = 1.5, 0 required: ignored.
    const f = loadFigures([
      { required: 2, staff: 1, reachable: true },
      { required: 1, staff: 0 },
      { required: 3, staff: 2, reachable: true },
      { required: 0, staff: 4, reachable: true },
    ]);
    expect(f).toEqual({ worstLoad: Infinity, unstaffedCells: 1, worstLoadStaffed: 2, worstLoadReachable: 2, reachableCells: 3 });
    expect(formatWorstLoad(f, 'all')).toBe('∞ (1 unit × field with work and no staff; worst staffed 2.00)');
    expect(formatWorstLoad(f, 'reachable')).toBe('2.00');
  });

  it('no work at all and no reachable cell are said in words, never 0', () => {
    const f = loadFigures([{ required: 0, staff: 3 }]);
    expect(f.worstLoad).toBeNull();
    expect(formatWorstLoad(f, 'all')).toBe('– (no work)');
    expect(formatWorstLoad(f, 'reachable')).toBe('– (no unit × field a move can reach)');
  });
});

describe('residualShortage: what is left to hire', () => {
  const row = (unit_code: string, field: string, required: number, staff_after: number): PlanUnitRow => ({
    unit_code, unit_name: unit_code, province_code: 'P', field, required, staff_before: staff_after, staff_after,
    load_before: null, load_after: null, status_before: 'balanced', status_after: 'balanced',
  });
  it('rounds each shortage up to whole people and says why (less than one person vs no donor)', () => {
    // A land 2.75 - 2 = 0.75 -> 1 (< 1 person); B land 3.2 - 1 = 2.2 -> 3; C office 1 - 1 = 0: not listed.
    const rows = residualShortage([row('A', 'land', 2.75, 2), row('B', 'land', 3.2, 1), row('C', 'office', 1, 1)]);
    expect(rows.map((r) => [r.unit_code, r.to_hire])).toEqual([['A', 1], ['B', 3]]);
    expect(rows[0]!.reason).toMatch(/less than one person/);
    expect(rows[1]!.reason).toMatch(/no donor in reach/);
    const [land] = residualByField(rows);
    expect(land).toMatchObject({ field: 'land', cells: 2, cellsUnderOne: 1, to_hire: 4 });
    expect(land!.shortage).toBeCloseTo(0.75 + 2.2, 12);
  });
});

describe('quota cap and floor (Dispatch 09)', () => {
  it('cap: the quota column wins, else the norm quota; floor: min(32, staff)', () => {
    expect(unitCap({ code: 'A', quota: 40, kind: 'ward', terrain: 'plain', population: 150_000 }, {})).toBe(40);
    // Norm: ward, 150,000 people: 32 + floor(134,000 / 2,000) = 99, capped at 70 for a ward.
    expect(unitCap({ code: 'A', kind: 'ward', terrain: 'plain', population: 150_000 }, {})).toBe(70);
    expect(unitCap({ code: 'A' }, { cap: 'off' })).toBe(Infinity);
    expect(() => unitCap({ code: 'A' }, {})).toThrow(/a quota for unit A, or its kind, terrain and population/);
    expect(unitFloor(40, {})).toBe(32);
    expect(unitFloor(20, {})).toBe(20);
    expect(unitFloor(40, { floor: 35 })).toBe(35);
    expect(unitFloor(40, { floor: 'off' })).toBe(0);
  });
});

describe('distances and islands', () => {
  const units = [
    { code: 'A', name: 'Xã A', province_code: 'P', lat: 21, lon: 105 },
    { code: 'B', name: 'Xã B', province_code: 'P', lat: null, lon: null }, // no coordinates
    { code: 'C', name: 'Đặc khu C', province_code: 'P', lat: 21.05, lon: 105, terrain: 'island' as const },
  ];
  it('a unit without coordinates needs a distances row for its pairs, else a clear error naming it', () => {
    const distance = pairDistances([{ from: 'B', to: 'A', km: 12, minutes: 20 }], 1.3, new Set(['A', 'B', 'C']));
    expect(distance(units[0]!, units[1]!)).toEqual({ km: 12, minutes: 20, source: 'table', greatCircleKm: null });
    expect(() => distance(units[1]!, units[2]!)).toThrow(/column "lat, lon": got "unit B without coordinates"; expected .*or give a distances row with the km between B and C/);
    // A - C: 0.05 degree of latitude = 5.5597 km great circle, x 1.3 = 7.228 km (rounded to metres).
    expect(distance(units[0]!, units[2]!).km).toBeCloseTo(Math.round(0.05 * ((6371 * Math.PI) / 180) * 1.3 * 1000) / 1000, 9);
  });

  it('island units exchange staff only with islands unless allowed', () => {
    expect(isIslandUnit(units[2]!)).toBe(true);
    const input = {
      units: [units[0]!, units[2]!],
      rows: [
        { unit_code: 'A', field: 'land', staff: 5, required: 1 },
        { unit_code: 'C', field: 'land', staff: 0, required: 2 },
      ],
    };
    const rules = { cap: 'off', floor: 'off' } as const;
    expect(buildTransferProblems(input, rules)[0]!.arcs).toHaveLength(0);
    expect(buildTransferProblems(input, { ...rules, allowIslandMoves: true })[0]!.arcs).toHaveLength(1);
    // With a hard maxLoad, the binding rule is named: the island rule, or the travel-time limit when allowed.
    expect(buildTransferProblems(input, { ...rules, maxLoad: 2 })[0]!.infeasibleReason).toBe(
      'the island rule (no moves between island and mainland units) leaves C (Đặc khu C) with no donor in field land',
    );
    const slow = { ...rules, maxLoad: 2, allowIslandMoves: true, distances: [{ from: 'A', to: 'C', km: 6, minutes: 90 }], maxMinutes: 45 };
    expect(buildTransferProblems(input, slow)[0]!.infeasibleReason).toBe('travel-time limit 45 min leaves unit C (Đặc khu C) with no donor in field land (nearest: A (Xã A) at 90 min)');
  });
});

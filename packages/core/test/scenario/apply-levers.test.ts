import { describe, expect, it } from 'vitest';
import { applyLevers, CanbangInputError, createDataset, datasetRows, requiredStaff, type Dataset } from '@canbang/core';
import { byKey, fixture, FIXTURE_ROWS } from './fixture.ts';

const volumes = (ds: Dataset) => byKey(datasetRows(ds).volumes as object[], ['unit_code', 'field', 'activity']);
const staff = (ds: Dataset) => byKey(datasetRows(ds).headcount as object[], ['unit_code', 'field']);
const cases = (ds: Dataset, key: string) => volumes(ds)[key]?.cases;

describe('applyLevers', () => {
  it('is pure: the base dataset is unchanged', () => {
    const base = fixture();
    const before = JSON.stringify(datasetRows(base));
    applyLevers(base, [{ type: 'scaleVolumes', factor: 3 }, { type: 'removeStaff', count: 4 }]);
    expect(JSON.stringify(datasetRows(base))).toBe(before);
  });

  it('scaleVolumes multiplies only the selected rows', () => {
    const ds = applyLevers(fixture(), [{ type: 'scaleVolumes', factor: 1.5, where: { provinces: ['P2'], fields: ['land'] } }]);
    expect(cases(ds, 'C|land|registration')).toBe(4122); // 2748 x 1.5
    expect(cases(ds, 'C|civil_status|birth')).toBe(1832); // other field: unchanged
    expect(cases(ds, 'A|land|registration')).toBe(1832); // other province: unchanged
  });

  it('doubling every volume doubles service FTE (metamorphic)', () => {
    const base = requiredStaff(fixture()).objects() as { service_fte: number }[];
    const doubled = requiredStaff(applyLevers(fixture(), [{ type: 'scaleVolumes', factor: 2 }])).objects() as { service_fte: number }[];
    doubled.forEach((row, i) => expect(row.service_fte).toBeCloseTo(2 * base[i]!.service_fte, 12));
    // B land by hand: 9160 x 2 cases x 1 h / 1832 h = 10 FTE
    expect(doubled.find((_, i) => i === 2)!.service_fte).toBeCloseTo(10, 12);
  });

  it('decentralise by population: share x province volume spread by residents, new rows where a unit had none', () => {
    const ds = applyLevers(fixture(), [{ type: 'decentralise', share: 0.3, where: { fields: ['land'] } }]);
    // P1 land: (1832 + 9160) x 0.3 = 3297.6; A has 10k of 40k residents -> 824.4, B 30k -> 2473.2
    expect(cases(ds, 'A|land|registration')).toBeCloseTo(1832 + 824.4, 9);
    expect(cases(ds, 'B|land|registration')).toBeCloseTo(9160 + 2473.2, 9);
    // P2 land: 2748 x 0.3 = 824.4 split 20k / 20k between C and D (D had no land row)
    expect(cases(ds, 'C|land|registration')).toBeCloseTo(2748 + 412.2, 9);
    expect(cases(ds, 'D|land|registration')).toBeCloseTo(412.2, 9);
    expect(cases(ds, 'A|civil_status|birth')).toBe(3664);
  });

  it('decentralise by volume is a 1 + share scaling of the selected rows', () => {
    const ds = applyLevers(fixture(), [{ type: 'decentralise', share: 0.3, distributeBy: 'volume', where: { fields: ['land'] } }]);
    expect(cases(ds, 'A|land|registration')).toBeCloseTo(1832 * 1.3, 9);
    expect(cases(ds, 'B|land|registration')).toBeCloseTo(9160 * 1.3, 9);
    expect(cases(ds, 'D|land|registration')).toBeUndefined(); // no current volume, no share
  });

  it('decentralise into a row with 0 cases keeps its recorded on_time and backlog (no 0/0 scaling)', () => {
    const rows = { ...FIXTURE_ROWS, volumes: [...FIXTURE_ROWS.volumes, { unit_code: 'D', field: 'land', activity: 'registration', cases: 0, on_time: 0, backlog: 2 }] };
    const ds = applyLevers(createDataset(rows), [{ type: 'decentralise', share: 0.3, where: { fields: ['land'] } }]);
    const d = volumes(ds)['D|land|registration']!;
    // P2 land: (2748 + 0) x 0.3 = 824.4 split 20k / 20k residents between C and D, as in the test above
    expect(d.cases).toBeCloseTo(412.2, 9);
    expect(d.on_time).toBe(0);
    expect(d.backlog).toBe(2);
  });

  it('changeStandards multiplies minutes per case of the selected service activities', () => {
    const ds = applyLevers(fixture(), [{ type: 'changeStandards', factor: 0.8, where: { fields: ['civil_status'] } }]);
    const req = byKey(requiredStaff(ds).objects(), ['unit_code', 'field']);
    expect(req['A|civil_status']!.required).toBeCloseTo(0.8, 12); // 3664 x 24 min / 60 / 1832 = 0.8
    expect(req['A|land']!.required).toBeCloseTo(1.25, 12); // land untouched
  });

  it('removeStaff by share: largest remainder, by hand', () => {
    const ds = applyLevers(fixture(), [{ type: 'removeStaff', count: 5, where: { fields: ['land'] } }]);
    // land staff A 2, B 4, C 1 (7): quotas 5x2/7 = 1.43, 5x4/7 = 2.86, 5x1/7 = 0.71 -> floors 1, 2, 0 (3);
    // the 2 left go to the largest remainders B (.86) and C (.71): removed 1, 3, 1
    const s = staff(ds);
    expect([s['A|land']!.staff, s['B|land']!.staff, s['C|land']!.staff]).toEqual([1, 1, 0]);
    expect(s['A|civil_status']!.staff).toBe(1);
  });

  it('removeStaff by rate rounds the total and breaks remainder ties with the seed, reproducibly', () => {
    const levers = [{ type: 'removeStaff', rate: 0.5 }] as const;
    const a = staff(applyLevers(fixture(), levers, { seed: 3 }));
    const b = staff(applyLevers(fixture(), levers, { seed: 3 }));
    expect(a).toEqual(b);
    const base = staff(fixture());
    const removed = Object.keys(base).map((k) => (base[k]!.staff as number) - (a[k]!.staff as number));
    // 11 staff x 0.5 = 5.5 -> 6 leave; quotas 6 x staff / 11: floors 1,0,2,1,0,0 plus two of the three .545 remainders
    expect(removed.reduce((x, y) => x + y, 0)).toBe(6);
    const floors = [1, 0, 2, 1, 0, 0];
    removed.forEach((r, i) => expect(r - floors[i]!).toBeGreaterThanOrEqual(0));
    removed.forEach((r, i) => expect(r - floors[i]!).toBeLessThanOrEqual(1));
  });

  it('removeStaff at random removes exactly count people, never below zero, same seed same result', () => {
    const lever = [{ type: 'removeStaff', count: 9, by: 'random' }] as const;
    const a = staff(applyLevers(fixture(), lever, { seed: 11 }));
    expect(staff(applyLevers(fixture(), lever, { seed: 11 }))).toEqual(a);
    const left = Object.values(a).map((r) => r.staff as number);
    expect(left.reduce((x, y) => x + y, 0)).toBe(2); // 11 - 9
    left.forEach((n) => expect(n).toBeGreaterThanOrEqual(0));
  });

  it('removeStaff of more people than match is an error naming the lever', () => {
    expect(() => applyLevers(fixture(), [{ type: 'removeStaff', count: 8, where: { fields: ['land'] } }], { source: 's.json' })).toThrow(
      /s\.json, column "levers\[0\]\.count": got 8; expected at most the 7 staff/,
    );
  });

  it('addStaff by shortage fills the deepest gaps first', () => {
    const ds = applyLevers(fixture(), [{ type: 'addStaff', count: 3, where: { fields: ['land'] } }]);
    // land gaps required - staff: B 6.25-4 = 2.25, C 1.875-1 = .875, D 0, A 1.25-2 = -.75
    // hire 1 -> B (gap 1.25), hire 2 -> B (gap .25), hire 3 -> C (.875 > .25)
    const s = staff(ds);
    expect([s['A|land']!.staff, s['B|land']!.staff, s['C|land']!.staff]).toEqual([2, 6, 2]);
    expect(s['D|land']).toBeUndefined();
  });

  it('addStaff optimised (planHires) lifts the worst load first, where by-shortage fills the deepest gap', () => {
    // land staff / required: A 2 / 1.25 (ratio 1.6), B 4 / 6.25 (0.64), C 1 / 1.875 (0.533).
    // 2 hires, maximise the lowest staff/required: B+1, C+1 -> min(5/6.25 = 0.8, 2/1.875 = 1.067) = 0.8;
    // B+2 -> min(0.96, 0.533) = 0.533; C+2 -> min(0.64, 1.6) = 0.64. So B+1, C+1, worst load 1/0.8 = 1.25.
    // By shortage both go to B (gaps 2.25, then 1.25 > C's 0.875), leaving C at load 1.875.
    const opt = staff(applyLevers(fixture(), [{ type: 'addStaff', count: 2, optimised: true, where: { fields: ['land'] } }]));
    expect([opt['A|land']!.staff, opt['B|land']!.staff, opt['C|land']!.staff]).toEqual([2, 5, 2]);
    const greedy = staff(applyLevers(fixture(), [{ type: 'addStaff', count: 2, where: { fields: ['land'] } }]));
    expect([greedy['A|land']!.staff, greedy['B|land']!.staff, greedy['C|land']!.staff]).toEqual([2, 6, 1]);
    // 3 hires: B needs ceil(0.96 x 6.25 - 4) = 2 and C ceil(0.96 x 1.875 - 1) = 1 to reach ratio 0.96; 1.0 would
    // need B 3 + C 1 = 4 > 3. So B+2, C+1 (here the same as by shortage: 2, 6, 2).
    const three = staff(applyLevers(fixture(), [{ type: 'addStaff', count: 3, optimised: true, where: { fields: ['land'] } }]));
    expect([three['A|land']!.staff, three['B|land']!.staff, three['C|land']!.staff]).toEqual([2, 6, 2]);
    // where: province P2 leaves only C (and D, which has no land work): the one hire goes to C
    const p2 = staff(applyLevers(fixture(), [{ type: 'addStaff', count: 1, optimised: true, where: { provinces: ['P2'], fields: ['land'] } }]));
    expect([p2['B|land']!.staff, p2['C|land']!.staff]).toEqual([4, 2]);
    expect(p2['D|land']).toBeUndefined();
  });

  it('addStaff by share and by fixed allocation (creating a headcount row)', () => {
    const shared = staff(applyLevers(fixture(), [{ type: 'addStaff', count: 7, by: 'share', where: { fields: ['land'] } }]));
    // land staff 2, 4, 1 (7) plus 7 in proportion: exactly +2, +4, +1
    expect([shared['A|land']!.staff, shared['B|land']!.staff, shared['C|land']!.staff]).toEqual([4, 8, 2]);
    const fixed = staff(applyLevers(fixture(), [{ type: 'addStaff', allocation: [{ unit_code: 'D', field: 'land', staff: 3 }] }]));
    expect(fixed['D|land']!.staff).toBe(3);
  });

  it('unknown names in where or allocation are errors with the JSON path', () => {
    const run = (lever: object) => () => applyLevers(fixture(), [{ type: 'scaleVolumes', factor: 1 }, lever as never], { source: 'x.yaml' });
    expect(run({ type: 'scaleVolumes', factor: 2, where: { fields: ['land', 'lnad'] } })).toThrow(/x\.yaml, column "levers\[1\]\.where\.fields\[1\]": got "lnad"/);
    expect(run({ type: 'scaleVolumes', factor: 2, where: { provinces: ['P9'] } })).toThrow(/levers\[1\]\.where\.provinces\[0\]/);
    expect(run({ type: 'addStaff', allocation: [{ unit_code: 'Z', field: 'land', staff: 1 }] })).toThrow(/levers\[1\]\.allocation\[0\]\.unit_code/);
    expect(run({ type: 'scaleVolumes', factor: 2, where: { units: ['Q'] } })).toThrow(CanbangInputError);
  });
});

describe('applyLevers called from code', () => {
  it('checks the levers like a scenario file', () => {
    expect(() => applyLevers(fixture(), [{ type: 'scaleVolumes', factor: Number.NaN }])).toThrow('applyLevers, column "levers[0].factor": got NaN; expected a finite number > 0');
    expect(() => applyLevers(fixture(), [{ type: 'changeStandard', factor: 2 } as never])).toThrow(/levers\[0\]\.type/);
  });

  describe('addStaff under the quota (biên chế)', () => {
    // Quotas: B 7 (6 staff: room 1), A 4 (3 staff: room 1); C, D unset (norm quota 32 + 2 = 34 for C, 20,000 people,
    // mountain: 32 + 4 = 36 - staff 2: room 34).
    const capped = () => createDataset({ ...FIXTURE_ROWS, units: FIXTURE_ROWS.units.map((u) => ({ ...u, quota: u.code === 'B' ? 7 : u.code === 'A' ? 4 : null })) });

    it('by shortage: a full unit leaves the queue; the next largest gap takes the hire', () => {
      // Land gaps: B 6.25 - 4 = 2.25, C 1.875 - 1 = 0.875, D 0 - 0 = 0 (no work, no staff), A 1.25 - 2 = -0.75.
      // Hire 1 -> B (gap 1.25 left, but room 0: B leaves the queue); hire 2 -> C (gap -0.125 left);
      // hire 3 -> D (0 > -0.125 > -0.75).
      const ds = applyLevers(capped(), [{ type: 'addStaff', count: 3, by: 'shortage', where: { fields: ['land'] } }]);
      expect(staff(ds)['B|land']!.staff).toBe(5);
      expect(staff(ds)['C|land']!.staff).toBe(2);
      expect(staff(ds)['D|land']!.staff).toBe(1);
      expect(staff(ds)['A|land']!.staff).toBe(2);
      // quota: 'off' puts the second hire in B again (gap 1.25 > 0.875), the third in C (0.875 > 0.25).
      const off = applyLevers(capped(), [{ type: 'addStaff', count: 3, by: 'shortage', where: { fields: ['land'] }, quota: 'off' }]);
      expect(staff(off)['B|land']!.staff).toBe(6);
    });

    it('a fixed allocation beyond a unit\'s room, or more hires than the matching units can take, is an error naming the lever', () => {
      expect(() => applyLevers(capped(), [{ type: 'addStaff', allocation: [{ unit_code: 'B', field: 'land', staff: 2 }] }])).toThrow(
        /column "levers\[0\]\.allocation": got 2; expected at most 1 more staff for unit B \(quota 7, staff 6\)/,
      );
      // Units A and B only: room 1 + 1 = 2 < 3 hires.
      expect(() => applyLevers(capped(), [{ type: 'addStaff', count: 3, by: 'shortage', where: { units: ['A', 'B'] } }])).toThrow(/levers\[0\]\.count": got 3; expected at most 2 hires/);
      expect(() => applyLevers(capped(), [{ type: 'addStaff', count: 3, optimised: true, where: { units: ['A', 'B'] } }])).toThrow(/levers\[0\]\.count": got 3; expected at most 2 hires/);
    });
  });
});

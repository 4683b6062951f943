import { describe, expect, it } from 'vitest';
import { balance, classify, DEFAULT_BANDS, giniCoefficient, loadStatistics, normQuota, summarize } from '@canbang/core';
import { tinyDataset } from '../fixtures/tiny-dataset.ts';

describe('classify', () => {
  it('uses the WISN ratio staff / required against the bands', () => {
    expect(classify(8, 10)).toBe('overloaded'); // 0.8 < 0.9
    expect(classify(9, 10)).toBe('balanced'); // 0.9 is inside [0.9, 1.1]
    expect(classify(11, 10)).toBe('balanced');
    expect(classify(12, 10)).toBe('underloaded'); // 1.2 > 1.1
    expect(classify(1, 0)).toBe('underloaded'); // staff with no work
    expect(classify(0, 0)).toBe('balanced');
    expect(classify(8, 10, { overloadedBelow: 0.75, underloadedAbove: 1.25 })).toBe('balanced');
  });

  it('balance rejects bands that do not contain 1', () => {
    expect(() => balance(tinyDataset(), { bands: { ...DEFAULT_BANDS, overloadedBelow: 1.2 } })).toThrow(/balance: bands.overloadedBelow is 1.2/);
  });
});

describe('normQuota (Dispatch 09/CV-BCĐ)', () => {
  it('adds one position per 1,000 residents over 16,000 in mountains, per 2,000 elsewhere, with caps', () => {
    expect(normQuota({ kind: 'commune', terrain: 'plain', population: 16_000 })).toBe(32);
    expect(normQuota({ kind: 'commune', terrain: 'mountain', population: 20_500 })).toBe(36); // floor(4,500 / 1,000) = 4
    expect(normQuota({ kind: 'commune', terrain: 'plain', population: 20_500 })).toBe(34); // floor(4,500 / 2,000) = 2
    expect(normQuota({ kind: 'commune', terrain: 'mountain', population: 60_000 })).toBe(50); // 32 + 44 capped at 50
    expect(normQuota({ kind: 'ward', terrain: 'plain', population: 150_000 })).toBe(70); // 32 + 67 capped at 70
    expect(normQuota({ kind: 'special_zone', terrain: 'island', population: 9_000 })).toBe(32);
  });
});

describe('giniCoefficient', () => {
  it('matches the pairwise definition sum|xi - xj| / (2 n^2 mean)', () => {
    expect(giniCoefficient([1, 1, 1, 1])).toBe(0);
    // [0,0,0,1]: 6 ordered pairs differ by 1 -> 6 / (2 x 16 x 0.25) = 0.75
    expect(giniCoefficient([0, 0, 0, 1])).toBeCloseTo(0.75, 12);
    const xs = [3, 1, 4, 1, 5, 9, 2, 6];
    const mean = xs.reduce((a, b) => a + b) / xs.length;
    let pairwise = 0;
    for (const a of xs) for (const b of xs) pairwise += Math.abs(a - b);
    expect(giniCoefficient(xs)).toBeCloseTo(pairwise / (2 * xs.length ** 2 * mean), 12);
  });
});

describe('balance', () => {
  // Hand values from the tiny dataset (see fixtures/tiny-dataset.ts):
  // A: land required 2.75, staff 2; office required 3, staff 3  -> total 5 vs 5.75
  // B: land 458 x 4 x 30 / 109,920 = 0.5 x 1.25 + 0.25 = 0.875, staff 1; office 229 x 4 x 60 / 109,920 = 0.5, staff 2
  // C: land 0.25 (IAF only), staff 0; office 0, staff 1
  const { byField, byUnit } = balance(tinyDataset());
  type Row = Record<string, number | string | null>;
  const unit = (code: string) => (byUnit.objects() as Row[]).find((r) => r.unit_code === code)!;
  const cell = (code: string, field: string) => (byField.objects() as Row[]).find((r) => r.unit_code === code && r.field === field)!;

  it('per unit x field: gap, ratio, load, status', () => {
    const aLand = cell('A', 'land');
    expect(aLand.required).toBeCloseTo(2.75, 12);
    expect(aLand.gap).toBeCloseTo(-0.75, 12);
    expect(aLand.ratio).toBeCloseTo(2 / 2.75, 12); // 0.727 < 0.9
    expect(aLand.load).toBeCloseTo(1.375, 12);
    expect(aLand.status).toBe('overloaded');
    expect(cell('A', 'office').status).toBe('balanced'); // 3 / 3
    expect(cell('C', 'land').load).toBeNull(); // no staff: load undefined
    expect(cell('C', 'land').status).toBe('overloaded'); // 0 / 0.25
    expect(cell('C', 'office').ratio).toBeNull(); // no work: ratio undefined
    expect(cell('C', 'office').status).toBe('underloaded');
  });

  it('per unit: totals, shortage, surplus and norm quota', () => {
    const a = unit('A');
    expect(a.staff).toBe(5);
    expect(a.required).toBeCloseTo(5.75, 12);
    expect(a.ratio).toBeCloseTo(5 / 5.75, 12); // 0.87 -> overloaded
    expect(a.status).toBe('overloaded');
    expect(a.shortage).toBeCloseTo(0.75, 12);
    expect(a.surplus).toBeCloseTo(0, 12);
    expect(a.norm_quota).toBe(49); // ward, plain, 50,000: 32 + floor(34,000 / 2,000) = 49
    const b = unit('B');
    expect(b.required).toBeCloseTo(1.375, 12);
    expect(b.status).toBe('underloaded'); // 3 / 1.375 = 2.18
    expect(b.surplus).toBeCloseTo(0.125 + 1.5, 12);
    expect(b.name).toBe('Xã Mường Nhé');
    expect(unit('C').shortage).toBeCloseTo(0.25, 12);
  });

  it('summarise counts statuses and sums FTE by group, and nationally with groupBy []', () => {
    const national = summarize(byUnit, []).objects()[0] as Record<string, number>;
    expect(national.units).toBe(3);
    expect(national.overloaded).toBe(1); // A
    expect(national.underloaded).toBe(2); // B (2.18), C (1 / 0.25 = 4)
    expect(national.staff).toBe(9);
    expect(national.required).toBeCloseTo(5.75 + 1.375 + 0.25, 12);
    expect(national.worst_load).toBeCloseTo(5.75 / 5, 12);
    const byKind = summarize(byUnit, ['kind']).objects() as Record<string, number | string>[];
    expect(byKind.map((r) => r.kind)).toEqual(['commune', 'special_zone', 'ward']);
    expect(() => summarize(byUnit, ['nope'])).toThrow(/groupBy column "nope"/);
  });

  it('summarise of a table with no units: one national row of zeros, no group rows', () => {
    const none = byUnit.filter((d: { unit_code: string }) => d.unit_code === 'no such unit');
    const national = summarize(none, []).objects() as Record<string, number>[];
    expect(national).toEqual([
      { units: 0, overloaded: 0, balanced: 0, underloaded: 0, staff: 0, required: 0, gap: 0, shortage: 0, surplus: 0, worst_load: 0, gini_load: 0 },
    ]);
    expect(summarize(none, ['kind']).numRows()).toBe(0);
  });

  it('loadStatistics: quantiles, Gini and outliers of load', () => {
    const stats = loadStatistics(byUnit, { zThreshold: 1 });
    const loads = [5.75 / 5, 1.375 / 3, 0.25 / 1]; // A, B, C
    expect(stats.n).toBe(3);
    expect(stats.mean).toBeCloseTo((loads[0]! + loads[1]! + loads[2]!) / 3, 12);
    expect(stats.p50).toBeCloseTo(1.375 / 3, 12); // median of three
    expect(stats.gini).toBeCloseTo(giniCoefficient(loads), 12);
    // mean 0.6194, population sd 0.3847: z(A) = (1.15 - 0.6194) / 0.3847 = 1.38, z(C) = -0.96: only A has |z| >= 1
    expect(stats.outliers.map((o) => o.unit_code)).toEqual(['A']);
  });
});

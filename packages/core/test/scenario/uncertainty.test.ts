import { describe, expect, it } from 'vitest';
import { balance, requirementMatrix, uncertainty, type Scenario } from '@canbang/core';
import { fixture } from './fixture.ts';

const none: Scenario = { name: 'baseline', levers: [] };
const zero = { volumeDistribution: { type: 'lognormal', cv: 0 }, standardDistribution: { type: 'triangular', cv: 0 } } as const;

describe('uncertainty', () => {
  it('without noise every draw is the balance exactly', () => {
    const ds = fixture();
    const u = uncertainty(ds, none, { draws: 5, ...zero });
    const byUnit = balance(ds).byUnit;
    const required = byUnit.array('required') as Float64Array;
    const status = byUnit.array('status') as string[];
    const rows = u.units.objects() as Record<string, number>[];
    rows.forEach((row, i) => {
      expect(row.required_p10).toBe(required[i]);
      expect(row.required_p90).toBe(required[i]);
      expect(row.p_overloaded).toBe(status[i] === 'overloaded' ? 1 : 0);
    });
    const overloaded = u.national.objects().find((r) => (r as { metric: string }).metric === 'overloaded') as Record<string, number>;
    expect(overloaded.p50).toBe(2); // B and C (fixture header)
  });

  it('same seed gives identical bands; another seed gives different ones', () => {
    const opts = { draws: 50, volumeDistribution: { type: 'lognormal', cv: 0.3 }, standardDistribution: { type: 'uniform', cv: 0.1 } } as const;
    const a = uncertainty(fixture(), none, { ...opts, seed: 9 });
    const b = uncertainty(fixture(), none, { ...opts, seed: 9 });
    const c = uncertainty(fixture(), none, { ...opts, seed: 10 });
    expect(JSON.stringify(a.units.objects())).toBe(JSON.stringify(b.units.objects()));
    expect(JSON.stringify(a.national.objects())).toBe(JSON.stringify(b.national.objects()));
    expect(JSON.stringify(a.units.objects())).not.toBe(JSON.stringify(c.units.objects()));
  });

  it('volume noise with mean 1 keeps the mean national requirement (within 4 standard errors)', () => {
    const ds = fixture();
    const cv = 0.2;
    const draws = 4000;
    const u = uncertainty(ds, none, { draws, seed: 1, volumeDistribution: { type: 'lognormal', cv }, standardDistribution: { type: 'normal', cv: 0 } });
    const row = u.national.objects().find((r) => (r as { metric: string }).metric === 'required') as Record<string, number>;
    // required = sum_rows serviceFte_r x CAF_f x noise_r: variance = sum (cv x serviceFte_r x CAF_f)^2.
    // Rows of the fixture: land 1, 5, 1.5 FTE (x1.25), civil 1, 2, 0.5 FTE.
    const parts = [1.25, 6.25, 1.875, 1, 2, 0.5];
    const sd = cv * Math.sqrt(parts.reduce((s, x) => s + x * x, 0));
    expect(row.point).toBeCloseTo(12.875, 12); // sum of parts = 2.25 + 8.25 + 2.375
    expect(Math.abs(row.mean - row.point)).toBeLessThan((4 * sd) / Math.sqrt(draws));
    expect(row.p10).toBeLessThan(row.p50);
    expect(row.p50).toBeLessThan(row.p90);
    // p90 - p10 of a near-normal total is about 2 x 1.2816 sd; allow 20 % for skew and sampling
    expect((row.p90 - row.p10) / (2 * 1.2816 * sd)).toBeGreaterThan(0.8);
    expect((row.p90 - row.p10) / (2 * 1.2816 * sd)).toBeLessThan(1.2);
  });

  it('applies the scenario first', () => {
    const doubled = uncertainty(fixture(), { name: 'x2', levers: [{ type: 'scaleVolumes', factor: 2 }] }, { draws: 2, ...zero });
    const m = requirementMatrix(fixture());
    // no allowances beyond CAF and no IAF: doubling volumes doubles every unit's requirement
    const base = [0, 1, 2, 3].map((u) => m.required[2 * u]! + m.required[2 * u + 1]!);
    (doubled.units.array('required_p50') as Float64Array).forEach((r, i) => expect(r).toBeCloseTo(2 * base[i]!, 12));
  });

  it('reports progress and rejects bad distributions with the option path', () => {
    const seen: number[] = [];
    uncertainty(fixture(), none, { draws: 300, onProgress: (done) => seen.push(done) });
    expect(seen.length).toBe(100); // every 3 draws (1 %)
    expect(seen.at(-1)).toBe(300);
    expect(() => uncertainty(fixture(), none, { draws: 2, volumeDistribution: { type: 'uniform', cv: 0.9 } })).toThrow(/column "volumeDistribution\.cv": got 0\.9/);
    expect(() => uncertainty(fixture(), none, { draws: 2, volumeDistribution: { type: 'normal', cv: 0.1, byField: { lnad: { cv: 0.2 } } } })).toThrow(/volumeDistribution\.byField\.lnad/);
    expect(() => uncertainty(fixture(), none, { draws: 0 })).toThrow(/column "draws": got 0/);
  });
});

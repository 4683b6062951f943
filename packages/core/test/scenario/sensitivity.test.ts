import { describe, expect, it } from 'vitest';
import { sensitivity } from '@canbang/core';
import { fixture } from './fixture.ts';

describe('sensitivity', () => {
  it('sweeps a lever value and reports overloaded units and total shortage', () => {
    const progress: number[] = [];
    const rows = sensitivity(fixture(), { type: 'scaleVolumes', factor: 1 }, [1, 1.5], { onProgress: (d) => progress.push(d) }).objects() as Record<string, number>[];
    // factor 1: B and C overloaded; shortage B land 6.25-4 = 2.25, C land 1.875-1 = .875 -> 3.125
    expect(rows[0]).toMatchObject({ value: 1, overloaded: 2 });
    expect(rows[0]!.shortage).toBeCloseTo(3.125, 12);
    // factor 1.5: A 3.375 vs 3 staff too; shortage A civil .5, B land 5.375 + civil 1, C land 1.8125 -> 8.6875
    expect(rows[1]).toMatchObject({ value: 1.5, overloaded: 3 });
    expect(rows[1]!.shortage).toBeCloseTo(8.6875, 12);
    expect(progress).toEqual([1, 2]);
  });

  it('validates each generated lever', () => {
    expect(() => sensitivity(fixture(), { type: 'scaleVolumes', factor: 1 }, [1, -2])).toThrow(/sensitivity\(values\[1\]\), column "levers\[0\]\.factor": got -2/);
  });
});

/** Sensitivity on the built-in Viet Nam dataset (SYNTHETIC): responses must move the right way. */
import { describe, expect, it } from 'vitest';
import { balance, sensitivity, summarize } from '@canbang/core';
import { loadVietNam } from '@canbang/data-vn';

const base = loadVietNam();

describe('sensitivity on the Viet Nam dataset', () => {
  it('more land work never lowers the overloaded count or the shortage; factor 1 is the baseline', () => {
    const rows = sensitivity(base, { type: 'scaleVolumes', factor: 1, where: { fields: ['land'] } }, [0.5, 1, 1.5, 2]).objects() as Record<string, number>[];
    for (let i = 1; i < rows.length; i++) {
      // every land cell's requirement grows with the factor, so every unit's ratio falls
      expect(rows[i]!.overloaded).toBeGreaterThanOrEqual(rows[i - 1]!.overloaded!);
      expect(rows[i]!.shortage).toBeGreaterThanOrEqual(rows[i - 1]!.shortage!);
      expect(rows[i]!.required).toBeGreaterThan(rows[i - 1]!.required!);
    }
    // independent path: the plain balance of the dataset
    const national = summarize(balance(base).byUnit, []).object(0) as Record<string, number>;
    expect(rows[1]!.overloaded).toBe(national.overloaded);
    expect(rows[1]!.shortage).toBeCloseTo(national.shortage!, 6);
  });
});

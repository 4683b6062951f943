import { describe, expect, it } from 'vitest';
import { datasetRows, plausibilityChecks } from '@canbang/core';
import { loadVietNam } from '@canbang/data-vn';

describe('plausibility checks on the built-in dataset', () => {
  it('the built-in Viet Nam dataset raises no population_low: its 44 small populations carry a pop_flag', () => {
    const rows = datasetRows(loadVietNam());
    // Independent count: communes and wards under 1,000 residents, all of which have a quality flag.
    const small = rows.units.filter((u) => u.kind !== 'special_zone' && u.population < 1000);
    expect(small.length).toBeGreaterThan(0);
    expect(small.every((u) => !!u.pop_flag)).toBe(true);
    expect(plausibilityChecks(rows).filter((c) => c.code === 'population_low')).toEqual([]);
  });

});

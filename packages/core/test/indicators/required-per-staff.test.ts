import { describe, expect, it } from 'vitest';
import { balance, planHires, planTransfers, requiredPerStaff } from '@canbang/core';
import { tinyDataset } from '../fixtures/tiny-dataset.ts';

describe('requiredPerStaff: one meaning of the load in every output', () => {
  it('is required / staff, 0 with no work, null (undefined) with no staff', () => {
    expect(requiredPerStaff(6, 4)).toBe(1.5);
    expect(requiredPerStaff(0, 4)).toBe(0);
    expect(requiredPerStaff(3, 0)).toBeNull();
    expect(requiredPerStaff(0, 0)).toBeNull();
  });

  it('balance rows and the before side of every plan agree cell by cell, also for C land (work, no staff) and C office (staff, no work)', async () => {
    const ds = tinyDataset();
    const rows = balance(ds).byField.objects() as { unit_code: string; field: string; required_per_staff: number | null; load: number | null }[];
    const byCell = new Map(rows.map((r) => [`${r.unit_code}/${r.field}`, r]));
    // Hand values from the fixture: C land needs 0.25 FTE and has no staff; C office has 1 staff and no work.
    expect(byCell.get('C/land')!.required_per_staff).toBeNull();
    expect(byCell.get('C/office')!.required_per_staff).toBe(0);
    const transfer = await planTransfers(ds);
    const hire = planHires(ds, { recruits: 1, cap: 'off' });
    for (const u of [...transfer.units, ...hire.allocations]) {
      const row = byCell.get(`${u.unit_code}/${u.field}`)!;
      expect(u.load_before, `${u.unit_code}/${u.field}`).toBe(row.required_per_staff);
      expect(row.load).toBe(row.required_per_staff);
    }
    // No Infinity left for JSON to turn into a string.
    expect(JSON.stringify(transfer.units)).not.toContain('Infinity');
  });
});

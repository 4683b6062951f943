import { describe, expect, it } from 'vitest';
import { planTransfers } from '@canbang/core';
import { loadVietNam } from '@canbang/data-vn';
import { formatPlan } from '../../src/commands/plan.ts';

const meta = loadVietNam().meta;

describe('plan output when nothing can move', () => {
  it('an infeasible transfer plan reports 0 staff moved everywhere, "No moves", and ends with a newline', async () => {
    // Locking 2 land staff out of 03127 breaks the WISN+POA donor rule, and --max-load 0.5 is unreachable:
    // the Điện Biên block is infeasible, so nobody moves, the locked move included.
    const plan = await planTransfers(loadVietNam(), { province: '11', fixedMoves: [{ from: '03127', to: '03151', field: 'land', staff: 2 }], maxLoad: 0.5 });
    expect(plan.status).toBe('infeasible');
    expect(plan.moves).toEqual([]);
    expect(plan.objectives.moves).toBe(0);
    // Nothing applied: after equals before in the block.
    expect(plan.blocks[0]!.after).toEqual(plan.blocks[0]!.before);
    const text = formatPlan(plan, 'table', meta);
    expect(text).toContain('staff moved 0 in 0 moves');
    expect(text).toContain('No moves (see below why the plan is not optimal).');
    expect(text).not.toContain('Moves (first');
    expect(text.endsWith('\n') && !text.endsWith('\n\n')).toBe(true);
  });

  it('an optimal plan with no move says so; every text form ends with exactly one newline', async () => {
    // maxDistanceKm 0: no pair of distinct units is within 0 km, so no candidate move exists.
    const plan = await planTransfers(loadVietNam(), { province: '11', maxDistanceKm: 0 });
    expect(plan.moves).toEqual([]);
    const table = formatPlan(plan, 'table', meta);
    expect(table).toContain('No moves: no move improves the plan within the limits given.');
    for (const format of ['table', 'csv', 'json'] as const) {
      const out = formatPlan(plan, format, meta);
      expect(out.endsWith('\n') && !out.endsWith('\n\n'), format).toBe(true);
    }
    expect(formatPlan(plan, 'csv', meta)).toBe('province_code,from,from_name,to,to_name,field,to_field,staff,distance_km,fixed,explanation,warning\n');
  });
});

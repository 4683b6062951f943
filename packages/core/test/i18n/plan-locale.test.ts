import { describe, expect, it } from 'vitest';
import { haversineKm, inputChecks, checkMessage, describeCheck, planHires, planReductions, planTransfers, statusLabel } from '@canbang/core';
import { TINY_UNITS, tinyDataset, tinyRows } from '../fixtures/tiny-dataset.ts';
import { CLASSIC_RULES } from '../optimize/random-instances.ts';

// The fixture of plan-transfers.test.ts: A office 2 staff for 3.0 required, B office 2 for 0.5 (one can move).
const ds = tinyDataset({
  headcount: tinyRows().headcount.map((h) => (h.unit_code === 'A' && h.field === 'office' ? { ...h, staff: 2 } : h)),
});
// Words of the issue that must not be left in a Vietnamese text (whole words, any case).
const ENGLISH = /\b(overloaded|underloaded|balanced|staff|required|moves|shortage|surplus|worst load|province|unit)\b/i;

describe('the locale option of plans: human text in Vietnamese, machine fields unchanged', () => {
  it('planTransfers: the same moves; the explanation in Vietnamese with vi-VN numbers', async () => {
    const en = await planTransfers(ds, CLASSIC_RULES);
    const vi = await planTransfers(ds, { ...CLASSIC_RULES, locale: 'vi' });
    const machine = (p: typeof en) => p.moves.map(({ explanation: _e, warning: _w, ...rest }) => rest);
    expect(machine(vi)).toEqual(machine(en));
    expect(vi.units).toEqual(en.units);
    // A office: 2 staff for 3 required, load 3 / 2 = 1.5 -> 3 after (hand computation in plan-transfers.test.ts).
    expect(vi.moves[0]!.explanation).toMatch(/^nơi nhận A \(Phường Hải Châu\): 2 người lĩnh vực office cho 3 biên chế cần \(mức tải 1,5\) -> 3 sau điều động; nơi cho B \(Xã Mường Nhé\): 2 người lĩnh vực office cho 0,5 biên chế cần \(dư 1,5\)/);
    expect(vi.moves[0]!.explanation).not.toMatch(ENGLISH);
  });

  it('a locked move: explanation and warning in Vietnamese; the km figure the same as in English', async () => {
    const options = { cap: 'off' as const, floor: 'off' as const, fixedMoves: [{ from: 'B', to: 'A', field: 'office', staff: 1 }] };
    const vi = await planTransfers(ds, { ...options, locale: 'vi' });
    // Great-circle A-B x road factor 1.3, rounded to 2 decimals, written with a decimal comma.
    const km = (Math.round(haversineKm(TINY_UNITS[1]!, TINY_UNITS[0]!) * 1.3 * 100) / 100).toString().replace('.', ',');
    expect(vi.moves[0]!.warning).toBe(`giữ theo quyết định của người lập phương án dù ${km} km vượt giới hạn khoảng cách 30 km`);
    expect(vi.moves[0]!.explanation).toMatch(/^do người lập phương án cố định .*hệ số đường bộ 1,3\)$/);
  });

  it('planHires / planReductions: explanations and infeasibility reasons in Vietnamese', () => {
    const hires = planHires(tinyDataset(), { recruits: { land: 2 }, locale: 'vi' });
    expect(hires.allocations.map((a) => [a.unit_code, a.count])).toEqual(planHires(tinyDataset(), { recruits: { land: 2 } }).allocations.map((a) => [a.unit_code, a.count]));
    // A land: 2 staff for 2.75 required (load 1.375 -> "1,38"); one recruit fills a full shortage (0.75 >= ... no: 1 > 0.75).
    const a = hires.allocations.find((x) => x.unit_code === 'A')!;
    expect(a.explanation).toBe('land: 2 người cho 2,75 biên chế cần (mức tải 1,38); 1 người tuyển mới đưa lên 3, nâng tỷ số biên chế/biên chế cần thấp nhất');
    const tooMany = planReductions(tinyDataset(), { cuts: { office: 7 }, floor: 'off', locale: 'vi' });
    // Office staff in scope: A 3 + B 2 + C 1 = 6.
    expect(tooMany.explanation).toBe('office: 7 chỉ tiêu tinh giản vượt quá 6 người trong phạm vi');
    expect(planHires(tinyDataset(), { recruits: 3, rows: [], locale: 'vi' }).explanation).toBe('mọi lĩnh vực: không có cặp đơn vị x lĩnh vực nào trong phạm vi để bố trí 3 người tuyển mới');
  });

  it('status labels and input-check messages follow the locale; codes stay', () => {
    expect(statusLabel('overloaded', { locale: 'vi' })).toBe('quá tải');
    expect(statusLabel('underloaded')).toBe('underloaded');
    // Unit B with 98 residents: below the 1,000 plausibility threshold.
    const low = tinyDataset({ units: TINY_UNITS.map((u) => (u.code === 'B' ? { ...u, population: 98 } : u)) });
    const check = inputChecks(low).find((c) => c.code === 'population_low')!;
    expect(check.message).toMatch(/^commune B \(Xã Mường Nhé\) has 98 residents \(under 1,000\)/);
    expect(checkMessage(check, 'vi')).toMatch(/^xã B \(Xã Mường Nhé\) có 98 người dân \(dưới 1\.000\)/);
    expect(describeCheck(check, 'vi')).toMatch(/cột "population": nhận được "98"; xã B .* \[population_low\]$/);
    expect(checkMessage(check, 'vi')).not.toMatch(ENGLISH);
  });
});

import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { isIslandUnit, normQuota } from '@canbang/core';
import { loadVietNam } from '@canbang/data-vn';
import { runMain } from '../support/run-main.ts';

const dir = mkdtempSync(join(tmpdir(), 'canbang-plan-overrides-'));
const file = (name: string, text: string) => {
  const path = join(dir, name);
  writeFileSync(path, text);
  return path;
};
// Two units of province 11 (Điện Biên) from the registry, and one of another province.
const units = loadVietNam().units.objects() as { code: string; province_code: string; kind: 'commune' | 'ward' | 'special_zone'; terrain: 'plain' | 'mountain' | 'island'; population: number; lat: number; lon: number }[];
const [a, b] = units.filter((u) => u.province_code === '11');
const elsewhere = units.find((u) => u.province_code !== '11')!;

describe('canbang plan: overrides and names are checked, never silently read as something else', () => {
  it('a YAML code written without quotes keeps its leading zero (read as text, the right code)', async () => {
    const out = join(dir, 'ban.json');
    const yaml = file('unquoted.yaml', `ban:\n  - from: ${a!.code}\n    to: ${b!.code}\n`);
    expect((await runMain(['plan', '--province', '11', '--overrides', yaml, '--out', out])).code).toBe(0);
    expect(a!.code.startsWith('0')).toBe(true); // the case this test is about
    expect(JSON.parse(readFileSync(out, 'utf8')).rules.bans).toBe(1);
  });

  it.each([
    ['a JSON number for a code (3382 is not the code 03382)', 'num.json', `{"ban": [{"from": ${Number(a!.code)}, "to": "${b!.code}"}]}`, `num.json (ban entry 1), column "from": got "${Number(a!.code)}"; expected a unit code of the units table`],
    ['a misspelled top-level key', 'bans.yaml', `bans:\n  - { from: "${a!.code}", to: "${b!.code}" }\n`, 'bans.yaml, column "bans": got "bans"; expected only the keys lock and ban'],
    ['an unknown key in an entry', 'feild.yaml', `lock:\n  - { from: "${a!.code}", to: "${b!.code}", feild: land }\n`, 'feild.yaml (lock entry 1), column "feild": got "feild"; expected only the keys from, to, field, staff'],
    ['an unknown field', 'field.yaml', `lock:\n  - { from: "${a!.code}", to: "${b!.code}", field: lnad }\n`, 'field.yaml (lock entry 1), column "field": got "lnad"; expected a field of the dataset'],
    ['a pair of two provinces', 'pair.yaml', `ban:\n  - { from: "${a!.code}", to: "${elsewhere.code}" }\n`, `pair.yaml (ban entry 1), column "to": got "${elsewhere.code}"; expected a unit of province 11`],
  ])('%s is one error line naming the file and entry, exit 2', async (_what, name, text, message) => {
    const result = await runMain(['plan', '--province', '11', '--overrides', file(name, text)]);
    expect(result.code).toBe(2);
    expect(result.stderr).toContain(message);
    expect(result.stderr.trim().split('\n')).toHaveLength(1);
  });

  it.each([
    [['--ban', `99999:${b!.code}`], `canbang plan --ban 99999:${b!.code}, column "from": got "99999"; expected a unit code`],
    [['--lock', `${a!.code}:${b!.code}:lnad:1`], `canbang plan --lock ${a!.code}:${b!.code}:lnad:1, column "field": got "lnad"`],
    [['--cross-field', 'finance:acounting:0.8'], 'canbang plan --cross-field finance:acounting:0.8, column "to": got "acounting"; expected a field of the dataset'],
    [['--kind', 'route', '--share', 'one_stp=0.7'], 'canbang plan --share, column "one_stp": got "one_stp"; expected a field'],
    [['--cap', 'quote'], 'canbang plan --cap: got "quote"; expected quota | off'],
    [['--max-minutes', '45'], 'canbang plan --max-minutes: got "45"; expected a --distances file with travel minutes'],
  ])('%j is refused with the flag named', async (flags, message) => {
    const result = await runMain(['plan', '--province', '11', ...flags]);
    expect(result.code).toBe(2);
    expect(result.stderr).toContain(message);
  });
});

describe('canbang plan defaults on the built-in dataset (expectations computed from the data)', () => {
  it('province 79: no unit ends above its cap (the norm quota), and no move is longer than 30 km or reaches an island', async () => {
    const out = join(dir, 'p79.json');
    expect((await runMain(['plan', '--province', '79', '--out', out])).code).toBe(0);
    const plan = JSON.parse(readFileSync(out, 'utf8')) as { moves: { from: string; to: string; staff: number; distance_km: number }[]; units: { unit_code: string; staff_before: number; staff_after: number }[] };
    const byCode = new Map(units.map((u) => [u.code, u]));
    const staff = new Map<string, { before: number; after: number }>();
    for (const r of plan.units) {
      const s = staff.get(r.unit_code) ?? { before: 0, after: 0 };
      s.before += r.staff_before;
      s.after += r.staff_after;
      staff.set(r.unit_code, s);
    }
    const receivers = new Set(plan.moves.map((m) => m.to));
    expect(plan.moves.length).toBeGreaterThan(0);
    for (const code of receivers) expect(staff.get(code)!.after, code).toBeLessThanOrEqual(normQuota(byCode.get(code)!));
    // Units above their cap before the plan: never more after it.
    for (const [code, s] of staff) if (s.before > normQuota(byCode.get(code)!)) expect(s.after, code).toBeLessThanOrEqual(s.before);
    // Floor: no donor ends below min(32, its staff before).
    for (const code of new Set(plan.moves.map((m) => m.from))) expect(staff.get(code)!.after).toBeGreaterThanOrEqual(Math.min(32, staff.get(code)!.before));
    for (const m of plan.moves) {
      expect(m.distance_km).toBeLessThanOrEqual(30);
      expect(isIslandUnit(byCode.get(m.from)!)).toBe(isIslandUnit(byCode.get(m.to)!));
    }
    // Staff is conserved.
    const total = (k: 'before' | 'after') => [...staff.values()].reduce((s, x) => s + x[k], 0);
    expect(total('after')).toBe(total('before'));
  });
});

describe('canbang plan --kind transfer-hire (built-in dataset, province 11)', () => {
  it('moves first, then recruits on the staff after the moves; no unit ends above its quota; csv chains both steps', async () => {
    const out = join(dir, 'chain.json');
    expect((await runMain(['plan', '--kind', 'transfer-hire', '--province', '11', '--recruits', 'finance=20,land=5', '--out', out])).code).toBe(0);
    const chain = JSON.parse(readFileSync(out, 'utf8')) as {
      transfer: { moves: { from: string; to: string; staff: number }[]; units: { unit_code: string; field: string; staff_before: number; staff_after: number }[] };
      hire: { allocations: { unit_code: string; field: string; count: number; staff_before: number }[] };
    };
    const byCode = new Map(units.map((u) => [u.code, u]));
    // Step 2 starts from step 1's staff: each recruit row's staff_before is that unit x field's staff after the moves.
    const afterMoves = new Map(chain.transfer.units.map((u) => [`${u.unit_code}/${u.field}`, u.staff_after]));
    for (const a of chain.hire.allocations) expect(a.staff_before).toBe(afterMoves.get(`${a.unit_code}/${a.field}`));
    // Quota: every unit that gained staff in either step ends at or under its norm quota (the dataset gives no quota column).
    const end = new Map<string, number>();
    for (const u of chain.transfer.units) end.set(u.unit_code, (end.get(u.unit_code) ?? 0) + u.staff_after);
    for (const a of chain.hire.allocations) end.set(a.unit_code, end.get(a.unit_code)! + a.count);
    const gained = new Set([...chain.transfer.moves.map((m) => m.to), ...chain.hire.allocations.map((a) => a.unit_code)]);
    for (const code of gained) expect(end.get(code)!, code).toBeLessThanOrEqual(normQuota(byCode.get(code)!));
    // Recruits placed: 25 asked; the rest (if any) is reported, never silently dropped.
    const placed = chain.hire.allocations.reduce((s, a) => s + a.count, 0);
    expect(placed).toBeLessThanOrEqual(25);
    const csv = join(dir, 'chain.csv');
    expect((await runMain(['plan', '--kind', 'transfer-hire', '--province', '11', '--recruits', 'finance=20,land=5', '--out', csv])).code).toBe(0);
    const lines = readFileSync(csv, 'utf8').trim().split(/\r?\n/);
    expect(lines[0]).toBe('step,province_code,from,from_name,to,to_name,field,staff,distance_km,explanation,warning');
    expect(lines.filter((l) => l.startsWith('transfer,'))).toHaveLength(chain.transfer.moves.length);
    expect(lines.filter((l) => l.startsWith('hire,'))).toHaveLength(chain.hire.allocations.length);
  });
});

describe('canbang plan --distances (province 11)', () => {
  it('a road distance replaces the estimate pair by pair, minutes meet --max-minutes, and each move says which it used', async () => {
    const first = join(dir, 'd0.json');
    expect((await runMain(['plan', '--province', '11', '--out', first])).code).toBe(0);
    const moves = JSON.parse(readFileSync(first, 'utf8')).moves as { from: string; to: string; field: string; explanation: string }[];
    expect(moves.length).toBeGreaterThanOrEqual(2);
    expect(moves[0]!.explanation).toMatch(/great-circle [\d.]+ km x road factor 1\.3/);
    // Two runs, each with a property that holds by optimality whatever the data:
    // (1) move 1's pair at 100 road km (beyond the 30 km limit) cannot be used any more;
    const far = join(dir, 'd1.json');
    expect((await runMain(['plan', '--province', '11', '--distances', file('far.csv', `from,to,km,minutes\n${moves[0]!.from},${moves[0]!.to},100,\n`), '--out', far])).code).toBe(0);
    const farPlan = JSON.parse(readFileSync(far, 'utf8')) as { moves: { from: string; to: string }[]; rules: { distancesRows: number } };
    expect(farPlan.rules.distancesRows).toBe(1);
    expect(farPlan.moves.some((m) => m.from === moves[0]!.from && m.to === moves[0]!.to)).toBe(false);
    // (2) move 2's pair made shorter (3 km, 10 min, within --max-minutes 45) changes no reachability, so the worst
    // load and shortage optima stay, and a plan without that pair would now cost more staff x km than the old plan
    // does: the pair stays in the plan, and its move says which distance it used (the row is given to->from: a
    // row counts for both directions).
    const near = join(dir, 'd2.json');
    const roads = file('near.csv', `from,to,km,minutes\n${moves[1]!.to},${moves[1]!.from},3,10\n`);
    expect((await runMain(['plan', '--province', '11', '--distances', roads, '--max-minutes', '45', '--out', near])).code).toBe(0);
    const plan = JSON.parse(readFileSync(near, 'utf8')) as { moves: { from: string; to: string; distance_km: number; explanation: string }[]; rules: { distancesRows: number; maxMinutes: number } };
    expect(plan.rules).toMatchObject({ distancesRows: 1, maxMinutes: 45 });
    const kept = plan.moves.find((m) => m.from === moves[1]!.from && m.to === moves[1]!.to)!;
    expect(kept.distance_km).toBe(3);
    expect(kept.explanation).toContain('3 km (distances input), 10 min (distances input)');
  });

  it('a bad distances row is one error line naming the file, row and column', async () => {
    const bad = await runMain(['plan', '--province', '11', '--distances', file('bad2.csv', `from,to,km\n${a!.code},${b!.code},abc\n`)]);
    expect(bad.code).toBe(2);
    expect(bad.stderr).toMatch(/bad2\.csv, row \d+, column "km": got "abc"; expected a number >= 0/);
    const unknown = await runMain(['plan', '--province', '11', '--distances', file('bad3.csv', `from,to,km\n99999,${b!.code},4\n`)]);
    expect(unknown.code).toBe(2);
    expect(unknown.stderr).toMatch(/bad3\.csv, row \d+, column "from": got "99999"; expected a unit code/);
  });
});

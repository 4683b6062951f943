import { mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { balance } from '@canbang/core';
import { loadVietNam } from '@canbang/data-vn';
import { runCli } from '../support/run-cli.ts';

// Independent reference: the library balance of the same built-in dataset, province 01 (Hà Nội).
const rows = (balance(loadVietNam()).byField.objects() as { unit_code: string; province_code: string; field: string; staff: number; required: number }[]).filter(
  (r) => r.province_code === '01',
);
const key = (u: string, f: string) => `${u}/${f}`;

describe('canbang plan (real binary, built-in dataset)', () => {
  const dir = mkdtempSync(join(tmpdir(), 'canbang-plan-'));

  it('json: an optimal, proven transfer plan whose moves respect the WISN+POA rule and distance limit', () => {
    const out = join(dir, 'plan.json');
    const result = runCli(['plan', '--province', '01', '--max-distance', '20', '--out', out]);
    expect(result.stderr).toMatch(/plan optimal/);
    expect(result.code).toBe(0);
    expect(readdirSync(dir)).toEqual(['plan.json']); // atomic write, no temp file left
    const plan = JSON.parse(readFileSync(out, 'utf8'));
    expect(plan.status).toBe('optimal');
    expect(plan.blocks).toHaveLength(1);
    expect(plan.blocks[0].proven).toBe(true);
    expect(plan.moves.length).toBeGreaterThan(0);
    // The stderr summary counts staff (sum of move sizes, from the file) and moves (rows) apart.
    const moved = plan.moves.reduce((s: number, m: { staff: number }) => s + m.staff, 0);
    expect(result.stderr).toContain(`plan optimal: ${moved} staff in ${plan.moves.length} moves, 1 block(s)`);
    // Apply the moves to the library's staff and check: conservation, donors >= required, recipients <= required.
    const staff = new Map(rows.map((r) => [key(r.unit_code, r.field), r.staff]));
    const required = new Map(rows.map((r) => [key(r.unit_code, r.field), r.required]));
    for (const m of plan.moves) {
      expect(m.distance_km).toBeLessThanOrEqual(20);
      staff.set(key(m.from, m.field), staff.get(key(m.from, m.field))! - m.staff);
      staff.set(key(m.to, m.to_field), staff.get(key(m.to, m.to_field))! + m.staff);
    }
    const total = (s: Map<string, number>) => [...s.values()].reduce((a, b) => a + b, 0);
    expect(total(staff)).toBe(rows.reduce((a, r) => a + r.staff, 0));
    for (const m of plan.moves) {
      expect(staff.get(key(m.from, m.field))!).toBeGreaterThanOrEqual(required.get(key(m.from, m.field))! - 1e-9);
      expect(staff.get(key(m.to, m.field))!).toBeLessThanOrEqual(required.get(key(m.to, m.field))! + 1e-9);
    }
    // Shortage after, recomputed here from the moved staff, equals the plan's own figure.
    const shortage = rows.reduce((s, r) => s + Math.max(0, r.required - staff.get(key(r.unit_code, r.field))!), 0);
    expect(plan.objectives.shortage).toBeCloseTo(shortage, 6);
  });

  it('csv: one row per move with Vietnamese names intact', () => {
    const out = join(dir, 'moves.csv');
    const result = runCli(['plan', '--province', '01', '--max-distance', '20', '--out', out]);
    expect(result.code).toBe(0);
    const lines = readFileSync(out, 'utf8').trim().split(/\r?\n/);
    expect(lines[0]).toBe('province_code,from,from_name,to,to_name,field,to_field,staff,distance_km,fixed,explanation,warning');
    expect(lines.slice(1).some((l) => l.includes('Phường'))).toBe(true);
  });

  it('an overrides file (auto vs final): a banned pair disappears, a locked move is kept and marked fixed', () => {
    const first = JSON.parse(runCli(['plan', '--province', '01', '--max-distance', '20', '--format', 'json']).stdout);
    const top = first.moves[0];
    const other = first.moves.find((m: { from: string; to: string }) => m.from !== top.from && m.to !== top.to);
    const file = join(mkdtempSync(join(tmpdir(), 'canbang-overrides-')), 'overrides.yaml');
    writeFileSync(file, `ban:\n  - { from: "${top.from}", to: "${top.to}" }\nlock:\n  - { from: "${other.from}", to: "${other.to}", field: ${other.field}, staff: 1 }\n`);
    const result = runCli(['plan', '--province', '01', '--max-distance', '20', '--overrides', file, '--format', 'json']);
    expect(result.code).toBe(0);
    const plan = JSON.parse(result.stdout);
    expect(plan.moves.some((m: { from: string; to: string }) => m.from === top.from && m.to === top.to)).toBe(false);
    expect(plan.moves).toContainEqual(expect.objectContaining({ from: other.from, to: other.to, field: other.field, staff: 1, fixed: true }));
  });

  it('hire: per-field recruits are all placed, in the province asked for', () => {
    const out = join(dir, 'hire.json');
    const result = runCli(['plan', '--kind', 'hire', '--recruits', 'land=40,it_digital=10', '--province', '01', '--out', out]);
    expect(result.code).toBe(0);
    const plan = JSON.parse(readFileSync(out, 'utf8'));
    const sum = (field: string) => plan.allocations.filter((a: { field: string }) => a.field === field).reduce((s: number, a: { count: number }) => s + a.count, 0);
    expect([sum('land'), sum('it_digital')]).toEqual([40, 10]);
    expect(plan.allocations.every((a: { province_code: string }) => a.province_code === '01')).toBe(true);
    // Hand rule: recruits never raise the worst load; the library's before value comes from the same rows.
    for (const p of plan.pools) expect(p.worstLoadAfter).toBeLessThanOrEqual(p.worstLoadBefore);
  });

  it('route: csv of routed work flows within the province', () => {
    const out = join(dir, 'route.csv');
    const result = runCli(['plan', '--kind', 'route', '--share', 'one_stop=0.7', '--province', '01', '--out', out]);
    expect(result.code).toBe(0);
    const lines = readFileSync(out, 'utf8').trim().split(/\r?\n/);
    expect(lines[0]).toBe('province_code,field,from,from_name,to,to_name,fte,dossiers_per_period,distance_km,explanation');
    expect(lines.length).toBeGreaterThan(1);
    expect(lines.slice(1).every((l) => l.startsWith('01,one_stop,'))).toBe(true);
  });

  it('national default plan: no move beyond 30 km or between island and mainland; the figures match the unit rows', () => {
    const out = join(dir, 'national.json');
    const result = runCli(['plan', '--out', out]);
    expect(result.code).toBe(0);
    const plan = JSON.parse(readFileSync(out, 'utf8'));
    const terrain = new Map((loadVietNam().units.objects() as { code: string; terrain: string }[]).map((u) => [u.code, u.terrain]));
    expect(plan.moves.length).toBeGreaterThan(0);
    for (const m of plan.moves) {
      expect(m.distance_km).toBeLessThanOrEqual(30);
      expect(terrain.get(m.from) === 'island').toBe(terrain.get(m.to) === 'island');
    }
    // Worst load over all cells, recomputed from the unit rows: infinite cells counted, else the max finite load.
    type Row = { required: number; staff_before: number; staff_after: number };
    const figure = (k: 'staff_before' | 'staff_after') => {
      const work = (plan.units as Row[]).filter((u) => u.required > 0);
      const unstaffed = work.filter((u) => u[k] === 0).length;
      const staffed = Math.max(...work.filter((u) => u[k] > 0).map((u) => u.required / u[k]));
      return { unstaffed, staffed };
    };
    for (const [k, side] of [['staff_before', 'before'], ['staff_after', 'after']] as const) {
      const f = figure(k);
      expect(plan.load[side].unstaffedCells).toBe(f.unstaffed);
      expect(plan.load[side].worstLoadStaffed).toBeCloseTo(f.staffed, 12);
    }
    // The same words on stderr (csv/json output) as in the table.
    expect(result.stderr).toContain('Worst load, all unit × fields (required ÷ staff): ');
    expect(result.stderr).toContain('Worst load, unit × fields a move can reach: ');
  });

  it('bad options are one clear error line and exit code 2', () => {
    const result = runCli(['plan', '--province', '01', '--solver', 'cplex']);
    expect(result.code).toBe(2);
    expect(result.stderr).toMatch(/canbang plan --solver: got "cplex"; expected flow \| highs \| lpsolve/);
    // Routing is an LP: the transfer-only flow solver is refused rather than silently replaced by HiGHS.
    const route = runCli(['plan', '--kind', 'route', '--share', 'one_stop=0.7', '--province', '11', '--solver', 'flow']);
    expect(route.code).toBe(2);
    expect(route.stderr).toMatch(/canbang plan --solver: got "flow"; expected highs \| lpsolve$/m);
    // A transfer-only option with another kind is refused, not ignored.
    const hire = runCli(['plan', '--kind', 'hire', '--recruits', '5', '--max-distance', '20']);
    expect(hire.code).toBe(2);
    expect(hire.stderr).toMatch(/canbang plan --max-distance: got "20"; expected no --max-distance with --kind hire/);
  });
});

import { existsSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { beforeAll, describe, expect, it } from 'vitest';
import { balance, compare, planScenario, runScenario, sensitivity, type Dataset, type Scenario } from '@canbang/core';
import { readDataset } from '@canbang/io';
import { runCli } from '../support/run-cli.ts';

const SAMPLE = fileURLToPath(new URL('../../data/sample', import.meta.url));
const EXAMPLES = fileURLToPath(new URL('../../data/scenarios', import.meta.url));
const land: Scenario = { name: 'Land work doubled', levers: [{ type: 'decentralise', share: 1, where: { fields: ['land'] } }] };

function csvRows(text: string): Record<string, string>[] {
  expect(text).not.toContain('"'); // the sample's names have no commas or quotes, so a plain split is exact
  const [header, ...lines] = text.trim().split('\n');
  const columns = header!.split(',');
  return lines.map((line) => Object.fromEntries(line.split(',').map((v, i) => [columns[i], v])));
}

describe('canbang scenario (real binary, data/sample)', () => {
  const dir = mkdtempSync(join(tmpdir(), 'canbang-scenario-'));
  const file = join(dir, 'land.yaml');
  writeFileSync(file, `name: ${land.name}\nlevers:\n  - type: decentralise\n    share: 1\n    where: { fields: [land] }\n`);
  let sample: Dataset;
  beforeAll(async () => {
    sample = await readDataset(SAMPLE);
  });

  it('--compare writes one CSV row per unit matching the library compare', () => {
    const out = join(dir, 'compare.csv');
    const result = runCli(['scenario', file, '--data', SAMPLE, '--compare', '--precision', '15', '--out', out]);
    expect(result.stderr).toMatch(/vs baseline: overloaded/);
    expect(result.code).toBe(0);
    const rows = csvRows(readFileSync(out, 'utf8'));
    // independent computation: the library run in this process
    const expected = compare(balance(sample), runScenario(sample, land)).units.objects() as Record<string, unknown>[];
    expect(rows.map((r) => r.unit_code)).toEqual(expected.map((r) => r.unit_code));
    rows.forEach((r, i) => {
      expect(Number(r.d_required)).toBeCloseTo(expected[i]!.d_required as number, 9);
      expect(r.status_scenario).toBe(expected[i]!.status_scenario);
      expect(r.became_overloaded).toBe(String(expected[i]!.became_overloaded));
    });
  });

  it('--draws with a seed is reproducible byte for byte, and JSON carries the bands', () => {
    const a = join(dir, 'a.json');
    const b = join(dir, 'b.json');
    expect(runCli(['scenario', file, '--data', SAMPLE, '--draws', '40', '--seed', '3', '--out', a]).code).toBe(0);
    const second = runCli(['scenario', file, '--data', SAMPLE, '--draws', '40', '--seed', '3', '--out', b]);
    expect(second.code).toBe(0);
    expect(second.stderr).toMatch(/draws 40\/40/);
    expect(readFileSync(a, 'utf8')).toBe(readFileSync(b, 'utf8'));
    const report = JSON.parse(readFileSync(a, 'utf8'));
    expect(report.uncertainty.draws).toBe(40);
    expect(report.units).toHaveLength(6); // data/sample has six units
    for (const u of report.units) expect(u.required_p10).toBeLessThanOrEqual(u.required_p90);
  });

  it('--volume-noise / --standard-noise set the distributions, and a bad one is named', () => {
    const out = join(dir, 'noise.json');
    const ok = runCli(['scenario', file, '--data', SAMPLE, '--draws', '5', '--volume-noise', 'normal:0.3', '--standard-noise', '0.05', '--out', out]);
    expect(ok.code).toBe(0);
    const report = JSON.parse(readFileSync(out, 'utf8'));
    expect(report.uncertainty.volumeDistribution).toEqual({ type: 'normal', cv: 0.3 });
    expect(report.uncertainty.standardDistribution).toEqual({ type: 'triangular', cv: 0.05 }); // default type kept
    const bad = runCli(['scenario', file, '--data', SAMPLE, '--draws', '5', '--volume-noise', 'gamma:0.3']);
    expect(bad.code).toBe(2);
    expect(bad.stderr).toContain('canbang scenario --volume-noise: got "gamma:0.3"');
  });

  it('--sweep writes one row per value of the last lever, as the library sensitivity', () => {
    const out = join(dir, 'sweep.csv');
    const result = runCli(['scenario', file, '--data', SAMPLE, '--sweep', 'share=0,1,3', '--precision', '15', '--out', out]);
    expect(result.code).toBe(0);
    const rows = csvRows(readFileSync(out, 'utf8'));
    const expected = sensitivity(sample, land.levers[0]!, [0, 1, 3]).objects() as Record<string, number>[];
    expect(rows.map((r) => Number(r.value))).toEqual([0, 1, 3]);
    rows.forEach((r, i) => {
      expect(Number(r.overloaded)).toBe(expected[i]!.overloaded);
      expect(Number(r.shortage)).toBeCloseTo(expected[i]!.shortage!, 9);
    });
    // share 0 is the baseline: its required equals the balance of the sample (independent path)
    const required = (balance(sample).byUnit.array('required') as Float64Array).reduce((a, b) => a + b, 0);
    expect(Number(rows[0]!.required)).toBeCloseTo(required, 9);
    const bad = runCli(['scenario', file, '--data', SAMPLE, '--sweep', 'share=1', '--compare']);
    expect(bad.code).toBe(2);
    expect(bad.stderr).toMatch(/--sweep: got "share=1"; expected no --compare or --draws/);
  });

  it('hire and route plans land in the JSON report (as the library computes them) and on stderr', async () => {
    const hire: Scenario = { name: 'hire 4', levers: [], plan: { kind: 'hire', recruits: 4 } };
    const route: Scenario = { name: 'route', levers: [], plan: { kind: 'route', transferableShare: { office: 0.5 } } };
    for (const [name, scenario, line] of [
      ['hire', hire, /hire plan \(optimal, all fields\): 4 recruits placed in \d+ unit x fields; worst load [\d.]+ -> [\d.]+/],
      ['route', route, /route plan \(optimal\): [\d.]+ FTE of work routed in \d+ flows, nobody moves/],
    ] as const) {
      const input = join(dir, `${name}.json`);
      writeFileSync(input, JSON.stringify(scenario));
      const out = join(dir, `${name}-out.json`);
      const result = runCli(['scenario', input, '--data', SAMPLE, '--out', out]);
      expect(result.code).toBe(0);
      expect(result.stderr).toMatch(line);
      const report = JSON.parse(readFileSync(out, 'utf8'));
      // independent run: the library in this process (timings differ)
      const expected = (await planScenario(runScenario(sample, scenario))).plan!;
      const { timeMs: _a, ...got } = report.plan;
      const { timeMs: _b, ...want } = JSON.parse(JSON.stringify(expected));
      expect(got).toEqual(want);
    }
  });

  it('a bad scenario file exits 2 naming the file and the field, and writes nothing', () => {
    const bad = join(dir, 'bad.json');
    writeFileSync(bad, JSON.stringify({ name: 'bad', levers: [{ type: 'scaleVolumes', factor: 'abc' }] }));
    const out = join(dir, 'never.csv');
    const result = runCli(['scenario', bad, '--data', SAMPLE, '--out', out]);
    expect(result.code).toBe(2);
    expect(result.stderr).toContain('bad.json, column "levers[0].factor": got "abc"; expected a finite number > 0');
    expect(existsSync(out)).toBe(false);
    expect(readdirSync(dir).filter((f) => f.includes('.tmp-'))).toEqual([]);
  });
});

describe('canbang scenario (built-in Viet Nam dataset)', () => {
  it('civil-status simplification never makes a unit overloaded (less time per case, same staff)', () => {
    const dir = mkdtempSync(join(tmpdir(), 'canbang-scenario-vn-'));
    const out = join(dir, 'civil.json');
    const result = runCli(['scenario', join(EXAMPLES, 'civil-status-simplification.json'), '--compare', '--out', out]);
    expect(result.code).toBe(0);
    expect(result.stderr).toMatch(/SYNTHETIC/);
    const report = JSON.parse(readFileSync(out, 'utf8'));
    expect(report.national.units).toBe(3321); // registry total (NSO 1027/CTK-CSCL)
    expect(report.comparison.national.became_overloaded).toBe(0);
    expect(report.comparison.national.d_shortage).toBeLessThanOrEqual(0);
  });
});

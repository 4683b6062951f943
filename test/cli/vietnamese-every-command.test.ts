import { cpSync, mkdtempSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { createDataset } from '@canbang/core';
import { writeDataset } from '@canbang/io';
import { tinyRows } from '../../packages/core/test/fixtures/tiny-dataset.ts';
import { runCli } from '../support/run-cli.ts';
import { englishWordsIn, visibleText, withoutMachineNames } from '../support/english-words.ts';

const ROOT = new URL('../../', import.meta.url).pathname;
const dir = mkdtempSync(join(tmpdir(), 'canbang-vi-all-'));
const english = (text: string) => englishWordsIn(withoutMachineNames(text));
const scenarioFile = (name: string, text: string) => {
  writeFileSync(join(dir, name), text);
  return join(dir, name);
};

describe('every command in Vietnamese has none of the English words (outputs, help, errors)', () => {
  let tiny = '';
  beforeAll(async () => {
    tiny = join(dir, 'tiny');
    await writeDataset(createDataset(tinyRows()), tiny);
  });

  it.each([
    ['analyze, national', ['analyze', '--top', '3']],
    ['analyze, one province by name', ['analyze', '--province', 'Điện Biên']],
    ['plan transfer', ['plan', '--province', '11']],
    ['plan hire', ['plan', '--kind', 'hire', '--recruits', '20', '--province', '11']],
    ['plan reduce', ['plan', '--kind', 'reduce', '--cuts', '10', '--province', '11']],
    ['plan route', ['plan', '--kind', 'route', '--share', 'one_stop=0.5', '--province', '11']],
    ['plan transfer-hire', ['plan', '--kind', 'transfer-hire', '--recruits', '20', '--province', '11']],
    ['plan hire, infeasible (more recruits than the quota has room for)', ['plan', '--kind', 'hire', '--recruits', 'land=100000', '--province', '11']],
    ['plan reduce, infeasible (more cuts than staff)', ['plan', '--kind', 'reduce', '--cuts', '100000', '--province', '11']],
    ['scenario with a transfer plan', ['scenario', join(ROOT, 'data/scenarios/land-decentralisation.yaml'), '--compare', '--format', 'json', '--out', join(dir, 's.json')]],
    ['scenario with draws', ['scenario', join(ROOT, 'data/scenarios/hire-accountants.yaml'), '--draws', '5', '--format', 'json', '--out', join(dir, 's2.json')]],
    ['scenario with a hire plan', ['scenario', scenarioFile('hire.yaml', 'name: tuyển\nlevers: []\nplan: { kind: hire, recruits: 50 }\n'), '--format', 'json', '--out', join(dir, 's3.json')]],
    ['scenario with a route plan', ['scenario', scenarioFile('route.yaml', 'name: chuyển việc\nlevers: []\nplan: { kind: route, transferableShare: { one_stop: 0.5 }, province: "11" }\n'), '--format', 'json', '--out', join(dir, 's4.json')]],
    ['template', ['template', '--province', '11', '--out', join(dir, 't.xlsx'), '--force']],
  ])('%s: stdout and stderr', (_what, args) => {
    const result = runCli([...args, '--lang', 'vi']);
    expect(result.code, result.stderr).toBe(0);
    expect(english(result.stdout)).toEqual([]);
    expect(english(result.stderr)).toEqual([]);
  });

  it('the tiny dataset with plans that move, hire, cut and route: the move and allocation tables', () => {
    for (const args of [['plan'], ['plan', '--kind', 'hire', '--recruits', '2'], ['plan', '--kind', 'route', '--share', 'office=0.5'], ['plan', '--kind', 'transfer-hire', '--recruits', '2']]) {
      const result = runCli([...args, '--data', tiny, '--lang', 'vi']);
      expect(result.code, result.stderr).toBe(0);
      expect(english(result.stdout + result.stderr)).toEqual([]);
    }
  });

  it('the HTML report (visible text, with a plan section)', () => {
    const out = join(dir, 'r.html');
    const result = runCli(['report', '--province', '11', '--plan', '--out', out, '--lang', 'vi']);
    expect(result.code, result.stderr).toBe(0);
    expect(english(result.stderr)).toEqual([]);
    const html = readFileSync(out, 'utf8');
    expect(html).toContain('<html lang="vi">');
    // Repository and file names with a slash are names, not prose (englishWordsIn leaves them out).
    expect(englishWordsIn(visibleText(html))).toEqual([]);
  });

  it.each([[[]], [['analyze']], [['plan']], [['scenario']], [['report']], [['template']]])('--help of %j', (command) => {
    const result = runCli([...command, '--help', '--lang', 'vi']);
    expect(result.code).toBe(0);
    expect(result.stdout).toMatch(/^Cách dùng: canbang/);
    expect(english(result.stdout)).toEqual([]);
  });

  it.each([
    ['an unknown option', ['analyze', '--provnce', '11']],
    ['an option without its value', ['analyze', '--province']],
    ['an unknown command', ['analyse']],
    ['a bad number', ['analyze', '--top', '-1']],
    ['an unknown province', ['analyze', '--province', 'Không Có']],
    ['an option of another plan kind', ['plan', '--kind', 'hire', '--recruits', '2', '--max-distance', '5']],
    ['a bad --recruits', ['plan', '--kind', 'hire', '--recruits', 'x']],
    ['a missing --share', ['plan', '--kind', 'route']],
    ['a bad --lock', ['plan', '--lock', 'a:b']],
    ['a missing scenario file', ['scenario', join(dir, 'none.yaml')]],
    ['an output that exists (template)', ['template', '--out', join(dir, 't.xlsx')]],
    ['a report file name', ['report', '--out', join(dir, 'r.txt')]],
  ])('error line: %s', (_what, args) => {
    const result = runCli([...args, '--lang', 'vi']);
    expect(result.code).toBe(2);
    const first = result.stderr.split('\n')[0]!;
    expect(first).toMatch(/^(canbang: )?lỗi: /);
    expect(english(first)).toEqual([]);
  });

  it('error line of every malformed input of the corpus (test/fixtures/malformed)', () => {
    const corpus = join(ROOT, 'test/fixtures/malformed');
    const cases = readdirSync(corpus, { withFileTypes: true }).filter((d) => d.isDirectory());
    let errors = 0;
    for (const c of cases) {
      const data = join(dir, `m-${c.name}`);
      cpSync(join(ROOT, 'data/sample'), data, { recursive: true });
      const files = readdirSync(join(corpus, c.name));
      for (const f of files) cpSync(join(corpus, c.name, f), join(data, f));
      const input = files.includes('dataset.json') ? join(data, 'dataset.json') : data;
      const result = runCli(['analyze', '--data', input, '--lang', 'vi']);
      if (result.code !== 2) continue; // accepted cases (BOM, tab, ...) print no error
      errors++;
      const line = result.stderr.trim();
      expect(line.split('\n'), c.name).toHaveLength(1);
      expect(line, c.name).toMatch(/^canbang: lỗi: /);
      expect(english(line), `${c.name}: ${line}`).toEqual([]);
    }
    // Most of the corpus is refused (its README lists the accepted cases: bom, semicolon, tab, fractional staff).
    expect(errors).toBeGreaterThan(20);
  });

  it('the checker strips only machine names: a Vietnamese sentence with an English word is still caught', () => {
    expect(english('--province <code>: nhận được "unit"; thiếu units.csv')).toEqual([]);
    expect(english('cần một unit code')).toEqual(['unit']);
  });
});

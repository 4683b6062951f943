// The built package loads the default Viet Nam dataset from the snapshot `pnpm build` wrote
// (dist/vietnam-snapshot/) instead of generating and validating it on every start. These tests run the
// compiled package in child processes (the TypeScript sources never use the snapshot) and check:
// - the snapshot's tables are the tables generation + validation give: same columns in the same order, the
//   same values (Object.is, so -0, NaN and null would show), plain arrays, the same meta;
// - a data file edited after the build makes the snapshot stale, and loadVietNam() then generates again.
import { spawnSync } from 'node:child_process';
import { appendFileSync, cpSync, existsSync, mkdtempSync, rmSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

const PACKAGE = fileURLToPath(new URL('..', import.meta.url));

// Prints, for the compiled package in `folder`: whether the snapshot was used, and whether every table of
// loadVietNam() equals the freshly generated one (the independent path: generate + createDataset).
const COMPARE = `
const { loadVietNam } = await import('./dist/index.js');
const { generateAndValidate } = await import('./dist/load.js');
const { readBuiltInSnapshot } = await import('./dist/built-in-snapshot.js');
const usedSnapshot = readBuiltInSnapshot() !== undefined;
const loaded = loadVietNam();
const fresh = generateAndValidate();
const problems = [];
const names = Object.keys(fresh).filter((key) => key !== 'meta');
if (JSON.stringify(Object.keys(loaded)) !== JSON.stringify(Object.keys(fresh))) problems.push('keys ' + Object.keys(loaded));
for (const name of names) {
  const a = loaded[name], b = fresh[name];
  if (JSON.stringify(a.columnNames()) !== JSON.stringify(b.columnNames())) problems.push(name + ' columns ' + a.columnNames());
  for (const column of b.columnNames()) {
    const x = a.array(column), y = b.array(column);
    if (!Array.isArray(x)) problems.push(name + '.' + column + ' is a ' + x.constructor.name);
    if (x.length !== y.length || !y.every((value, i) => Object.is(value, x[i]))) problems.push(name + '.' + column + ' values');
  }
}
if (JSON.stringify(loaded.meta) !== JSON.stringify(fresh.meta)) problems.push('meta');
if (!Object.isFrozen(loaded)) problems.push('not frozen');
console.log(JSON.stringify({ usedSnapshot, rows: loaded.volumes.numRows(), problems }));
`;

function compare(folder: string): { usedSnapshot: boolean; rows: number; problems: string[] } {
  const result = spawnSync(process.execPath, ['--input-type=module', '-e', COMPARE], { cwd: folder, encoding: 'utf8', timeout: 120_000 });
  if (result.status !== 0) throw new Error(result.stderr);
  return JSON.parse(result.stdout) as { usedSnapshot: boolean; rows: number; problems: string[] };
}

describe('the built-in dataset snapshot', () => {
  let copy = '';
  beforeAll(() => {
    if (!existsSync(join(PACKAGE, 'dist', 'vietnam-snapshot', 'header.json'))) throw new Error('no dist/vietnam-snapshot: run `pnpm build` first');
    // A copy of the compiled package, whose data files can be edited without touching the workspace.
    copy = mkdtempSync(join(tmpdir(), 'canbang-data-vn-'));
    for (const part of ['package.json', 'dist', 'data']) cpSync(join(PACKAGE, part), join(copy, part), { recursive: true });
    symlinkSync(join(PACKAGE, 'node_modules'), join(copy, 'node_modules'), 'dir');
  });
  afterAll(() => {
    if (copy !== '') rmSync(copy, { recursive: true, force: true });
  });

  it('gives exactly the tables generation and validation give', () => {
    const result = compare(PACKAGE);
    expect(result.usedSnapshot).toBe(true);
    expect(result.problems).toEqual([]);
    expect(result.rows).toBeGreaterThan(100_000); // the whole national dataset was compared
  }, 180_000);

  it('is not used once a data file changed after the build, and loading still works', () => {
    expect(compare(copy).usedSnapshot).toBe(true); // the unchanged copy still matches its build
    appendFileSync(join(copy, 'data', 'SOURCES.md'), '\nEdited after the build.\n');
    const result = compare(copy);
    expect(result.usedSnapshot).toBe(false);
    expect(result.problems).toEqual([]);
  }, 180_000);
});

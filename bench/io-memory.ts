/**
 * Peak memory (max RSS of a fresh process per case, so peaks do not mix) of reading the national dataset
 * (3,321 units, synthetic volumes) with readDataset as a CSV folder, .json and .xlsx, measured in the same run,
 * against the floor of a process that only loads the library; and of refusing
 * test/fixtures/workbooks/lying-zip.xlsx (0.2 MB, an entry declaring 1,000 bytes that inflates to 200 MB) by
 * readDataset's zip guard, against SheetJS and exceljs (the reader before) parsing that file with no guard.
 * Target (issue 9): under 500 MB for the national workbook and for the lying zip.
 * Peak RSS is the child's own getrusage maxrss (process.resourceUsage().maxRSS, KiB).
 * Run: pnpm tsx bench/io-memory.ts
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { writeDataset } from '@canbang/io';
import { loadVietNam } from '@canbang/data-vn';

const TARGET_MB = 500;
const lying = fileURLToPath(new URL('../test/fixtures/workbooks/lying-zip.xlsx', import.meta.url));
const dir = mkdtempSync(join(tmpdir(), 'canbang-bench-mem-'));
const ds = loadVietNam();
await writeDataset(ds, join(dir, 'vn.xlsx'));
await writeDataset(ds, join(dir, 'vn.json'));
await writeDataset(ds, join(dir, 'vn'));

// Each case runs in its own process; the child prints {"outcome", "kb", "ms"} (a refusal is an outcome, not a failure).
function child(code: string): { outcome: string; mb: number; ms: number } {
  const script = `const t = performance.now(); let outcome = 'read'; try { ${code} } catch (e) { outcome = 'refused: ' + String(e.message).slice(0, 70); } console.log(JSON.stringify({ outcome, kb: process.resourceUsage().maxRSS, ms: performance.now() - t }));`;
  const result = spawnSync(process.execPath, ['--import', 'tsx', '--input-type=module', '-e', script], { encoding: 'utf8', cwd: fileURLToPath(new URL('..', import.meta.url)) });
  try {
    const { outcome, kb, ms } = JSON.parse(result.stdout.trim().split('\n').at(-1) ?? '') as { outcome: string; kb: number; ms: number };
    return { outcome, mb: kb / 1024, ms };
  } catch {
    return { outcome: `crashed (${result.status ?? result.signal}): ${result.stderr.trim().split('\n').at(-1) ?? ''}`, mb: NaN, ms: NaN };
  }
}
const read = (path: string) => child(`const { readDataset } = await import('@canbang/io'); const ds = await readDataset(${JSON.stringify(path)}); if (ds.units.numRows() !== ${ds.units.numRows()}) throw new Error('short read');`);
const fileMb = (path: string) => statSync(path).size / 1e6;
const csvMb = ['units', 'headcount', 'volumes', 'standards'].reduce((s, t) => s + fileMb(join(dir, 'vn', `${t}.csv`)), 0);

const cases: [string, number | null, ReturnType<typeof child>, boolean][] = [
  ['library loaded, nothing read', null, child(`await import('@canbang/io');`), false],
  ['readDataset CSV folder', csvMb, read(join(dir, 'vn')), false],
  ['readDataset .json', fileMb(join(dir, 'vn.json')), read(join(dir, 'vn.json')), false],
  ['readDataset .xlsx (national workbook)', fileMb(join(dir, 'vn.xlsx')), read(join(dir, 'vn.xlsx')), true],
  ['readDataset(lying-zip.xlsx): zip guard', fileMb(lying), read(lying), true],
  ['SheetJS XLSX.read(lying-zip.xlsx), no guard', fileMb(lying), child(`const XLSX = await import('@e965/xlsx'); const { readFileSync } = await import('node:fs'); XLSX.read(readFileSync(${JSON.stringify(lying)}), { type: 'buffer' });`), false],
  ['exceljs xlsx.load(lying-zip.xlsx), the previous reader, no guard', fileMb(lying), child(`const ExcelJS = (await import('exceljs')).default; const { readFileSync } = await import('node:fs'); await new ExcelJS.Workbook().xlsx.load(readFileSync(${JSON.stringify(lying)}));`), false],
];
const json = cases[2]![2].mb;
console.log(`national dataset: ${ds.units.numRows()} units, ${ds.headcount.numRows()} headcount rows, ${ds.volumes.numRows()} volume rows`);
console.log('| case (fresh child process) | file MB | outcome | peak RSS MB | peak RSS / .json read | ms | target |');
console.log('| --- | ---: | --- | ---: | ---: | ---: | --- |');
for (const [name, mb, { outcome, mb: rss, ms }, targeted] of cases) {
  const target = targeted ? (rss < TARGET_MB ? `< ${TARGET_MB} MB: met` : `< ${TARGET_MB} MB: MISSED`) : '';
  console.log(`| ${name} | ${mb === null ? '–' : mb.toFixed(1)} | ${outcome} | ${rss.toFixed(0)} | ${(rss / json).toFixed(2)} | ${ms.toFixed(0)} | ${target} |`);
}
rmSync(dir, { recursive: true, force: true });

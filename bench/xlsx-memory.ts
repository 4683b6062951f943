/**
 * Peak memory (max RSS of a fresh process) while reading workbooks: the national workbook read by readDataset,
 * and test/fixtures/workbooks/lying-zip.xlsx (0.2 MB, an entry declaring 1,000 bytes that inflates to 200 MB)
 * refused by readDataset's zip guard, against SheetJS and exceljs (the reader before) parsing that same file
 * with no guard. SheetJS inflates into the declared size, exceljs inflates everything. Target (issue 9): under 500 MB for both readDataset cases.
 * Run: pnpm tsx bench/xlsx-memory.ts
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { writeDataset } from '@canbang/io';
import { loadVietNam } from '@canbang/data-vn';

const lying = fileURLToPath(new URL('../test/fixtures/workbooks/lying-zip.xlsx', import.meta.url));
const dir = mkdtempSync(join(tmpdir(), 'canbang-bench-mem-'));
const national = join(dir, 'vn.xlsx');
await writeDataset(loadVietNam(), national);

// Each case runs in its own process so its peak RSS is its own; the child prints "<outcome> <maxRSS KB> <ms>".
const child = (code: string): { outcome: string; mb: number; ms: number } => {
  const script = `const t = performance.now(); let outcome = 'read'; try { ${code} } catch (e) { outcome = 'refused: ' + String(e.message).slice(0, 70); } console.log(JSON.stringify({ outcome, kb: process.resourceUsage().maxRSS, ms: performance.now() - t }));`;
  const result = spawnSync(process.execPath, ['--import', 'tsx', '--input-type=module', '-e', script], { encoding: 'utf8', cwd: fileURLToPath(new URL('..', import.meta.url)) });
  const line = result.stdout.trim().split('\n').at(-1) ?? '';
  try {
    const { outcome, kb, ms } = JSON.parse(line) as { outcome: string; kb: number; ms: number };
    return { outcome, mb: kb / 1024, ms };
  } catch {
    return { outcome: `crashed (${result.status ?? result.signal}): ${result.stderr.trim().split('\n').at(-1) ?? ''}`, mb: NaN, ms: NaN };
  }
};

const cases = [
  ['baseline: node + tsx + @canbang/io imported', child(`await import('@canbang/io');`)],
  ['readDataset(national workbook, 2.8 MB)', child(`const { readDataset } = await import('@canbang/io'); await readDataset(${JSON.stringify(national)});`)],
  ['readDataset(lying-zip.xlsx): zip guard', child(`const { readDataset } = await import('@canbang/io'); await readDataset(${JSON.stringify(lying)});`)],
  ['SheetJS XLSX.read(lying-zip.xlsx), no guard', child(`const XLSX = await import('@e965/xlsx'); const { readFileSync } = await import('node:fs'); XLSX.read(readFileSync(${JSON.stringify(lying)}), { type: 'buffer' });`)],
  ['exceljs xlsx.load(lying-zip.xlsx), the previous reader, no guard', child(`const ExcelJS = (await import('exceljs')).default; const { readFileSync } = await import('node:fs'); await new ExcelJS.Workbook().xlsx.load(readFileSync(${JSON.stringify(lying)}));`)],
] as const;
console.log('| case | outcome | peak RSS MB | ms |\n| --- | --- | ---: | ---: |');
for (const [name, { outcome, mb, ms }] of cases) console.log(`| ${name} | ${outcome} | ${mb.toFixed(0)} | ${ms.toFixed(0)} |`);
rmSync(dir, { recursive: true, force: true });

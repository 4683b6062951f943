import { readDataset, writeDataset, DEFAULT_READ_LIMITS } from '@canbang/io';
import { loadVietNam } from '@canbang/data-vn';
import * as XLSX from '@e965/xlsx';
import { readFileSync } from 'node:fs';
import { xlsxToRaw } from '../packages/io/src/xlsx-to-raw.ts';
import { checkZipInflatedSize } from '../packages/io/src/zip-inflated-size.ts';
const book = '/tmp/vn-bench.xlsx';
await writeDataset(loadVietNam(), book);
const bytes = readFileSync(book);
const r: Record<string, number> = { zip: Infinity, parse: Infinity, raw: Infinity, all: Infinity };
for (let i = 0; i < 4; i++) {
  let t = performance.now(); checkZipInflatedSize(bytes, book, 1e9); r.zip = Math.min(r.zip!, performance.now() - t);
  t = performance.now(); XLSX.read(bytes, { type: 'buffer', dense: true, cellNF: true, cellText: false, cellHTML: false, cellDates: true, sheetStubs: true }); r.parse = Math.min(r.parse!, performance.now() - t);
  t = performance.now(); await xlsxToRaw(bytes, book, DEFAULT_READ_LIMITS); r.raw = Math.min(r.raw!, performance.now() - t);
  t = performance.now(); await readDataset(book); r.all = Math.min(r.all!, performance.now() - t);
}
console.log(Object.fromEntries(Object.entries(r).map(([k, v]) => [k, Math.round(v)])));

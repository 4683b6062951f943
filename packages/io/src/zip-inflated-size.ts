import { inflateRawSync } from 'node:zlib';
import { CanbangInputError } from '@canbang/core';
import { nextZipCentralEntry, zipCentralDirectory, ZIP_CENTRAL_ENTRY } from './zip-central-directory.ts';

const ZIP_LOCAL_ENTRY = 0x04034b50;

/**
 * The zip-bomb guard run on an .xlsx before any parser sees it. A workbook is refused
 * - when the sizes its central directory declares add up to more than `maxBytes`, before unpacking; and
 * - when an entry inflates to more bytes than the directory declares for it, or its local header declares
 *   a larger size than the directory (a damaged or crafted file: a lying 0.7 MB file used to reach 0.9 GB).
 * Entries are inflated one at a time and each inflation stops one byte past its declared size, so memory
 * and time stay bounded by the declared sizes (at most `maxBytes`) whatever the file claims.
 * Returns the inflated total. A file with no readable zip directory passes (the parser then refuses it).
 *
 * @example
 * checkZipInflatedSize(bytes, 'book.xlsx', 256 * 1024 * 1024); // 29_000_000 for the national workbook
 */
export function checkZipInflatedSize(bytes: Uint8Array, source: string, maxBytes: number): number {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const directory = zipCentralDirectory(view);
  if (!directory) return 0;
  const entries: { name: string; method: number; compressed: number; size: number; local: number }[] = [];
  let declared = 0;
  let p = directory.offset;
  for (let e = 0; e < directory.entries; e++) {
    if (p + 46 > bytes.length || view.getUint32(p, true) !== ZIP_CENTRAL_ENTRY) break;
    const size = view.getUint32(p + 24, true);
    declared = size === 0xffffffff ? Infinity : declared + size;
    const nameLength = view.getUint16(p + 28, true);
    entries.push({
      name: new TextDecoder().decode(bytes.subarray(p + 46, p + 46 + nameLength)),
      method: view.getUint16(p + 10, true),
      compressed: view.getUint32(p + 20, true),
      size,
      local: view.getUint32(p + 42, true),
    });
    p = nextZipCentralEntry(view, p);
  }
  if (declared > maxBytes) {
    throw new CanbangInputError({
      source,
      value: `a workbook that unpacks to ${Number.isFinite(declared) ? `${declared} bytes` : 'an unknown (ZIP64) size'}`,
      expected: `at most ${maxBytes} bytes unpacked (limits.maxUnzippedBytes)`,
    });
  }
  let inflated = 0;
  for (const entry of entries) {
    const lie = (found: string) =>
      new CanbangInputError({
        source,
        value: `zip entry ${entry.name} ${found}, but the zip directory declares ${entry.size} bytes`,
        expected: 'an .xlsx whose entries unpack to the sizes they declare (the file is damaged or crafted: save it again from Excel or LibreOffice)',
      });
    const local = entry.local;
    if (local + 30 > bytes.length || view.getUint32(local, true) !== ZIP_LOCAL_ENTRY) continue; // the parser refuses it
    const localSize = view.getUint32(local + 22, true);
    if (localSize > entry.size) throw lie(`declares ${localSize === 0xffffffff ? 'a ZIP64 size' : `${localSize} bytes`} in its local header`);
    const start = local + 30 + view.getUint16(local + 26, true) + view.getUint16(local + 28, true);
    let size: number;
    if (entry.method === 0) size = entry.compressed;
    else if (entry.method === 8) {
      try {
        // Inflates up to the end of the deflate stream, like the parser does, but never past the declared size.
        size = inflateRawSync(bytes.subarray(start), { maxOutputLength: Math.max(1, entry.size + 1) }).length;
      } catch (error) {
        if ((error as NodeJS.ErrnoException).code === 'ERR_BUFFER_TOO_LARGE') throw lie('inflates to more');
        continue; // corrupt data: the parser refuses the workbook with its own message
      }
    } else continue;
    if (size > entry.size) throw lie(`holds ${size} bytes`);
    inflated += size;
  }
  return inflated;
}

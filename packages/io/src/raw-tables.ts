// Internal to io: turning files into RawTables (untyped cells with their file row numbers).
import { open, stat } from 'node:fs/promises';
import { CanbangInputError } from '@canbang/core';
import type { ReadLimits } from './limits.ts';
import { checkFileSize } from './file-size.ts';

export { xlsxToRaw } from './xlsx-to-raw.ts';
export { csvToRaw } from './csv-to-raw.ts';

/** Reads a whole file after checking its size against the limit (so a 10 GB file is never loaded). */
export async function readFileBytes(path: string, limits: ReadLimits, source = path): Promise<Uint8Array> {
  let size: number;
  try {
    const info = await stat(path);
    if (!info.isFile()) throw new CanbangInputError({ source, value: 'not a regular file', expected: 'a file' });
    size = info.size;
  } catch (error) {
    if (error instanceof CanbangInputError) throw error;
    throw new CanbangInputError({ source, value: (error as NodeJS.ErrnoException).code ?? String(error), expected: 'a readable file' });
  }
  checkFileSize(size, source, limits);
  const handle = await open(path, 'r');
  try {
    // Read at most limit + 1 bytes: the file may have grown since stat.
    const buffer = new Uint8Array(Math.min(size, limits.maxFileBytes) + 1);
    let filled = 0;
    for (;;) {
      const { bytesRead } = await handle.read(buffer, filled, buffer.length - filled, null);
      if (bytesRead === 0) break;
      filled += bytesRead;
      if (filled === buffer.length) break;
    }
    if (filled > limits.maxFileBytes) {
      throw new CanbangInputError({ source, value: `more than ${limits.maxFileBytes} bytes`, expected: `a file of at most ${limits.maxFileBytes} bytes (limits.maxFileBytes)` });
    }
    return buffer.subarray(0, filled);
  } finally {
    await handle.close();
  }
}

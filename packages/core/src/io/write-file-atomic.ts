import { randomBytes } from 'node:crypto';
import { rename, rm, writeFile } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';

/**
 * Writes a file atomically: the data goes to `<file>.tmp-<pid>-<random>` in the same directory, then
 * is renamed over `file`, so readers see either the old file or the complete new one, never half of it.
 * The temporary file is removed if anything fails.
 *
 * @example
 * await writeFileAtomic('out/balance.csv', 'unit_code,staff\n00004,12\n');
 */
export async function writeFileAtomic(file: string, data: string | Uint8Array): Promise<void> {
  const temp = join(dirname(file), `${basename(file)}.tmp-${process.pid}-${randomBytes(6).toString('hex')}`);
  try {
    await writeFile(temp, data, { flag: 'wx' });
    await rename(temp, file);
  } catch (error) {
    await rm(temp, { force: true });
    throw error;
  }
}

import { randomBytes } from 'node:crypto';
import { rmSync } from 'node:fs';
import { rename, rm, writeFile } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';

// Signals that interrupt a run (Ctrl-C, kill, closed terminal): a write in progress removes its temporary file.
const INTERRUPTS: readonly NodeJS.Signals[] = ['SIGINT', 'SIGTERM', 'SIGHUP'];

/**
 * Writes a file atomically: the data goes to `<file>.tmp-<pid>-<random>` in the same directory, then
 * is renamed over `file`, so readers see either the old file or the complete new one, never half of it.
 * The temporary file is removed if anything fails, and also when the process is interrupted (Ctrl-C / SIGINT,
 * SIGTERM, SIGHUP) during the write: the signal then ends the process as it would have.
 *
 * @example
 * await writeFileAtomic('out/balance.csv', 'unit_code,staff\n00004,12\n');
 */
export async function writeFileAtomic(file: string, data: string | Uint8Array): Promise<void> {
  const temp = join(dirname(file), `${basename(file)}.tmp-${process.pid}-${randomBytes(6).toString('hex')}`);
  const onSignal = (signal: NodeJS.Signals) => {
    rmSync(temp, { force: true });
    stopWatching();
    process.kill(process.pid, signal); // no listener left: the default action ends the process
  };
  const stopWatching = () => {
    for (const signal of INTERRUPTS) process.removeListener(signal, onSignal);
  };
  for (const signal of INTERRUPTS) process.once(signal, onSignal);
  try {
    await writeFile(temp, data, { flag: 'wx' });
    await rename(temp, file);
  } catch (error) {
    await rm(temp, { force: true });
    throw error;
  } finally {
    stopWatching();
  }
}

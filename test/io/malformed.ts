// Helpers for the hardened-input tests: a malformed case is the sample dataset with some files replaced.
import { cpSync, mkdtempSync, readdirSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

export const SAMPLE_DIR = fileURLToPath(new URL('../../data/sample', import.meta.url));
export const MALFORMED_DIR = fileURLToPath(new URL('../fixtures/malformed', import.meta.url));

/** A fresh temp directory holding the sample dataset overlaid with test/fixtures/malformed/<name>/*. */
export function caseDir(name: string, base = mkdtempSync(join(tmpdir(), 'canbang-io-'))): string {
  const dir = join(base, name);
  const overlay = join(MALFORMED_DIR, name);
  const jsonOnly = readdirSync(overlay).some((f) => f.endsWith('.json') && f !== 'meta.json');
  if (!jsonOnly) cpSync(SAMPLE_DIR, dir, { recursive: true });
  cpSync(overlay, dir, { recursive: true });
  return dir;
}

/** The path readDataset should be given for a case: the directory, or its dataset.json. */
export function caseInput(dir: string): string {
  const json = join(dir, 'dataset.json');
  try {
    if (statSync(json).isFile()) return json;
  } catch {
    /* a CSV case */
  }
  return dir;
}

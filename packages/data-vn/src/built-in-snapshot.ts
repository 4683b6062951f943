import { createHash } from 'node:crypto';
import { mkdirSync, readdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { table as columnTable, type ColumnTable } from 'arquero';
import { tableFromIPC } from '@uwdata/flechette';
import { toArrow, type Dataset, type DatasetMeta } from '@canbang/core';
import { packageDir } from './csv.ts';
import { DEFAULT_SEED } from './generate.ts';

// The snapshot is written by `pnpm build` (scripts/write-snapshot.mjs) into dist/, next to the compiled code
// that generated it; bump the format when its layout changes.
const SNAPSHOT_FORMAT = 1;
const SNAPSHOT_FOLDER = join('dist', 'vietnam-snapshot');

interface SnapshotHeader {
  format: number;
  /** Of the data files and seed the dataset was generated from (see {@link dataFingerprint}). */
  fingerprint: string;
  /** Table names in the dataset's own key order; each is stored as `<name>.arrow`. */
  tables: string[];
  meta: DatasetMeta;
}

/**
 * Writes the default built-in dataset (`loadVietNam()` without options: package data files, default seed),
 * already validated, as one Arrow IPC file per table plus a header, so the built package can load it without
 * generating and validating 140,000 rows again on every start. Written to a temporary folder first and
 * renamed, so a failed build leaves no half-written snapshot.
 *
 * @example
 * writeBuiltInSnapshot(createDataset(generateVietNam(), sources)); // what `pnpm build` does
 */
export function writeBuiltInSnapshot(dataset: Dataset): string {
  const folder = join(packageDir(), SNAPSHOT_FOLDER);
  const temporary = `${folder}.tmp-${process.pid}`;
  rmSync(temporary, { recursive: true, force: true });
  mkdirSync(temporary, { recursive: true });
  const tables = Object.keys(dataset).filter((key) => key !== 'meta');
  for (const name of tables) writeFileSync(join(temporary, `${name}.arrow`), toArrow(dataset[name as keyof Dataset] as ColumnTable));
  const header: SnapshotHeader = { format: SNAPSHOT_FORMAT, fingerprint: dataFingerprint(), tables, meta: dataset.meta };
  writeFileSync(join(temporary, 'header.json'), `${JSON.stringify(header, null, 1)}\n`);
  rmSync(folder, { recursive: true, force: true });
  renameSync(temporary, folder);
  return folder;
}

/**
 * The default built-in dataset from the snapshot the build wrote, or `undefined` when there is none (running
 * from TypeScript sources, which always generate) or it no longer matches the package's data files.
 *
 * @example
 * const dataset = readBuiltInSnapshot() ?? createDataset(generateVietNam());
 */
export function readBuiltInSnapshot(): Dataset | undefined {
  // Sources are edited without a build in between, so only compiled code trusts the build's snapshot.
  if (import.meta.url.endsWith('.ts')) return undefined;
  const folder = join(packageDir(), SNAPSHOT_FOLDER);
  let header: SnapshotHeader;
  try {
    header = JSON.parse(readFileSync(join(folder, 'header.json'), 'utf8')) as SnapshotHeader;
  } catch {
    return undefined;
  }
  if (header.format !== SNAPSHOT_FORMAT || header.fingerprint !== dataFingerprint()) return undefined;
  const tables = header.tables.map((name) => [name, plainTable(readFileSync(join(folder, `${name}.arrow`)))]);
  return Object.freeze({ ...Object.fromEntries(tables), meta: Object.freeze(header.meta) }) as Dataset;
}

// Decoded column by column into plain arrays (numeric Arrow columns come as typed arrays), because the engine
// is written for, and tested on, the plain-array tables createDataset builds.
function plainTable(bytes: Uint8Array): ColumnTable {
  const arrow = tableFromIPC(bytes, { useProxy: false });
  const columns = arrow.names.map((name) => {
    const values = arrow.getChild(name).toArray();
    return [name, Array.isArray(values) ? values : Array.from(values)];
  });
  return columnTable(Object.fromEntries(columns));
}

/**
 * Hash of everything the default dataset is generated from besides the code: the contents of every file in
 * the package's `data/` folder and the default seed. A data file edited after the build makes the snapshot
 * stale, and `loadVietNam()` then generates the dataset again.
 *
 * @example
 * dataFingerprint(); // 'sha256:3f1c…'
 */
export function dataFingerprint(): string {
  const hash = createHash('sha256').update(`seed ${DEFAULT_SEED}\n`);
  const dataFolder = join(packageDir(), 'data');
  for (const name of readdirSync(dataFolder).sort()) hash.update(`${name}\n`).update(readFileSync(join(dataFolder, name)));
  return `sha256:${hash.digest('hex')}`;
}

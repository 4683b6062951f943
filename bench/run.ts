/**
 * Runs every benchmark in bench/ one after another (`pnpm bench`), or only those whose file name
 * contains the first argument (`pnpm bench optimize`). Each benchmark prints its own table with the
 * ratio against the alternative it measures in the same run.
 */
import { spawnSync } from 'node:child_process';
import { readdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const dir = fileURLToPath(new URL('.', import.meta.url));
const filter = process.argv[2] ?? '';
const files = readdirSync(dir)
  .filter((f) => f.endsWith('.ts') && f !== 'run.ts' && !f.startsWith('_') && f.includes(filter))
  .sort();

let failed = 0;
for (const file of files) {
  process.stdout.write(`\n=== bench/${file}\n`);
  const result = spawnSync(process.execPath, ['--import', 'tsx', `${dir}${file}`], { stdio: 'inherit' });
  if (result.status !== 0) failed++;
}
process.exitCode = failed > 0 ? 1 : 0;

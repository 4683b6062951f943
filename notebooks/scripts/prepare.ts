/**
 * Prepares the site before `observable preview|build` (run by the `dev` and `build` scripts):
 * 1. bundles the canbang engine for the browser with esbuild: lib/browser.ts -> src/_lib/canbang.js
 *    (ESM, minified, no external imports, platform "browser" so a Node-only import fails the build), and the
 *    message catalogue alone: lib/i18n.ts -> src/_lib/i18n.js;
 * 2. writes core's status palette (STATUS_PALETTE) for the pages: src/_lib/status-palette.js (a module, for
 *    chart scales) and src/_lib/status-palette.css (custom properties --status-<status>, for text), so the pages
 *    colour statuses exactly as the HTML report does without loading the engine bundle;
 * 3. clears Framework's cache of data loader outputs, which is keyed on the loader file alone and would
 *    otherwise keep serving numbers computed by an older @canbang/core or @canbang/data-vn.
 */
import { mkdirSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';
import { STATUS_PALETTE } from '@canbang/core';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
rmSync(join(root, 'src', '.observablehq', 'cache', 'data'), { recursive: true, force: true });
// Atomic writes: a half-written bundle would make every interactive page fail.
function writeAtomic(file: string, text: string): void {
  mkdirSync(dirname(file), { recursive: true });
  writeFileSync(`${file}.tmp`, text);
  renameSync(`${file}.tmp`, file);
}

/** Bundles one entry of lib/ for the browser into src/_lib/<name>.js. */
async function bundle(entry: string, name: string): Promise<void> {
  const out = join(root, 'src', '_lib', `${name}.js`);
  const t0 = performance.now();
  const result = await build({
    entryPoints: [join(root, 'lib', entry)],
    bundle: true,
    format: 'esm',
    platform: 'browser',
    target: ['es2022'],
    minify: true,
    legalComments: 'none',
    write: false,
    logLevel: 'warning',
    // @canbang/core's `#highs` import resolves to its browser stub under the "browser" condition: in the
    // browser the flow solver and javascript-lp-solver do the work.
  });
  const code = result.outputFiles[0]!.text;
  writeAtomic(out, code);
  process.stderr.write(`bundle: src/_lib/${name}.js ${(code.length / 1024).toFixed(0)} kB in ${Math.round(performance.now() - t0)} ms\n`);
}

// The engine (pages that compute in the browser) and the message catalogue alone (every page's text).
await bundle('browser.ts', 'canbang');
await bundle('i18n.ts', 'i18n');
writeAtomic(join(root, 'src', '_lib', 'status-palette.js'), `export const STATUS_PALETTE = Object.freeze(${JSON.stringify(STATUS_PALETTE)});\n`);
writeAtomic(
  join(root, 'src', '_lib', 'status-palette.css'),
  `:root {\n${Object.entries(STATUS_PALETTE).map(([status, colour]) => `  --status-${status}: ${colour};`).join('\n')}\n}\n`,
);

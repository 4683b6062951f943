/**
 * Prepares the site before `observable preview|build` (run by the `dev` and `build` scripts):
 * 1. bundles for the browser with esbuild (ESM, minified, no external imports, platform "browser" so a
 *    Node-only import fails the build): lib/browser.ts -> src/_lib/canbang.js (what pages call on the main
 *    thread), lib/i18n.ts -> src/_lib/i18n.js (the message catalogue alone: every page's text) and
 *    lib/engine-worker.ts -> src/_lib/engine-worker.js (the engine, in a Web Worker);
 * 2. writes core's status palette (STATUS_PALETTE) for the pages: src/_lib/status-palette.js (a module, for
 *    chart scales) and src/_lib/status-palette.css (custom properties --status-<status>, for text), so the pages
 *    colour statuses exactly as the HTML report does without loading the engine bundle;
 * 3. clears Framework's cache of data loader outputs, which is keyed on the loader file alone and would
 *    otherwise keep serving numbers computed by an older @canbang/core or @canbang/data-vn.
 */
import { mkdirSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build, type Plugin } from 'esbuild';
import { STATUS_PALETTE } from '@canbang/core';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
rmSync(join(root, 'src', '.observablehq', 'cache', 'data'), { recursive: true, force: true });

// Atomic writes: a half-written bundle would make every interactive page fail.
function writeAtomic(file: string, text: string): void {
  mkdirSync(dirname(file), { recursive: true });
  writeFileSync(`${file}.tmp`, text);
  renameSync(`${file}.tmp`, file);
}

// The one node:* import a browser bundle meets: @canbang/io's workbook zip guard inflates with
// node:zlib's inflateRawSync; lib/inflate-raw.ts gives the same function in the browser.
const browserZlib: Plugin = {
  name: 'browser-zlib',
  setup(b) {
    b.onResolve({ filter: /^(node:)?zlib$/ }, () => ({ path: join(root, 'lib', 'inflate-raw.ts') }));
  },
};

/** Bundles `entry` of lib/ (ESM, minified, no external imports) to src/_lib/`name`, atomically. */
async function bundle(entry: string, name: string): Promise<void> {
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
    plugins: [browserZlib],
    // @canbang/core's `#highs` import resolves to its browser stub under the "browser" condition: in the
    // browser the flow solver and javascript-lp-solver do the work.
  });
  const code = result.outputFiles[0]!.text;
  writeAtomic(join(root, 'src', '_lib', name), code);
  process.stderr.write(`bundle: src/_lib/${name} ${(code.length / 1024).toFixed(0)} kB in ${Math.round(performance.now() - t0)} ms\n`);
}

// The page-side helpers (small), the message catalogue alone, and the engine worker (the whole engine and
// the dataset readers).
await bundle('browser.ts', 'canbang.js');
await bundle('i18n.ts', 'i18n.js');
await bundle('engine-worker.ts', 'engine-worker.js');
writeAtomic(join(root, 'src', '_lib', 'status-palette.js'), `export const STATUS_PALETTE = Object.freeze(${JSON.stringify(STATUS_PALETTE)});\n`);
writeAtomic(
  join(root, 'src', '_lib', 'status-palette.css'),
  `:root {\n${Object.entries(STATUS_PALETTE).map(([status, colour]) => `  --status-${status}: ${colour};`).join('\n')}\n}\n`,
);

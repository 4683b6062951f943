// Run by `pnpm build` after the TypeScript build. Bundles the compiled CLI (dist/main.js and everything it
// imports: @canbang/*, arquero, commander, yaml ...) into dist/canbang-bundle.js plus lazily loaded chunks, so
// a start loads a handful of files instead of about 500 modules (about 0.3 s of CPU less per command; see
// bench/startup.ts). Packages that are loaded only when needed or that read files next to their own code
// stay external and are imported from node_modules as usual: the HiGHS solver (its .wasm file), the
// spreadsheet library and Vega (report only).
import { build } from 'esbuild';
import { fileURLToPath } from 'node:url';

const cli = fileURLToPath(new URL('..', import.meta.url));
const EXTERNAL = ['highs', '@e965/xlsx', 'vega', 'vega-lite'];

// core imports HiGHS through its package.json "imports" alias `#highs`; keep it as the plain package name,
// which the CLI also depends on, so the bundle resolves it from the CLI's own node_modules.
const highsAlias = {
  name: 'highs-alias',
  setup(builder) {
    builder.onResolve({ filter: /^#highs$/ }, () => ({ path: 'highs', external: true }));
  },
};

await build({
  absWorkingDir: cli,
  entryPoints: { 'canbang-bundle': 'dist/main.js' },
  outdir: 'dist',
  chunkNames: 'canbang-bundle-[name]-[hash]',
  bundle: true,
  splitting: true,
  format: 'esm',
  platform: 'node',
  target: 'node20',
  external: EXTERNAL,
  plugins: [highsAlias],
  sourcemap: true,
  logLevel: 'warning',
  // Bundled CommonJS dependencies may call require() for Node built-ins.
  banner: { js: "import { createRequire as __canbangCreateRequire } from 'node:module'; const require = __canbangCreateRequire(import.meta.url);" },
});

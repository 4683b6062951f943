import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';

// In-process tests run on the TypeScript sources of the workspace packages (their `canbang-source` export),
// so editing a package needs no rebuild; tests that spawn the `canbang` bin run the compiled dist/ that
// `pnpm test` builds first.
const source = (path: string) => fileURLToPath(new URL(`./packages/${path}`, import.meta.url));

export default defineConfig({
  resolve: {
    alias: [
      { find: /^@canbang\/(core|io|data-vn|danfo)$/, replacement: source('$1/src/index.ts') },
      { find: /^@canbang\/io\/browser$/, replacement: source('io/src/browser.ts') },
      { find: /^@canbang\/cli\/report$/, replacement: source('cli/src/report/build-report.ts') },
      { find: /^@canbang\/cli$/, replacement: source('cli/src/main.ts') },
    ],
  },
  test: {
    include: ['packages/*/test/**/*.test.ts', 'test/**/*.test.ts'],
    testTimeout: 60_000,
    hookTimeout: 300_000,
    globalSetup: ['test/support/ensure-chromium.ts'],
  },
});

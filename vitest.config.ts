import { readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';

// In-process tests run on the TypeScript sources of the workspace packages (their `canbang-source` export),
// so editing a package needs no rebuild; tests that spawn the `canbang` bin run the compiled dist/ that
// `pnpm test` builds first.
const root = fileURLToPath(new URL('.', import.meta.url));
const source = (path: string) => fileURLToPath(new URL(`./packages/${path}`, import.meta.url));

const TEST_FILES = ['packages/*/test/**/*.test.ts', 'test/**/*.test.ts'];

// Two projects: `unit` (everything that runs in Node alone) and `pages` (tests that drive Debian's Chromium:
// notebook pages, the HTML report). A test file belongs to `pages` when it imports the browser harness
// (test/support/browser.ts) or playwright-core, so a new page test lands there without a list to keep.
// `pnpm vitest run --project unit` needs no browser; only `pages` installs / checks Chromium.
const PAGE_TEST = /from '(?:\.\.\/)+support\/browser\.ts'|from 'playwright-core'/;
const pageTests = readdirSync(`${root}test`, { recursive: true, encoding: 'utf8' })
  .filter((file) => file.endsWith('.test.ts') && PAGE_TEST.test(readFileSync(`${root}test/${file}`, 'utf8')))
  .map((file) => `test/${file.split('\\').join('/')}`)
  .sort();

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
    testTimeout: 60_000,
    hookTimeout: 300_000,
    projects: [
      { extends: true, test: { name: 'unit', include: TEST_FILES, exclude: ['**/node_modules/**', ...pageTests] } },
      { extends: true, test: { name: 'pages', include: pageTests, globalSetup: ['test/support/ensure-chromium.ts'] } },
    ],
  },
});

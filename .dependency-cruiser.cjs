/**
 * Layering rules of the workspace, checked by dependency-cruiser in `pnpm test` (test/package/layering.test.ts):
 * - @canbang/core is the bottom layer: it imports nothing of the other workspace packages;
 * - no import cycles anywhere;
 * - a package (its src and its tests) and the notebooks reach another package only through that package's
 *   public entry (`@canbang/core`, `@canbang/cli/report`, ...), never through a relative path into it or
 *   a file other than its entry.
 * Tests of the other packages may also use core's shared test dataset (packages/core/test/fixtures), and product
 * code never imports test code. The workspace-level white-box tests (test/, bench/) may import package internals and are not checked for
 * deep imports.
 */
const OTHER_THAN_CORE = '^packages/(io|cli|data-vn|danfo)/';
// The files the packages' `exports` maps point to under the `canbang-source` condition.
const PUBLIC_ENTRIES = [
  '^packages/(core|io|data-vn|danfo)/src/index\\.[jt]s$',
  '^packages/io/src/browser\\.[jt]s$', // @canbang/io/browser: the readers without node:fs, for the notebooks' worker
  '^packages/cli/src/main\\.[jt]s$',
  '^packages/cli/src/report/build-report\\.[jt]s$',
];
// Core's small test dataset, shared by the tests of the packages above it (test code only; see the next rule).
const SHARED_TEST_FIXTURES = '^packages/core/test/fixtures/';

/** @type {import('dependency-cruiser').IConfiguration} */
module.exports = {
  forbidden: [
    {
      name: 'core-imports-no-other-package',
      comment: '@canbang/core is the bottom layer (browser-safe, no I/O): it must not import io, cli, data-vn or danfo.',
      severity: 'error',
      from: { path: '^packages/core/src/' },
      to: { path: OTHER_THAN_CORE },
    },
    {
      name: 'no-circular',
      comment: 'Import cycles make modules load half-initialised and hide the layering; break the cycle.',
      severity: 'error',
      from: {},
      to: { circular: true },
    },
    {
      name: 'no-deep-import-across-packages',
      comment: 'Reach another package only through its public entry (its package name), not a file inside it.',
      severity: 'error',
      from: { path: '^(packages/([^/]+)|notebooks)/' },
      to: { path: '^packages/([^/]+)/', pathNot: ['^packages/$2/', ...PUBLIC_ENTRIES, SHARED_TEST_FIXTURES] },
    },
    {
      name: 'no-relative-import-across-packages',
      comment: 'A relative path into another package bypasses its package.json (exports, dependencies): import it by name.',
      severity: 'error',
      from: { path: '^(packages/([^/]+)|notebooks)/' },
      to: { path: '^packages/([^/]+)/', pathNot: ['^packages/$2/', SHARED_TEST_FIXTURES], dependencyTypes: ['local'] },
    },
    {
      name: 'src-imports-no-test-code',
      comment: 'Product code must not depend on test code (fixtures, helpers).',
      severity: 'error',
      from: { path: '^(packages/[^/]+/src|notebooks/(lib|src|scripts))/' },
      to: { path: '(^|/)test/' },
    },
    {
      name: 'no-unresolvable-import',
      comment: 'An import dependency-cruiser cannot resolve is either a typo or a path the layering rules cannot see.',
      severity: 'error',
      from: { path: '^(packages|notebooks/lib|notebooks/scripts)/' },
      to: { couldNotResolve: true },
    },
  ],
  options: {
    doNotFollow: { path: 'node_modules' },
    // The layering fixture breaks every rule on purpose (test/package/layering.test.ts cruises it on its own).
    exclude: { path: '(^|/)(node_modules|dist)/|^test/package/layering-fixture/' },
    tsPreCompilationDeps: true,
    enhancedResolveOptions: {
      exportsFields: ['exports'],
      conditionNames: ['canbang-source', 'import', 'require', 'node', 'default', 'types'],
      extensions: ['.ts', '.js', '.mjs', '.cjs', '.json', '.d.ts'],
      mainFields: ['module', 'main', 'types'],
    },
  },
};

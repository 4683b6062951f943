#!/usr/bin/env node
// Runs the compiled, bundled CLI (dist/canbang-bundle.js, built by `pnpm build`); no TypeScript compiler at run time.
// `--version` answers from package.json before the commands (and their libraries) are loaded.
const argv = process.argv.slice(2);
if (argv.length === 1 && (argv[0] === '--version' || argv[0] === '-V')) {
  const { readFileSync } = await import('node:fs');
  process.stdout.write(`${JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8')).version}\n`);
} else {
  const { main } = await import('../dist/canbang-bundle.js');
  process.exitCode = await main(argv);
}

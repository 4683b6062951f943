// @canbang/core must bundle for a web page: esbuild, platform "browser", and no Node built-in or spreadsheet
// library may reach the bundle (they belong to @canbang/io). The same check run on @canbang/io must find
// node:fs & co., which shows the check can fail.
import { builtinModules } from 'node:module';
import { fileURLToPath } from 'node:url';
import { build, type Plugin } from 'esbuild';
import { describe, expect, it } from 'vitest';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));
const BUILTINS = new Set(builtinModules.map((name) => name.replace(/^node:/, '').split('/')[0]));

/** Bundles `entry` for the browser; returns the Node built-ins imported anywhere in it and the bundled files. */
async function browserBundle(entry: string): Promise<{ nodeImports: string[]; inputs: string[]; bytes: number }> {
  const nodeImports: string[] = [];
  const recordNodeBuiltins: Plugin = {
    name: 'record-node-builtins',
    setup(b) {
      b.onResolve({ filter: /.*/ }, (args) => {
        const name = args.path.replace(/^node:/, '').split('/')[0]!;
        if (!args.path.startsWith('node:') && !BUILTINS.has(name)) return undefined;
        nodeImports.push(`${args.path} <- ${args.importer.slice(ROOT.length)}`);
        return { path: args.path, external: true };
      });
    },
  };
  const result = await build({
    stdin: { contents: `export * from '${entry}';`, resolveDir: ROOT, loader: 'ts' },
    bundle: true, platform: 'browser', format: 'esm', write: false, metafile: true, logLevel: 'silent',
    conditions: ['canbang-source'], // the sources, so no build is needed; dist is the same code compiled
    plugins: [recordNodeBuiltins],
  });
  return { nodeImports, inputs: Object.keys(result.metafile.inputs), bytes: result.outputFiles[0]!.contents.length };
}

describe('browser-safe @canbang/core', () => {
  it('bundles for the browser with no Node built-in and no XLSX library', async () => {
    const { nodeImports, inputs, bytes } = await browserBundle('@canbang/core');
    expect(nodeImports).toEqual([]);
    expect(inputs.filter((file) => /xlsx|exceljs/.test(file))).toEqual([]);
    // HiGHS comes in as the browser stub, not the Node WASM loader.
    expect(inputs.some((file) => file.endsWith('optimize/highs-unavailable.ts'))).toBe(true);
    expect(inputs.some((file) => file.includes('/highs/build/'))).toBe(false);
    expect(bytes).toBeGreaterThan(100_000);
  }, 120_000);

  it('the same check finds the Node built-ins of @canbang/io', async () => {
    const { nodeImports } = await browserBundle('@canbang/io');
    expect(nodeImports.some((line) => line.startsWith('node:fs'))).toBe(true);
    expect(nodeImports.some((line) => line.startsWith('node:zlib'))).toBe(true);
  }, 120_000);
});

describe('@canbang/io/browser (the notebooks\' Data page reader)', () => {
  it('bundles for the browser with node:zlib as its only Node import (the workbook zip guard, mapped by the notebooks)', async () => {
    const { nodeImports } = await browserBundle('@canbang/io/browser');
    expect([...new Set(nodeImports.map((line) => line.split(' <- ')[0]))]).toEqual(['node:zlib']);
    expect(nodeImports.every((line) => line.endsWith('zip-inflated-size.ts'))).toBe(true);
  }, 120_000);
});

// One status palette (core's STATUS_PALETTE) for the HTML report and the notebooks: no page, component,
// stylesheet or report source writes a status colour of its own (the balanced grey of the notebooks and the
// green of the report used to differ), and the notebooks take theirs from the files scripts/prepare.ts writes.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { STATUS_PALETTE } from '@canbang/core';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));
const files = (dir: string, ext: RegExp) =>
  readdirSync(join(ROOT, dir), { recursive: true, encoding: 'utf8' })
    .filter((f) => ext.test(f) && !f.includes('_lib') && !f.includes('.observablehq'))
    .map((f) => join(dir, f));
// The palette, and the status colours the notebooks and the report used before it.
const STATUS_HEXES = [...Object.values(STATUS_PALETTE), '#d62728', '#9a9a9a', '#7f7f7f', '#1f77b4', '#4daf4a'];

describe('one status palette', () => {
  const sources = [...files('notebooks/src', /\.(md|js|css)$/), ...files('packages/cli/src/report', /\.ts$/)];

  it('no notebook or report source writes a status colour itself', () => {
    expect(sources.length).toBeGreaterThan(10);
    const offenders = sources.flatMap((file) => {
      const text = readFileSync(join(ROOT, file), 'utf8').toLowerCase();
      return STATUS_HEXES.filter((hex) => text.includes(hex)).map((hex) => `${file}: ${hex}`);
    });
    expect(offenders).toEqual([]);
  });

  it('the notebooks import the palette prepare.ts writes from core', () => {
    expect(readFileSync(join(ROOT, 'notebooks/src/components/labels.js'), 'utf8')).toMatch(/import \{STATUS_PALETTE\} from "\.\.\/_lib\/status-palette\.js"/);
    const css = readFileSync(join(ROOT, 'notebooks/src/style.css'), 'utf8');
    expect(css).toMatch(/@import url\("\.\/_lib\/status-palette\.css"\)/);
    expect(css).not.toMatch(/^\s*--status-\w+\s*:/m);
    expect(readFileSync(join(ROOT, 'notebooks/scripts/prepare.ts'), 'utf8')).toMatch(/import \{ STATUS_PALETTE \} from '@canbang\/core'/);
  });
});

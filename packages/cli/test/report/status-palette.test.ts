// The report colours statuses with core's one palette (shared with the notebooks): the status classes of its
// tables and the fills of its status chart.
import { describe, expect, it } from 'vitest';
import { BALANCE_STATUSES, STATUS_PALETTE } from '@canbang/core';
import { buildReport } from '../../src/report/build-report.ts';
import { REPORT_CSS } from '../../src/report/html.ts';
import { tinyDataset } from '../../../core/test/fixtures/tiny-dataset.ts';

describe('report status colours', () => {
  it('the stylesheet colours each status class with the palette and no other colour', () => {
    for (const status of BALANCE_STATUSES) {
      const rules = [...REPORT_CSS.matchAll(new RegExp(`\\.${status} \\{ color: (#[0-9a-f]{6}); \\}`, 'g'))].map((m) => m[1]);
      expect(rules).toEqual([STATUS_PALETTE[status]]);
    }
  });

  it('the status chart fills its bars with the palette', async () => {
    const html = await buildReport(tinyDataset());
    const chart = html.slice(html.indexOf('<figure data-chart="status-by-kind">'));
    const fills = new Set([...chart.slice(0, chart.indexOf('</figure>')).matchAll(/fill="(#[0-9a-f]{6})"/g)].map((m) => m[1]));
    // tinyDataset has units of every status, so every palette colour is drawn.
    for (const status of BALANCE_STATUSES) expect(fills).toContain(STATUS_PALETTE[status]);
  });
});

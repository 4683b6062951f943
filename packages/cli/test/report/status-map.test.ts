import { describe, expect, it } from 'vitest';
import { balance, unitQualityFlags } from '@canbang/core';
import { loadBoundaries, loadVietNam } from '@canbang/data-vn';
import { buildReport } from '../../src/report/build-report.ts';
import { STATUS_COLOURS, STATUS_LABELS } from '../../src/report/charts.ts';
import { roundPathData, statusMap } from '../../src/report/status-map.ts';
import { text } from '../../src/report/html.ts';
import { tinyDataset } from '../../../core/test/fixtures/tiny-dataset.ts';

const boundaries = loadBoundaries();
const vn = loadVietNam();

function section(html: string, id: string): string {
  const start = html.indexOf(`<section id="${id}">`);
  return start < 0 ? '' : html.slice(start, html.indexOf('</section>', start));
}

describe('roundPathData', () => {
  it('rounds path coordinates to one decimal and touches nothing else', () => {
    // 1.2345 -> 1.2, 6.789 -> 6.8, -0.04 -> 0 (no "-0"), integers unchanged; the width attribute keeps its decimals.
    expect(roundPathData('<path d="M1.2345,6.789L-0.04,3Z" stroke-width="0.25"/>')).toBe('<path d="M1.2,6.8L0,3Z" stroke-width="0.25"/>');
  });
});

describe('statusMap', () => {
  it('draws one dissolved shape per status present, counting the units it could place', () => {
    const units = [
      { unit_code: '03127', status: 'overloaded' as const },
      { unit_code: '03151', status: 'overloaded' as const },
      { unit_code: '99999', status: 'balanced' as const }, // no boundary
    ];
    const map = statusMap(boundaries, units, '11')!;
    expect([map.mapped, map.total]).toEqual([2, 3]);
    const layers = (map.spec as unknown as { layer: { data: { values: { properties: { group: string; units: number } }[] } }[] }).layer;
    expect(layers[0]!.data.values.map((f) => [f.properties.group, f.properties.units])).toEqual([[STATUS_LABELS.overloaded, 2]]);
  });

  it('is null when no reported unit has a boundary', () => {
    expect(statusMap(boundaries, [{ unit_code: 'X1', status: 'balanced' }])).toBeNull();
  });
});

describe('buildReport with boundaries', () => {
  it('adds a map of the province coloured by status, with a legend, inside the report CSP (no scripts, no URLs)', async () => {
    const html = await buildReport(vn, { province: '44', boundaries });
    const map = section(html, 'map');
    expect(map).toContain('data-chart="status-map"');
    // Quảng Trị's units by status, counted by the library: each status present has its colour and legend label.
    const statuses = (balance(vn).byUnit.objects() as { province_code: string; status: keyof typeof STATUS_COLOURS }[]).filter((u) => u.province_code === '44').map((u) => u.status);
    for (const s of new Set(statuses)) {
      expect(map).toContain(`fill="${STATUS_COLOURS[s]}"`);
      expect(map).toContain(text(STATUS_LABELS[s]));
    }
    expect(html).toContain(`content="default-src 'none'; style-src 'unsafe-inline'; img-src data:"`);
    expect(html).not.toMatch(/<script|https?:\/\/(?!www\.w3\.org)/);
    // Same inputs, same bytes.
    expect(await buildReport(vn, { province: '44', boundaries })).toBe(html);
  });

  it('draws the whole country as three dissolved shapes under the province borders, in under 300 KiB of SVG', async () => {
    const html = await buildReport(vn, { boundaries, top: 3 });
    const map = section(html, 'map');
    // Geoshapes are the paths at the origin (legend symbols and backgrounds are placed elsewhere or unfilled):
    // 3 statuses (all present nationally) + 1 path of province borders, not 3,321 unit paths.
    expect(map.split('<path transform="translate(0,0)"').length - 1).toBe(3 + 1);
    expect(Buffer.byteLength(map, 'utf8')).toBeLessThan(300 * 1024);
  });

  it('has no map without boundaries, and says how many units it could not place', async () => {
    expect(section(await buildReport(vn, { province: '44' }), 'map')).toBe('');
    // The tiny test dataset's codes are not Viet Nam codes: no map at all.
    expect(section(await buildReport(tinyDataset(), { boundaries }), 'map')).toBe('');
  });

  it('shows the data note and marks units with a flagged population in the unit tables', async () => {
    const html = await buildReport(vn, { province: '44', boundaries });
    expect(html).toContain('id="data-note"');
    expect(html).toContain(text(vn.meta.note!));
    const flags = unitQualityFlags(vn);
    // Đặc khu Cồn Cỏ (19742): population 139, flagged suspect_low(<1000); among Quảng Trị's most underloaded.
    expect(html).toContain(`19742 Đặc khu Cồn Cỏ: ${text(flags.get('19742')!)}`);
    expect(html).toMatch(/Đặc khu Cồn Cỏ<\/span><sup class="flag" title="suspect_low\(&lt;1000\)">\*<\/sup>/);
  });
});

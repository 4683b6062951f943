import { describe, expect, it } from 'vitest';
import { CanbangInputError, createDataset } from '@canbang/core';
import { buildReport } from '../../src/report/build-report.ts';
import { loadBins, reportData } from '../../src/report/report-data.ts';
import { renderVegaLite } from '../../src/report/render-vega-lite.ts';
import { text } from '../../src/report/html.ts';
import { tinyDataset, tinyRows } from '../../../core/test/fixtures/tiny-dataset.ts';

// Count of drawn rect marks (bars) in a Vega SVG: each bar is a <path> inside <g class="mark-rect role-mark ...">.
function rectMarks(svg: string): number {
  let n = 0;
  for (const group of svg.split('<g class="mark-rect role-mark').slice(1)) {
    const body = group.slice(0, group.indexOf('</g>'));
    n += body.split('<path').length - 1;
  }
  return n;
}

function figure(html: string, id: string): string {
  const start = html.indexOf(`<figure data-chart="${id}">`);
  if (start < 0) throw new Error(`no figure ${id}`);
  return html.slice(start, html.indexOf('</figure>', start));
}

describe('renderVegaLite', () => {
  it('renders one rect per data row to an SVG string in Node', async () => {
    const svg = await renderVegaLite({
      data: { values: [{ k: 'a', v: 1 }, { k: 'b', v: 2 }, { k: 'c', v: 0.5 }] },
      mark: 'bar',
      encoding: { x: { field: 'k', type: 'nominal' }, y: { field: 'v', type: 'quantitative' } },
    });
    expect(svg.startsWith('<svg')).toBe(true);
    expect(rectMarks(svg)).toBe(3); // three data rows -> three bars
  });

  it('refuses to load data from a URL (the report must stay offline)', async () => {
    await expect(
      renderVegaLite({ data: { url: 'https://example.org/data.json' }, mark: 'bar', encoding: { x: { field: 'a', type: 'nominal' } } }),
    ).rejects.toThrow(/refused to load "https:\/\/example.org\/data.json"/);
  });
});

describe('loadBins', () => {
  it('puts loads in [k/10, (k+1)/10) bins, the open last bin also holding units with work but no staff', () => {
    const bins = loadBins([
      { load: 0.3, required: 3 }, // exactly on an edge: bin [0.3, 0.4), despite 0.3 / 0.1 = 2.9999999999999996
      { load: 0.35, required: 1 },
      { load: 1.05, required: 1 },
      { load: 2.7, required: 1 }, // above 2: open bin
      { load: null, required: 2 }, // no staff, some work: open bin
      { load: null, required: 0 }, // no staff, no work: not counted
    ]);
    expect(bins).toHaveLength(21); // 20 bins of 0.1 below 2, plus the open one
    expect(bins[3]).toEqual({ from: 0.3, to: 0.4, units: 2 });
    expect(bins[10]).toEqual({ from: 1, to: 1.1, units: 1 });
    expect(bins[20]).toEqual({ from: 2, to: 2.1, units: 2 });
    expect(bins.reduce((s, b) => s + b.units, 0)).toBe(5);
  });
});

describe('reportData (tiny dataset, hand-computed)', () => {
  // AWT 1,832 h = 109,920 min. Required FTE (fixture comments): A land 2 x 1.25 + 0.25 = 2.75, A office 3;
  // B land 0.5 x 1.25 + 0.25 = 0.875, B office 0.5; C land 0.25 (IAF only), C office 0.
  const data = reportData(tinyDataset());

  it('classifies units and sums staff and requirement', () => {
    // A: 5 staff / 5.75 required = 0.87 < 0.9 overloaded; B: 3 / 1.375 = 2.18 and C: 1 / 0.25 = 4 underloaded.
    expect(data.totals).toMatchObject({ units: 3, overloaded: 1, balanced: 0, underloaded: 2, staff: 9 });
    expect(data.totals.required).toBeCloseTo(5.75 + 1.375 + 0.25, 12);
    expect(data.mostOverloaded.map((u) => u.unit_code)).toEqual(['A']);
    // Lowest load first: C 0.25 / 1 = 0.25, then B 1.375 / 3 = 0.458.
    expect(data.mostUnderloaded.map((u) => u.unit_code)).toEqual(['C', 'B']);
  });

  it('totals shortage and surplus per field', () => {
    const land = data.fields.find((f) => f.field === 'land')!;
    const office = data.fields.find((f) => f.field === 'office')!;
    // land: shortages A 2.75 - 2 = 0.75 and C 0.25 - 0 = 0.25; surplus B 1 - 0.875 = 0.125.
    expect(land.shortage).toBeCloseTo(1, 12);
    expect(land.surplus).toBeCloseTo(0.125, 12);
    expect(land.unitsShort).toBe(2); // A (ratio 0.73) and C (no staff)
    // office: A 3 - 3 = 0, B 2 - 0.5 = 1.5, C 1 - 0 = 1 -> surplus 2.5, no shortage.
    expect(office.shortage).toBe(0);
    expect(office.surplus).toBeCloseTo(2.5, 12);
    expect(data.fields[0]!.field).toBe('land'); // largest shortage first
  });

  it('restricts to one province and rejects unknown province codes', () => {
    expect(reportData(tinyDataset(), { province: 'P2' }).units.map((u) => u.unit_code)).toEqual(['C']);
    expect(() => reportData(tinyDataset(), { province: 'ZZ' })).toThrow(CanbangInputError);
    expect(() => reportData(tinyDataset(), { province: 'ZZ' })).toThrow(/--province.*"ZZ".*P1, P2/);
  });
});

describe('buildReport', () => {
  it('draws as many bars as the data has (status by kind, by province, per field, load bins)', async () => {
    const html = await buildReport(tinyDataset());
    // kinds: ward A overloaded, commune B underloaded, special zone C underloaded -> 3 non-empty segments.
    expect(rectMarks(figure(html, 'status-by-kind'))).toBe(3);
    // provinces: P1 {A overloaded, B underloaded}, P2 {C underloaded} -> 3 segments.
    expect(rectMarks(figure(html, 'status-by-province'))).toBe(3);
    // 2 fields x (shortage, surplus) = 4 bars.
    expect(rectMarks(figure(html, 'field-gaps'))).toBe(4);
    // loads 0.25, 0.458, 1.148 fall in three different 0.1-wide bins.
    expect(rectMarks(figure(html, 'load-distribution'))).toBe(3);
  });

  it('is self-contained: no scripts, no external URLs except SVG namespaces, no web fonts', async () => {
    const html = await buildReport(tinyDataset());
    expect(html).not.toMatch(/<script|<link|@import|@font-face|url\(/i);
    const urls = html.match(/https?:\/\/[^"' )<]+/g) ?? [];
    expect(new Set(urls)).toEqual(new Set(['http://www.w3.org/2000/svg', 'http://www.w3.org/1999/xlink']));
    expect(html).toContain('<meta charset="utf-8">');
  });

  it('is reproducible: same input, byte-identical HTML', async () => {
    expect(await buildReport(tinyDataset())).toBe(await buildReport(tinyDataset()));
  });

  it('writes Vietnamese names in NFC and escapes markup in names', async () => {
    const rows = tinyRows();
    const decomposed = 'Xã Mường Nhé'.normalize('NFD');
    const units = [
      { ...rows.units[0]!, name: 'Phường <b>Hải</b> & "Châu"' },
      { ...rows.units[1]!, name: decomposed },
      rows.units[2]!,
    ];
    // Province and field names reach the charts' SVG axis labels: NFC there too, and escaped by Vega.
    const provinces = [
      { province_code: 'P1', province_name: 'Tỉnh Đắk Lắk'.normalize('NFD') },
      { province_code: 'P2', province_name: 'An Giang & <Kiên Giang>' },
    ];
    const fields = [{ field: 'land', name_en: 'Land', name_vi: 'Địa chính'.normalize('NFD'), department: '' }];
    const html = await buildReport(createDataset({ ...rows, units, provinces, fields }));
    expect(figure(html, 'status-by-province')).toContain('>Tỉnh Đắk Lắk</text>');
    expect(figure(html, 'status-by-province')).toContain('>An Giang &amp; &lt;Kiên Giang&gt;</text>');
    expect(figure(html, 'field-gaps')).toContain('>Địa chính</text>');
    expect(decomposed).not.toBe(decomposed.normalize('NFC'));
    expect(html).toContain('Xã Mường Nhé'.normalize('NFC'));
    expect(html).not.toContain(decomposed);
    expect(html).toContain(text('Phường <b>Hải</b> & "Châu"'));
    expect(html).not.toContain('<b>Hải</b>');
  });

  it('flags synthetic data and lists the assumptions used', async () => {
    const synthetic = await buildReport(tinyDataset());
    expect(synthetic).toContain('id="synthetic-warning"');
    expect(synthetic).toMatch(/Workload \(volumes\) and headcount are SYNTHETIC/);
    // AWT 40 x 52 - 31 x 8 = 1,832 h (VN_WORKING_TIME) and the default bands 0.90 / 1.10.
    expect(synthetic).toContain('<strong>1,832 hours a year</strong>');
    expect(synthetic).toContain('overloaded below 0.90, underloaded above 1.10');
    const observed = await buildReport(tinyDataset({ meta: { ...tinyRows().meta, synthetic: false } }));
    expect(observed).not.toContain('id="synthetic-warning"');
    expect(observed).toContain('not synthetic');
  });

  it('reports one province without the by-province chart', async () => {
    const html = await buildReport(tinyDataset(), { province: 'P1' });
    expect(html).not.toContain('data-chart="status-by-province"');
    expect(html).toContain('Xã Mường Nhé');
    expect(html).not.toContain('Đặc khu Phú Quốc');
  });
});

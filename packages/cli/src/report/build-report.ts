import { resetSVGDefIds } from 'vega';
import { dataNote, inputChecks, type Dataset, type UnitBalanceRow } from '@canbang/core';
import { fieldGapSpec, loadHistogramSpec, statusCountSpec, STATUS_LABELS } from './charts.ts';
import { figure, htmlTable, num, REPORT_CSS, text, type Column } from './html.ts';
import { renderVegaLite } from './render-vega-lite.ts';
import { planSection } from './plan-section.ts';
import { checksSection } from './checks-section.ts';
import { MAP_DETAIL, roundPathData, statusMap } from './status-map.ts';
import { FLAG_MARK } from '../format/data-note.ts';
import { KIND_LABELS, LOAD_BIN_OPEN_FROM, reportData, type ReportData, type ReportOptions } from './report-data.ts';

export type { ReportOptions } from './report-data.ts';

/**
 * Builds a self-contained HTML report of a dataset's workload vs headcount balance: summary figures,
 * charts rendered to inline SVG in Node (Vega-Lite -> Vega -> SVG), tables of the most over- and
 * underloaded units, a transfer plan's before / after when `options.plan` is given, and every assumption
 * used. The page needs no network: inline CSS, system fonts, no scripts. Same dataset and options give
 * byte-identical HTML.
 *
 * Async only because Vega renders asynchronously; it reads no files and no clock.
 *
 * @example
 * const html = await buildReport(loadVietNam(), { province: '01' });
 * await writeFile('report.html', html);
 */
export async function buildReport(dataset: Dataset, options: ReportOptions = {}): Promise<string> {
  const data = reportData(dataset, options);
  // SVG ids (clip paths, gradients) come from a module counter; reset so output does not depend on earlier calls.
  resetSVGDefIds();
  const charts = {
    byKind: await renderVegaLite(statusCountSpec(data.byKind, { title: 'Units by status and kind', groupTitle: 'Kind' })),
    byProvince:
      data.byProvince.length > 0
        ? await renderVegaLite(statusCountSpec(data.byProvince, { title: 'Units by status and province', horizontal: true }))
        : null,
    // Vega cannot scale an axis over no data; an empty chart becomes a note (see figure()).
    fields: data.fields.length > 0 ? await renderVegaLite(fieldGapSpec(data.fields)) : null,
    load: data.loadBins.some((b) => b.units > 0)
      ? await renderVegaLite(
          loadHistogramSpec(data.loadBins, { overloadedAbove: 1 / data.bands.overloadedBelow, underloadedBelow: 1 / data.bands.underloadedAbove }),
        )
      : null,
  };

  const map = options.boundaries ? statusMap(options.boundaries, data.units, data.province?.code) : null;
  const mapSvg = map ? roundPathData(await renderVegaLite(map.spec)) : null;

  const scope = data.province ? `${data.province.name} (${data.province.code})` : 'all provinces';
  const title = `Workload vs headcount — ${data.meta.name} — ${scope}`;
  const sections = [
    header(data, title),
    summary(data),
    `<section id="status"><h2>Overloaded and underloaded units</h2>
${figure('status-by-kind', charts.byKind, 'Units per status; a unit is overloaded when staff ÷ required < ' + num(data.bands.overloadedBelow, 2) + ', underloaded when > ' + num(data.bands.underloadedAbove, 2) + '.')}
${charts.byProvince ? figure('status-by-province', charts.byProvince, 'Units per status in each province.') : ''}
</section>`,
    map ? mapSection(data, map.mapped, map.total, mapSvg!) : '',
    `<section id="fields"><h2>Shortages by field</h2>
${figure('field-gaps', charts.fields, 'Shortage sums required − staff over units short in the field; surplus sums staff − required over the others.')}
${fieldTable(data)}
</section>`,
    `<section id="load"><h2>Load distribution</h2>
${figure('load-distribution', charts.load, `Units per load bin of width 0.1; the last bin holds loads ≥ ${num(LOAD_BIN_OPEN_FROM, 1)} and units with work but no staff.`)}
${loadTable(data)}
</section>`,
    `<section id="units"><h2>Most overloaded and underloaded units</h2>
${unitTable(data, data.mostOverloaded, `Most overloaded units (highest load first, ${data.mostOverloaded.length} of ${data.totals.overloaded})`, 'most-overloaded')}
${unitTable(data, data.mostUnderloaded, `Most underloaded units (lowest load first, ${data.mostUnderloaded.length} of ${data.totals.underloaded})`, 'most-underloaded')}
</section>`,
    options.plan ? await planSection(options.plan, new Map(data.fields.map((f) => [f.field, f.label])), data.province?.code) : '',
    checksSection(inputChecks(dataset)),
    assumptions(data),
    `<footer>canbang report · ${text(data.meta.name)}${options.generatedAt ? ` · generated ${text(options.generatedAt)}` : ''} · no external resources; charts are static SVG rendered with Vega-Lite.</footer>`,
  ];
  return `<!DOCTYPE html>
<html lang="vi">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'; img-src data:">
<title>${text(title)}</title>
<style>${REPORT_CSS}</style>
</head>
<body>
${sections.join('\n')}
</body>
</html>
`;
}


function header(data: ReportData, title: string): string {
  const synthetic = data.meta.synthetic
    ? `<p class="synthetic" id="synthetic-warning"><strong>SYNTHETIC DATA.</strong> Workload and headcount in this dataset are generated, not observed${
        data.meta.seed !== undefined ? ` (seed ${text(data.meta.seed)})` : ''
      }: the figures illustrate the method and must not be read as the real situation of any unit.</p>`
    : '';
  const note = dataNote(data.meta);
  const noteBlock = note === '' ? '' : `<p class="data-note" id="data-note"><strong>Data note.</strong> ${text(note)}</p>`;
  return `<header><h1>${text(title)}</h1>
<p>Period ${text(data.meta.period)} · WHO WISN method · ${num(data.totals.units)} units</p>
${synthetic}${noteBlock}</header>`;
}

function summary(data: ReportData): string {
  const t = data.totals;
  const card = (label: string, value: string, cls = '') => `<div class="card${cls ? ` ${cls}` : ''}"><b>${value}</b>${text(label)}</div>`;
  return `<section id="summary"><h2>Summary</h2><div class="cards">
${card('units', num(t.units))}
${card(STATUS_LABELS.overloaded, num(t.overloaded), 'overloaded')}
${card(STATUS_LABELS.balanced, num(t.balanced), 'balanced')}
${card(STATUS_LABELS.underloaded, num(t.underloaded), 'underloaded')}
${card('staff (headcount)', num(t.staff))}
${card('required staff (WISN, FTE)', num(t.required, 1))}
${card('shortage (FTE, by field)', num(t.shortage, 1))}
${card('surplus (FTE, by field)', num(t.surplus, 1))}
</div></section>`;
}

function fieldTable(data: ReportData): string {
  type Row = ReportData['fields'][number];
  const columns: Column<Row>[] = [
    { header: 'Field', cell: (r) => `${text(r.label)} <small>(${text(r.field)})</small>` },
    { header: 'Staff', cell: (r) => num(r.staff), numeric: true },
    { header: 'Required (FTE)', cell: (r) => num(r.required, 1), numeric: true },
    { header: 'Shortage (FTE)', cell: (r) => num(r.shortage, 1), numeric: true },
    { header: 'Surplus (FTE)', cell: (r) => num(r.surplus, 1), numeric: true },
    { header: 'Units overloaded in field', cell: (r) => num(r.unitsShort), numeric: true },
  ];
  return htmlTable(data.fields, columns, 'Per field, largest shortage first');
}

function loadTable(data: ReportData): string {
  const s = data.statistics;
  const rows: [string, string][] = [
    ['Units with staff', num(s.n)],
    ['Mean load', num(s.mean, 3)],
    ['Standard deviation', num(s.sd, 3)],
    ['Percentiles 10 / 25 / 50 / 75 / 90', [s.p10, s.p25, s.p50, s.p75, s.p90].map((p) => num(p, 3)).join(' / ')],
    ['Gini coefficient of load', num(s.gini, 3)],
    ['Outliers (|z| ≥ 2.5)', num(s.outliers.length)],
  ];
  return htmlTable(rows, [
    { header: 'Statistic', cell: (r) => text(r[0]) },
    { header: 'Value', cell: (r) => text(r[1]), numeric: true },
  ]);
}

function unitTable(data: ReportData, units: readonly UnitBalanceRow[], caption: string, id: string): string {
  if (units.length === 0) return `<p id="${id}">${text(caption)}: none.</p>`;
  const columns: Column<UnitBalanceRow>[] = [
    { header: 'Code', cell: (u) => text(u.unit_code) },
    { header: 'Unit', cell: (u) => `<span class="unit-name">${text(u.name)}</span>${data.flags.has(u.unit_code) ? `<sup class="flag" title="${text(data.flags.get(u.unit_code)!)}">${FLAG_MARK}</sup>` : ''}` },
    { header: 'Kind', cell: (u) => text(KIND_LABELS[u.kind] ?? u.kind) },
    { header: 'Province', cell: (u) => text(data.provinceNames.get(u.province_code) ?? u.province_code) },
    { header: 'Staff', cell: (u) => num(u.staff), numeric: true },
    { header: 'Required (FTE)', cell: (u) => num(u.required, 1), numeric: true },
    { header: 'Gap', cell: (u) => num(u.gap, 1), numeric: true },
    { header: 'Load', cell: (u) => (u.load === null ? 'no staff' : num(u.load, 2)), numeric: true },
    { header: 'Norm quota', cell: (u) => num(u.norm_quota), numeric: true },
  ];
  return htmlTable(units, columns, caption).replace('<table>', `<table id="${id}">`) + flagNote(data, units);
}

// Under a unit table: which listed units rest on a flagged population figure, and what the flag says.
function flagNote(data: ReportData, units: readonly UnitBalanceRow[]): string {
  const flagged = units.filter((u) => data.flags.has(u.unit_code));
  if (flagged.length === 0) return '';
  const items = flagged.map((u) => `${text(u.unit_code)} ${text(u.name)}: ${text(data.flags.get(u.unit_code)!)}`).join('; ');
  return `<p class="flag-note">${FLAG_MARK} Population figure flagged (doubtful or imputed); the norm quota and the synthetic workload rest on it: ${items}.</p>`;
}

function mapSection(data: ReportData, mapped: number, total: number, svg: string): string {
  const detail = Math.round((data.province ? MAP_DETAIL.province : MAP_DETAIL.national) * 100);
  const missing = mapped < total ? ` ${num(total - mapped)} of ${num(total)} units have no boundary and are not drawn.` : '';
  const caption =
    `Units coloured by status${data.province ? '' : ' (units of one status drawn as one shape; lines are province borders)'}. ` +
    `Boundaries: official atlas of the 2025 rearrangement via thanglequoc/vietnamese-provinces-database (MIT), simplified to ${detail} % of the stored vertices.${missing}`;
  return `<section id="map"><h2>Map</h2>
${figure('status-map', svg, caption)}
</section>`;
}

function assumptions(data: ReportData): string {
  const wt = data.workingTime;
  const leave = Object.entries(wt.leaveDays);
  const leaveTotal = leave.reduce((s, [, d]) => s + d, 0);
  const n = data.norms;
  const meta = data.meta;
  const items = [
    `Available working time (AWT) per full-time civil servant: ${num(wt.hoursPerWeek)} h/week × ${num(wt.weeksPerYear)} weeks − ${num(leaveTotal)} leave days × ${num(wt.hoursPerDay)} h = <strong>${num(data.awtHours)} hours a year</strong>; leave days: ${leave.map(([k, d]) => `${text(k.replace(/_/g, ' '))} ${num(d)}`).join(', ')}.${data.workingTimeRows ? ` The input's working_time table (${num(data.workingTimeRows)} rows) replaces it for some fields or units.` : ''}`,
    `Required staff (WHO WISN): Σ annual cases ÷ (AWT ÷ time per case) × CAF + IAF, with CAF = 1 ÷ (1 − support share; support given as hours per day, week, month or year is converted to a share of AWT) and IAF = additional hours a year (per unit, or per staff member × staff doing it) ÷ AWT; a unit with no work and no staff in a field needs no one there unless the input names it. Volumes of period ${text(meta.period)} are annualised × ${num(meta.periodsPerYear)}.`,
    `Status bands on the WISN ratio staff ÷ required: overloaded below ${num(data.bands.overloadedBelow, 2)}, underloaded above ${num(data.bands.underloadedAbove, 2)}, balanced between; WISN workload pressure = 1 − ratio; load = required per staff = required ÷ staff.`,
    `Staffing norm (norm quota): ${num(n.baseline)} positions, +1 per ${num(n.perExtraMountain)} residents above ${num(n.threshold)} in mountainous units, +1 per ${num(n.perExtraOther)} elsewhere; caps: commune ${num(n.caps.commune)}, ward ${num(n.caps.ward)}, special zone ${num(n.caps.special_zone)}.`,
    `Dataset: ${text(meta.name)}. Source: ${text(meta.source)}.${meta.seed !== undefined ? ` Generator seed: ${text(meta.seed)}.` : ''}`,
    ...(dataNote(meta) === '' ? [] : [`Data note: ${text(dataNote(meta))} The norm quota rests on each unit's population and terrain as given here.`]),
    ...(data.flags.size === 0 ? [] : [`${num(data.flags.size)} units of the dataset have a flagged population figure (${FLAG_MARK} in the tables; column pop_flag in CSV / XLSX outputs).`]),
    meta.synthetic
      ? '<strong>Workload (volumes) and headcount are SYNTHETIC</strong>: generated to resemble published national figures, not collected from units.'
      : 'Workload and headcount are as supplied in the dataset (not synthetic).',
  ];
  return `<section id="assumptions"><h2>Assumptions</h2><ul>
${items.map((i) => `<li>${i}</li>`).join('\n')}
</ul></section>`;
}

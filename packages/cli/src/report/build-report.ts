import { resetSVGDefIds } from 'vega';
import { MESSAGES, countText, datasetName, datasetSource, intlTag, localDataNote, inputChecks, translate, type Dataset, type Locale, type MessageKey, type MessageParams, type UnitBalanceRow } from '@canbang/core';
import { fieldGapSpec, loadHistogramSpec, statusCountSpec, statusLabels } from './charts.ts';
import { figure, htmlTable, num, REPORT_CSS, text, type Column } from './html.ts';
import { renderVegaLite } from './render-vega-lite.ts';
import { planSection } from './plan-section.ts';
import { checksSection } from './checks-section.ts';
import { MAP_DETAIL, roundPathData, statusMap } from './status-map.ts';
import { FLAG_MARK } from '../format/data-note.ts';
import { kindLabel, LOAD_BIN_OPEN_FROM, reportData, type ReportData, type ReportOptions } from './report-data.ts';

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
  const locale = options.locale ?? 'en';
  const t = (key: MessageKey, params?: MessageParams) => translate(locale, key, params);
  const n = (value: number | null | undefined, digits = 0) => num(value, digits, locale);
  // SVG ids (clip paths, gradients) come from a module counter; reset so output does not depend on earlier calls.
  resetSVGDefIds();
  const charts = {
    byKind: await renderVegaLite(statusCountSpec(data.byKind, { title: t('report.chart.byKind'), groupTitle: t('report.chart.kind'), locale })),
    byProvince:
      data.byProvince.length > 0
        ? await renderVegaLite(statusCountSpec(data.byProvince, { title: t('report.chart.byProvince'), horizontal: true, locale }))
        : null,
    // Vega cannot scale an axis over no data; an empty chart becomes a note (see figure()).
    fields: data.fields.length > 0 ? await renderVegaLite(fieldGapSpec(data.fields, locale)) : null,
    load: data.loadBins.some((b) => b.units > 0)
      ? await renderVegaLite(
          loadHistogramSpec(data.loadBins, { overloadedAbove: 1 / data.bands.overloadedBelow, underloadedBelow: 1 / data.bands.underloadedAbove }, locale),
        )
      : null,
  };

  const map = options.boundaries ? statusMap(options.boundaries, data.units, data.province?.code, locale) : null;
  const mapSvg = map ? roundPathData(await renderVegaLite(map.spec)) : null;

  const scope = data.province ? t('common.scope', data.province) : t('report.allProvinces');
  const title = t('report.title', { dataset: datasetName(data.meta, locale), scope });
  const sections = [
    header(data, title, locale),
    summary(data, locale),
    `<section id="status"><h2>${text(t('report.statusHeading'))}</h2>
${figure('status-by-kind', charts.byKind, t('report.statusCaption', { low: n(data.bands.overloadedBelow, 2), high: n(data.bands.underloadedAbove, 2) }))}
${charts.byProvince ? figure('status-by-province', charts.byProvince, t('report.statusByProvinceCaption')) : ''}
</section>`,
    map ? mapSection(data, map.mapped, map.total, mapSvg!, locale) : '',
    `<section id="fields"><h2>${text(t('report.fieldsHeading'))}</h2>
${figure('field-gaps', charts.fields, t('report.fieldsCaption'))}
${fieldTable(data, locale)}
</section>`,
    `<section id="load"><h2>${text(t('report.loadHeading'))}</h2>
${figure('load-distribution', charts.load, t('report.loadCaption', { from: n(LOAD_BIN_OPEN_FROM, 1) }))}
${loadTable(data, locale)}
</section>`,
    `<section id="units"><h2>${text(t('report.unitsHeading'))}</h2>
${unitTable(data, data.mostOverloaded, t('report.mostOverloaded', { shown: data.mostOverloaded.length, total: data.totals.overloaded }), 'most-overloaded', locale)}
${unitTable(data, data.mostUnderloaded, t('report.mostUnderloaded', { shown: data.mostUnderloaded.length, total: data.totals.underloaded }), 'most-underloaded', locale)}
</section>`,
    options.plan ? await planSection(options.plan, new Map(data.fields.map((f) => [f.field, f.label])), data.province?.code, locale) : '',
    checksSection(inputChecks(dataset), locale),
    assumptions(data, locale),
    `<footer>${text(t('report.footer', { dataset: datasetName(data.meta, locale), generated: options.generatedAt ? t('report.generated', { at: options.generatedAt }) : '' }))}</footer>`,
  ];
  return `<!DOCTYPE html>
<html lang="${intlTag(locale).slice(0, 2)}">
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


function header(data: ReportData, title: string, locale: Locale): string {
  const t = (key: MessageKey, params?: MessageParams) => translate(locale, key, params);
  // The synthetic warning carries <strong>: the message is trusted catalogue HTML, the seed is escaped.
  const synthetic = data.meta.synthetic
    ? `<p class="synthetic" id="synthetic-warning">${t('report.syntheticWarning', { seed: data.meta.seed !== undefined ? t('report.seed', { seed: text(data.meta.seed) }) : '' })}</p>`
    : '';
  const note = localDataNote(data.meta, locale);
  const noteBlock = note === '' ? '' : `<p class="data-note" id="data-note">${t('report.dataNote', { note: text(note) })}</p>`;
  return `<header><h1>${text(title)}</h1>
<p>${text(t('report.period', { period: data.meta.period, count: countText(locale, data.totals.units, 'unit') }))}</p>
${synthetic}${noteBlock}</header>`;
}

function summary(data: ReportData, locale: Locale): string {
  const t = data.totals;
  const labels = statusLabels(locale);
  const n = (value: number, digits = 0) => num(value, digits, locale);
  const w = (key: MessageKey) => translate(locale, key);
  const card = (label: string, value: string, cls = '') => `<div class="card${cls ? ` ${cls}` : ''}"><b>${value}</b>${text(label)}</div>`;
  return `<section id="summary"><h2>${text(w('report.summaryHeading'))}</h2><div class="cards">
${card(w('report.card.units'), n(t.units))}
${card(labels.overloaded, n(t.overloaded), 'overloaded')}
${card(labels.balanced, n(t.balanced), 'balanced')}
${card(labels.underloaded, n(t.underloaded), 'underloaded')}
${card(w('report.card.staff'), n(t.staff))}
${card(w('report.card.required'), n(t.required, 1))}
${card(w('report.card.shortage'), n(t.shortage, 1))}
${card(w('report.card.surplus'), n(t.surplus, 1))}
</div></section>`;
}

function fieldTable(data: ReportData, locale: Locale): string {
  type Row = ReportData['fields'][number];
  const w = (key: MessageKey) => translate(locale, key);
  const n = (value: number, digits = 0) => num(value, digits, locale);
  const columns: Column<Row>[] = [
    { header: w('report.column.field'), cell: (r) => `${text(r.label)} <small>(${text(r.field)})</small>` },
    { header: w('report.column.staff'), cell: (r) => n(r.staff), numeric: true },
    { header: w('report.column.required'), cell: (r) => n(r.required, 1), numeric: true },
    { header: w('report.column.shortage'), cell: (r) => n(r.shortage, 1), numeric: true },
    { header: w('report.column.surplus'), cell: (r) => n(r.surplus, 1), numeric: true },
    { header: w('report.column.unitsShort'), cell: (r) => n(r.unitsShort), numeric: true },
  ];
  return htmlTable(data.fields, columns, w('report.fieldsTableCaption'));
}

function loadTable(data: ReportData, locale: Locale): string {
  const s = data.statistics;
  const w = (key: MessageKey) => translate(locale, key);
  const n = (value: number, digits = 0) => num(value, digits, locale);
  const rows: [string, string][] = [
    [w('report.stat.n'), n(s.n)],
    [w('report.stat.mean'), n(s.mean, 3)],
    [w('report.stat.sd'), n(s.sd, 3)],
    [w('report.stat.percentiles'), [s.p10, s.p25, s.p50, s.p75, s.p90].map((p) => n(p, 3)).join(' / ')],
    [w('report.stat.gini'), n(s.gini, 3)],
    [w('report.stat.outliers'), n(s.outliers.length)],
  ];
  return htmlTable(rows, [
    { header: w('report.column.statistic'), cell: (r) => text(r[0]) },
    { header: w('report.column.value'), cell: (r) => text(r[1]), numeric: true },
  ]);
}

function unitTable(data: ReportData, units: readonly UnitBalanceRow[], caption: string, id: string, locale: Locale): string {
  if (units.length === 0) return `<p id="${id}">${text(translate(locale, 'report.none', { caption }))}</p>`;
  const w = (key: MessageKey) => translate(locale, key);
  const n = (value: number, digits = 0) => num(value, digits, locale);
  const columns: Column<UnitBalanceRow>[] = [
    { header: w('report.column.code'), cell: (u) => text(u.unit_code) },
    { header: w('report.column.unit'), cell: (u) => `<span class="unit-name">${text(u.name)}</span>${data.flags.has(u.unit_code) ? `<sup class="flag" title="${text(data.flags.get(u.unit_code)!)}">${FLAG_MARK}</sup>` : ''}` },
    { header: w('report.column.kind'), cell: (u) => text(kindLabel(u.kind, locale)) },
    { header: w('report.column.province'), cell: (u) => text(data.provinceNames.get(u.province_code) ?? u.province_code) },
    { header: w('report.column.staff'), cell: (u) => n(u.staff), numeric: true },
    { header: w('report.column.required'), cell: (u) => n(u.required, 1), numeric: true },
    { header: w('report.column.gap'), cell: (u) => n(u.gap, 1), numeric: true },
    { header: w('report.column.load'), cell: (u) => (u.load === null ? text(w('report.noStaff')) : n(u.load, 2)), numeric: true },
    { header: w('report.column.normQuota'), cell: (u) => n(u.norm_quota), numeric: true },
  ];
  return htmlTable(units, columns, caption).replace('<table>', `<table id="${id}">`) + flagNote(data, units, locale);
}

// Under a unit table: which listed units rest on a flagged population figure, and what the flag says.
function flagNote(data: ReportData, units: readonly UnitBalanceRow[], locale: Locale): string {
  const flagged = units.filter((u) => data.flags.has(u.unit_code));
  if (flagged.length === 0) return '';
  const items = flagged.map((u) => `${u.unit_code} ${u.name}: ${data.flags.get(u.unit_code)!}`).join('; ');
  return `<p class="flag-note">${text(translate(locale, 'report.flagNote', { mark: FLAG_MARK, items }))}</p>`;
}

function mapSection(data: ReportData, mapped: number, total: number, svg: string, locale: Locale): string {
  const t = (key: MessageKey, params?: MessageParams) => translate(locale, key, params);
  const detail = Math.round((data.province ? MAP_DETAIL.province : MAP_DETAIL.national) * 100);
  const missing = mapped < total ? t('report.mapMissing', { missing: total - mapped, total }) : '';
  const caption = t('report.mapCaption', { national: data.province ? '' : t('report.mapNational'), detail, missing });
  return `<section id="map"><h2>${text(t('report.mapHeading'))}</h2>
${figure('status-map', svg, caption)}
</section>`;
}

function assumptions(data: ReportData, locale: Locale): string {
  const t = (key: MessageKey, params?: MessageParams) => translate(locale, key, params);
  const n = (value: number, digits = 0) => num(value, digits, locale);
  const leaveName = (key: string) => (Object.hasOwn(MESSAGES[locale], `report.leave.${key}`) ? t(`report.leave.${key}` as MessageKey) : key.replace(/_/g, ' '));
  const wt = data.workingTime;
  const leave = Object.entries(wt.leaveDays);
  const leaveTotal = leave.reduce((s, [, d]) => s + d, 0);
  const norms = data.norms;
  const meta = data.meta;
  const note = localDataNote(meta, locale);
  // Catalogue texts are trusted HTML (<strong>); every value from the data is escaped with text().
  const items = [
    t('report.assume.awt', {
      hoursPerWeek: n(wt.hoursPerWeek), weeks: n(wt.weeksPerYear), leave: n(leaveTotal), hoursPerDay: n(wt.hoursPerDay), awt: n(data.awtHours),
      leaveList: leave.map(([k, d]) => `${text(leaveName(k))} ${n(d)}`).join(', '),
      override: data.workingTimeRows ? t('report.assume.awtOverride', { rows: n(data.workingTimeRows) }) : '',
    }),
    t('report.assume.wisn', { period: text(meta.period), periods: n(meta.periodsPerYear) }),
    t('report.assume.bands', { low: n(data.bands.overloadedBelow, 2), high: n(data.bands.underloadedAbove, 2) }),
    t('report.assume.norm', {
      baseline: n(norms.baseline), perMountain: n(norms.perExtraMountain), threshold: n(norms.threshold), perOther: n(norms.perExtraOther),
      commune: n(norms.caps.commune), ward: n(norms.caps.ward), special: n(norms.caps.special_zone),
    }),
    t('report.assume.dataset', { name: text(datasetName(meta, locale)), source: text(datasetSource(meta, locale)), seed: meta.seed !== undefined ? t('report.assume.seed', { seed: text(meta.seed) }) : '' }),
    ...(note === '' ? [] : [t('report.assume.note', { note: text(note) })]),
    ...(data.flags.size === 0 ? [] : [t('report.assume.flags', { count: countText(locale, data.flags.size, 'unit'), mark: FLAG_MARK })]),
    meta.synthetic ? t('report.assume.synthetic') : t('report.assume.observed'),
  ];
  return `<section id="assumptions"><h2>${text(t('report.assumptionsHeading'))}</h2><ul>
${items.map((i) => `<li>${i}</li>`).join('\n')}
</ul></section>`;
}

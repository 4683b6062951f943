import { CanbangInputError } from '@canbang/core';
import { ACTIVITY_KINDS, TERRAINS, UNIT_KINDS, type FieldInfo, type StandardRow, type Unit } from '@canbang/core';
import { DEFAULT_READ_LIMITS, type ReadLimits } from './limits.ts';
import { TABLE_COLUMNS, TABLES, type TableName } from './table-schemas.ts';
import { TEMPLATE_LANGUAGES, TEMPLATE_TEXT, type TemplateLanguage } from './template-text.ts';
import { writeWorkbook, type WorkbookSheet } from './write-workbook.ts';

/** What {@link writeTemplate} pre-fills; every table is optional. */
export interface TemplateOptions {
  /** Language of the instructions sheet and header notes (default 'en'); headers stay the names the reader reads. */
  lang?: TemplateLanguage;
  /**
   * Units to pre-fill (e.g. one province of the built-in registry). headcount then gets one row per unit and
   * field (staff left empty) and volumes one row per unit and service activity (cases left empty), for the
   * planner to type the figures. Without units the sheets carry one example row each.
   */
  units?: readonly Unit[];
  /** Time standards (e.g. the national ones); without them, one example row. */
  standards?: readonly StandardRow[];
  /** Field names; the headcount and volumes field dropdowns list them. */
  fields?: readonly FieldInfo[];
  provinces?: readonly { province_code: string; province_name: string }[];
  /** Meta name (default "My province 2025-Q3") and period (default 2025-Q3). */
  name?: string;
  period?: string;
}

const LIMIT_OF: Partial<Record<keyof ReadLimits, string>> = {
  maxCases: 'cases', maxStaff: 'staff', maxPopulation: 'population', maxAreaKm2: 'km²', maxMinutesPerCase: 'minutes', maxHours: 'hours',
};

// One example row per sheet when nothing is pre-filled: a real unit (Điện Biên), invented figures.
const EXAMPLE: Record<'units' | 'headcount' | 'volumes' | 'standards', Record<string, unknown>> = {
  units: { code: '03127', name: 'Phường Điện Biên Phủ', kind: 'ward', province_code: '11', population: 62000, area_km2: 64.5, lat: 21.386, lon: 103.017, terrain: 'mountain' },
  headcount: { unit_code: '03127', field: 'land', staff: 3 },
  volumes: { unit_code: '03127', field: 'land', activity: 'land_registration', cases: 640, on_time: 560, backlog: 85 },
  standards: { field: 'land', activity: 'land_registration', kind: 'service', minutes_per_case: 150, share: null, hours: null, per: null, staff_doing: null },
};

/**
 * Writes the input template workbook (atomically): an `instructions` sheet describing every sheet and
 * column (type, required or optional, plausibility limit) and how to fill them, the sheets `units`,
 * `headcount`, `volumes`, `standards` (plus `fields` and `provinces` when given) and a `meta` sheet.
 * Given units, headcount and volumes list every unit x field and unit x service activity with the figures
 * left empty; otherwise each sheet has one example row (a real unit code, invented figures) and the
 * template loads as a one-unit dataset. Code columns are text-formatted so leading zeros survive typing;
 * kind, terrain, field, activity and standards kind have dropdowns; header cells carry notes in `lang`.
 *
 * @example
 * await writeTemplate('blank.xlsx');
 * const ds = loadVietNam(); // from @canbang/data-vn
 * await writeTemplate('dien-bien.xlsx', { lang: 'vi', units: datasetRows(ds).units.filter((u) => u.province_code === '11'),
 *   standards: datasetRows(ds).standards, fields: datasetRows(ds).fields });
 */
export async function writeTemplate(file: string, options: TemplateOptions = {}): Promise<void> {
  const lang = options.lang ?? 'en';
  if (!TEMPLATE_LANGUAGES.includes(lang)) throw new CanbangInputError({ source: 'writeTemplate(options.lang)', value: lang, expected: TEMPLATE_LANGUAGES.join(' | ') });
  const text = TEMPLATE_TEXT[lang];
  // The instructions explain the sheets the workbook has, plus the optional WISN sheets a planner may add.
  const present = (name: TableName) =>
    ['units', 'headcount', 'volumes', 'standards', 'working_time', 'individual_allowances'].includes(name) ||
    (name === 'fields' && !!options.fields?.length) ||
    (name === 'provinces' && !!options.provinces?.length);

  const instructions: Record<string, unknown>[] = [];
  const heading = text.instructionColumns;
  for (const { name, required } of TABLES) {
    if (!present(name)) continue;
    for (const spec of TABLE_COLUMNS[name]) {
      const limit = spec.limit ? `<= ${DEFAULT_READ_LIMITS[spec.limit].toLocaleString('en-US')} ${LIMIT_OF[spec.limit] ?? ''}`.trim() : '';
      instructions.push({
        [heading.sheet]: required ? name : `${name} (${text.words.optionalSheet})`,
        [heading.column]: spec.name,
        [heading.type]: spec.type === 'number' ? text.words.number : text.words.text,
        [heading.required]: spec.required ? text.words.yes : text.words.no,
        [heading.limit]: limit,
        [heading.meaning]: text.meaning[name][spec.name] ?? '',
      });
    }
  }
  const note = (sheet: string, meaning: string) => ({ [heading.sheet]: sheet, [heading.column]: '', [heading.type]: '', [heading.required]: '', [heading.limit]: '', [heading.meaning]: meaning });
  instructions.push({ ...note(`meta (${text.words.optionalSheet})`, text.meta), [heading.column]: 'key / value', [heading.type]: text.words.text, [heading.required]: text.words.no });
  for (const line of text.notes) instructions.push(note(text.words.allSheets, line));

  const units = options.units ?? [];
  const standards = options.standards ?? [];
  const fieldIds = options.fields?.length ? options.fields.map((f) => f.field) : [...new Set(standards.map((s) => s.field))];
  const rowsOf: Record<'units' | 'headcount' | 'volumes' | 'standards', Record<string, unknown>[]> = {
    units: units.length ? units.map((u) => ({ ...u })) : [EXAMPLE.units],
    headcount: units.length ? units.flatMap((u) => fieldIds.map((field) => ({ unit_code: u.code, field, staff: null }))) : [EXAMPLE.headcount],
    volumes: units.length
      ? units.flatMap((u) => standards.filter((s) => s.kind === 'service').map((s) => ({ unit_code: u.code, field: s.field, activity: s.activity, cases: null, on_time: null, backlog: null })))
      : [EXAMPLE.volumes],
    standards: standards.length ? standards.map((s) => ({ ...s })) : [EXAMPLE.standards],
  };
  const table = (name: TableName, rows: readonly Record<string, unknown>[]) =>
    rows.map((r) => Object.fromEntries(TABLE_COLUMNS[name].map((c) => [c.name, r[c.name] ?? null])));
  const textFormats = (name: TableName) => Object.fromEntries(TABLE_COLUMNS[name].filter((c) => c.type !== 'number').map((c) => [c.name, '@']));
  const notes = (name: TableName) => Object.fromEntries(TABLE_COLUMNS[name].map((c) => [c.name, text.meaning[name][c.name] ?? '']));
  // Dropdown sources: the fields sheet (or the field ids) and the standards sheet's activities.
  const fieldList = options.fields?.length ? { range: `fields!$A$2:$A$${options.fields.length + 1}` } : fieldIds.length ? fieldIds : undefined;
  const activityList = { range: `standards!$B$2:$B$${rowsOf.standards.length + 1}` };
  const sheet = (name: TableName, rows: readonly Record<string, unknown>[], validations: WorkbookSheet['validations'] = {}): WorkbookSheet => ({
    name,
    table: table(name, rows),
    numberFormats: textFormats(name),
    notes: notes(name),
    validations,
  });
  const withFields = (extra: Record<string, readonly string[] | { range: string }> = {}) => (fieldList ? { field: fieldList, ...extra } : extra);
  const sheets: WorkbookSheet[] = [
    { name: 'instructions', table: instructions },
    sheet('units', rowsOf.units, { kind: UNIT_KINDS, terrain: TERRAINS }),
    sheet('headcount', rowsOf.headcount, withFields()),
    sheet('volumes', rowsOf.volumes, withFields({ activity: activityList })),
    sheet('standards', rowsOf.standards, withFields({ kind: ACTIVITY_KINDS })),
  ];
  if (options.fields?.length) sheets.push(sheet('fields', options.fields.map((f) => ({ ...f }))));
  if (options.provinces?.length) sheets.push(sheet('provinces', options.provinces));
  const period = options.period ?? '2025-Q3';
  sheets.push({
    name: 'meta',
    table: [
      { key: 'name', value: options.name ?? `My province ${period}` },
      { key: 'source', value: 'Department of Home Affairs records' },
      { key: 'period', value: period },
      { key: 'periodsPerYear', value: 4 },
      { key: 'synthetic', value: false },
    ],
  });
  await writeWorkbook(sheets, file);
}

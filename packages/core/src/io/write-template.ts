import { DEFAULT_READ_LIMITS, type ReadLimits } from './limits.ts';
import { TABLE_COLUMNS, TABLES, type TableName } from './table-schemas.ts';
import { writeWorkbook, type WorkbookSheet } from './write-workbook.ts';

// What each column means, shown on the instructions sheet.
const MEANING: Record<TableName, Record<string, string>> = {
  units: {
    code: 'Unit code (5 digits for Viet Nam, keep leading zeros: the column is formatted as text)',
    name: 'Unit name, e.g. Phường Điện Biên Phủ',
    kind: 'commune | ward | special_zone',
    province_code: 'Province code (2 digits for Viet Nam)',
    population: 'Residents',
    area_km2: 'Area in km²',
    lat: 'Latitude in degrees (-90 to 90), used for distances between units',
    lon: 'Longitude in degrees (-180 to 180)',
    terrain: 'plain | mountain | island (mountain changes the staffing norm)',
    quota: 'Staffing quota assigned to the unit (biên chế được giao), whole positions; empty = the norm quota of Dispatch 09. Plans never fill a unit above it',
  },
  headcount: {
    unit_code: 'A code from the units sheet',
    field: 'Field (job area) id, as used on the standards sheet, e.g. land',
    staff: 'Civil servants working in this field: a whole number >= 0',
  },
  volumes: {
    unit_code: 'A code from the units sheet',
    field: 'Field id',
    activity: 'A service activity of this field on the standards sheet',
    cases: 'Cases (dossiers) handled in the period (meta periodsPerYear periods make a year)',
    on_time: 'Optional: cases finished on time',
    backlog: 'Optional: cases still open at the end of the period',
  },
  standards: {
    field: 'Field id',
    activity: 'Activity id, unique within the field',
    kind: 'service (counted cases) | support (share of everyone\'s time) | additional (hours for some staff)',
    minutes_per_case: 'service: minutes one case takes',
    share: 'support: percent (0-100) of each staff member\'s working time; the shares of a field add up to < 100',
    hours: 'additional: hours per year for the whole unit and field',
  },
  provinces: { province_code: 'Province code', province_name: 'Province name' },
  fields: { field: 'Field id', name_en: 'English name', name_vi: 'Vietnamese name', department: 'Department (Decree 150/2025)' },
};

const LIMIT_OF: Partial<Record<keyof ReadLimits, string>> = {
  maxCases: 'cases', maxStaff: 'staff', maxPopulation: 'population', maxAreaKm2: 'km²', maxMinutesPerCase: 'minutes', maxHours: 'hours',
};

// One example row per sheet: a real unit (Điện Biên), invented figures.
const EXAMPLE: Record<'units' | 'headcount' | 'volumes' | 'standards', Record<string, unknown>> = {
  units: { code: '03127', name: 'Phường Điện Biên Phủ', kind: 'ward', province_code: '11', population: 62000, area_km2: 64.5, lat: 21.386, lon: 103.017, terrain: 'mountain' },
  headcount: { unit_code: '03127', field: 'land', staff: 3 },
  volumes: { unit_code: '03127', field: 'land', activity: 'land_registration', cases: 640, on_time: 560, backlog: 85 },
  standards: { field: 'land', activity: 'land_registration', kind: 'service', minutes_per_case: 90, share: null, hours: null },
};

/**
 * Writes the input template workbook (atomically): an `instructions` sheet describing every sheet and
 * column (type, required or optional, plausibility limit), the four required sheets `units`, `headcount`,
 * `volumes`, `standards` with their headers and one example row each (a real unit code, invented figures),
 * and a `meta` sheet (period label and periods per year). Code columns are text-formatted so leading zeros
 * survive typing. `readDataset` reads a filled-in copy; the template itself loads as a one-unit dataset.
 *
 * @example
 * await writeTemplate('my-province.xlsx');   // the CLI: canbang template --out my-province.xlsx
 */
export async function writeTemplate(file: string): Promise<void> {
  const instructions: Record<string, unknown>[] = [];
  for (const { name, required } of TABLES) {
    for (const spec of TABLE_COLUMNS[name]) {
      const limit = spec.limit ? `<= ${DEFAULT_READ_LIMITS[spec.limit].toLocaleString('en-US')} ${LIMIT_OF[spec.limit] ?? ''}`.trim() : '';
      instructions.push({
        sheet: required ? name : `${name} (optional sheet)`,
        column: spec.name,
        type: spec.type === 'number' ? 'number' : 'text',
        required: spec.required ? 'yes' : 'no (may be left empty)',
        limit,
        meaning: MEANING[name][spec.name] ?? '',
      });
    }
  }
  instructions.push(
    { sheet: 'meta (optional sheet)', column: 'key / value', type: 'text', required: 'no', limit: '', meaning: 'name, source, period (e.g. 2025-Q3), periodsPerYear (4 for a quarter), synthetic (TRUE/FALSE)' },
    { sheet: 'all sheets', column: '', type: '', required: '', limit: '', meaning: 'Row 1 is the header; keep the column names. Numbers use "." as decimal point. Rows are counted under the header in error messages (row 1 = spreadsheet row 2).' },
  );
  const textFormats = (name: TableName) => Object.fromEntries(TABLE_COLUMNS[name].filter((c) => c.type !== 'number').map((c) => [c.name, '@']));
  const sheets: WorkbookSheet[] = [
    { name: 'instructions', table: instructions },
    ...(['units', 'headcount', 'volumes', 'standards'] as const).map((name) => ({
      name,
      table: [Object.fromEntries(TABLE_COLUMNS[name].map((c) => [c.name, EXAMPLE[name][c.name] ?? null]))],
      numberFormats: textFormats(name),
    })),
    {
      name: 'meta',
      table: [
        { key: 'name', value: 'My province 2025-Q3' },
        { key: 'source', value: 'Department of Home Affairs records' },
        { key: 'period', value: '2025-Q3' },
        { key: 'periodsPerYear', value: 4 },
        { key: 'synthetic', value: false },
      ],
    },
  ];
  await writeWorkbook(sheets, file);
}

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
    island: 'Optional: 1 if the unit lies on an island, 0 if not',
    land_border: 'Optional: 1 if the unit touches a land border with another country, 0 if not',
    pop_flag: 'Optional: a note on a doubtful figure (e.g. population estimated); shown next to results that use it',
    quota: 'Staffing quota assigned to the unit (biên chế được giao), whole positions; empty = the norm quota of Dispatch 09. Plans never fill a unit above it',
  },
  headcount: {
    unit_code: 'A code from the units sheet',
    field: 'Field (job area) id, as used on the standards sheet, e.g. land',
    staff: 'Civil servants working in this field, in full-time equivalents >= 0 (0.5 = half-time)',
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
    share: 'support: percent (0-100) of each staff member\'s working time; the shares of a field add up to < 100 (or leave empty and give hours + per)',
    hours: 'support: hours per staff member per "per" (converted to a share of working time); additional: hours per "per" for the whole unit and field, or per staff member doing it when staff_doing is given',
    per: 'support and additional with hours: day | week | month | year (empty = year); a day or week is one actually worked',
    staff_doing: 'additional only: staff members who do it in each unit (hours are then per staff member; the individual_allowances sheet can set a unit\'s own number)',
  },
  provinces: { province_code: 'Province code', province_name: 'Province name' },
  fields: { field: 'Field id', name_en: 'English name', name_vi: 'Vietnamese name', department: 'Department (Decree 150/2025)' },
  working_time: {
    field: 'Field id whose working time differs from the default (40 h/week, 52 weeks, 8 h/day, 31 leave days = 1,832 h)',
    unit_code: 'Empty for every unit, or a unit code for that unit only',
    hours_per_week: 'Working hours per week',
    weeks_per_year: 'Weeks per year',
    hours_per_day: 'Working hours per day',
    leave_days: 'All days away a year: public holidays, annual leave, sickness, training',
    awt_hours: 'Or the available working time itself, hours a year (then leave weeks_per_year and leave_days empty)',
  },
  individual_allowances: {
    unit_code: 'A code from the units sheet',
    field: 'Field id',
    activity: 'An additional activity whose standards row has staff_doing',
    staff: 'Staff members (FTE) of this unit who do the activity',
  },
};

const LIMIT_OF: Partial<Record<keyof ReadLimits, string>> = {
  maxCases: 'cases', maxStaff: 'staff', maxPopulation: 'population', maxAreaKm2: 'km²', maxMinutesPerCase: 'minutes', maxHours: 'hours',
};

// One example row per sheet: a real unit (Điện Biên), invented figures.
const EXAMPLE: Record<'units' | 'headcount' | 'volumes' | 'standards', Record<string, unknown>> = {
  units: { code: '03127', name: 'Phường Điện Biên Phủ', kind: 'ward', province_code: '11', population: 62000, area_km2: 64.5, lat: 21.386, lon: 103.017, terrain: 'mountain' },
  headcount: { unit_code: '03127', field: 'land', staff: 3 },
  volumes: { unit_code: '03127', field: 'land', activity: 'land_registration', cases: 640, on_time: 560, backlog: 85 },
  standards: { field: 'land', activity: 'land_registration', kind: 'service', minutes_per_case: 90, share: null, hours: null, per: null, staff_doing: null },
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

/**
 * @canbang/io: Node readers and writers for canbang datasets and tables (CSV, JSON, XLSX, atomic files).
 * Kept out of @canbang/core so the core runs in a browser: everything here may use node:* modules.
 */
export { readDataset, DEFAULT_READ_META, type ReadDatasetOptions } from './read-dataset.ts';
export { datasetFiles } from './dataset-files.ts';
export { DEFAULT_READ_LIMITS, type ReadLimits } from './limits.ts';
export { writeTable, type WriteTableOptions } from './write-table.ts';
export type { TableLike } from './table-rows.ts';
export { writeDataset } from './write-dataset.ts';
export { writeWorkbook, DEFAULT_NUMBER_FORMATS, type WorkbookSheet } from './write-workbook.ts';
export { writeFileAtomic } from './write-file-atomic.ts';
export { neutralizeFormula, neutraliseFormula } from './neutralise-formula.ts';
export { formatCsv, roundDecimals, type FormatCsvOptions } from './format-csv.ts';
export { readSheetRows, type SheetRows, type SheetRow } from './read-sheet-rows.ts';
export { writeTemplate, type TemplateOptions } from './write-template.ts';
export { TEMPLATE_LANGUAGES, type TemplateLanguage } from './template-text.ts';

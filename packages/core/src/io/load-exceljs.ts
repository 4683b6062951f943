import type ExcelJS from 'exceljs';

/**
 * exceljs, loaded on first use. Importing it costs about half a second, which every command that never
 * touches a workbook (most `canbang analyze` runs) would otherwise pay at start-up.
 */
export async function loadExcelJS(): Promise<typeof ExcelJS> {
  return (await import('exceljs')).default;
}

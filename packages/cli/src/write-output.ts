import { mkdir } from 'node:fs/promises';
import { dirname } from 'node:path';
import { writeFileAtomic, writeWorkbook, type WorkbookSheet } from '@canbang/core';

/**
 * Writes `text` to `file` atomically (creating its folder), or to stdout when there is no file or it is "-".
 *
 * @example
 * await writeOutput('out/balance.csv', csv); // creates out/, writes atomically; undefined or '-' prints
 */
export async function writeOutput(file: string | undefined, text: string): Promise<void> {
  if (file === undefined || file === '-') {
    process.stdout.write(text);
    return;
  }
  await mkdir(dirname(file), { recursive: true });
  await writeFileAtomic(file, text);
}

/**
 * Writes formatted sheets to an .xlsx `file` atomically, creating its folder.
 *
 * @example
 * await writeSheetsOutput('out/analysis.xlsx', analysisSheets(analysis));
 */
export async function writeSheetsOutput(file: string, sheets: readonly WorkbookSheet[]): Promise<void> {
  await mkdir(dirname(file), { recursive: true });
  await writeWorkbook(sheets, file);
}

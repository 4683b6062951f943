import { lstat, mkdir, rm, stat } from 'node:fs/promises';
import { dirname, extname } from 'node:path';
import { CanbangInputError, type InputCheck, type Locale } from '@canbang/core';
import { writeFileAtomic, writeWorkbook, type WorkbookSheet } from '@canbang/io';
import { checksCsv } from './checks-output.ts';
import { localizeSheets } from './localize-workbook.ts';
import { runInputs } from './run-inputs.ts';
import { userPath } from './user-path.ts';

/**
 * Writes `text` to `file` atomically (creating its folder), or to stdout when there is no file or it is "-".
 * A CSV output with input warnings gets them in `<name>.checks.csv` beside it (see {@link checksFileOf}).
 * The file must be a new or regular file that is not an input of the run (see {@link prepareOutput}).
 *
 * @example
 * await writeOutput('out/balance.csv', csv); // creates out/, writes atomically; undefined or '-' prints
 */
export async function writeOutput(file: string | undefined, text: string, options: { checks?: readonly InputCheck[] } = {}): Promise<void> {
  if (file === undefined || file === '-') {
    await writeStdout(text);
    return;
  }
  const path = await prepareOutput(file);
  const checksFile = options.checks && extname(path).toLowerCase() === '.csv' ? await prepareOutput(checksFileOf(path)) : undefined;
  await writeOrExplain(path, () => writeFileAtomic(path, text));
  if (checksFile !== undefined) {
    // Written when there is something to say; a stale list from an earlier run of the same output is removed.
    if (options.checks!.length > 0) await writeOrExplain(checksFile, () => writeFileAtomic(checksFile, checksCsv(options.checks!)));
    else await rm(checksFile, { force: true });
  }
}

/**
 * Writes formatted sheets to an .xlsx `file` atomically, creating its folder (same checks as {@link writeOutput});
 * in Vietnamese, sheet names, headers and about texts are Vietnamese ({@link localizeSheets}).
 *
 * @example
 * await writeSheetsOutput('out/analysis.xlsx', analysisSheets(analysis));
 */
export async function writeSheetsOutput(file: string, sheets: readonly WorkbookSheet[], locale: Locale = 'en'): Promise<void> {
  const path = await prepareOutput(file);
  const localized = localizeSheets(sheets, locale);
  await writeOrExplain(path, () => writeWorkbook(localized, path));
}

/**
 * Where the input warnings of a CSV output go: `out/balance.csv` -> `out/balance.checks.csv`.
 *
 * @example
 * checksFileOf('out/balance.csv'); // 'out/balance.checks.csv'
 */
export function checksFileOf(csvFile: string): string {
  return `${csvFile.slice(0, csvFile.length - extname(csvFile).length)}.checks.csv`;
}

/**
 * The output path resolved for the user (see `userPath`), after checking it may be written: it must not
 * exist or be a regular file, never a symbolic link, folder or device (an atomic write would replace the
 * link or device node with a regular file) and never a file this run reads (its dataset, scenario or
 * overrides file, compared by device and inode so links and other spellings are caught). Creates the folder.
 * Every refusal is a {@link CanbangInputError} naming `canbang --out` (exit 2), before anything is written.
 *
 * @example
 * await prepareOutput('out/plan.csv'); // 'out/plan.csv' (out/ created)
 * await prepareOutput('data/sample/units.csv'); // throws when data/sample is the --data of the run
 */
export async function prepareOutput(file: string): Promise<string> {
  const path = userPath(file);
  const refuse = (value: string, expected: string): never => {
    throw new CanbangInputError({ source: `canbang --out ${path}`, value, expected });
  };
  const existing = await lstat(path).catch((error: NodeJS.ErrnoException) => {
    if (error.code === 'ENOENT') return undefined;
    throw outputError(path, error);
  });
  if (existing) {
    if (existing.isSymbolicLink()) refuse('a symbolic link', 'a regular file or a new file name (canbang does not write through links: give the target path or remove the link)');
    if (existing.isDirectory()) refuse('a folder', `a file name, e.g. ${path.replace(/\/+$/, '')}/result.csv`);
    if (!existing.isFile()) refuse('a device or special file', 'a regular file or a new file name');
    for (const input of runInputs()) {
      const info = await stat(input).catch(() => undefined);
      if (info && info.dev === existing.dev && info.ino === existing.ino) {
        refuse(`an input of this run (${input})`, 'an output file that is not one of the files read (choose another name: the input would be overwritten)');
      }
    }
  }
  await mkdir(dirname(path), { recursive: true }).catch((error: NodeJS.ErrnoException) => {
    throw outputError(dirname(path), error);
  });
  return path;
}

async function writeOrExplain(path: string, write: () => Promise<void>): Promise<void> {
  try {
    await write();
  } catch (error) {
    throw outputError(path, error as NodeJS.ErrnoException);
  }
}

// System errors of writing, in words (exit 2, one line); others stay unexpected errors (exit 1).
const WRITE_ERRORS: ReadonlyMap<string, string> = new Map([
  ['EACCES', 'a folder canbang may write to (permission denied: choose another folder or fix its permissions)'],
  ['EPERM', 'a folder canbang may write to (operation not permitted)'],
  ['EROFS', 'a folder on a writable disk (the file system is read-only)'],
  ['ENOSPC', 'room on the disk (no space left on the device: free space or write elsewhere)'],
  ['EDQUOT', 'room in the disk quota (quota exceeded: free space or write elsewhere)'],
  ['ENOTDIR', 'a path whose folders are folders (a part of it is a file)'],
  ['EEXIST', 'a path whose folders are folders (a part of it is a file)'],
  ['EISDIR', 'a file name, not a folder'],
  ['ENAMETOOLONG', 'a shorter file name'],
]);

function outputError(path: string, error: NodeJS.ErrnoException): Error {
  const expected = error.code !== undefined ? WRITE_ERRORS.get(error.code) : undefined;
  if (expected === undefined) return error;
  return new CanbangInputError({ source: `canbang --out ${path}`, value: error.code, expected });
}

let stdoutGuarded = false;

/**
 * Writes to stdout and waits until it is flushed. A reader that stops early (`canbang ... | head`) closes the
 * pipe: the rest is dropped quietly (EPIPE). A full device (`> /dev/full`) is a clear error (exit 2).
 *
 * @example
 * await writeStdout(csv);
 */
export function writeStdout(text: string): Promise<void> {
  if (!stdoutGuarded) {
    // The write callback reports the error; this listener stops Node from also throwing it as an unhandled event.
    process.stdout.on('error', () => {});
    stdoutGuarded = true;
  }
  return new Promise((resolve, reject) => {
    process.stdout.write(text, (error) => {
      const code = (error as NodeJS.ErrnoException | null | undefined)?.code;
      const expected = code !== undefined ? WRITE_ERRORS.get(code) : undefined;
      if (!error || code === 'EPIPE') resolve();
      else reject(expected ? new CanbangInputError({ source: 'canbang stdout', value: code, expected }) : error);
    });
  });
}

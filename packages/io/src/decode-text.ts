import { CanbangInputError } from '@canbang/core';

/**
 * Decodes file bytes as strict UTF-8 text: a leading UTF-8 byte-order mark is accepted and stripped,
 * the result is Unicode NFC. Anything that is not valid UTF-8 (Windows-1258 / TCVN3 / Latin-1 files,
 * a mix of encodings, UTF-16, a workbook saved under a `.csv` name) is rejected with the byte offset
 * and the data row of the first bad byte, so the user knows to re-save the file as UTF-8.
 *
 * `row` in the error is the 1-based line number, i.e. the row a spreadsheet shows (the header is row 1).
 *
 * @example
 * decodeText(new Uint8Array([0xef, 0xbb, 0xbf, 0x61]), 'a.csv'); // "a"
 * decodeText(new Uint8Array([0x50, 0xd0, 0x0a]), 'a.csv');       // throws: invalid UTF-8 at byte offset 1
 */
export function decodeText(bytes: Uint8Array, source: string): string {
  if (bytes.length >= 2 && ((bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff))) {
    throw new CanbangInputError({
      source,
      value: 'UTF-16 byte-order mark',
      expected: 'UTF-8 text; the file is UTF-16 ("Unicode text"): save it as "CSV UTF-8"',
    });
  }
  if (bytes.length >= 4 && bytes[0] === 0x50 && bytes[1] === 0x4b && bytes[2] === 0x03 && bytes[3] === 0x04) {
    throw new CanbangInputError({
      source,
      value: 'a zip archive (PK header)',
      expected: 'UTF-8 text; this looks like an .xlsx workbook: give it the .xlsx extension',
    });
  }
  const start = bytes.length >= 3 && bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf ? 3 : 0;
  const body = bytes.subarray(start);
  let text: string | undefined;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(body); // native and fast; on failure find where
  } catch {
    text = undefined;
  }
  if (text === undefined) {
    // The scanner follows the same rules as the decoder; fall back to the first byte should they ever differ.
    const found = firstInvalidUtf8(bytes, start);
    const bad = found >= 0 ? found : start;
    let line = 1;
    for (let i = 0; i < bad; i++) if (bytes[i] === 0x0a) line++;
    const shown = Array.from(bytes.subarray(bad, Math.min(bad + 4, bytes.length)), (b) => `0x${b.toString(16).padStart(2, '0')}`);
    throw new CanbangInputError({
      source,
      row: line,
      value: `bytes ${shown.join(' ')} at byte offset ${bad} (line ${line})`,
      expected:
        'UTF-8 text; the file uses another encoding (e.g. Windows-1258, TCVN3 or a mix): save it as UTF-8 ' +
        '(Excel: Save As "CSV UTF-8"; Notepad: Encoding "UTF-8")',
    });
  }
  const at = bytes.indexOf(0, start);
  if (at >= 0) {
    throw new CanbangInputError({ source, value: `a NUL byte at byte offset ${at}`, expected: 'UTF-8 text, not a binary file' });
  }
  return text.normalize('NFC');
}

// Returns the offset of the first byte that breaks UTF-8 (RFC 3629: no overlongs, no surrogates, <= U+10FFFF), or -1.
function firstInvalidUtf8(b: Uint8Array, start: number): number {
  let i = start;
  const n = b.length;
  while (i < n) {
    const c = b[i]!;
    if (c < 0x80) {
      i++;
      continue;
    }
    let need: number;
    let lo = 0x80;
    let hi = 0xbf;
    if (c >= 0xc2 && c <= 0xdf) need = 1;
    else if (c >= 0xe0 && c <= 0xef) {
      need = 2;
      if (c === 0xe0) lo = 0xa0;
      if (c === 0xed) hi = 0x9f;
    } else if (c >= 0xf0 && c <= 0xf4) {
      need = 3;
      if (c === 0xf0) lo = 0x90;
      if (c === 0xf4) hi = 0x8f;
    } else return i;
    for (let k = 1; k <= need; k++) {
      const d = b[i + k];
      if (d === undefined) return i;
      const min = k === 1 ? lo : 0x80;
      const max = k === 1 ? hi : 0xbf;
      if (d < min || d > max) return i;
    }
    i += need + 1;
  }
  return -1;
}

import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { CanbangInputError, EXPECTED_PHRASES, inputErrorMessage, matchExpected, translateExpected } from '@canbang/core';

const ROOT = new URL('../../../../', import.meta.url).pathname;
const placeholders = (text: string) => [...text.matchAll(/\{(\w+)\}/g)].map((m) => m[1]!);

// The end of the string literal starting at `at` (quote, apostrophe or backtick, with ${...} parts skipped).
function literalEnd(source: string, at: number): number {
  const quote = source[at]!;
  let i = at + 1;
  while (i < source.length) {
    const c = source[i]!;
    if (c === '\\') i += 2;
    else if (quote === '`' && source.startsWith('${', i)) {
      let depth = 1;
      i += 2;
      while (depth > 0) {
        const d = source[i]!;
        if (d === '{') depth++;
        else if (d === '}') depth--;
        else if (d === "'" || d === '"' || d === '`') i = literalEnd(source, i) - 1;
        i++;
      }
    } else if (c === quote) return i + 1;
    else i++;
  }
  throw new Error('unterminated literal');
}

// A literal as the error would read it, with each ${...} part written `{}` (it varies at run time).
function phraseOf(literal: string): string {
  const quote = literal[0]!;
  const body = literal.slice(1, -1);
  let out = '';
  for (let i = 0; i < body.length; ) {
    if (quote === '`' && body.startsWith('${', i)) {
      let depth = 1;
      let j = i + 2;
      while (depth > 0) {
        if (body[j] === '{') depth++;
        else if (body[j] === '}') depth--;
        else if (body[j] === "'" || body[j] === '"' || body[j] === '`') j = literalEnd(body, j) - 1;
        j++;
      }
      out += '{}';
      i = j;
    } else if (body[i] === '\\') {
      out += body[i + 1] === 'n' ? '\n' : body[i + 1];
      i += 2;
    } else out += body[i++];
  }
  return out;
}

// The string literals of an expression: the whole literal, or the branches of `cond ? 'a' : 'b'`.
function literalsOf(source: string, at: number): string[] {
  const first = source.slice(at).match(/^\s*/)![0].length + at;
  if ("'\"`".includes(source[first]!)) {
    const end = literalEnd(source, first);
    if (!/^\s*[?+]/.test(source.slice(end))) return [source.slice(first, end)];
  }
  // Not a plain literal: the literals after `?` and `:` of a conditional, up to the end of the argument.
  const out: string[] = [];
  let depth = 0;
  for (let i = first; i < source.length; i++) {
    const c = source[i]!;
    if ("'\"`".includes(c)) {
      const end = literalEnd(source, i);
      // A branch of a conditional (`? 'a'` or `: 'b'`), not the default of `??`.
      if (/(?<!\?)\?\s*$|:\s*$/.test(source.slice(first, i))) out.push(source.slice(i, end));
      i = end - 1;
    } else if ('([{'.includes(c)) depth++;
    else if (')]}'.includes(c)) {
      if (depth === 0) break;
      depth--;
    } else if ((c === ',' || c === ';') && depth === 0) break;
  }
  return out;
}

// Every "expected" text the product's sources build: `expected: ...` properties, and the last argument of each
// call to a local helper whose parameter is named `expected` (fail, refuse, requireEmpty, error, ...).
function expectedTexts(): { file: string; phrase: string }[] {
  const found: { file: string; phrase: string }[] = [];
  const dirs = readdirSync(join(ROOT, 'packages'));
  for (const dir of dirs) {
    let files: string[];
    try {
      files = (readdirSync(join(ROOT, 'packages', dir, 'src'), { recursive: true }) as string[]).filter((f) => f.endsWith('.ts'));
    } catch {
      continue;
    }
    for (const file of files) {
      const source = readFileSync(join(ROOT, 'packages', dir, 'src', file), 'utf8');
      const where = `${dir}/src/${file}`;
      for (const m of source.matchAll(/\bexpected:\s*/g)) for (const l of literalsOf(source, m.index + m[0].length)) found.push({ file: where, phrase: phraseOf(l) });
      const helpers = [...source.matchAll(/(?:function\s+(\w+)|(\w+)\s*[:=]\s*)\([^)]*\bexpected: string/g)].map((m) => m[1] ?? m[2]!);
      for (const helper of new Set(helpers)) {
        for (const call of source.matchAll(new RegExp(`\\b${helper}\\(`, 'g'))) {
          // The last top-level argument of the call.
          let depth = 0;
          let last = call.index + call[0].length;
          for (let i = last; i < source.length; i++) {
            const c = source[i]!;
            if ("'\"`".includes(c)) i = literalEnd(source, i) - 1;
            else if ('([{'.includes(c)) depth++;
            else if (')]}'.includes(c)) {
              if (depth === 0) break;
              depth--;
            } else if (c === ',' && depth === 0) last = i + 1;
          }
          for (const l of literalsOf(source, last)) found.push({ file: where, phrase: phraseOf(l) });
        }
      }
    }
  }
  return found;
}

describe('the "expected" part of input errors in Vietnamese', () => {
  const texts = expectedTexts();

  it('finds the error sites in the sources (the scan itself works)', () => {
    // Sites counted by hand: validate.ts builds duplicates and references through fail(), plan.ts checks --kind options.
    expect(texts.some((t) => t.file.endsWith('validate.ts') && t.phrase === 'each unit code once (duplicate unit)')).toBe(true);
    expect(texts.some((t) => t.phrase === 'no {} with --kind {} (it applies to --kind {})')).toBe(true);
    expect(texts.length).toBeGreaterThan(200);
  });

  it('has a Vietnamese phrase for every English one built anywhere (a list of codes needs none)', () => {
    const codeList = /^[\w.-]+( \| [\w.-]+)+$/;
    // A part that varies is tried as written ({}), as empty and as a number (the numeric parts {bound} and {min}).
    const known = (phrase: string) => ['{}', '', '0'].some((part) => matchExpected(phrase.replaceAll('{}', part)) !== undefined);
    const missing = texts.filter((t) => t.phrase !== '' && !codeList.test(t.phrase) && !known(t.phrase));
    expect(missing.map((t) => `${t.file}: ${t.phrase}`)).toEqual([]);
  });

  it('every entry: both texts non-empty, the Vietnamese one different and with no placeholder the English lacks', () => {
    for (const [en, vi] of EXPECTED_PHRASES) {
      expect(vi.trim(), en).not.toBe('');
      expect(vi, en).not.toBe(en);
      for (const name of placeholders(vi)) expect(placeholders(en), `${en}: {${name}}`).toContain(name);
    }
  });

  it('fills the varying parts and translates them again when they are phrases themselves', () => {
    expect(translateExpected('a whole number >= 1', 'vi')).toBe('một số nguyên >= 1');
    expect(translateExpected('a number > 0 and <= 5', 'vi')).toBe('một số > 0 và <= 5');
    expect(translateExpected('a field of the dataset (land, finance)', 'vi')).toBe('một lĩnh vực của bộ dữ liệu (land, finance)');
    expect(translateExpected('a unit code of the units table (build datasets with createDataset)', 'vi')).toBe(
      'một mã đơn vị có trong bảng units (hãy tạo bộ dữ liệu bằng createDataset)',
    );
    expect(translateExpected('a finite integer >= 0 (or Infinity: no limit)', 'vi')).toBe('một số nguyên hữu hạn >= 0 (hoặc Infinity: không giới hạn)');
    // English is returned as it is; an unknown text or a list of codes is left alone.
    expect(translateExpected('a whole number >= 1', 'en')).toBe('a whole number >= 1');
    expect(translateExpected('flow | highs | lpsolve', 'vi')).toBe('flow | highs | lpsolve');
    // A numeric bound only: "a number" followed by other words is not read as "a number{bound}".
    expect(matchExpected('a number of ponies')).toBeUndefined();
  });

  it('an error line in Vietnamese has no English "expected" part; error.message stays English', () => {
    const error = new CanbangInputError({ source: 'units.csv', row: 3, column: 'population', value: 'x', expected: 'a number >= 0, or an empty cell' });
    expect(inputErrorMessage(error, 'vi')).toBe('units.csv, dòng 3, cột "population": nhận được "x"; cần một số >= 0, hoặc ô trống');
    expect(error.message).toBe('units.csv, row 3, column "population": got "x"; expected a number >= 0, or an empty cell');
  });
});

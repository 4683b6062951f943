import { describe, expect, it } from 'vitest';
import { CanbangInputError, EXPECTED_PHRASES, inputErrorMessage, matchExpected, translateExpected } from '@canbang/core';
import { lastArgumentLiterals, phraseOf, productSources, propertyLiterals } from '../support/source-literals.ts';

const placeholders = (text: string) => [...text.matchAll(/\{(\w+)\}/g)].map((m) => m[1]!);

// Every "expected" text the product's sources build: `expected: ...` properties, and the last argument of each
// call to a helper whose parameter is named `expected` (fail, refuse, requireEmpty, error, ...), whether the file
// defines the helper or imports it from another file (validation is split over several files sharing `fail`).
const HELPER_WITH_EXPECTED = /(?:function\s+(\w+)|(\w+)\s*[:=]\s*)\([^)]*\bexpected: string/g;

function expectedTexts(): { file: string; phrase: string }[] {
  const sources = productSources();
  const exported = new Set(sources.flatMap(({ source }) => [...source.matchAll(HELPER_WITH_EXPECTED)].map((m) => m[1] ?? m[2]!)));
  const found: { file: string; phrase: string }[] = [];
  for (const { file, source } of sources) {
    for (const l of propertyLiterals(source, 'expected')) found.push({ file, phrase: phraseOf(l) });
    const local = [...source.matchAll(HELPER_WITH_EXPECTED)].map((m) => m[1] ?? m[2]!);
    const imported = [...source.matchAll(/^import \{([^}]*)\} from '\.[^']*';/gm)].flatMap((m) => m[1]!.split(',').map((name) => name.trim())).filter((name) => exported.has(name));
    for (const helper of new Set([...local, ...imported])) for (const l of lastArgumentLiterals(source, helper)) found.push({ file, phrase: phraseOf(l) });
  }
  return found;
}

describe('the "expected" part of input errors in Vietnamese', () => {
  const texts = expectedTexts();

  it('finds the error sites in the sources (the scan itself works)', () => {
    // Sites counted by hand: validate-units.ts builds duplicates and references through fail(), plan.ts checks --kind options.
    expect(texts.some((t) => t.file.endsWith('validate-units.ts') && t.phrase === 'each unit code once (duplicate unit)')).toBe(true);
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
      'một mã đơn vị có trong bảng "units" (hãy tạo bộ dữ liệu bằng createDataset)',
    );
    expect(translateExpected('a finite integer >= 0 (or Infinity: no limit)', 'vi')).toBe('một số nguyên hữu hạn >= 0 (hoặc Infinity: không giới hạn)');
    // English is returned as it is; an unknown text or a list of codes is left alone.
    expect(translateExpected('a whole number >= 1', 'en')).toBe('a whole number >= 1');
    expect(translateExpected('flow | highs | lpsolve', 'vi')).toBe('flow | highs | lpsolve');
    // A warning turned into the error by --strict: the check's message is translated inside the phrase.
    expect(translateExpected('no warnings under --strict (unit 00004 (Phường Ba Đình) has no headcount row, so it is computed with 0 staff in every field; add its rows (staff 0 where a field really has nobody) [no_headcount]; 1 warning in all: run without --strict to list them)', 'vi')).toBe(
      'không có cảnh báo khi dùng --strict (đơn vị 00004 (Phường Ba Đình) không có dòng biên chế nào, nên được tính với 0 người ở mọi lĩnh vực; hãy thêm các dòng của nó (ghi 0 ở lĩnh vực thực sự không có ai) [no_headcount]; tổng cộng 1 cảnh báo: chạy không có --strict để xem danh sách)',
    );
    // A numeric bound only: "a number" followed by other words is not read as "a number{bound}".
    expect(matchExpected('a number of ponies')).toBeUndefined();
  });

  it('an error line in Vietnamese has no English "expected" part; error.message stays English', () => {
    const error = new CanbangInputError({ source: 'units.csv', row: 3, column: 'population', value: 'x', expected: 'a number >= 0, or an empty cell' });
    expect(inputErrorMessage(error, 'vi')).toBe('units.csv, dòng 3, cột "population": nhận được "x"; cần một số >= 0, hoặc ô trống');
    expect(error.message).toBe('units.csv, row 3, column "population": got "x"; expected a number >= 0, or an empty cell');
  });
});

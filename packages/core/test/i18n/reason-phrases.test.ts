import { describe, expect, it } from 'vitest';
import { matchReason, REASON_PHRASES, translateReason } from '@canbang/core';
import { lastArgumentLiterals, phraseOf, productSources, propertyLiterals } from '../support/source-literals.ts';

// Every reason the optimiser builds in English: why a block has no plan (reasons.push), why a locked move breaks
// a rule (warnings.push, warnUnit), and the solvers' explanations (explanation: ..., result(...), fail(...)).
function reasonTexts(): { file: string; phrase: string }[] {
  const found: { file: string; phrase: string }[] = [];
  for (const { file, source } of productSources().filter((s) => s.file.startsWith('core/src/optimize/'))) {
    const literals = [
      ...lastArgumentLiterals(source, 'reasons\\.push'),
      ...lastArgumentLiterals(source, 'warnings\\.push'),
      ...lastArgumentLiterals(source, 'warnUnit'),
      ...(/solve-|routing/.test(file) ? [...propertyLiterals(source, 'explanation'), ...lastArgumentLiterals(source, 'result'), ...lastArgumentLiterals(source, 'fail')] : []),
    ];
    for (const l of literals) found.push({ file, phrase: phraseOf(l) });
  }
  return found;
}

describe('reasons of plans in Vietnamese', () => {
  const texts = reasonTexts();

  it('finds the reason sites (the scan itself works)', () => {
    expect(texts.some((t) => t.phrase === 'the pair is banned')).toBe(true);
    expect(texts.some((t) => t.phrase === 'HiGHS proved the model infeasible')).toBe(true);
    expect(texts.length).toBeGreaterThan(20);
  });

  it('has a Vietnamese phrase for every reason built in the optimiser', () => {
    // Parts that vary are tried as written ({}) and as a sample word.
    const known = (phrase: string) => ['{}', 'x'].some((part) => matchReason(phrase.replaceAll('{}', part)) !== undefined);
    expect(texts.filter((t) => !known(t.phrase)).map((t) => `${t.file}: ${t.phrase}`)).toEqual([]);
  });

  it('every entry: Vietnamese non-empty, different, and with no placeholder the English lacks', () => {
    for (const [en, vi] of REASON_PHRASES) {
      expect(vi.trim(), en).not.toBe('');
      if (!/^HiGHS: /.test(en)) expect(vi, en).not.toBe(en);
      for (const name of vi.matchAll(/\{(\w+)\}/g)) expect(en, name[1]).toContain(`{${name[1]}}`);
    }
  });

  it('translates a plan explanation line by line, block key kept, parts joined by "; " one by one', () => {
    const english = [
      '11: stage 1 (worst load): HiGHS proved the model infeasible; donor 03151 Phường Mường Lay has a land ratio of 0.800, below 0.900',
      '12: distance limit 30 km leaves unit 03385 Xã Tìa Dình with no donor in field land (nearest: 03203 Xã Na Son at 31.5 km); and 2 more',
    ].join('\n');
    expect(translateReason(english, 'vi')).toBe(
      [
        '11: bước 1 (mức tải cao nhất): HiGHS chứng minh mô hình không khả thi; nơi cho 03151 Phường Mường Lay có tỷ số lĩnh vực land là 0,800, dưới 0,900',
        '12: giới hạn khoảng cách 30 km khiến đơn vị 03385 Xã Tìa Dình không có nơi cho ở lĩnh vực land (gần nhất: 03203 Xã Na Son, 31,5 km); và 2 lý do khác',
      ].join('\n'),
    );
    expect(translateReason(english, 'en')).toBe(english);
    // Text no phrase matches (a name, a code) is left as written.
    expect(translateReason('national: Xã Mường Nhé', 'vi')).toBe('national: Xã Mường Nhé');
  });
});

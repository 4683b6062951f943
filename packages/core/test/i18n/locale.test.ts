import { describe, expect, it } from 'vitest';
import { CanbangInputError, foldText, parseLocale, resolveLocale } from '@canbang/core';

describe('resolveLocale', () => {
  it('takes the flag first, then CANBANG_LANG, then LC_ALL / LC_MESSAGES / LANG, else English', () => {
    expect(resolveLocale({ flag: 'en', env: { CANBANG_LANG: 'vi', LANG: 'vi_VN.UTF-8' } })).toBe('en');
    expect(resolveLocale({ env: { CANBANG_LANG: 'vi', LANG: 'en_US.UTF-8' } })).toBe('vi');
    expect(resolveLocale({ env: { LANG: 'vi_VN.UTF-8' } })).toBe('vi');
    // LC_ALL overrides LANG (POSIX precedence).
    expect(resolveLocale({ env: { LC_ALL: 'C.UTF-8', LANG: 'vi_VN.UTF-8' } })).toBe('en');
    expect(resolveLocale({ env: { LC_ALL: 'vi_VN', LANG: 'en_US' } })).toBe('vi');
    expect(resolveLocale({ env: {} })).toBe('en');
    expect(resolveLocale()).toBe('en');
  });

  it('refuses an unknown language naming where it came from', () => {
    expect(() => resolveLocale({ flag: 'fr' })).toThrow(CanbangInputError);
    expect(() => resolveLocale({ env: { CANBANG_LANG: 'de' } })).toThrow(/CANBANG_LANG.*"de".*vi \| en/);
    expect(parseLocale(' VI ', 'x')).toBe('vi');
  });
});

describe('foldText', () => {
  it('matches names with or without diacritics, đ as d, any case and spacing', () => {
    expect(foldText('Thành phố Hồ Chí Minh')).toBe('thanh pho ho chi minh');
    expect(foldText('  ĐIỆN   Biên ')).toBe('dien bien');
    // Decomposed input (NFD, as some keyboards send it) folds like precomposed.
    expect(foldText('Hà Nội'.normalize('NFD'))).toBe(foldText('ha noi'));
  });
});

import { describe, expect, it } from 'vitest';
import { formatNumber, formatRatio, intlTag } from '@canbang/core';

describe('formatNumber', () => {
  // Vietnamese groups thousands with '.' and writes decimals after ',' (TCVN / CLDR vi): the examples.
  it('writes 126.217 and 1.453,3 in Vietnamese, 126,217 and 1,453.3 in English', () => {
    expect(formatNumber(126217.4, 'vi')).toBe('126.217');
    expect(formatNumber(1453.25, 'vi', 1)).toBe('1.453,3');
    expect(formatNumber(126217.4, 'en')).toBe('126,217');
    expect(formatNumber(1453.25, 'en', 1)).toBe('1,453.3');
  });

  it('keeps exactly the decimals asked, rounds half away from zero, and never prints -0', () => {
    expect(formatRatio(0.8, 'vi')).toBe('0,80');
    expect(formatNumber(2.5, 'en')).toBe('3');
    expect(formatNumber(-0.04, 'vi', 1)).toBe('0,0');
    expect(formatNumber(-1234.5, 'vi', 1)).toBe('-1.234,5');
  });

  it('writes a missing value as an em dash', () => {
    expect(formatNumber(null, 'vi')).toBe('—');
    expect(formatNumber(Number.NaN, 'en')).toBe('—');
  });

  it('gives the BCP 47 tag for <html lang> and Intl', () => {
    expect(intlTag('vi')).toBe('vi-VN');
  });
});

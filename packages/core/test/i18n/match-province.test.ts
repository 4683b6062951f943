import { describe, expect, it } from 'vitest';
import { matchProvinces } from '@canbang/core';

// Names as the 2025 province list writes them (provinces-2025.csv of @canbang/data-vn).
const NAMES = new Map([
  ['01', 'Thành phố Hà Nội'],
  ['11', 'Điện Biên'],
  ['79', 'Thành phố Hồ Chí Minh'],
  ['48', 'Thành phố Đà Nẵng'],
]);

describe('matchProvinces', () => {
  it('matches a code with or without the leading zero', () => {
    expect(matchProvinces(NAMES, '1')).toEqual(['01']);
    expect(matchProvinces(NAMES, '01')).toEqual(['01']);
    expect(matchProvinces(NAMES, '001')).toEqual(['01']);
    expect(matchProvinces(NAMES, '2')).toEqual([]);
  });

  it('matches a name with or without diacritics, case, spaces or the Thành phố / Tỉnh / TP prefix', () => {
    for (const text of ['Hà Nội', 'ha noi', 'HA NOI', 'Thành phố Hà Nội', 'thanh pho ha noi', 'TP Hà Nội', 'tp. ha  noi']) expect(matchProvinces(NAMES, text), text).toEqual(['01']);
    expect(matchProvinces(NAMES, 'Hồ Chí Minh')).toEqual(['79']);
    expect(matchProvinces(NAMES, 'tinh dien bien')).toEqual(['11']);
    // đ folds to d, which Intl.Collator at base sensitivity would not do.
    expect(matchProvinces(NAMES, 'da nang')).toEqual(['48']);
  });

  it('matches nothing for a part of a name or an empty text, and every province for a shared name', () => {
    expect(matchProvinces(NAMES, 'Hà')).toEqual([]);
    expect(matchProvinces(NAMES, '  ')).toEqual([]);
    expect(matchProvinces(new Map([['A', 'Tỉnh X'], ['B', 'Thành phố X']]), 'x')).toEqual(['A', 'B']);
  });
});

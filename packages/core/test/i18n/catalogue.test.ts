import { describe, expect, it } from 'vitest';
import { EN, VI, MESSAGES, LOCALES, translate, countText, codeLabel, type MessageKey } from '@canbang/core';
import { defineMessages } from '../../src/i18n/define-messages.ts';

const placeholders = (text: string) => [...text.matchAll(/\{(\w+)\}/g)].map((m) => m[1]!).sort();

describe('message catalogue', () => {
  it('has the same keys in Vietnamese and English', () => {
    expect(Object.keys(VI).sort()).toEqual(Object.keys(EN).sort());
  });

  it('renders every key in both languages, non-empty, with every placeholder filled', () => {
    for (const locale of LOCALES) {
      for (const key of Object.keys(EN) as MessageKey[]) {
        const params = Object.fromEntries(placeholders(EN[key]).map((p) => [p, `<${p}>`]));
        const text = translate(locale, key, params);
        expect(text.trim(), `${locale} ${key}`).not.toBe('');
        expect(text, `${locale} ${key} left a placeholder`).not.toMatch(/\{\w+\}/);
      }
    }
  });

  it('uses the same placeholders in both languages (a translation cannot drop a value)', () => {
    for (const key of Object.keys(EN) as MessageKey[]) expect(placeholders(VI[key]), key).toEqual(placeholders(EN[key]));
  });

  it('Vietnamese texts are not left in English: every text with a letter differs from the English one, except names and codes', () => {
    // Texts that are the same in both languages by nature: only placeholders, marks and code words.
    const same = (Object.keys(EN) as MessageKey[]).filter((k) => VI[k] === EN[k]);
    for (const key of same) expect(VI[key].replace(/\{\w+\}/g, ''), key).not.toMatch(/[a-z]{3,}/i);
  });

  it('type-checks against a missing or empty text', () => {
    // @ts-expect-error an empty text is a type error
    defineMessages({ 'status.overloaded': '' });
    // @ts-expect-error a catalogue missing keys does not satisfy the full key set
    ({ 'status.overloaded': 'quá tải' }) satisfies Record<MessageKey, string>;
    expect(MESSAGES.vi).toBe(VI);
  });

  it('throws on a placeholder without a value rather than printing {n}', () => {
    expect(() => translate('vi', 'analyze.done', { count: '1' })).toThrow(/\{ms\}/);
  });

  it('counts with Intl.PluralRules: English singular and plural, Vietnamese has one form', () => {
    expect(countText('en', 1, 'unit')).toBe('1 unit');
    expect(countText('en', 3321, 'unit')).toBe('3,321 units');
    expect(countText('vi', 3321, 'unit')).toBe('3.321 đơn vị');
  });

  it('labels machine codes and leaves unknown codes alone (never an inherited member)', () => {
    expect(codeLabel('vi', 'status', 'overloaded')).toBe('quá tải');
    expect(codeLabel('vi', 'status', 'underloaded')).toBe('dư người');
    expect(codeLabel('en', 'kind', 'special_zone')).toBe('special zone');
    expect(codeLabel('vi', 'terrain', 'island')).toBe('hải đảo');
    expect(codeLabel('vi', 'status', 'constructor')).toBe('constructor');
  });
});

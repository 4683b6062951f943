import { describe, expect, it } from 'vitest';
import { neutralizeFormula } from '@canbang/io';

describe('neutralizeFormula', () => {
  it('prefixes a quote to text a spreadsheet would run as a formula', () => {
    for (const text of ['=1+1', '+SUM(A1:A3)', '-2+3', '@SUM(A1)', '\tcmd', '\rcmd', '=HYPERLINK("http://x","y")']) {
      expect(neutralizeFormula(text)).toBe(`'${text}`);
    }
  });

  it('leaves numbers, plain numeric text and ordinary text alone', () => {
    expect(neutralizeFormula(-3)).toBe(-3);
    expect(neutralizeFormula(0)).toBe(0);
    expect(neutralizeFormula('-3')).toBe('-3');
    expect(neutralizeFormula('+1.5e3')).toBe('+1.5e3');
    expect(neutralizeFormula('Phường Ba Đình')).toBe('Phường Ba Đình');
    expect(neutralizeFormula('a=b')).toBe('a=b');
    expect(neutralizeFormula(null)).toBe(null);
    expect(neutralizeFormula("'quoted")).toBe("'quoted");
  });

  it('adds one more quote to text already quoted before a trigger, so readers can undo exactly one', () => {
    expect(neutralizeFormula("'=x")).toBe("''=x");
  });
});

import { describe, expect, it } from 'vitest';
import { neutraliseFormula } from '@canbang/io';

describe('neutraliseFormula', () => {
  it('prefixes a quote to text a spreadsheet would run as a formula', () => {
    for (const text of ['=1+1', '+SUM(A1:A3)', '-2+3', '@SUM(A1)', '\tcmd', '\rcmd', '=HYPERLINK("http://x","y")']) {
      expect(neutraliseFormula(text)).toBe(`'${text}`);
    }
  });

  it('leaves numbers, plain numeric text and ordinary text alone', () => {
    expect(neutraliseFormula(-3)).toBe(-3);
    expect(neutraliseFormula(0)).toBe(0);
    expect(neutraliseFormula('-3')).toBe('-3');
    expect(neutraliseFormula('+1.5e3')).toBe('+1.5e3');
    expect(neutraliseFormula('Phường Ba Đình')).toBe('Phường Ba Đình');
    expect(neutraliseFormula('a=b')).toBe('a=b');
    expect(neutraliseFormula(null)).toBe(null);
    expect(neutraliseFormula("'quoted")).toBe("'quoted");
  });

  it('adds one more quote to text already quoted before a trigger, so readers can undo exactly one', () => {
    expect(neutraliseFormula("'=x")).toBe("''=x");
  });
});

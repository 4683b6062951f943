import { describe, expect, it } from 'vitest';
import { BALANCE_STATUSES, STATUS_PALETTE } from '@canbang/core';

// WCAG 2.x relative luminance and contrast ratio (https://www.w3.org/TR/WCAG21/#dfn-contrast-ratio),
// written out here independently of the palette.
function luminance(hex: string): number {
  const [r, g, b] = [1, 3, 5].map((i) => parseInt(hex.slice(i, i + 2), 16) / 255).map((c) => (c <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4));
  return 0.2126 * r! + 0.7152 * g! + 0.0722 * b!;
}
const contrastOnWhite = (hex: string) => 1.05 / (luminance(hex) + 0.05);

describe('STATUS_PALETTE', () => {
  it('has one distinct #rrggbb colour per status', () => {
    expect(Object.keys(STATUS_PALETTE).sort()).toEqual([...BALANCE_STATUSES].sort());
    for (const colour of Object.values(STATUS_PALETTE)) expect(colour).toMatch(/^#[0-9a-f]{6}$/);
    expect(new Set(Object.values(STATUS_PALETTE)).size).toBe(3);
  });

  it('each colour is readable as text on white (WCAG AA, contrast >= 4.5:1)', () => {
    // Hand check for the overloaded red #b2182b: luminance 0.2126 x 0.4452 + 0.7152 x 0.0091 + 0.0722 x 0.0242 = 0.1029,
    // contrast 1.05 / (0.1029 + 0.05) = 6.87.
    expect(contrastOnWhite('#b2182b')).toBeCloseTo(6.87, 1);
    for (const status of BALANCE_STATUSES) expect(contrastOnWhite(STATUS_PALETTE[status])).toBeGreaterThanOrEqual(4.5);
  });

  it('over- and underloaded differ in hue for red-green colour-blind readers (red end vs blue end)', () => {
    // Deuteranopes confuse red with green, not red with blue: the two statuses that call for action sit at the
    // red and the blue ends, and balanced is a grey (equal channels) between them.
    const channels = (hex: string) => [1, 3, 5].map((i) => parseInt(hex.slice(i, i + 2), 16));
    const [r1, , b1] = channels(STATUS_PALETTE.overloaded);
    const [r2, , b2] = channels(STATUS_PALETTE.underloaded);
    expect(r1! > b1! && b2! > r2!).toBe(true);
    const [r, g, b] = channels(STATUS_PALETTE.balanced);
    expect(r === g && g === b).toBe(true);
  });

  it('is frozen', () => {
    expect(Object.isFrozen(STATUS_PALETTE)).toBe(true);
  });
});

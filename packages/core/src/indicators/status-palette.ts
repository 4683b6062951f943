import type { BalanceStatus } from '../model/types.ts';

/**
 * The one colour of each balance status, for every chart, map and table that colours statuses (the HTML
 * report, the notebooks). The two ends of ColorBrewer's red-blue diverging scheme with a neutral grey between:
 * too few staff is red, too many is blue, and balanced is neither, so the pair that carries the message stays
 * distinct for red-green colour-blind readers. Each colour is dark enough for text on white (WCAG contrast
 * at least 4.5:1), so the same value colours a status word and a chart mark.
 *
 * @example
 * STATUS_PALETTE.overloaded; // '#b2182b'
 * const range = BALANCE_STATUSES.map((s) => STATUS_PALETTE[s]); // a chart's colour scale, in status order
 */
export const STATUS_PALETTE: Readonly<Record<BalanceStatus, string>> = Object.freeze({
  overloaded: '#b2182b',
  balanced: '#636363',
  underloaded: '#2166ac',
});

import type { Locale } from '../i18n/locale.ts';
import { countText, translate } from '../i18n/translate.ts';
import { formatNumber } from '../i18n/format-number.ts';

/** Worst-load figures of one set of unit x fields, the same in every output of a plan. */
export interface LoadFigures {
  /**
   * Worst load (required / staff) over every unit x field with work, including those no move can reach:
   * Infinity when some have work and no staff; null when no unit x field has work.
   */
  worstLoad: number | null;
  /** Unit x fields with work and no staff (each of infinite load). */
  unstaffedCells: number;
  /** Worst load over the unit x fields with work and staff (finite); null when there are none. */
  worstLoadStaffed: number | null;
  /** Worst load over the unit x fields a move can reach (the optimiser's stage 1); null when none. */
  worstLoadReachable: number | null;
  /** Unit x fields a move can reach. */
  reachableCells: number;
}

/** One unit x field as the figures read it. */
export interface LoadCell {
  required: number;
  staff: number;
  /** A move of the plan's problem can reach it (it has a candidate arc). */
  reachable?: boolean;
}

/**
 * The worst-load figures of a plan's unit x fields: province-wide (or nation-wide) over all of them, with the
 * count of those with work and no staff, and over the ones a move can reach. Every output of a plan (CLI
 * table, CSV summary, JSON, workbook, HTML report, notebook) prints these, so they always agree.
 *
 * @example
 * loadFigures([{ required: 2, staff: 1, reachable: true }, { required: 1, staff: 0 }, { required: 3, staff: 2 }]);
 * // { worstLoad: Infinity, unstaffedCells: 1, worstLoadStaffed: 2, worstLoadReachable: 2, reachableCells: 1 }
 */
export function loadFigures(cells: Iterable<LoadCell>): LoadFigures {
  let unstaffed = 0;
  let staffed: number | null = null;
  let reachable: number | null = null;
  let reachableCells = 0;
  for (const c of cells) {
    if (c.reachable) reachableCells++;
    if (!(c.required > 0)) continue;
    const load = c.staff > 0 ? c.required / c.staff : Infinity;
    if (load === Infinity) unstaffed++;
    else staffed = Math.max(staffed ?? 0, load);
    if (c.reachable) reachable = Math.max(reachable ?? 0, load);
  }
  return {
    worstLoad: unstaffed > 0 ? Infinity : staffed,
    unstaffedCells: unstaffed,
    worstLoadStaffed: staffed,
    worstLoadReachable: reachable,
    reachableCells,
  };
}

/** Plain-language labels of the two headline figures, used as row or column names in every output. */
export const LOAD_FIGURE_LABELS = Object.freeze({
  all: 'Worst load, all unit × fields (required ÷ staff)',
  reachable: 'Worst load, unit × fields a move can reach',
});

/**
 * A worst-load figure in words: the number with two decimals, "∞ (N with work and no staff; worst staffed X)"
 * when some unit x fields have work and no staff, "–" when there is none.
 *
 * @example
 * formatWorstLoad(loadFigures([{ required: 1, staff: 0 }, { required: 3, staff: 2 }]), 'all'); // '∞ (1 unit × field with work and no staff; worst staffed 1.50)'
 */
export function formatWorstLoad(f: LoadFigures, which: 'all' | 'reachable', locale: Locale = 'en'): string {
  const two = (x: number) => formatNumber(x, locale, 2);
  if (which === 'reachable') {
    if (f.worstLoadReachable === null) return translate(locale, 'load.noReachable');
    return f.worstLoadReachable === Infinity ? translate(locale, 'load.workNoStaff') : two(f.worstLoadReachable);
  }
  if (f.worstLoad === null) return translate(locale, 'load.noWork');
  if (f.worstLoad !== Infinity) return two(f.worstLoad);
  const worst = f.worstLoadStaffed !== null ? translate(locale, 'load.worstStaffed', { value: two(f.worstLoadStaffed) }) : '';
  return translate(locale, 'load.unstaffed', { cells: countText(locale, f.unstaffedCells, 'unstaffedCell'), worst });
}

import { dataNote, localDataNote, translate, type DatasetMeta, type Locale } from '@canbang/core';

/** Marker put after a unit whose figures rest on a flagged (doubtful or imputed) population. */
export const FLAG_MARK = '*';

/**
 * The data note as the first lines of a text output: `NOTE: ...` (real / derived / synthetic), or "" for
 * observed data without a note.
 *
 * @example
 * noteLine(loadVietNam().meta); // 'NOTE: REAL: unit registry (...). DERIVED: terrain (...). SYNTHETIC: ...\n'
 */
export function noteLine(meta: DatasetMeta, locale: Locale = 'en'): string {
  const note = localDataNote(meta, locale);
  return note === '' ? '' : translate(locale, 'common.note', { note }) + '\n';
}

/**
 * The "about" rows a workbook carries for its dataset: name, synthetic yes/no, the data note and the source.
 *
 * @example
 * aboutDatasetRows(loadVietNam().meta)[2]; // { item: 'data note', value: 'REAL: ...' }
 */
export function aboutDatasetRows(meta: DatasetMeta): { item: string; value: string }[] {
  return [
    { item: 'dataset', value: meta.name },
    { item: 'synthetic', value: meta.synthetic ? 'yes: SYNTHETIC workload and headcount' : 'no' },
    { item: 'data note', value: dataNote(meta) },
    { item: 'source', value: meta.source },
    { item: 'pop_flag', value: 'column pop_flag: a doubtful or imputed population figure that the unit\'s norm quota (and synthetic workload) rest on' },
  ];
}

/**
 * Name with the {@link FLAG_MARK} when the unit's population is flagged.
 *
 * @example
 * flaggedName({ unit_code: '06517', name: 'Xã Quan Sơn' }, flags); // 'Xã Quan Sơn*'
 */
export function flaggedName(unit: { unit_code: string; name: string }, flags: ReadonlyMap<string, string>): string {
  return flags.has(unit.unit_code) ? `${unit.name}${FLAG_MARK}` : unit.name;
}

/**
 * Footnote under a text table listing the flagged units among `codes`, or "" when none is flagged.
 *
 * @example
 * flagFootnote(['06517', '00004'], flags); // '* population flagged, figures resting on it are doubtful: 06517 imputed(...)\n'
 */
export function flagFootnote(codes: readonly string[], flags: ReadonlyMap<string, string>, locale: Locale = 'en'): string {
  const flagged = [...new Set(codes)].filter((code) => flags.has(code));
  if (flagged.length === 0) return '';
  return translate(locale, 'common.flaggedFootnote', { mark: FLAG_MARK, list: flagged.map((code) => `${code} ${flags.get(code)}`).join('; ') }) + '\n';
}

import { dataNote, datasetName, datasetSource, localDataNote, translate, type DatasetMeta, type Locale, type MessageKey } from '@canbang/core';

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
 * The "about" rows a workbook carries for its dataset: name, synthetic yes/no, the data note and the source, in
 * `locale` (the dataset's own Vietnamese name, note and source when it has them).
 *
 * @example
 * aboutDatasetRows(loadVietNam().meta)[2]; // { item: 'data note', value: 'REAL: ...' }
 */
export function aboutDatasetRows(meta: DatasetMeta, locale: Locale = 'en'): { item: string; value: string }[] {
  const tr = (key: MessageKey) => translate(locale, key);
  return [
    { item: tr('about.dataset'), value: datasetName(meta, locale) },
    { item: tr('about.synthetic'), value: tr(meta.synthetic ? 'about.syntheticYes' : 'common.no') },
    { item: tr('about.dataNote'), value: locale === 'en' ? dataNote(meta) : localDataNote(meta, locale) },
    { item: tr('about.source'), value: datasetSource(meta, locale) },
    { item: 'pop_flag', value: tr('about.popFlag') },
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

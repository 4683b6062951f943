import type { DatasetMeta } from '../model/types.ts';
import { dataNote } from '../model/data-note.ts';
import type { Locale } from './locale.ts';
import { translate } from './translate.ts';

/**
 * The data note in the reader's language: `meta.noteVi` in Vietnamese when the dataset has one, the
 * catalogue's generic SYNTHETIC note for synthetic data without a note, else the dataset's own note
 * (a planner's own words are shown as written).
 *
 * @example
 * localDataNote(loadVietNam().meta, 'vi'); // 'THẬT: danh mục đơn vị hành chính (...). SUY RA: ... GIẢ LẬP: ...'
 */
export function localDataNote(meta: DatasetMeta, locale: Locale): string {
  if (locale === 'vi' && meta.noteVi !== undefined && meta.noteVi.trim() !== '') return meta.noteVi;
  if (locale === 'vi' && (meta.note === undefined || meta.note.trim() === '') && meta.synthetic) return translate(locale, 'common.genericSyntheticNote');
  return dataNote(meta);
}

/**
 * The dataset's name in the reader's language (`meta.nameVi` in Vietnamese when there is one).
 *
 * @example
 * datasetName(loadVietNam().meta, 'vi'); // 'Việt Nam 2025 (...)'
 */
export function datasetName(meta: DatasetMeta, locale: Locale): string {
  return locale === 'vi' && meta.nameVi !== undefined && meta.nameVi.trim() !== '' ? meta.nameVi : meta.name;
}

/**
 * Where the dataset came from, in the reader's language (`meta.sourceVi` in Vietnamese when there is one).
 *
 * @example
 * datasetSource(loadVietNam().meta, 'vi'); // 'Đơn vị, mã, tên và tỉnh, thành phố: Công văn 1027/CTK-CSCL ...'
 */
export function datasetSource(meta: DatasetMeta, locale: Locale): string {
  return locale === 'vi' && meta.sourceVi !== undefined && meta.sourceVi.trim() !== '' ? meta.sourceVi : meta.source;
}

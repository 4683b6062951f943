import type { DatasetMeta } from './types.ts';

/** The note outputs show for synthetic data that carries no note of its own. */
export const GENERIC_SYNTHETIC_NOTE = 'SYNTHETIC workload/headcount data (calibrated to published figures), not observations.';

/**
 * The data note every output shows (CLI tables, workbook "about" sheets, the HTML report, notebooks):
 * the dataset's own `meta.note` (what is real, derived, synthetic), else a generic SYNTHETIC note for
 * synthetic data, else "" (observed data needs no note).
 *
 * @example
 * dataNote(loadVietNam().meta); // 'REAL: unit registry (...). DERIVED: terrain (...). SYNTHETIC: headcount and workload (...).'
 * dataNote({ ...meta, synthetic: false, note: undefined }); // ''
 */
export function dataNote(meta: DatasetMeta): string {
  if (meta.note !== undefined && meta.note.trim() !== '') return meta.note;
  return meta.synthetic ? GENERIC_SYNTHETIC_NOTE : '';
}

import { readFileSync } from 'node:fs';
import { dataFileUrl } from './csv.ts';

/** What is real, derived and synthetic in the built-in dataset (`data/data-note.json`, the one source of the wording). */
export interface VnDataNote {
  real: string;
  derived: string;
  synthetic: string;
}

/**
 * The data note of the built-in Viet Nam dataset, read from `data/data-note.json` (the notebooks' footer
 * reads the same file): registry, population, area, location and boundaries REAL; terrain DERIVED;
 * headcount and workload SYNTHETIC.
 *
 * @example
 * vnDataNoteParts().derived; // 'terrain (island from the island flag; mountain by population density ...'
 */
export function vnDataNoteParts(): VnDataNote {
  return JSON.parse(readFileSync(dataFileUrl('data-note.json'), 'utf8')) as VnDataNote;
}

/**
 * The data note as one line, as `meta.note` carries it into every output.
 *
 * @example
 * vnDataNote(); // 'REAL: unit registry (...); DERIVED: terrain (...); SYNTHETIC: headcount and workload (...).'
 */
export function vnDataNote(): string {
  const { real, derived, synthetic } = vnDataNoteParts();
  return `REAL: ${real}. DERIVED: ${derived}. SYNTHETIC: ${synthetic}.`;
}

/** The Vietnamese data note of the built-in dataset (`data/data-note.vi.json`), with the dataset's Vietnamese name. */
export interface VnDataNoteVi extends VnDataNote {
  name: string;
}

/**
 * The data note in Vietnamese as one line, as `meta.noteVi` carries it into Vietnamese outputs:
 * THẬT (real), SUY RA (derived), GIẢ LẬP (synthetic), the same three parts as {@link vnDataNote}.
 *
 * @example
 * vnDataNoteVi(); // 'THẬT: danh mục đơn vị hành chính (...). SUY RA: địa hình (...). GIẢ LẬP: biên chế và khối lượng công việc (...).'
 */
export function vnDataNoteVi(): string {
  const { real, derived, synthetic } = vnDataNotePartsVi();
  return `THẬT: ${real}. SUY RA: ${derived}. GIẢ LẬP: ${synthetic}.`;
}

/**
 * The Vietnamese parts and name, read from `data/data-note.vi.json`.
 *
 * @example
 * vnDataNotePartsVi().name; // 'Việt Nam 2025 (...)'
 */
export function vnDataNotePartsVi(): VnDataNoteVi {
  return JSON.parse(readFileSync(dataFileUrl('data-note.vi.json'), 'utf8')) as VnDataNoteVi;
}

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

// Breaks core-imports-no-other-package (and crosses packages by a relative path).
import { readRows } from '../../io/src/index.js';
import { first } from './first.js';

export const rows = readRows().map(first);

// Breaks no-deep-import-across-packages: core's first.js is not core's public entry (src/index.ts).
import { first } from '../../core/src/first.js';
// Breaks src-imports-no-test-code.
import { sampleRows } from '../test/sample-rows.js';
// Breaks no-unresolvable-import.
import { missing } from './no-such-file.js';

export const readRows = () => sampleRows.map(first).concat(missing);

// first.js <-> second.js: breaks no-circular.
import { second } from './second.js';

export const first = (row) => second(row)[0];

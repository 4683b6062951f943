import { first } from './first.js';

export const second = (row) => (Array.isArray(row) ? row : [first([row])]);

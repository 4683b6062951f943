// Run by `pnpm build` after the TypeScript build: writes dist/vietnam-snapshot/ (see src/built-in-snapshot.ts).
import { generateAndValidate } from '../dist/load.js';
import { writeBuiltInSnapshot } from '../dist/built-in-snapshot.js';

const folder = writeBuiltInSnapshot(generateAndValidate());
console.log(`wrote the built-in dataset snapshot to ${folder}`);

import { CanbangInputError } from '@canbang/core';
import type { ReadLimits } from './limits.ts';

/**
 * Refuses a file of `size` bytes that is empty or larger than `limits.maxFileBytes`; the same rule whether
 * the bytes come from disk (checked before reading) or from a file picked in a browser.
 * @example
 * checkFileSize(0, 'units.csv', DEFAULT_READ_LIMITS); // throws: units.csv: got an empty file (0 bytes) ...
 */
export function checkFileSize(size: number, source: string, limits: ReadLimits): void {
  if (size > limits.maxFileBytes) {
    throw new CanbangInputError({
      source,
      value: `${size} bytes`,
      expected: `a file of at most ${limits.maxFileBytes} bytes (limits.maxFileBytes; raise it to read bigger files)`,
    });
  }
  if (size === 0) throw new CanbangInputError({ source, value: 'an empty file (0 bytes)', expected: 'a header row naming the columns' });
}

import { CanbangInputError } from '@canbang/core';

/** The CanbangInputError `fn` throws; any other error is rethrown, and no error fails the test. */
export function inputErrorOf(fn: () => unknown): CanbangInputError {
  try {
    fn();
  } catch (error) {
    if (error instanceof CanbangInputError) return error;
    throw error;
  }
  throw new Error('expected a CanbangInputError, got none');
}

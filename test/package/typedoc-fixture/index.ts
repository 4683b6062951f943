/**
 * A module for the API-reference check: one export documented, one deliberately not.
 * @module
 */

/** Documented. */
export const documented = 1;

export const undocumentedExport = 2;

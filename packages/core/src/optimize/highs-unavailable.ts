/**
 * Stands in for the `highs` package in the browser bundle: its WASM build expects Node or a served .wasm
 * file. `solveWithHighs` catches this error and returns status 'error' with this message, so a page that asks
 * for HiGHS shows why instead of breaking; the default flow solver and javascript-lp-solver need no WASM.
 * @example
 * await highsUnavailable(); // rejects
 */
export default function highsUnavailable(): Promise<never> {
  return Promise.reject(new Error('HiGHS (WASM) is not bundled for the browser; use the flow or lpsolve solver'));
}

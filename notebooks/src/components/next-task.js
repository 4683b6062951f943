// Lets the browser breathe between heavy cells: when the dataset arrives every cell that needs it is ready
// at once, and the Observable runtime would draw all their charts in one main-thread task (~300 ms on the
// Overview). A chart cell that first awaits nextTask() is drawn in a task of its own.

/**
 * Resolves in a new macrotask (after the browser has had the chance to handle input and paint).
 * @example
 * await nextTask();
 * const chart = Plot.plot({...});
 */
export function nextTask() {
  return new Promise((resolve) => setTimeout(resolve, 0));
}

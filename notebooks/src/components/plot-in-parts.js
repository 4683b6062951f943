// A chart of thousands of marks drawn over several main-thread tasks. One Plot.plot call for the 3,321 unit
// shapes of the national map blocked the page for ~650 ms, and the 3,321-dot scatter for ~150 ms plus layout:
// the page could not answer a click meanwhile. The data of the big mark are drawn in parts, one task each,
// every part with the same options (so the same scales and projection) and its marks moved into the first
// part's layer, so the finished chart is the one a single Plot.plot call would draw.
import * as Plot from "@observablehq/plot";
import {nextTask} from "./next-task.js";

// Marks per task: well under the 200 ms budget on a loaded machine (~25 ms per 100 shapes or dots on an idle machine).
const PART_SIZE = 250;

const noLegend = (scale) => (scale && typeof scale === "object" ? {...scale, legend: false} : scale);

/**
 * Plot.plot(options) whose marks are `before`, then `mark(data)` (its `ariaDescription` must be
 * `description`), then `after`; `mark` is called on parts of `data` drawn in separate tasks. Every scale in
 * `options` that a part uses must have a fixed domain (a part sees only its own data). Resolves to the chart.
 * @example
 * const chart = await plotInParts({width, x: {domain: [0, 10]}, y: {domain: [0, 10]}}, {
 *   data: points, description: "points", mark: (part) => Plot.dot(part, {x: "x", y: "y", ariaDescription: "points"})
 * });
 */
export async function plotInParts(options, {data, mark, description, before = [], after = [], size = PART_SIZE}) {
  const chart = Plot.plot({...options, marks: [...before, mark(data.slice(0, size)), ...after]});
  const layer = chart.querySelector(`g[aria-description="${description}"]`);
  const partOptions = {...options, color: noLegend(options.color), symbol: noLegend(options.symbol), r: noLegend(options.r)};
  for (let start = size; layer && start < data.length; start += size) {
    await nextTask();
    const part = Plot.plot({...partOptions, marks: [mark(data.slice(start, start + size))]});
    layer.append(...part.querySelector(`g[aria-description="${description}"]`).children);
  }
  return chart;
}

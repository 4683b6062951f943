import * as vega from 'vega';
import { compile, type TopLevelSpec } from 'vega-lite';

/**
 * A vega loader that refuses every URL. Report charts carry their data inline; if a spec ever
 * names a URL (data, image, font), rendering fails loudly instead of quietly reaching the network.
 *
 * @example
 * new vega.View(vega.parse(spec), { renderer: 'none', loader: offlineLoader() });
 */
export function offlineLoader(): vega.Loader {
  const refuse = (what: string) => async (uri: string): Promise<never> => {
    throw new Error(`renderVegaLite: refused to ${what} "${uri}"; report charts must carry their data inline (offline)`);
  };
  return { load: refuse('load'), sanitize: refuse('load'), http: refuse('fetch'), file: refuse('read file') };
}

/**
 * Compiles a Vega-Lite spec and renders it to an SVG string in Node (no browser, no canvas, no
 * network: the view runs with renderer 'none' and an {@link offlineLoader}).
 * Vega warnings are turned into errors so a broken chart never ends up silently empty.
 *
 * @example
 * const svg = await renderVegaLite({
 *   data: { values: [{ x: 'a', y: 1 }] },
 *   mark: 'bar',
 *   encoding: { x: { field: 'x', type: 'nominal' }, y: { field: 'y', type: 'quantitative' } },
 * });
 * svg.startsWith('<svg'); // true
 */
export async function renderVegaLite(spec: TopLevelSpec): Promise<string> {
  const warnings: string[] = [];
  const logger = {
    level: (_?: number) => logger,
    error: (...args: readonly unknown[]) => {
      throw new Error(`renderVegaLite: ${args.map(String).join(' ')}`);
    },
    warn: (...args: readonly unknown[]) => {
      warnings.push(args.map(String).join(' '));
      return logger;
    },
    info: () => logger,
    debug: () => logger,
  };
  const compiled = compile(spec, { logger: logger as never }).spec;
  const view = new vega.View(vega.parse(compiled), { renderer: 'none', loader: offlineLoader(), logger: logger as never });
  try {
    const svg = await view.toSVG();
    if (warnings.length > 0) throw new Error(`renderVegaLite: ${warnings.join('; ')}`);
    return svg;
  } finally {
    view.finalize();
  }
}

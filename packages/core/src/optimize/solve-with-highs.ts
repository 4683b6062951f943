import { DEFAULT_TRANSFER_OPTIONS, type Model, type SolveResult } from './types.ts';

/** Options of the HiGHS adapter. */
export interface HighsOptions {
  /** Time limit in ms; default 60 000. */
  timeLimitMs?: number;
}

type HighsInstance = { solve(problem: string, options?: Record<string, unknown>): HighsRaw };
type HighsRaw = { Status: string; ObjectiveValue: number; Columns: Record<string, { Primal?: number }> };

let loading: Promise<HighsInstance> | undefined;

// The WASM module is loaded once per process (`#highs` is the `highs` package, or a stub in browser bundles:
// see package.json "imports"); every solve() creates a fresh native solver, so no state leaks.
function loadHighs(): Promise<HighsInstance> {
  loading ??= import('#highs').then((m) => (m.default as unknown as () => Promise<HighsInstance>)());
  return loading;
}

/**
 * Solves a {@link Model} with HiGHS (WASM build of the Edinburgh MILP solver, `highs` package) through CPLEX
 * LP text. Never throws: load errors, infeasibility and limits come back as a status.
 *
 * @example
 * const r = await solveWithHighs(formulate(problem, { stage: 1 }));
 * r.status; // 'optimal'
 */
export async function solveWithHighs(model: Model, options: HighsOptions = {}): Promise<SolveResult> {
  const start = performance.now();
  try {
    const highs = await loadHighs();
    const lp = toLpText(model);
    const raw = highs.solve(lp, {
      output_flag: false,
      time_limit: (options.timeLimitMs ?? DEFAULT_TRANSFER_OPTIONS.timeLimitMs) / 1000,
      mip_rel_gap: 0,
      mip_abs_gap: 1e-9,
    });
    const timeMs = performance.now() - start;
    const values: Record<string, number> = {};
    for (const v of model.variables) {
      const x = raw.Columns?.[v.name]?.Primal;
      if (typeof x === 'number' && x !== 0) values[v.name] = v.integer ? Math.round(x) : x;
    }
    switch (raw.Status) {
      case 'Optimal':
        return { status: 'optimal', objective: raw.ObjectiveValue, values, timeMs };
      case 'Infeasible':
        return { status: 'infeasible', objective: NaN, values: {}, timeMs, explanation: 'HiGHS proved the model infeasible' };
      case 'Unbounded':
      case 'Primal infeasible or unbounded':
        return { status: 'unbounded', objective: NaN, values: {}, timeMs, explanation: `HiGHS: ${raw.Status}` };
      case 'Time limit reached':
      case 'Iteration limit reached':
        return { status: 'timeout', objective: raw.ObjectiveValue, values, timeMs, explanation: `HiGHS: ${raw.Status}` };
      default:
        return { status: 'error', objective: NaN, values: {}, timeMs, explanation: `HiGHS: ${raw.Status}` };
    }
  } catch (error) {
    return { status: 'error', objective: NaN, values: {}, timeMs: performance.now() - start, explanation: `HiGHS failed: ${(error as Error).message}` };
  }
}

// CPLEX LP format. Numbers are written with full precision; rows with two sides become two rows.
function toLpText(model: Model): string {
  const num = (x: number) => (Number.isInteger(x) ? String(x) : x.toPrecision(17));
  const expr = (terms: Record<string, number>) => {
    const parts: string[] = [];
    for (const [name, c] of Object.entries(terms)) {
      if (c === 0) continue;
      parts.push(`${c < 0 ? '-' : '+'} ${num(Math.abs(c))} ${name}`);
    }
    return parts.length ? parts.join(' ') : `0 ${model.variables[0]?.name ?? 'x'}`;
  };
  const lines: string[] = [model.sense === 'max' ? 'Maximize' : 'Minimize', ` obj: ${expr(model.objective)}`, 'Subject To'];
  for (const c of model.constraints) {
    if (c.lower !== null && c.upper !== null && c.lower === c.upper) lines.push(` ${c.name}: ${expr(c.terms)} = ${num(c.upper)}`);
    else {
      if (c.lower !== null) lines.push(` ${c.name}${c.upper !== null ? '_lo' : ''}: ${expr(c.terms)} >= ${num(c.lower)}`);
      if (c.upper !== null) lines.push(` ${c.name}${c.lower !== null ? '_up' : ''}: ${expr(c.terms)} <= ${num(c.upper)}`);
    }
  }
  lines.push('Bounds');
  for (const v of model.variables) lines.push(` ${num(v.lower)} <= ${v.name} <= ${v.upper === null ? '+inf' : num(v.upper)}`);
  const ints = model.variables.filter((v) => v.integer).map((v) => v.name);
  if (ints.length) lines.push('General', ` ${ints.join(' ')}`);
  lines.push('End');
  return lines.join('\n');
}

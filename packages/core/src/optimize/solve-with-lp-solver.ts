import lpModule from 'javascript-lp-solver';

// The package ships ESM at runtime but CommonJS-style typings: take `.default` when the typings wrap it.
type LpApi = { Solve(model: unknown): unknown };
const solver = ((lpModule as unknown as { default?: LpApi }).default ?? lpModule) as unknown as LpApi;
import { DEFAULT_TRANSFER_OPTIONS, type Model, type SolveResult } from './types.ts';

/** Options of the javascript-lp-solver adapter. */
export interface LpSolverOptions {
  /** Branch-and-cut time limit in ms; default 60 000. */
  timeLimitMs?: number;
}

/**
 * Solves a {@link Model} with javascript-lp-solver (pure JS simplex + branch and cut). Never throws: errors
 * and limits come back as a status. Variable bounds become constraints (the library has no bounds).
 *
 * @example
 * const r = solveWithLpSolver(formulate(problem, { stage: 1 }));
 * if (r.status === 'optimal') console.log(r.objective, r.values.t);
 */
export function solveWithLpSolver(model: Model, options: LpSolverOptions = {}): SolveResult {
  const start = performance.now();
  const timeLimitMs = options.timeLimitMs ?? DEFAULT_TRANSFER_OPTIONS.timeLimitMs;
  try {
    const constraints: Record<string, { min?: number; max?: number }> = {};
    const variables: Record<string, Record<string, number>> = {};
    const ints: Record<string, 1> = {};
    for (const v of model.variables) {
      variables[v.name] = { __obj: model.objective[v.name] ?? 0 };
      if (v.integer) ints[v.name] = 1;
      if (v.lower > 0 || v.upper !== null) {
        const name = `__bound_${v.name}`;
        constraints[name] = {};
        if (v.lower > 0) constraints[name]!.min = v.lower;
        if (v.upper !== null) constraints[name]!.max = v.upper;
        variables[v.name]![name] = 1;
      }
    }
    for (const c of model.constraints) {
      const bound: { min?: number; max?: number } = {};
      if (c.lower !== null) bound.min = c.lower;
      if (c.upper !== null) bound.max = c.upper;
      constraints[c.name] = bound;
      for (const [name, coef] of Object.entries(c.terms)) {
        const v = variables[name];
        if (!v) return fail(start, 'error', `constraint ${c.name} uses undeclared variable ${name}`);
        v[c.name] = coef;
      }
    }
    const result = solver.Solve({
      optimize: '__obj',
      opType: model.sense,
      constraints,
      variables,
      ints,
      options: { timeout: timeLimitMs, tolerance: 0 },
    }) as { feasible: boolean; bounded?: boolean; result: number; [k: string]: unknown };
    const timeMs = performance.now() - start;
    // At the time limit the library returns its incumbent, or feasible: false when it has none yet.
    if (timeMs >= timeLimitMs && !result.feasible) return { status: 'timeout', objective: NaN, values: {}, timeMs, explanation: `time limit ${timeLimitMs} ms reached without a feasible solution` };
    if (!result.feasible) return { status: 'infeasible', objective: NaN, values: {}, timeMs, explanation: 'javascript-lp-solver found no feasible solution' };
    if (result.bounded === false) return { status: 'unbounded', objective: NaN, values: {}, timeMs, explanation: 'javascript-lp-solver reports the objective unbounded' };
    const values: Record<string, number> = {};
    for (const v of model.variables) {
      const x = result[v.name];
      if (typeof x === 'number' && x !== 0) values[v.name] = v.integer ? Math.round(x) : x;
    }
    // The library stops branch and cut at the time limit and returns its incumbent.
    const status = timeMs >= timeLimitMs ? 'timeout' : 'optimal';
    const objective = Object.entries(model.objective).reduce((s, [name, c]) => s + c * (values[name] ?? 0), 0);
    return { status, objective, values, timeMs, ...(status === 'timeout' ? { explanation: `time limit ${timeLimitMs} ms reached` } : {}) };
  } catch (error) {
    return fail(start, 'error', `javascript-lp-solver failed: ${(error as Error).message}`);
  }
}

function fail(start: number, status: SolveResult['status'], explanation: string): SolveResult {
  return { status, objective: NaN, values: {}, timeMs: performance.now() - start, explanation };
}

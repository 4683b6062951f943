import { evaluateTransfers } from './evaluate-transfers.ts';
import { formulate } from './formulate.ts';
import { resolveTransferOptions } from './plan-options.ts';
import { solveWithHighs } from './solve-with-highs.ts';
import { solveWithLpSolver } from './solve-with-lp-solver.ts';
import { solveWithMinCostFlow } from './solve-with-min-cost-flow.ts';
import { type BlockSolution, type Model, type SolveResult, type SolverName, type TransferOptions, type TransferProblem } from './types.ts';

/** A model-level solver adapter: what `solveWithHighs` and `solveWithLpSolver` implement. */
export type ModelSolver = (model: Model, options: { timeLimitMs?: number }) => SolveResult | Promise<SolveResult>;

/**
 * The model-level backends by name.
 *
 * @example
 * const result = await MODEL_SOLVERS.highs(formulate(problem, { stage: 1 }), { timeLimitMs: 10_000 });
 */
export const MODEL_SOLVERS: Readonly<Record<Exclude<SolverName, 'flow'>, ModelSolver>> = Object.freeze({
  highs: solveWithHighs,
  lpsolve: solveWithLpSolver,
});

/**
 * Solves one transfer problem with the chosen backend. Lexicographic mode (default) solves stage 1
 * (max min ratio), then stage 2 (min shortage) holding stage 1, then stage 3 (min staff x km) holding both;
 * the 'flow' backend does all three exactly in one pass. Weighted mode solves one weighted model (LP backends).
 * Never throws for infeasible, unbounded or timed-out problems: they come back as a status with an explanation.
 *
 * @example
 * const sol = await solveTransferProblem(problem, { solver: 'highs' });
 * sol.status; // 'optimal'
 */
export async function solveTransferProblem(problem: TransferProblem, options: TransferOptions = {}): Promise<BlockSolution> {
  const { mode, timeLimitMs, weights } = resolveTransferOptions(options, { argument: 'solveTransferProblem' });
  const pure = problem.arcs.every((a) => a.efficiency === 1);
  const solver: SolverName = options.solver ?? (pure && mode === 'lexicographic' ? 'flow' : 'highs');
  if (solver === 'flow') {
    if (mode === 'weighted') return errorSolution(problem, 'flow', 'the weighted mode needs an LP solver (highs or lpsolve); the flow solver is lexicographic');
    return solveWithMinCostFlow(problem);
  }
  const start = performance.now();
  const run = MODEL_SOLVERS[solver];
  const zero = new Array<number>(problem.arcs.length).fill(0);
  const done = (status: BlockSolution['status'], flows: number[], explanation?: string): BlockSolution => ({
    key: problem.key,
    status,
    solver,
    flows,
    objectives: evaluateTransfers(problem, flows),
    proven: status === 'optimal',
    timeMs: performance.now() - start,
    ...(explanation !== undefined ? { explanation } : {}),
  });
  if (problem.infeasibleReason) return done('infeasible', zero, problem.infeasibleReason);
  if (problem.reachable.length === 0) return done('optimal', zero);

  const explainFailure = (r: SolveResult, stage: string) => {
    let why = `${stage}: ${r.explanation ?? r.status}`;
    if (r.status === 'infeasible' && pure) {
      const flow = solveWithMinCostFlow(problem, { certify: false });
      if (flow.explanation) why += `; ${flow.explanation}`;
    }
    return why;
  };
  const flowsOf = (r: SolveResult) => problem.arcs.map((_, k) => Math.round(r.values[`x${k}`] ?? 0));

  if (mode === 'weighted') {
    const r = await run(formulate(problem, { stage: 'weighted', weights }), { timeLimitMs });
    if (r.status !== 'optimal') return done(r.status, r.status === 'timeout' ? flowsOf(r) : zero, explainFailure(r, 'weighted model'));
    return done('optimal', flowsOf(r));
  }
  const s1 = await run(formulate(problem, { stage: 1 }), { timeLimitMs });
  if (s1.status !== 'optimal') return done(s1.status, zero, explainFailure(s1, 'stage 1 (worst load)'));
  const minRatio = s1.values.t ?? 0;
  const s2 = await run(formulate(problem, { stage: 2, minRatio }), { timeLimitMs });
  if (s2.status !== 'optimal') return done(s2.status, zero, explainFailure(s2, 'stage 2 (shortage)'));
  const s3 = await run(formulate(problem, { stage: 3, minRatio, shortage: s2.objective }), { timeLimitMs });
  if (s3.status !== 'optimal') return done(s3.status, s3.status === 'timeout' ? flowsOf(s3) : zero, explainFailure(s3, 'stage 3 (distance)'));
  return done('optimal', flowsOf(s3));
}

function errorSolution(problem: TransferProblem, solver: SolverName, explanation: string): BlockSolution {
  const flows = new Array<number>(problem.arcs.length).fill(0);
  return { key: problem.key, status: 'error', explanation, solver, flows, objectives: evaluateTransfers(problem, flows), proven: false, timeMs: 0 };
}

import { donorSpare } from './donor-spare.ts';
import { reachableNodes } from './transfer-node.ts';
import { DEFAULT_TRANSFER_OPTIONS, type Model, type ModelConstraint, type ModelVariable, type TransferProblem } from './types.ts';

/** Which objective `formulate` builds, and the optima of earlier stages to hold (lexicographic mode). */
export interface FormulateOptions {
  /** 1: max min ratio; 2: min shortage; 3: min staff x km; 'weighted': one weighted objective. */
  stage: 1 | 2 | 3 | 'weighted';
  /** Stage-1 optimum to keep (stages 2, 3). */
  minRatio?: number;
  /** Stage-2 optimum to keep (stage 3), as the model's shortage sum (changeable nodes only). */
  shortage?: number;
  weights?: { minRatio: number; shortage: number; staffKm: number };
  /** Slack allowed on fixed earlier optima; default 1e-6. */
  tolerance?: number;
}

/**
 * Indices of nodes that have at least one arc: the only ones a plan can change (stage 1 is taken over them).
 *
 * @example
 * changeableNodes(problem).map((i) => problem.nodes[i].unit_code);
 */
export function changeableNodes(problem: Pick<TransferProblem, 'arcs'>): number[] {
  return reachableNodes(problem.arcs);
}

/**
 * Builds the mixed-integer model of one transfer problem as plain data. Variables: `x<a>` integer staff moved
 * on arc a, `t` the minimum staff-after / required over changeable nodes, `s<i>` the shortage of node i.
 * Constraints: `bal<i>`: staff_i + in_i - out_i >= t x required_i (donors included: a donor's own ratio
 * bounds t); `give<i>` / `take<i>` the WISN+POA rule (relaxed: donors keep their last officer, `donorKeeps`); `uout<u>` / `uin<u>` per-unit move limits; `budget`; `sh<i>`:
 * s_i >= required_i - staff after. Stage k holds the optima of earlier stages within `tolerance`.
 *
 * @example
 * const model = formulate(problem, { stage: 1 });
 * JSON.stringify(model); // serialisable; solve with solveWithHighs(model) or solveWithLpSolver(model)
 */
export function formulate(problem: TransferProblem, options: FormulateOptions): Model {
  const tol = options.tolerance ?? 1e-6;
  const nodes = problem.nodes;
  const changeable = problem.reachable;
  const outArcs = new Map<number, number[]>();
  const inArcs = new Map<number, number[]>();
  problem.arcs.forEach((a, k) => {
    (outArcs.get(a.from) ?? outArcs.set(a.from, []).get(a.from)!).push(k);
    (inArcs.get(a.to) ?? inArcs.set(a.to, []).get(a.to)!).push(k);
  });

  const variables: ModelVariable[] = problem.arcs.map((a, k) => ({
    name: `x${k}`,
    lower: 0,
    upper: arcUpper(problem, a.from, a.to, a.efficiency),
    integer: true,
  }));
  const tLower = Math.max(0, problem.minRatio ?? 0, options.stage !== 1 && options.stage !== 'weighted' ? (options.minRatio ?? 0) - tol : 0);
  variables.push({ name: 't', lower: tLower, upper: null, integer: false });
  for (const i of changeable) variables.push({ name: `s${i}`, lower: 0, upper: null, integer: false });

  const constraints: ModelConstraint[] = [];
  for (const i of changeable) {
    const n = nodes[i]!;
    const flow: Record<string, number> = {};
    for (const k of inArcs.get(i) ?? []) flow[`x${k}`] = problem.arcs[k]!.efficiency;
    for (const k of outArcs.get(i) ?? []) flow[`x${k}`] = -1;
    // staff + in - out >= t * required
    constraints.push({ name: `bal${i}`, terms: { ...flow, t: -n.required }, lower: -n.staff, upper: null });
    // shortage_i >= required - (staff + in - out)
    constraints.push({ name: `sh${i}`, terms: { ...flow, [`s${i}`]: 1 }, lower: n.required - n.staff, upper: null });
    const outs = outArcs.get(i);
    if (outs) {
      const terms = Object.fromEntries(outs.map((k) => [`x${k}`, 1]));
      // Whole people leave, so the bound can be rounded down: a tighter LP relaxation for branch and bound.
      constraints.push({ name: `give${i}`, terms, lower: null, upper: donorSpare(problem, n) });
    }
    const ins = inArcs.get(i);
    if (ins && problem.keepWithinRequirement) {
      const terms = Object.fromEntries(ins.map((k) => [`x${k}`, problem.arcs[k]!.efficiency]));
      const whole = ins.every((k) => problem.arcs[k]!.efficiency === 1);
      constraints.push({ name: `take${i}`, terms, lower: null, upper: whole ? Math.floor(n.required - n.staff + 1e-9) : n.required - n.staff });
    }
  }
  constraints.push(...limitConstraints(problem, outArcs, inArcs));

  const shortageTerms = Object.fromEntries(changeable.map((i) => [`s${i}`, 1]));
  const kmTerms = Object.fromEntries(problem.arcs.map((a, k) => [`x${k}`, a.km]));
  if (options.stage === 3) {
    if (options.shortage === undefined) throw new RangeError('formulate: stage 3 needs options.shortage (the stage-2 optimum)');
    if (changeable.length) constraints.push({ name: 'hold_shortage', terms: shortageTerms, lower: null, upper: options.shortage + tol });
  }
  const { objective, sense } = stageObjective(options, shortageTerms, kmTerms);
  // Without changeable nodes t has no constraint: cap it so stage 1 is bounded (the value is then unused).
  if (changeable.length === 0) variables.find((v) => v.name === 't')!.upper = Math.max(tLower, 1);
  return { name: `transfer-${problem.key}-stage-${options.stage}`, sense, objective, variables, constraints };
}

// Per-unit move limits (out of / into one unit over its fields) and the block's budget.
function limitConstraints(problem: TransferProblem, outArcs: ReadonlyMap<number, number[]>, inArcs: ReadonlyMap<number, number[]>): ModelConstraint[] {
  const constraints: ModelConstraint[] = [];
  for (const [u, lim] of problem.unitLimits.entries()) {
    const outTerms: Record<string, number> = {};
    const inTerms: Record<string, number> = {};
    for (const i of lim.nodes) {
      for (const k of outArcs.get(i) ?? []) outTerms[`x${k}`] = 1;
      for (const k of inArcs.get(i) ?? []) inTerms[`x${k}`] = 1;
    }
    if (Number.isFinite(lim.maxOut) && Object.keys(outTerms).length) constraints.push({ name: `uout${u}`, terms: outTerms, lower: null, upper: lim.maxOut });
    if (Number.isFinite(lim.maxIn) && Object.keys(inTerms).length) constraints.push({ name: `uin${u}`, terms: inTerms, lower: null, upper: lim.maxIn });
  }
  if (problem.budget !== null && problem.arcs.length) {
    constraints.push({ name: 'budget', terms: Object.fromEntries(problem.arcs.map((_, k) => [`x${k}`, 1])), lower: null, upper: problem.budget });
  }
  return constraints;
}

// The objective of a stage: 1 max t, 2 min shortage, 3 min staff x km, or one weighted sum.
function stageObjective(options: FormulateOptions, shortageTerms: Record<string, number>, kmTerms: Record<string, number>): Pick<Model, 'objective' | 'sense'> {
  if (options.stage === 1) return { objective: { t: 1 }, sense: 'max' };
  if (options.stage === 2) return { objective: shortageTerms, sense: 'min' };
  if (options.stage === 3) return { objective: kmTerms, sense: 'min' };
  const w = options.weights ?? DEFAULT_TRANSFER_OPTIONS.weights;
  const objective: Record<string, number> = { t: w.minRatio };
  for (const [v, c] of Object.entries(shortageTerms)) objective[v] = -c * w.shortage;
  for (const [v, c] of Object.entries(kmTerms)) objective[v] = -c * w.staffKm;
  return { objective, sense: 'max' };
}

// The most staff one arc can carry: limited by what the donor may give and the recipient may take.
function arcUpper(p: TransferProblem, from: number, to: number, eff: number): number {
  const d = p.nodes[from]!;
  const r = p.nodes[to]!;
  const give = donorSpare(p, d);
  const take = p.keepWithinRequirement ? Math.floor((r.required - r.staff) / eff + 1e-9) : Infinity;
  return Math.max(0, Math.min(give, take));
}

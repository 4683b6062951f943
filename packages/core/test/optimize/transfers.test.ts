import { describe, expect, it } from 'vitest';
import {
  buildTransferProblems,
  changeableNodes,
  checkTransfers,
  evaluateTransfers,
  formulate,
  haversineKm,
  solveTransferProblem,
  solveWithHighs,
  solveWithLpSolver,
  solveWithMinCostFlow,
  staffAfter,
  type TransferInput,
  type TransferProblem,
} from '@canbang/core';
import { CLASSIC_RULES, randomInstance } from './random-instances.ts';

const TOL = 1e-6;

// Three units on one meridian: 1 degree of latitude = 6371 x pi / 180 = 111.195 km.
const A = { code: 'A', name: 'Phường Ba Đình', province_code: 'P1', lat: 21.0, lon: 105.0 };
const B = { code: 'B', name: 'Xã Mường Nhé', province_code: 'P1', lat: 21.1, lon: 105.0 };
const C = { code: 'C', name: 'Xã Sìn Hồ', province_code: 'P1', lat: 21.3, lon: 105.0 };
const handInput: TransferInput = {
  units: [A, B, C],
  rows: [
    { unit_code: 'A', field: 'land', staff: 5, required: 2 }, // donor, 3 spare
    { unit_code: 'B', field: 'land', staff: 1, required: 3 }, // recipient, room 2
    { unit_code: 'C', field: 'land', staff: 2, required: 4 }, // recipient, room 2
  ],
};
const kmAB = 0.1 * ((6371 * Math.PI) / 180); // 11.1195 km
const kmAC = 0.3 * ((6371 * Math.PI) / 180); // 33.3585 km

describe('haversineKm', () => {
  it('gives 6371 x pi / 180 km per degree of latitude', () => {
    // Along a meridian the haversine reduces to R x dlat (radians): 6371 x pi / 180 = 111.19492664 km.
    expect(haversineKm({ lat: 10, lon: 106 }, { lat: 11, lon: 106 })).toBeCloseTo(111.19492664, 6);
  });
  it('shrinks east-west distances by cos(latitude) on the equator-symmetric case', () => {
    // Two points at +-0.5 deg latitude on one meridian vs two on the equator 1 deg apart: both 111.195 km.
    expect(haversineKm({ lat: 0, lon: 0 }, { lat: 0, lon: 1 })).toBeCloseTo(111.19492664, 6);
  });
});

describe('transfer plan on a hand-solved instance', () => {
  const [problem] = buildTransferProblems(handInput, CLASSIC_RULES);

  it('builds one donor, two recipients and two arcs at great-circle distance', () => {
    expect(problem!.arcs.map((a) => a.km)).toEqual([Math.round(kmAB * 1000) / 1000, Math.round(kmAC * 1000) / 1000]);
  });

  it.each(['flow', 'highs', 'lpsolve'] as const)('%s finds the hand optimum', async (solver) => {
    // Moves xB to B, xC to C with xB + xC <= 3, xB <= 2, xC <= 2. Min ratio of (1 + xB) / 3, (2 + xC) / 4:
    // (2, 1) -> min(1, 0.75) = 0.75 beats (1, 2) -> min(0.667, 1). Shortage after: B 0, C 4 - 3 = 1.
    const sol = await solveTransferProblem(problem!, { solver });
    expect(sol.status).toBe('optimal');
    expect(sol.objectives.minRatio).toBeCloseTo(0.75, 9);
    expect(sol.objectives.worstLoad).toBeCloseTo(4 / 3, 9);
    expect(sol.objectives.shortage).toBeCloseTo(1, 9);
    // 2 staff x 11.120 km + 1 x 33.359 km (arc km rounded to metres).
    expect(sol.objectives.staffKm).toBeCloseTo(2 * problem!.arcs[0]!.km + problem!.arcs[1]!.km, 9);
    expect(sol.flows).toEqual([2, 1]);
  });

  it('formulate gives a JSON-serialisable model that round-trips', () => {
    const model = formulate(problem!, { stage: 1 });
    expect(JSON.parse(JSON.stringify(model))).toEqual(model);
    // Variables: 2 arcs + t + shortage of 3 changeable nodes.
    expect(model.variables.map((v) => v.name)).toEqual(['x0', 'x1', 't', 's0', 's1', 's2']);
  });

  it('model adapters agree on the stage-1 model directly', async () => {
    const model = formulate(problem!, { stage: 1 });
    const h = await solveWithHighs(model);
    const l = solveWithLpSolver(model);
    // Stage 1 optimum t* = 0.75 (hand computation above).
    expect(h.objective).toBeCloseTo(0.75, 7);
    expect(l.objective).toBeCloseTo(0.75, 7);
  });
});

/** Runs all backends named and returns their solutions. */
async function solveAll(problem: TransferProblem, solvers: readonly ('flow' | 'highs' | 'lpsolve')[]) {
  const out = [];
  for (const solver of solvers) out.push(await solveTransferProblem(problem, { solver, timeLimitMs: 20_000 }));
  return out;
}

describe('backends agree on optimal objective values (seeded random instances)', () => {
  it('flow and HiGHS agree on 40 instances of 8 units x 2 fields', async () => {
    for (let seed = 1; seed <= 40; seed++) {
      const { input, options } = randomInstance(seed);
      const [problem] = buildTransferProblems(input, options);
      const [flow, highs] = await solveAll(problem!, ['flow', 'highs']);
      const ctx = `seed ${seed}`;
      expect(flow!.status, ctx).toBe('optimal');
      expect(highs!.status, ctx).toBe('optimal');
      expect(flow!.proven, ctx).toBe(true);
      expect(flow!.objectives.minRatio, ctx).toBeCloseTo(highs!.objectives.minRatio, 6);
      expect(flow!.objectives.shortage, ctx).toBeCloseTo(highs!.objectives.shortage, 6);
      expect(flow!.objectives.staffKm, ctx).toBeCloseTo(highs!.objectives.staffKm, 3);
    }
  });

  it('javascript-lp-solver agrees with flow on 12 instances of 5 units x 2 fields', async () => {
    for (let seed = 101; seed <= 112; seed++) {
      const { input, options } = randomInstance(seed, { units: 5, fields: 2 });
      const [problem] = buildTransferProblems(input, options);
      const [flow, lp] = await solveAll(problem!, ['flow', 'lpsolve']);
      const ctx = `seed ${seed}`;
      expect(lp!.status, ctx).toBe('optimal');
      expect(flow!.objectives.minRatio, ctx).toBeCloseTo(lp!.objectives.minRatio, 6);
      expect(flow!.objectives.shortage, ctx).toBeCloseTo(lp!.objectives.shortage, 6);
      expect(flow!.objectives.staffKm, ctx).toBeCloseTo(lp!.objectives.staffKm, 3);
    }
  });
});

describe('properties over 150 seeded random instances (flow backend)', () => {
  it('conserves headcount, respects every constraint, never worsens worst load or shortage', async () => {
    for (let seed = 1000; seed < 1150; seed++) {
      const { input, options } = randomInstance(seed, { units: 6 + (seed % 10), fields: 1 + (seed % 3) });
      for (const problem of buildTransferProblems(input, options)) {
        const sol = solveWithMinCostFlow(problem);
        const ctx = `seed ${seed}`;
        expect(sol.status, ctx).toBe('optimal');
        expect(checkTransfers(problem, sol.flows), ctx).toEqual([]);
        const after = staffAfter(problem, sol.flows);
        for (const field of new Set(problem.nodes.map((n) => n.field))) {
          const idx = problem.nodes.flatMap((n, i) => (n.field === field ? [i] : []));
          const before = idx.reduce((s, i) => s + problem.nodes[i]!.staff, 0);
          expect(idx.reduce((s, i) => s + after[i]!, 0), ctx).toBeCloseTo(before, 9);
        }
        const zero = evaluateTransfers(problem, problem.arcs.map(() => 0));
        if (changeableNodes(problem).length) expect(sol.objectives.minRatio, ctx).toBeGreaterThanOrEqual(zero.minRatio - TOL);
        expect(sol.objectives.shortage, ctx).toBeLessThanOrEqual(zero.shortage + TOL);
      }
    }
  });
});

describe('metamorphic', () => {
  it('adding an isolated unit (beyond the distance limit) changes nothing', async () => {
    const far = { code: 'Z', name: 'Đặc khu Côn Đảo', province_code: 'P1', lat: 8.7, lon: 106.6 };
    const base = buildTransferProblems(handInput, { ...CLASSIC_RULES, maxDistanceKm: 100 })[0]!;
    const more = buildTransferProblems(
      { units: [...handInput.units, far], rows: [...handInput.rows, { unit_code: 'Z', field: 'land', staff: 9, required: 1 }] },
      { ...CLASSIC_RULES, maxDistanceKm: 100 },
    )[0]!;
    for (const solver of ['flow', 'highs'] as const) {
      const a = await solveTransferProblem(base, { solver });
      const b = await solveTransferProblem(more, { solver });
      expect(b.flows).toEqual(a.flows);
      expect(b.objectives).toEqual(a.objectives);
    }
  });

  it('scaling every requirement and staff by 2 never worsens the optimum (a doubled plan stays feasible)', async () => {
    // Hand instance doubled: A 10/4, B 2/6, C 4/8, xB + xC <= 6, xB, xC <= 4. t = 0.875 needs B +4 (6/6)
    // and C +3 (7/8) = 7 > 6; t = 5/6 needs B +3 (5/6) and C +3 (7/8) = 6: optimum 5/6 >= 0.75 (original).
    const doubled = { units: handInput.units, rows: handInput.rows.map((r) => ({ ...r, staff: r.staff * 2, required: r.required * 2 })) };
    const sol = solveWithMinCostFlow(buildTransferProblems(doubled, CLASSIC_RULES)[0]!);
    expect(sol.objectives.minRatio).toBeCloseTo(5 / 6, 9);
    expect(sol.objectives.shortage).toBeCloseTo(2, 9); // B: 6 - 5, C: 8 - 7
    // The same relation on random instances: t*(2x) >= t*(x) and shortage*(2x) <= 2 x shortage*(x). With the
    // WISN+POA rule and the last-officer rule off, so doubling cannot add changeable units (a 0.5 gap becomes a
    // room of 1 with the rule on; a donor of 1 officer for 0.2 FTE becomes one of 2 that may give 1 with the other).
    for (let seed = 500; seed < 540; seed++) {
      const { input, options } = randomInstance(seed);
      const scaled = { units: input.units, rows: input.rows.map((r) => ({ ...r, staff: r.staff * 2, required: r.required * 2 })) };
      const opts = { ...options, keepWithinRequirement: false, keepLastOfficer: false, maxMovesOut: undefined, maxMovesIn: undefined, maxMoves: undefined };
      const one = solveWithMinCostFlow(buildTransferProblems(input, opts)[0]!);
      const two = solveWithMinCostFlow(buildTransferProblems(scaled, opts)[0]!);
      if (!Number.isNaN(one.objectives.minRatio)) expect(two.objectives.minRatio, `seed ${seed}`).toBeGreaterThanOrEqual(one.objectives.minRatio - TOL);
      expect(two.objectives.shortage, `seed ${seed}`).toBeLessThanOrEqual(2 * one.objectives.shortage + TOL);
    }
  });
});

describe('manual override: fixed moves and forbidden pairs', () => {
  it('a forbidden pair is never used and the plan re-solves around it', async () => {
    const [problem] = buildTransferProblems(handInput, { ...CLASSIC_RULES, forbidden: [{ from: 'A', to: 'B' }] });
    expect(problem!.arcs).toHaveLength(1);
    const sol = await solveTransferProblem(problem!, { solver: 'highs' });
    // Only A -> C is left: C takes 2 (its room), ratio 1; B stays 1/3. Shortage: B 2 + C 0.
    expect(sol.flows).toEqual([2]);
    expect(sol.objectives.shortage).toBeCloseTo(2, 9);
  });

  it('a fixed move is applied first and counted in moves', async () => {
    const [problem] = buildTransferProblems(handInput, { ...CLASSIC_RULES, fixedMoves: [{ from: 'A', to: 'C', field: 'land', staff: 2 }] });
    // After the lock: A 3/2 (1 spare), C 4/4 (no room). Optimiser adds A -> B 1: B 2/3.
    const sol = solveWithMinCostFlow(problem!);
    expect(sol.objectives.moves).toBe(3);
    expect(sol.objectives.shortage).toBeCloseTo(1, 9); // B: 3 - 2
  });

  it('a lock that breaks the WISN+POA rule is kept with a warning, and the rest is re-planned around it', async () => {
    const [problem] = buildTransferProblems(handInput, { ...CLASSIC_RULES, fixedMoves: [{ from: 'A', to: 'B', field: 'land', staff: 4 }] });
    // After the lock: A 1/2 (below its requirement), B 5/3 (above). A gave in the lock, so it receives nothing;
    // B received, so it gives nothing; C (2/4) has no donor left: no arc, the plan is the lock alone.
    expect(problem!.infeasibleReason).toBeNull();
    expect(problem!.fixed[0]!.warnings).toEqual([
      'donor A (Phường Ba Đình) goes from 5 to 1 land staff, below its requirement 2 (WISN+POA rule)',
      'recipient B (Xã Mường Nhé) goes from 1 to 5 land staff, above its requirement 3 (WISN+POA rule)',
    ]);
    expect(problem!.arcs).toEqual([]);
    for (const solver of ['flow', 'highs', 'lpsolve'] as const) {
      const sol = await solveTransferProblem(problem!, { solver });
      expect(sol.status).toBe('optimal');
      expect(sol.objectives.moves).toBe(4);
      // Staff x km counts the locked move: 4 x 11.12 km.
      expect(sol.objectives.staffKm).toBeCloseTo(4 * problem!.fixed[0]!.km, 9);
    }
  });
});

describe('infeasibility explanations (status, never a throw)', () => {
  it('names the distance limit that leaves a unit with no donor', async () => {
    // C is 33.4 km from A: a 15 km limit and maxLoad 1.2 (C needs staff >= 4 / 1.2 = 3.33) cut it off.
    const [problem] = buildTransferProblems(handInput, { ...CLASSIC_RULES, maxDistanceKm: 15, maxLoad: 1.2 });
    const sol = await solveTransferProblem(problem!, { solver: 'flow' });
    expect(sol.status).toBe('infeasible');
    expect(sol.explanation).toBe('distance limit 15 km leaves unit C (Xã Sìn Hồ) with no donor in field land (nearest: A (Phường Ba Đình) at 33.4 km)');
  });

  it('explains a collective shortfall with the budget when it binds, for every backend', async () => {
    // maxLoad 1.35 needs B >= 3 / 1.35 = 2.22 -> 2 more, C >= 4 / 1.35 = 2.96 -> 1 more: 3 moves, budget 2.
    const [problem] = buildTransferProblems(handInput, { ...CLASSIC_RULES, maxLoad: 1.35, maxMoves: 2 });
    for (const solver of ['flow', 'highs', 'lpsolve'] as const) {
      const sol = await solveTransferProblem(problem!, { solver });
      expect(sol.status, solver).toBe('infeasible');
      expect(sol.explanation, solver).toMatch(/the budget of 2 moves is used up/);
    }
  });
});

describe('cross-field cover', () => {
  const input: TransferInput = {
    units: [A, B],
    rows: [
      { unit_code: 'A', field: 'finance', staff: 4, required: 1 }, // 3 spare
      { unit_code: 'A', field: 'accounting', staff: 1, required: 1 },
      { unit_code: 'B', field: 'accounting', staff: 1, required: 2.6 }, // gap 1.6
      { unit_code: 'B', field: 'finance', staff: 1, required: 1 },
    ],
  };
  const [problem] = buildTransferProblems(input, { ...CLASSIC_RULES, crossField: [{ from: 'finance', to: 'accounting', efficiency: 0.8 }] });

  it('HiGHS and javascript-lp-solver agree; each finance officer counts 0.8 FTE of accounting', async () => {
    // Rule: 0.8 x moved <= 1.6 -> 2 moved; B accounting 1 + 1.6 = 2.6 (ratio 1); shortage 0; 2 x 11.12 km.
    const [h, l] = await solveAll(problem!, ['highs', 'lpsolve']);
    for (const s of [h!, l!]) {
      expect(s.status).toBe('optimal');
      expect(s.flows.reduce((a, b) => a + b, 0)).toBe(2);
      expect(s.objectives.shortage).toBeCloseTo(0, 6);
      expect(s.objectives.staffKm).toBeCloseTo(2 * problem!.arcs[0]!.km, 6);
    }
  });

  it('the flow backend declines with status error and says why', () => {
    const s = solveWithMinCostFlow(problem!);
    expect(s.status).toBe('error');
    expect(s.explanation).toMatch(/not a pure transportation problem/);
  });
});

describe('weighted mode and cross-province moves', () => {
  it('weighted mode with a dominant worst-load weight reaches the lexicographic stage-1 optimum (LP backends)', async () => {
    const [problem] = buildTransferProblems(handInput, CLASSIC_RULES);
    for (const solver of ['highs', 'lpsolve'] as const) {
      const s = await solveTransferProblem(problem!, { solver, mode: 'weighted', weights: { minRatio: 1000, shortage: 1, staffKm: 0.001 } });
      expect(s.status, solver).toBe('optimal');
      // Same hand optimum as above: t* = 0.75 with moves (2, 1).
      expect(s.objectives.minRatio, solver).toBeCloseTo(0.75, 9);
      expect(s.flows, solver).toEqual([2, 1]);
    }
    const flow = await solveTransferProblem(problem!, { solver: 'flow', mode: 'weighted' });
    expect(flow.status).toBe('error');
  });

  it('cross-province moves are off by default and form one national block when on', async () => {
    const input: TransferInput = {
      units: [A, { ...B, province_code: 'P2' }],
      rows: [
        { unit_code: 'A', field: 'land', staff: 5, required: 2 },
        { unit_code: 'B', field: 'land', staff: 1, required: 3 },
      ],
    };
    const within = buildTransferProblems(input, CLASSIC_RULES);
    expect(within.map((p) => [p.key, p.arcs.length])).toEqual([
      ['P1', 0],
      ['P2', 0],
    ]);
    const [national] = buildTransferProblems(input, { ...CLASSIC_RULES, crossProvince: true });
    expect(national!.key).toBe('national');
    // B can take 2 (room 3 - 1), A can give 3: both moves go, B ends at 3/3.
    expect(solveWithMinCostFlow(national!).flows).toEqual([2]);
  });
});

describe('time limits', () => {
  it('a solver call that hits its time limit returns status timeout with the stage, not a throw', async () => {
    // 30 units x 1 field, seed 2: 180 arcs; stage 1 (max-min) needs branch and bound, far more than 1 ms.
    const { input } = randomInstance(2, { units: 30, fields: 1 });
    const [problem] = buildTransferProblems(input, CLASSIC_RULES);
    expect(problem!.arcs.length).toBe(180);
    const s = await solveTransferProblem(problem!, { solver: 'highs', timeLimitMs: 1 });
    expect(s.status).toBe('timeout');
    expect(s.explanation).toMatch(/^stage 1 \(worst load\): HiGHS: Time limit reached/);
  });
});

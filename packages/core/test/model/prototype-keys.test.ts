import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { createDataset, datasetRows, fromArrow, planRouting, toArrow, uncertainty } from '@canbang/core';
import { readDataset } from '@canbang/io';

const SAMPLE = fileURLToPath(new URL('../../../../data/sample', import.meta.url));

// The sample dataset with its activities and one field renamed to names that are Object.prototype members.
async function renamed() {
  const rows = datasetRows(await readDataset(SAMPLE));
  const names = new Map([['certification', 'toString'], ['incoming_documents', 'constructor'], ['birth_registration', '__proto__']]);
  const activity = (a: string) => names.get(a) ?? a;
  return {
    original: createDataset(rows),
    renamed: createDataset({
      ...rows,
      volumes: rows.volumes.map((v) => ({ ...v, activity: activity(v.activity) })),
      standards: rows.standards.map((s) => ({ ...s, activity: activity(s.activity) })),
    }),
  };
}

describe('names from data never reach prototype lookups', () => {
  it('routing a field whose activities are named toString / constructor / __proto__ moves the same work as before', async () => {
    const { original, renamed: ds } = await renamed();
    // Shares are given per field: a lookup of the activity "toString" in { office: 0.5 } must find nothing,
    // not Object.prototype.toString, and fall back to the field's share.
    const share = { office: 0.5, civil_status: 0.3 };
    const before = await planRouting(original, { transferableShare: share, solver: 'lpsolve' });
    const after = await planRouting(ds, { transferableShare: share, solver: 'lpsolve' });
    expect(before.flows.length).toBeGreaterThan(0);
    expect(after.flows).toEqual(before.flows);
  });

  it('toArrow / fromArrow keep such names code point for code point', async () => {
    const { renamed: ds } = await renamed();
    const back = fromArrow(toArrow(ds.volumes));
    expect(back.array('activity')).toEqual(ds.volumes.array('activity'));
    expect(new Set(back.array('activity') as string[])).toContain('__proto__');
  });

  it('uncertainty byField with a field named like a prototype member uses the default, not Object members', async () => {
    const { renamed: ds } = await renamed();
    const run = () => uncertainty(ds, { name: 'x', levers: [] }, { draws: 3, seed: 1, volumeDistribution: { type: 'lognormal', cv: 0.2, byField: { office: { cv: 0.1 } } } });
    expect(() => run()).not.toThrow();
    expect(run().draws).toBe(3);
  });
});

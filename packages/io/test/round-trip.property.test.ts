import { mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import fc from 'fast-check';
import { afterAll, describe, expect, it } from 'vitest';
import { ACTIVITY_KINDS, CanbangInputError, TERRAINS, UNIT_KINDS, createDataset, datasetRows, type DatasetRows } from '@canbang/core';
import { readDataset, writeDataset } from '@canbang/io';

const tmp = mkdtempSync(join(tmpdir(), 'canbang-prop-'));
afterAll(() => rmSync(tmp, { recursive: true, force: true }));
let counter = 0;
const fresh = (suffix = '') => join(tmp, `case-${counter++}${suffix}`);

// Text a person may type: Vietnamese letters, spaces, quotes, delimiters, formula triggers, a line break.
const TEXT_CHARS = [...'aAzđĐăâêôơưạếỳ Phường ,;"\'=+-@\t\n0123456789|#'];
const CODE_CHARS = [...'0123456789abcđ_'];
const text = fc.string({ unit: fc.constantFrom(...TEXT_CHARS), minLength: 1, maxLength: 10 }).filter((s) => s.trim() !== '');
const code = fc.string({ unit: fc.constantFrom(...CODE_CHARS), minLength: 1, maxLength: 6 });
// -0 + 0 is +0: files cannot tell -0 from 0.
const num = (min: number, max: number) => fc.double({ min, max, noNaN: true }).map((v) => v + 0);

/** Random valid datasets (1-5 units, 1-3 fields, 1-3 activities per field), built to satisfy validateDatasetRows. */
const datasetArb: fc.Arbitrary<DatasetRows> = fc
  .record({
    unitCodes: fc.uniqueArray(code, { minLength: 1, maxLength: 5 }),
    provinceCodes: fc.uniqueArray(code, { minLength: 1, maxLength: 2 }),
    fieldIds: fc.uniqueArray(code, { minLength: 1, maxLength: 3 }),
    seed: fc.integer(),
  })
  .chain(({ unitCodes, provinceCodes, fieldIds }) =>
    fc.record({
      units: fc.tuple(
        ...unitCodes.map((c) =>
          fc.record({
            code: fc.constant(c), name: text, kind: fc.constantFrom(...UNIT_KINDS), province_code: fc.constantFrom(...provinceCodes),
            population: fc.integer({ min: 0, max: 10_000_000 }), area_km2: num(0, 100_000), lat: num(-90, 90), lon: num(-180, 180),
            terrain: fc.constantFrom(...TERRAINS),
          }),
        ),
      ),
      provinces: fc.tuple(...provinceCodes.map((c) => fc.record({ province_code: fc.constant(c), province_name: text }))),
      standards: fc.tuple(
        ...fieldIds.map((field) =>
          fc.uniqueArray(code, { minLength: 1, maxLength: 3 }).chain((activities) =>
            fc.tuple(
              ...activities.map((activity, k) =>
                // The first activity of a field is a service, so every field has one to count.
                fc.constantFrom(...(k === 0 ? (['service'] as const) : ACTIVITY_KINDS)).chain((kind) =>
                  fc.record({
                    field: fc.constant(field), activity: fc.constant(activity), kind: fc.constant(kind),
                    minutes_per_case: kind === 'service' ? num(0.001, 100_000) : fc.constant(null),
                    share: kind === 'support' ? num(0, 30) : fc.constant(null), // at most 2 supports: sum < 100
                    hours: kind === 'additional' ? num(0, 1_000_000) : fc.constant(null),
                  }),
                ),
              ),
            ),
          ),
        ),
      ),
      staff: fc.array(fc.option(fc.integer({ min: 0, max: 10_000 }), { nil: undefined }), { minLength: unitCodes.length * fieldIds.length, maxLength: unitCodes.length * fieldIds.length }),
      cases: fc.array(fc.record({ cases: num(0, 1e7), on_time: fc.option(num(0, 1e7), { nil: null }), backlog: fc.option(fc.integer({ min: 0, max: 1e6 }), { nil: null }), keep: fc.boolean() }), { minLength: 60, maxLength: 60 }),
      fields: fc.option(fc.tuple(...fieldIds.map((f) => fc.record({ field: fc.constant(f), name_en: text, name_vi: text, department: text }))), { nil: undefined }),
      meta: fc.record({
        name: text, synthetic: fc.boolean(), source: text, period: text, periodsPerYear: fc.integer({ min: 1, max: 366 }), seed: fc.option(fc.integer(), { nil: undefined }),
        // Every optional text key of the meta schema, the Vietnamese ones included (writers used to drop those).
        note: fc.option(text, { nil: undefined }), nameVi: fc.option(text, { nil: undefined }), sourceVi: fc.option(text, { nil: undefined }), noteVi: fc.option(text, { nil: undefined }),
      }),
    }).map((r) => {
      const standards = r.standards.flat();
      const headcount = unitCodes.flatMap((u, i) => fieldIds.map((field, j) => ({ unit_code: u, field, staff: r.staff[i * fieldIds.length + j] ?? 0 })));
      let k = 0;
      const volumes = unitCodes.flatMap((u) =>
        standards.filter((s) => s.kind === 'service').flatMap((s) => {
          const v = r.cases[k++ % r.cases.length]!;
          return v.keep || k === 1 ? [{ unit_code: u, field: s.field, activity: s.activity, cases: v.cases, on_time: v.on_time, backlog: v.backlog }] : [];
        }),
      );
      const { seed, ...meta } = r.meta;
      return {
        units: r.units, provinces: r.provinces, standards, headcount, volumes, ...(r.fields ? { fields: r.fields } : {}),
        meta: seed === undefined ? meta : { ...meta, seed },
      };
    }),
  );

describe('property: random valid datasets round-trip exactly through writeDataset + readDataset', () => {
  for (const form of ['', '.json', '.xlsx']) {
    it(`as ${form || 'a CSV directory'}`, async () => {
      await fc.assert(
        fc.asyncProperty(datasetArb, async (rows) => {
          const original = createDataset(rows);
          const path = fresh(form);
          await writeDataset(original, path);
          expect(datasetRows(await readDataset(path))).toEqual(datasetRows(original));
        }),
        { numRuns: form === '.xlsx' ? 25 : 60, seed: 20251123 },
      );
    });
  }
});

type Corruption = { file: number; at: number; kind: 'truncate' | 'flip' | 'insert'; byte: number; insert: string };
const corruptionArb: fc.Arbitrary<Corruption> = fc.record({
  file: fc.nat(),
  at: fc.double({ min: 0, max: 1, noNaN: true }),
  kind: fc.constantFrom('truncate', 'flip', 'insert'),
  byte: fc.integer({ min: 0, max: 255 }),
  insert: fc.constantFrom('"', ',', '\n', 'NaN', '-1', '\u0000', '\xff', 'abc', '__proto__', '{', ']', '1e999', ';;'),
});

function corrupt(bytes: Buffer, c: Corruption): Buffer {
  const at = Math.floor(c.at * bytes.length);
  if (c.kind === 'truncate') return bytes.subarray(0, at);
  if (c.kind === 'flip') {
    const copy = Buffer.from(bytes);
    if (copy.length > 0) copy[Math.min(at, copy.length - 1)] = c.byte;
    return copy;
  }
  const inserted = c.insert === '\xff' ? Buffer.from([0xff]) : Buffer.from(c.insert);
  return Buffer.concat([bytes.subarray(0, at), inserted, bytes.subarray(at)]);
}

describe('property: corrupted files give a CanbangInputError or a valid dataset, never another exception', () => {
  for (const form of ['', '.json', '.xlsx']) {
    it(`as ${form || 'a CSV directory'}`, async () => {
      let rejected = 0;
      await fc.assert(
        fc.asyncProperty(datasetArb, corruptionArb, async (rows, c) => {
          const path = fresh(form);
          await writeDataset(createDataset(rows), path);
          const files = form ? [path] : readdirSync(path).map((f) => join(path, f));
          const target = files[c.file % files.length]!;
          writeFileSync(target, corrupt(readFileSync(target), c));
          try {
            await readDataset(path);
          } catch (error) {
            if (!(error instanceof CanbangInputError)) throw error;
            rejected++;
          }
        }),
        { numRuns: form === '.xlsx' ? 40 : 120, seed: 20251123 },
      );
      // Most corruptions must be caught (truncations and byte flips rarely leave a valid file behind).
      expect(rejected).toBeGreaterThan(0);
    });
  }
});

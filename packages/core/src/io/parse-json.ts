import { CanbangInputError } from '../model/errors.ts';

const FORBIDDEN_KEYS = new Set(['__proto__', 'constructor', 'prototype']);

/**
 * Parses JSON text and rejects any object key `__proto__`, `constructor` or `prototype` anywhere in it
 * (prototype pollution: such keys have no meaning in canbang data and are a known attack on code that
 * merges objects). Syntax errors become a {@link CanbangInputError} with the line and column.
 *
 * @example
 * parseJson('{"units": []}', 'data.json');             // { units: [] }
 * parseJson('{"__proto__": {"x": 1}}', 'data.json');   // throws: key "__proto__" is not allowed
 */
export function parseJson(text: string, source: string): unknown {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (error) {
    const message = (error as Error).message;
    const at = /position (\d+)/.exec(message);
    let where = '';
    if (at) {
      const before = text.slice(0, Number(at[1]));
      const line = before.split('\n').length;
      where = ` at line ${line}, column ${before.length - before.lastIndexOf('\n')}`;
    }
    throw new CanbangInputError({
      source,
      value: `invalid JSON${where} (${message})`,
      expected: 'valid JSON (numbers must be finite: NaN and Infinity are not JSON; no comments or trailing commas)',
    });
  }
  try {
    checkKeys(value, '$', source);
  } catch (error) {
    if (!(error instanceof RangeError)) throw error;
    throw new CanbangInputError({ source, value: 'JSON nested too deeply', expected: 'tables as arrays of flat row objects' });
  }
  return value;
}

function checkKeys(value: unknown, path: string, source: string): void {
  if (Array.isArray(value)) {
    value.forEach((item, i) => checkKeys(item, `${path}[${i}]`, source));
  } else if (value !== null && typeof value === 'object') {
    for (const key of Object.keys(value)) {
      if (FORBIDDEN_KEYS.has(key)) {
        const row = /^\$\.\w+\[(\d+)\]$/.exec(path);
        throw new CanbangInputError({
          source,
          ...(row ? { row: Number(row[1]) + 1, rowLabel: 'item' as const } : {}),
          column: key,
          value: `key ${JSON.stringify(key)} at ${path}`,
          expected: 'plain data keys (__proto__, constructor and prototype are not allowed)',
        });
      }
      checkKeys((value as Record<string, unknown>)[key], `${path}.${key}`, source);
    }
  }
}

import { CanbangInputError } from '../model/errors.ts';

const FORBIDDEN_KEYS = new Set(['__proto__', 'constructor', 'prototype']);

/**
 * Parses JSON text and rejects any object key `__proto__`, `constructor` or `prototype` anywhere in it
 * (prototype pollution: such keys have no meaning in canbang data and are a known attack on code that
 * merges objects), and any key given twice in one object (JSON.parse keeps the last silently: a second
 * `"headcount"` would replace the whole table). Syntax errors become a {@link CanbangInputError} with the line and column.
 *
 * @example
 * parseJson('{"units": []}', 'data.json');             // { units: [] }
 * parseJson('{"__proto__": {"x": 1}}', 'data.json');   // throws: key "__proto__" is not allowed
 * parseJson('{"units": [], "units": []}', 'data.json'); // throws: key "units" twice in $ (line 1)
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
  checkDuplicateKeys(text, source);
  try {
    checkKeys(value, '$', source);
  } catch (error) {
    if (!(error instanceof RangeError)) throw error;
    throw new CanbangInputError({ source, value: 'JSON nested too deeply', expected: 'a few levels of nesting (dataset tables are arrays of flat row objects; scenarios are short objects)' });
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

interface Container {
  keys: Set<string> | null; // null for an array
  path: string;
  index: number; // next array index
  key: string | undefined; // last key read (object)
}

// Walks JSON text already checked by JSON.parse and throws at the first object key that occurs twice in one
// object, naming the key, its JSON path and line. Keys compare after unescaping ("a" and "\u0061" are the same).
function checkDuplicateKeys(text: string, source: string): void {
  const stack: Container[] = [];
  let expectKey = false;
  const childPath = (parent: Container | undefined) =>
    parent === undefined ? '$' : parent.keys === null ? `${parent.path}[${parent.index}]` : `${parent.path}.${parent.key}`;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 123 /* { */ || c === 91 /* [ */) {
      stack.push({ keys: c === 123 ? new Set() : null, path: childPath(stack.at(-1)), index: 0, key: undefined });
      expectKey = c === 123;
    } else if (c === 125 /* } */ || c === 93 /* ] */) {
      stack.pop();
      expectKey = false;
    } else if (c === 44 /* , */) {
      const top = stack.at(-1)!;
      if (top.keys === null) top.index++;
      expectKey = top.keys !== null;
    } else if (c === 34 /* " */) {
      let end = i + 1;
      while (text.charCodeAt(end) !== 34) end += text.charCodeAt(end) === 92 /* \ */ ? 2 : 1;
      if (expectKey) {
        const top = stack.at(-1)!;
        const key = JSON.parse(text.slice(i, end + 1)) as string;
        if (top.keys!.has(key)) {
          const line = text.slice(0, i).split('\n').length;
          const item = /^\$\.\w+\[(\d+)\]$/.exec(top.path);
          throw new CanbangInputError({
            source,
            ...(item ? { row: Number(item[1]) + 1, rowLabel: 'item' as const } : {}),
            column: key,
            value: `key ${JSON.stringify(key)} twice in ${top.path} (line ${line})`,
            expected: 'each key once per object (JSON keeps only the last of duplicates: remove or rename one)',
          });
        }
        top.keys!.add(key);
        top.key = key;
        expectKey = false;
      }
      i = end;
    }
  }
}

import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

// Reads the product's sources and finds the English texts built at given places, so a test can check each one
// has its Vietnamese phrase (the texts are made where a check is made; the tables translate them by their English).

const ROOT = new URL('../../../../', import.meta.url).pathname;
// The end of the string literal starting at `at` (quote, apostrophe or backtick, with ${...} parts skipped).
export function literalEnd(source: string, at: number): number {
  const quote = source[at]!;
  let i = at + 1;
  while (i < source.length) {
    const c = source[i]!;
    if (c === '\\') i += 2;
    else if (quote === '`' && source.startsWith('${', i)) {
      let depth = 1;
      i += 2;
      while (depth > 0) {
        const d = source[i]!;
        if (d === '{') depth++;
        else if (d === '}') depth--;
        else if (d === "'" || d === '"' || d === '`') i = literalEnd(source, i) - 1;
        i++;
      }
    } else if (c === quote) return i + 1;
    else i++;
  }
  throw new Error('unterminated literal');
}

// A literal as the error would read it, with each ${...} part written `{}` (it varies at run time).
export function phraseOf(literal: string): string {
  const quote = literal[0]!;
  const body = literal.slice(1, -1);
  let out = '';
  for (let i = 0; i < body.length; ) {
    if (quote === '`' && body.startsWith('${', i)) {
      let depth = 1;
      let j = i + 2;
      while (depth > 0) {
        if (body[j] === '{') depth++;
        else if (body[j] === '}') depth--;
        else if (body[j] === "'" || body[j] === '"' || body[j] === '`') j = literalEnd(body, j) - 1;
        j++;
      }
      out += '{}';
      i = j;
    } else if (body[i] === '\\') {
      out += body[i + 1] === 'n' ? '\n' : body[i + 1];
      i += 2;
    } else out += body[i++];
  }
  return out;
}

// The string literals of an expression: the whole literal, or the branches of `cond ? 'a' : 'b'`.
export function literalsOf(source: string, at: number): string[] {
  const first = source.slice(at).match(/^\s*/)![0].length + at;
  if ("'\"`".includes(source[first]!)) {
    const end = literalEnd(source, first);
    if (!/^\s*[?+]/.test(source.slice(end))) return [source.slice(first, end)];
  }
  // Not a plain literal: the literals after `?` and `:` of a conditional, up to the end of the argument.
  const out: string[] = [];
  let depth = 0;
  for (let i = first; i < source.length; i++) {
    const c = source[i]!;
    if ("'\"`".includes(c)) {
      const end = literalEnd(source, i);
      // A branch of a conditional (`? 'a'` or `: 'b'`), not the default of `??`.
      if (/(?<!\?)\?\s*$|:\s*$/.test(source.slice(first, i))) out.push(source.slice(i, end));
      i = end - 1;
    } else if ('([{'.includes(c)) depth++;
    else if (')]}'.includes(c)) {
      if (depth === 0) break;
      depth--;
    } else if ((c === ',' || c === ';') && depth === 0) break;
  }
  return out;
}

/** Every `.ts` file under `packages/<name>/src`, as `<name>/src/<path>` with its text. */
export function productSources(): { file: string; source: string }[] {
  const out: { file: string; source: string }[] = [];
  for (const dir of readdirSync(join(ROOT, 'packages'))) {
    let files: string[];
    try {
      files = (readdirSync(join(ROOT, 'packages', dir, 'src'), { recursive: true }) as string[]).filter((f) => f.endsWith('.ts'));
    } catch {
      continue;
    }
    for (const file of files) out.push({ file: `${dir}/src/${file}`, source: readFileSync(join(ROOT, 'packages', dir, 'src', file), 'utf8') });
  }
  return out;
}

/** The string literals of the last argument of each call of `name(` in `source` (a conditional gives both branches). */
export function lastArgumentLiterals(source: string, name: string): string[] {
  const found: string[] = [];
  for (const call of source.matchAll(new RegExp(`(?<![\\w.])${name}\\(`, 'g'))) {
    let depth = 0;
    let last = call.index + call[0].length;
    for (let i = last; i < source.length; i++) {
      const c = source[i]!;
      if ("'\"`".includes(c)) i = literalEnd(source, i) - 1;
      else if ('([{'.includes(c)) depth++;
      else if (')]}'.includes(c)) {
        if (depth === 0) break;
        depth--;
      } else if (c === ',' && depth === 0) last = i + 1;
    }
    found.push(...literalsOf(source, last));
  }
  return found;
}

/** The string literals given to a property `name:` in `source`. */
export function propertyLiterals(source: string, name: string): string[] {
  return [...source.matchAll(new RegExp(`\\b${name}:\\s*`, 'g'))].flatMap((m) => literalsOf(source, m.index + m[0].length));
}

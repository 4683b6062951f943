/**
 * The browser stand-in for node:zlib's inflateRawSync (notebooks/lib/inflate-raw.ts, used by the workbook
 * zip guard in the notebooks' worker) against Node's own inflateRawSync, the reference, on the cases the
 * guard relies on.
 */
import { deflateRawSync, inflateRawSync as nodeInflateRawSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { inflateRawSync } from '../../notebooks/lib/inflate-raw.ts';

const codeOf = (run: () => unknown): unknown => {
  try {
    run();
    return 'no error';
  } catch (error) {
    return (error as { code?: string }).code ?? 'error';
  }
};

describe('inflateRawSync (browser) equals node:zlib', () => {
  const text = new TextEncoder().encode('mỗi hồ sơ một cửa '.repeat(5000));
  const deflated = deflateRawSync(text);

  it('inflates to the same bytes, stopping at the end of the stream as a zip entry followed by others needs', () => {
    const followed = new Uint8Array([...deflated, ...new TextEncoder().encode('PK\u0001\u0002 next entry')]);
    expect(inflateRawSync(followed)).toEqual(new Uint8Array(nodeInflateRawSync(followed)));
  });

  it('refuses output past maxOutputLength with the same error code, and accepts exactly the limit', () => {
    for (const max of [1, 100, text.length - 1]) {
      expect(codeOf(() => inflateRawSync(deflated, { maxOutputLength: max }))).toBe(codeOf(() => nodeInflateRawSync(deflated, { maxOutputLength: max })));
    }
    expect(codeOf(() => inflateRawSync(deflated, { maxOutputLength: text.length }))).toBe('no error');
    expect(codeOf(() => nodeInflateRawSync(deflated, { maxOutputLength: text.length }))).toBe('no error');
  });

  it('throws on corrupt data, as Node does', () => {
    const corrupt = new Uint8Array([0xff, 0xff, 0xff, 0xff]);
    expect(codeOf(() => inflateRawSync(corrupt))).not.toBe('no error');
    expect(codeOf(() => nodeInflateRawSync(corrupt))).not.toBe('no error');
  });
});

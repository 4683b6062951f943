/**
 * The one `node:zlib` function `@canbang/io` needs to read a workbook (the zip-bomb guard counts how many
 * bytes each entry inflates to), for the browser bundle: scripts/prepare.ts maps `node:zlib` here.
 * Same contract as Node's `inflateRawSync(data, { maxOutputLength })` as the guard uses it: inflation stops
 * at the end of the deflate stream (trailing bytes ignored), and output past `maxOutputLength` throws an
 * error whose `code` is `ERR_BUFFER_TOO_LARGE`; corrupt data throws.
 */
import { Inflate } from 'fflate';

/**
 * Inflates raw DEFLATE data (no zlib or gzip header), refusing more than `maxOutputLength` bytes.
 * @example
 * inflateRawSync(deflated, { maxOutputLength: 1001 }).length; // at most 1001, else throws ERR_BUFFER_TOO_LARGE
 */
export function inflateRawSync(data: Uint8Array, options: { maxOutputLength?: number } = {}): Uint8Array {
  const max = options.maxOutputLength ?? Number.POSITIVE_INFINITY;
  const chunks: Uint8Array[] = [];
  let length = 0;
  const inflate = new Inflate((chunk) => {
    length += chunk.length;
    if (length > max) throw Object.assign(new RangeError(`inflated output exceeds ${max} bytes`), { code: 'ERR_BUFFER_TOO_LARGE' });
    chunks.push(chunk);
  });
  inflate.push(data, true);
  const out = new Uint8Array(length);
  let at = 0;
  for (const chunk of chunks) {
    out.set(chunk, at);
    at += chunk.length;
  }
  return out;
}

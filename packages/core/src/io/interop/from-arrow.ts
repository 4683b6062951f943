import { fromArrow as arqueroFromArrow, type ColumnTable } from 'arquero';
import { CanbangInputError } from '../../model/errors.ts';

// Every Arrow IPC message starts with the continuation marker 0xFFFFFFFF; a file starts with "ARROW1".
const FILE_MAGIC = [0x41, 0x52, 0x52, 0x4f, 0x57, 0x31];

/**
 * Decodes Apache Arrow IPC bytes (stream or file format, e.g. from pyarrow, polars, DuckDB or
 * {@link toArrow}) into an arquero table. Bad bytes throw a {@link CanbangInputError} naming `source`.
 * The result is a plain table: pass its rows to `createDataset` to validate them as canbang input.
 *
 * @example
 * const units = fromArrow(await readFile('units.arrow'), 'units.arrow');
 * createDataset({ ...rows, units: units.objects() as Unit[] });
 */
export function fromArrow(bytes: Uint8Array | ArrayBuffer, source = 'fromArrow(bytes)'): ColumnTable {
  const view = bytes instanceof ArrayBuffer ? new Uint8Array(bytes) : bytes;
  if (!(view instanceof Uint8Array)) {
    throw new CanbangInputError({ source, value: Object.prototype.toString.call(bytes), expected: 'a Uint8Array or ArrayBuffer of Arrow IPC bytes' });
  }
  const isFile = FILE_MAGIC.every((b, i) => view[i] === b);
  const isStream = view.length >= 8 && view[0] === 0xff && view[1] === 0xff && view[2] === 0xff && view[3] === 0xff;
  if (!isFile && !isStream) {
    throw new CanbangInputError({
      source,
      value: `${view.length} bytes starting ${[...view.subarray(0, 8)].map((b) => b.toString(16).padStart(2, '0')).join(' ')}`,
      expected: 'Arrow IPC bytes: a file starting "ARROW1" or a stream starting ff ff ff ff',
    });
  }
  try {
    return arqueroFromArrow(view);
  } catch (error) {
    throw new CanbangInputError({
      source,
      value: `${view.length} bytes (${error instanceof Error ? error.message : String(error)})`,
      expected: 'complete, uncorrupted Arrow IPC bytes',
    });
  }
}

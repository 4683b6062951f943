import { crc32, deflateRawSync } from 'node:zlib';

/** One file of a zip archive. */
export interface ZipEntry {
  name: string;
  data: Uint8Array;
}

// 1980-01-01 00:00, the earliest time a zip entry can carry: the same entries always give the same bytes.
const DOS_TIME = 0;
const DOS_DATE = (0 << 9) | (1 << 5) | 1;

/**
 * A zip archive of the entries, deflated, every entry dated 1980-01-01 00:00 so the same entries give
 * byte-identical archives (what an .xlsx is; the workbook writer uses it).
 *
 * @example
 * const bytes = zipEntries([{ name: 'hello.txt', data: new TextEncoder().encode('hi') }]);
 */
export function zipEntries(entries: readonly ZipEntry[]): Uint8Array {
  const chunks: Uint8Array[] = [];
  const central: Uint8Array[] = [];
  let offset = 0;
  for (const entry of entries) {
    const name = Buffer.from(entry.name, 'utf8');
    const packed = deflateRawSync(entry.data);
    const crc = crc32(entry.data);
    const fields = { crc, packedLength: packed.length, length: entry.data.length, nameLength: name.length };
    const local = Buffer.alloc(30);
    local.writeUInt32LE(0x04034b50, 0);
    writeEntryFields(local, 4, fields);
    chunks.push(local, name, packed);
    const record = Buffer.alloc(46);
    record.writeUInt32LE(0x02014b50, 0);
    record.writeUInt16LE(20, 4); // version made by
    writeEntryFields(record, 6, fields);
    record.writeUInt32LE(offset, 42);
    central.push(record, name);
    offset += local.length + name.length + packed.length;
  }
  const directory = Buffer.concat(central);
  return Buffer.concat([...chunks, directory, zipEndRecord(entries.length, directory.length, offset)]);
}

// The fields a local header (from byte 4) and its central directory record (from byte 6) share, in the same
// order: version needed 2.0 (deflate), UTF-8 names, deflate, the fixed date, CRC, sizes, name length.
function writeEntryFields(header: Buffer, at: number, entry: { crc: number; packedLength: number; length: number; nameLength: number }): void {
  header.writeUInt16LE(20, at);
  header.writeUInt16LE(0x0800, at + 2);
  header.writeUInt16LE(8, at + 4);
  header.writeUInt16LE(DOS_TIME, at + 6);
  header.writeUInt16LE(DOS_DATE, at + 8);
  header.writeUInt32LE(entry.crc, at + 10);
  header.writeUInt32LE(entry.packedLength, at + 14);
  header.writeUInt32LE(entry.length, at + 18);
  header.writeUInt16LE(entry.nameLength, at + 22);
}

/**
 * The end-of-central-directory record closing a zip: entry count, directory size and its offset (single disk,
 * no comment).
 *
 * @example
 * zipEndRecord(2, 110, 400).length; // 22
 */
export function zipEndRecord(entryCount: number, directoryLength: number, directoryOffset: number): Buffer {
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(entryCount, 8);
  end.writeUInt16LE(entryCount, 10);
  end.writeUInt32LE(directoryLength, 12);
  end.writeUInt32LE(directoryOffset, 16);
  return end;
}

// Internal to io: just enough of the zip format to walk an .xlsx file's central directory
// (the zip-bomb guard of zip-inflated-size.ts) without unpacking it.

/** Signature of a central-directory file header. */
export const ZIP_CENTRAL_ENTRY = 0x02014b50;

/**
 * Where a zip's central directory starts and how many entries it lists, read from the end-of-central-directory
 * record (the last 22 bytes plus a comment of up to 65,535 bytes); null when the record is missing.
 */
export function zipCentralDirectory(view: DataView): { entries: number; offset: number } | null {
  for (let i = view.byteLength - 22; i >= Math.max(0, view.byteLength - 22 - 65535); i--) {
    if (view.getUint32(i, true) === 0x06054b50) {
      return { entries: view.getUint16(i + 10, true), offset: view.getUint32(i + 16, true) };
    }
  }
  return null;
}

/** Offset of the central-directory entry after the one at `p` (fixed 46 bytes + name + extra + comment). */
export function nextZipCentralEntry(view: DataView, p: number): number {
  return p + 46 + view.getUint16(p + 28, true) + view.getUint16(p + 30, true) + view.getUint16(p + 32, true);
}

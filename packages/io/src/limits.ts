/**
 * Plausibility and size limits applied by the readers. A value beyond a limit is almost always a typo
 * or a unit mix-up (a whole province's dossiers in one commune, cases typed in thousands), so it is
 * rejected with the limit named; raise a limit through the readers' `limits` option if a value is real.
 */
export interface ReadLimits {
  /** Largest file read, in bytes (checked before reading). Default 64 MiB: the national dataset as CSV is about 10 MB. */
  maxFileBytes: number;
  /** Largest total unpacked size of an .xlsx (a zip): a small "zip bomb" must not exhaust memory. The sizes the
   * zip declares are checked before unpacking, then every entry is inflated once, counting bytes, and refused as
   * soon as it passes its declared size, so a file that lies is refused after inflating at most what it declares.
   * Default 128 MiB: the national dataset's 2.8 MB workbook unpacks to 29 MB, and the parser needs several
   * times the unpacked size in memory. */
  maxUnzippedBytes: number;
  /** Most data rows per table. Default 2,000,000 (3,321 units x 9 fields x ~10 activities is ~300,000). */
  maxRows: number;
  /** Most cases (and on_time, backlog) per unit x activity x period. Default 10,000,000: Ho Chi Minh City's 168 units had 645,000 dossiers in two months. */
  maxCases: number;
  /** Most staff per unit x field. Default 10,000 (a commune has 32-70 positions in all). */
  maxStaff: number;
  /** Largest unit population. Default 10,000,000. */
  maxPopulation: number;
  /** Largest unit area in km². Default 100,000 (larger than any province of Viet Nam). */
  maxAreaKm2: number;
  /** Longest time standard in minutes per case. Default 100,000 (about 1.7 months of full-time work). */
  maxMinutesPerCase: number;
  /** Most additional-activity hours per unit x field per year. Default 1,000,000 (about 550 full-time staff). */
  maxHours: number;
}

/** The default {@link ReadLimits}. */
export const DEFAULT_READ_LIMITS: Readonly<ReadLimits> = Object.freeze({
  maxFileBytes: 64 * 1024 * 1024,
  maxUnzippedBytes: 128 * 1024 * 1024,
  maxRows: 2_000_000,
  maxCases: 10_000_000,
  maxStaff: 10_000,
  maxPopulation: 10_000_000,
  maxAreaKm2: 100_000,
  maxMinutesPerCase: 100_000,
  maxHours: 1_000_000,
});

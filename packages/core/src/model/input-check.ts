/** A plausibility warning about input that was read but deserves a look (not an error). */
export interface InputCheck {
  /** Stable machine code, e.g. 'percent_cell', 'share_fraction', 'population_low'. */
  readonly code: string;
  /** File, or file#sheet, the value came from. */
  readonly source: string;
  /** Row as the spreadsheet numbers it (header = row 1), when the check is about one row. */
  readonly row?: number;
  readonly column?: string;
  readonly value?: string;
  /** Plain-language explanation of what looks wrong and how to fix it. */
  readonly message: string;
}

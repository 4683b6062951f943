import type { MessageKey } from '../i18n/messages-en.ts';
import type { MessageParams } from '../i18n/translate.ts';

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
  /** Plain-language explanation of what looks wrong and how to fix it (English; `checkMessage` gives other languages). */
  readonly message: string;
  /** Catalogue key the message is rendered from, with {@link InputCheck.params}; absent for a message written directly. */
  readonly messageKey?: MessageKey;
  /** Values filled into the message (`checkMessage(check, 'vi')` renders it in Vietnamese). */
  readonly params?: MessageParams;
}

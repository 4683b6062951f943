// i18n/: one message catalogue (vi + en), language selection, locale number formatting, name folding.
// Browser-safe: no node imports, so the notebooks can use it too.
export { LOCALES, DEFAULT_LOCALE, parseLocale, resolveLocale, type Locale, type LocaleSources } from './locale.ts';
export { defineMessages, type NonEmptyMessages } from './define-messages.ts';
export { EN, type MessageKey } from './messages-en.ts';
export { VI } from './messages-vi.ts';
export { MESSAGES, translate, countText, codeLabel, statusLabel, type MessageParams, type CountedNoun } from './translate.ts';
export { formatNumber, formatRatio, formatShort, intlTag } from './format-number.ts';
export { foldText } from './fold-text.ts';
export { inputErrorMessage, localLocation } from './error-message.ts';
export { localDataNote, datasetName, datasetSource } from './dataset-text.ts';
export { matchProvinces } from './match-province.ts';
export { translateExpected, matchExpected } from './translate-expected.ts';
export { EXPECTED_PHRASES } from './expected-phrases.ts';
export { checkText, checkMessage } from './check-message.ts';
export { translateReason, matchReason, REASON_PHRASES } from './reason-phrases.ts';
export { PhraseTable } from './phrase-table.ts';

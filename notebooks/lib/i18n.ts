/**
 * Entry of the small browser bundle of the message catalogue (scripts/prepare.ts writes src/_lib/i18n.js):
 * every page's prose, labels and numbers come from @canbang/core's catalogue, without loading the engine.
 */
export { translate, formatNumber, codeLabel, foldText, localDataNote, datasetName, MESSAGES, intlTag } from '@canbang/core';

/**
 * @canbang/danfo: canbang's balance, plan and scenario tables as danfojs-node DataFrames, and back.
 * danfojs-node is a peer dependency; see README.md for the two overrides a consumer needs to install it.
 */
export { toDataFrame, type CanbangTable } from './to-data-frame.ts';
export { fromDataFrame } from './from-data-frame.ts';
export { balanceFrames, planFrames, comparisonFrames } from './canbang-frames.ts';

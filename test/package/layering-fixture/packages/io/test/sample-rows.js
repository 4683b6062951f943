export const sampleRows = [[1], [2]];

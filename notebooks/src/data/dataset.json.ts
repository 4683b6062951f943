// Data loader: the whole dataset in compact form, for the pages that re-run the engine in the browser.
import { datasetRows } from '@canbang/core';
import { encodeDataset } from '../../lib/dataset-codec.ts';
import { notebookDataset } from '../../lib/source.ts';

process.stdout.write(JSON.stringify(encodeDataset(datasetRows(notebookDataset()))));

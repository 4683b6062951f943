// Data loader: national workload vs headcount balance, computed at build time by @canbang/core.
import { balanceData } from '../../lib/balance-data.ts';
import { notebookDataset } from '../../lib/source.ts';

process.stdout.write(JSON.stringify(balanceData(notebookDataset())));

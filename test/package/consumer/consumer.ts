// A typed outside consumer, checked with a strict NodeNext `tsc --noEmit` against the packed packages' .d.ts.
import { balance, CanbangInputError, planTransfers, type Dataset, type PlanMove, type TransferPlan } from '@canbang/core';
import { readDataset, writeTable } from '@canbang/io';
import { loadVietNam } from '@canbang/data-vn';
import { buildReport } from '@canbang/cli/report';

export async function provincePlan(code: string): Promise<{ moves: readonly PlanMove[]; html: string }> {
  const dataset: Dataset = loadVietNam();
  const plan: TransferPlan = await planTransfers(dataset, { province: code });
  const html: string = await buildReport(dataset, { province: code, plan });
  return { moves: plan.moves, html };
}

export async function balanceFile(path: string, out: string): Promise<number> {
  try {
    const { byUnit } = balance(await readDataset(path));
    await writeTable(byUnit, out);
    return byUnit.numRows();
  } catch (error) {
    if (error instanceof CanbangInputError) return -1;
    throw error;
  }
}

// An analyst's script: the Viet Nam balance and a province's transfer plan as danfojs-node DataFrames.
// Run from the repository after `pnpm build`:  node packages/danfo/examples/analyst.mjs [province=11] [out.xlsx]
// Prints the provinces with the largest shortage, the plan's moves per field, and writes the unit balance
// of the province to an Excel file with danfo's toExcel. Figures are SYNTHETIC (see the data note).
import * as dfd from 'danfojs-node';
import { balance, planTransfers } from '@canbang/core';
import { loadVietNam } from '@canbang/data-vn';
import { balanceFrames, fromDataFrame, planFrames } from '@canbang/danfo';

const province = process.argv[2] ?? '11';
const out = process.argv[3] ?? `balance-${province}.xlsx`;
const dataset = loadVietNam();
console.log(`NOTE: ${dataset.meta.note ?? ''}`);

const { byUnit } = balanceFrames(balance(dataset));
const perProvince = byUnit.groupby(['province_code']).col(['shortage', 'surplus', 'staff']).sum();
perProvince.sortValues('shortage_sum', { ascending: false, inplace: true });
console.log('Provinces with the largest shortage (staff short of the WISN requirement):');
perProvince.head(5).print();

const plan = planFrames(await planTransfers(dataset, { province }));
if (plan.moves.shape[0] === 0) console.log(`Province ${province}: no transfer improves the balance.`);
else {
  console.log(`Province ${province}: staff moved per field by the optimal transfer plan:`);
  plan.moves.groupby(['field']).col(['staff']).sum().print();
}

const provinceUnits = byUnit.query(byUnit.column('province_code').eq(province));
dfd.toExcel(provinceUnits, { filePath: out, sheetName: 'balance' });
console.log(`${out}: ${provinceUnits.shape[0]} units; back in canbang as an arquero table of ${fromDataFrame(provinceUnits).numRows()} rows.`);

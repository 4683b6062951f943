// An outside project's script, run with plain `node app.mjs` after `npm install` of the packed tarballs:
// loads the built-in Viet Nam dataset, balances it and plans one province. Prints one JSON line.
import { balance, planTransfers } from '@canbang/core';
import { loadVietNam } from '@canbang/data-vn';

const province = process.argv[2] ?? '11';
const dataset = loadVietNam();
const { byUnit } = balance(dataset);
const plan = await planTransfers(dataset, { province });
console.log(JSON.stringify({
  units: dataset.units.numRows(),
  overloaded: byUnit.filter((d) => d.status === 'overloaded').numRows(),
  status: plan.status,
  moves: plan.moves.length,
  staffMoved: plan.moves.reduce((sum, move) => sum + move.staff, 0),
}));

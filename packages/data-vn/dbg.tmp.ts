import { normQuota } from '@canbang/core';
import { generateVietNam } from '@canbang/data-vn';
const rows = generateVietNam();
const u = rows.units.filter((x) => x.name === 'Xã Đa Phúc');
for (const x of u) console.log(x, normQuota(x), rows.headcount.filter((h) => h.unit_code === x.code).reduce((s, h) => s + h.staff, 0));

import { generateVietNam } from '@canbang/data-vn';
for (let k = 0; k < 8; k++) generateVietNam();

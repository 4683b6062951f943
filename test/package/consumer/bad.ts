// Must NOT type-check: a province code is a string. Proves the consumer check reads the real types.
import { loadVietNam } from '@canbang/data-vn';
import { planTransfers } from '@canbang/core';

await planTransfers(loadVietNam(), { province: 11 });

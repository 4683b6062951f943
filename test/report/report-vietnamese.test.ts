import { describe, expect, it } from 'vitest';
import { createDataset, planTransfers } from '@canbang/core';
import { buildReport } from '../../packages/cli/src/report/build-report.ts';
import { tinyRows } from '../../packages/core/test/fixtures/tiny-dataset.ts';
import { englishWordsIn, visibleText } from '../support/english-words.ts';

describe('HTML report in Vietnamese', () => {
  it('has <html lang="vi">, Vietnamese headings and none of the English words, with a plan section', async () => {
    const dataset = createDataset(tinyRows());
    const plan = await planTransfers(dataset, {});
    const html = await buildReport(dataset, { locale: 'vi', plan });
    expect(html).toContain('<html lang="vi">');
    for (const heading of ['Tổng hợp', 'Đơn vị quá tải và dư người', 'Thiếu người theo lĩnh vực', 'Phân bố mức tải', 'Phương án: trước / sau', 'Giả định']) {
      expect(html).toContain(`<h2>${heading}</h2>`);
    }
    expect(englishWordsIn(visibleText(html))).toEqual([]);
  });

  it('keeps English, with lang="en", when no locale is asked', async () => {
    const html = await buildReport(createDataset(tinyRows()));
    expect(html).toContain('<html lang="en">');
    expect(html).toContain('<h2>Summary</h2>');
  });

  it('writes numbers the Vietnamese way in prose (AWT 1.832 hours: 40 × 52 − 31 × 8, tiny-dataset.ts)', async () => {
    const html = await buildReport(createDataset(tinyRows()), { locale: 'vi' });
    expect(html).toContain('<strong>1.832 giờ một năm</strong>');
  });
});

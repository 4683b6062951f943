import { countText, translate, type InputCheck, type Locale, type MessageKey } from '@canbang/core';
import { htmlTable, text } from './html.ts';

/**
 * The report's "Input checks" section: the plausibility warnings about the input (a population under 1,000,
 * shares that look like fractions, a unit with no headcount, ...), or a line saying there were none.
 *
 * @example
 * checksSection(inputChecks(dataset)); // '<section id="checks"><h2>Input checks</h2>...'
 * checksSection([], 'vi'); // '<section id="checks"><h2>Kiểm tra dữ liệu đầu vào</h2>...'
 */
export function checksSection(checks: readonly InputCheck[], locale: Locale = 'en'): string {
  const t = (key: MessageKey) => translate(locale, key);
  const body =
    checks.length === 0
      ? `<p>${text(t('report.checksNone'))}</p>`
      : htmlTable(
          checks,
          [
            { header: t('report.column.check'), cell: (c) => text(c.code) },
            { header: t('report.column.where'), cell: (c) => text([c.source, c.row !== undefined ? translate(locale, 'common.row', { row: String(c.row) }) : '', c.column ?? ''].filter(Boolean).join(', ')) },
            { header: t('report.column.value'), cell: (c) => text(c.value ?? '') },
            { header: t('report.column.wrong'), cell: (c) => text(c.message) },
          ],
          translate(locale, 'report.checksCaption', { count: countText(locale, checks.length, 'warning') }),
        );
  return `<section id="checks"><h2>${text(t('report.checksHeading'))}</h2>\n${body}\n</section>`;
}

import type { InputCheck } from '@canbang/core';
import { htmlTable, text } from './html.ts';

/**
 * The report's "Input checks" section: the plausibility warnings about the input (a population under 1,000,
 * shares that look like fractions, a unit with no headcount, ...), or a line saying there were none.
 *
 * @example
 * checksSection(inputChecks(dataset)); // '<section id="checks"><h2>Input checks</h2>...'
 */
export function checksSection(checks: readonly InputCheck[]): string {
  const body =
    checks.length === 0
      ? '<p>No warnings: every value read passed the plausibility checks.</p>'
      : htmlTable(
          checks,
          [
            { header: 'Check', cell: (c) => text(c.code) },
            { header: 'Where', cell: (c) => text([c.source, c.row !== undefined ? `row ${c.row}` : '', c.column ?? ''].filter(Boolean).join(', ')) },
            { header: 'Value', cell: (c) => text(c.value ?? '') },
            { header: 'What looks wrong', cell: (c) => text(c.message) },
          ],
          `${checks.length} warning${checks.length === 1 ? '' : 's'} about the input: the figures above use the values as read`,
        );
  return `<section id="checks"><h2>Input checks</h2>\n${body}\n</section>`;
}

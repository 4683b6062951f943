import type { Command } from 'commander';
import { CanbangInputError, countText, DEFAULT_BANDS, planTransfers, translate, type TransferPlan } from '@canbang/core';
import { commandLocale, langOption } from '../lang-option.ts';
import { DEFAULT_REPORT_OPTIONS } from '../report/report-data.ts';
import { findProvince, provinceNames } from '../province-units.ts';
import { inputOptions, loadInput, type InputOptions } from '../load-input.ts';
import { writeOutput } from '../write-output.ts';
import { bandsFromOptions, bandsPresetOption } from '../bands-option.ts';
import { numberOption } from '../number-option.ts';
import { loadBoundaries } from '@canbang/data-vn';

interface ReportCommandOptions extends InputOptions {
  out: string;
  province?: string;
  top: string;
  plan?: boolean;
  maxDistanceKm?: string;
  overloadedBelow: string;
  underloadedAbove: string;
  bands?: string;
}

/**
 * Registers `canbang report`: a self-contained HTML report (charts as inline SVG, no outside requests),
 * written atomically to `--out`.
 *
 * @example
 * registerReport(program); // canbang report --province 79 --out report.html
 */
export function registerReport(program: Command): void {
  const command = program
    .command('report')
    .description('self-contained HTML report: status charts, per-field shortages, load distribution, top units, assumptions')
    .requiredOption('--out <file>', 'HTML file to write (atomically: temp file, then rename)')
    .option('--province <code>', 'only units of this province (2-digit code, e.g. 79 for TP Hồ Chí Minh)')
    .option('--top <n>', 'how many most over/underloaded units to list', String(DEFAULT_REPORT_OPTIONS.top))
    .option('--plan', 'also compute optimal staff transfers within each province and show them before / after')
    .option('--max-distance-km <km>', 'with --plan: farthest a transfer may go')
    .option('--overloaded-below <ratio>', 'WISN ratio below which a unit is overloaded', String(DEFAULT_BANDS.overloadedBelow))
    .option('--underloaded-above <ratio>', 'WISN ratio above which a unit is underloaded', String(DEFAULT_BANDS.underloadedAbove));
  bandsPresetOption(command);
  langOption(command);
  inputOptions(command).action(async (options: ReportCommandOptions) => {
    const locale = commandLocale(options);
    if (!/\.html?$/i.test(options.out)) {
      throw new CanbangInputError({ source: 'canbang report --out', value: options.out, expected: 'a file name ending in .html' });
    }
    if (options.maxDistanceKm !== undefined && !options.plan) {
      throw new CanbangInputError({ source: 'canbang report --max-distance-km', value: options.maxDistanceKm, expected: 'to be used together with --plan' });
    }
    const started = performance.now();
    const top = numberOption(options.top, 'canbang report --top', { integer: true, min: 0 });
    const bands = bandsFromOptions(command, options, 'canbang report');
    process.stderr.write(translate(locale, 'report.loading') + '\n');
    const dataset = await loadInput(options);
    process.stderr.write(translate(locale, 'report.balancing', { count: countText(locale, dataset.units.numRows(), 'unit') }) + '\n');
    if (options.province !== undefined) {
      // Checked before the (slower) plan, which would otherwise fail less clearly on an unknown code.
      options.province = findProvince(provinceNames(dataset), options.province, 'report', locale).code;
    }
    let plan: TransferPlan | undefined;
    if (options.plan) {
      const maxDistanceKm = options.maxDistanceKm === undefined ? undefined : numberOption(options.maxDistanceKm, 'canbang report --max-distance-km', { min: 0 });
      plan = await planTransfers(dataset, {
        ...(options.province !== undefined ? { province: options.province } : {}),
        ...(maxDistanceKm !== undefined ? { maxDistanceKm } : {}),
        balanceOptions: { bands },
        bands,
        onProgress: (done, total, key) => process.stderr.write(translate(locale, 'report.planBlock', { done, total, key }) + '\n'),
        locale,
      });
    }
    // vega (about 0.6 s to import) is loaded only when a report is built, not on every canbang start.
    const { buildReport } = await import('../report/build-report.ts');
    const html = await buildReport(dataset, {
      ...(options.province !== undefined ? { province: options.province } : {}),
      ...(plan ? { plan } : {}),
      top,
      bands,
      // Viet Nam's boundaries: the map draws the units whose code has one (all of the built-in dataset).
      boundaries: loadBoundaries(),
      locale,
    });
    await writeOutput(options.out, html);
    const kb = Buffer.byteLength(html, 'utf8') / 1024;
    process.stderr.write(translate(locale, 'report.wrote', { file: options.out, kb: Math.round(kb), ms: Math.round(performance.now() - started) }) + '\n');
  });
}

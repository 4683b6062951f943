import { commandLocale } from '../lang-option.ts';
import type { Command } from 'commander';
import { existsSync } from 'node:fs';
import { CanbangInputError, datasetRows, translate } from '@canbang/core';
import { TEMPLATE_LANGUAGES, writeTemplate, type TemplateLanguage } from '@canbang/io';
import { loadVietNam } from '@canbang/data-vn';
import { findProvince, provinceNames } from '../province-units.ts';
import { prepareOutput } from '../write-output.ts';

interface TemplateCommandOptions {
  out: string;
  province?: string;
  lang?: string;
  force?: boolean;
}

/**
 * `canbang template --out FILE.xlsx [--province CODE] [--lang vi] [--force]`: writes the input template
 * workbook. Always with the national time standards, fields and provinces of the built-in dataset and
 * dropdowns; with `--province`, the province's units from the built-in registry (code, name, kind,
 * population, area, coordinates, terrain, read from the dataset) and one empty headcount row per unit x field
 * and volumes row per unit x service activity to fill in. Refuses to replace an existing file without --force.
 *
 * @example
 * registerTemplate(program); // canbang template --province 11 --lang vi --out dien-bien.xlsx
 */
export function registerTemplate(program: Command): void {
  program
    .command('template')
    .description('write the Excel input template (instructions, units, headcount, volumes, standards, fields, provinces, meta)')
    .requiredOption('--out <file.xlsx>', 'where to write the template workbook')
    .option('--province <code>', 'pre-fill the units of this province from the built-in registry (e.g. 11 for Điện Biên)')
    .option('--lang <lang>', `language of the instructions and header notes: ${TEMPLATE_LANGUAGES.join(' | ')} (default: CANBANG_LANG, else vi when LANG/LC_ALL starts with vi, else en)`)
    .option('--force', 'replace --out if it exists (a filled-in workbook is otherwise never overwritten)')
    .action(async (options: TemplateCommandOptions) => {
      if (!options.out.toLowerCase().endsWith('.xlsx')) {
        throw new CanbangInputError({ source: 'canbang template --out', value: options.out, expected: 'a file name ending in .xlsx' });
      }
      // The same language rule as every command: --lang, else CANBANG_LANG, else LC_ALL / LANG, else English.
      if (options.lang === undefined) options.lang = commandLocale(options);
      if (!(TEMPLATE_LANGUAGES as readonly string[]).includes(options.lang)) {
        throw new CanbangInputError({ source: 'canbang template --lang', value: options.lang, expected: TEMPLATE_LANGUAGES.join(' | ') });
      }
      const out = await prepareOutput(options.out);
      if (existsSync(out) && !options.force) {
        throw new CanbangInputError({ source: 'canbang template --out', value: `${out} (exists)`, expected: 'a new file name, or --force to replace the file' });
      }
      const dataset = loadVietNam();
      const rows = datasetRows(dataset);
      const province = options.province === undefined ? undefined : findProvince(provinceNames(dataset), options.province, 'template', options.lang as TemplateLanguage);
      await writeTemplate(out, {
        lang: options.lang as TemplateLanguage,
        standards: rows.standards,
        fields: rows.fields ?? [],
        provinces: (rows.provinces ?? []).filter((p) => province === undefined || p.province_code === province.code),
        // The period the built-in volumes are for; the planner changes it on the meta sheet if theirs differ.
        period: dataset.meta.period,
        ...(province ? { units: rows.units.filter((u) => u.province_code === province.code), name: `${province.name} ${dataset.meta.period}` } : {}),
      });
      const lang = options.lang as TemplateLanguage;
      const wrote = province ? translate(lang, 'template.wroteProvince', { file: out, code: province.code, name: province.name }) : translate(lang, 'template.wrote', { file: out });
      process.stderr.write(`${wrote}\n`);
    });
}

import { defineMessages } from './define-messages.ts';

/**
 * English texts of the whole product. Keys are `area.name`; `{name}` marks a value filled in by
 * {@link translate}. Terms follow docs/GLOSSARY.md. Every key must also exist in messages-vi.ts.
 */
export const EN = defineMessages({
  // Statuses, kinds and terrains: labels of the machine codes CSV/JSON keep.
  'status.overloaded': 'overloaded',
  'status.balanced': 'balanced',
  'status.underloaded': 'underloaded',
  'kind.commune': 'commune',
  'kind.ward': 'ward',
  'kind.special_zone': 'special zone',
  'kind.all': 'all',
  'terrain.plain': 'plain',
  'terrain.mountain': 'mountain',
  'terrain.island': 'island',
  // Nouns counted with Intl.PluralRules: `.one` and `.other`.
  'noun.unit.one': '{n} unit',
  'noun.unit.other': '{n} units',
  // Column headers of text tables.
  'column.kind': 'kind',
  'column.units': 'units',
  'column.overloaded': 'overloaded',
  'column.balanced': 'balanced',
  'column.underloaded': 'underloaded',
  'column.staff': 'staff',
  'column.required': 'required',
  'column.shortageFte': 'shortage FTE',
  'column.surplusFte': 'surplus FTE',
  'column.code': 'code',
  'column.name': 'name',
  'column.province': 'province',
  'column.ratio': 'ratio',
  'column.shortage': 'shortage',
  'column.normQuota': 'norm quota',
  // Lines every text output shares.
  'common.note': 'NOTE: {note}',
  'common.genericSyntheticNote': 'SYNTHETIC workload/headcount data (calibrated to published figures), not observations.',
  'common.wholeDataset': 'whole dataset',
  'common.scope': '{name} ({code})',
  'common.writtenTo': ' -> {file}',
  'common.flaggedFootnote': '{mark} population flagged, figures resting on it are doubtful: {list}',
  'common.error': 'canbang: error: {message}',
  'common.unexpectedError': 'canbang: unexpected error: {message}',
  'common.inputError': '{where}{got}; expected {expected}',
  'common.got': ': got {value}',
  'common.row': 'row {row}',
  'common.item': 'item {row}',
  'common.column': 'column "{column}"',
  'option.lang': 'language of the human-facing text: vi | en (default: CANBANG_LANG, else vi when LANG/LC_ALL starts with vi, else en)',
  'province.expected': 'a province of the dataset, by code (1 or 01) or name with or without diacritics ({known})',
  // canbang analyze
  'analyze.title': 'canbang analyze — {dataset}, period {period}, {scope}',
  'analyze.bands': 'Status by WISN ratio staff/required: overloaded < {low}, underloaded > {high}',
  'analyze.flagged': '({n} of these units have a flagged population figure: see the pop_flag column of --format csv)',
  'analyze.loadStatistics':
    'Required per staff (load) across {count}: p10 {p10}  median {p50}  p90 {p90}  mean {mean}  Gini {gini}  outliers (|z| >= {z}) {outliers}',
  'analyze.mostOverloaded': 'Most overloaded units (top {n}):',
  'analyze.mostUnderloaded': 'Most underloaded units (top {n}):',
  'analyze.done': 'analyzed {count} in {ms} ms',
});

/** A key of the message catalogue. */
export type MessageKey = keyof typeof EN;

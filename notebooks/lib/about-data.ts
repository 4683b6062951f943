/**
 * The few facts about a dataset every page shows before any computation: its meta (with the data note),
 * provinces, fields and number of units. Small (a few kB), so pages that run the engine in the worker do
 * not download the whole balance summary to print the data note.
 */
import { dataNote, datasetName, localDataNote, tableRows, type Dataset } from '@canbang/core';

/** What {@link aboutData} returns (the `about.json` data loader writes it for the built-in dataset). */
export interface AboutData {
  /** `nameVi` / `noteVi`: the dataset's name and data note in Vietnamese (the page shows the one of its language). */
  meta: { name: string; nameVi: string; synthetic: boolean; source: string; period: string; seed: number | null; note: string; noteVi: string };
  provinces: { code: string; name: string }[];
  fields: { field: string; name_en: string; name_vi: string }[];
  units: number;
}

/**
 * The meta, provinces, fields and unit count of a dataset (names NFC).
 * @example
 * aboutData(loadVietNam()).units; // 3321
 */
export function aboutData(ds: Dataset): AboutData {
  const provinces = tableRows(ds.provinces).map((p) => ({
    code: p.province_code,
    name: String(p.province_name).normalize('NFC'),
  }));
  const fields = tableRows(ds.fields).map((f) => ({
    field: f.field,
    name_en: f.name_en || f.field,
    name_vi: (f.name_vi || f.field).normalize('NFC'),
  }));
  const { meta } = ds;
  return {
    meta: { name: meta.name, nameVi: datasetName(meta, 'vi'), synthetic: meta.synthetic, source: meta.source, period: meta.period, seed: meta.seed ?? null, note: dataNote(meta), noteVi: localDataNote(meta, 'vi') },
    provinces,
    fields,
    units: ds.units.numRows(),
  };
}

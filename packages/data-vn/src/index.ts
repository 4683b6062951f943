/**
 * @canbang/data-vn: Viet Nam's real 2025 registry of 3,321 commune-level units and a calibrated,
 * clearly labelled SYNTHETIC workload / headcount dataset built on it.
 */
export { dataFileUrl, numberCell, parseCsv, readDataCsv, type CsvTable } from './csv.ts';
export { loadRegistry, type Registry, type RegistryProvince, type RegistryUnit } from './registry.ts';

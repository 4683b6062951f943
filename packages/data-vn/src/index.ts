/**
 * @canbang/data-vn: Viet Nam's real 2025 registry of 3,321 commune-level units and a calibrated,
 * clearly labelled SYNTHETIC workload / headcount dataset built on it.
 */
export { dataFilePath, dataFileUrl, numberCell, parseCsv, readDataCsv, type CsvTable, type DataOptions } from './csv.ts';
export { loadRegistry, type Registry, type RegistryProvince, type RegistryUnit } from './registry.ts';
export { createRandom, type Random } from './random.ts';
export { loadProvinceProfiles, loadSpecialZones, type ProvinceProfile, type SpecialZoneProfile } from './profiles.ts';
export { loadFields, loadStandards, loadVolumeModel, VN_FIELDS, type VnField, type VnStandardRow, type VolumeModelRow } from './standards.ts';
export { DEFAULT_SEED, FIELD_STAFF_SHARES, generateVietNam, GENERATOR_PARAMETERS, VN_PERIOD, type GenerateOptions } from './generate.ts';
export { loadVietNam } from './load.ts';

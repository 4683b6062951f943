/**
 * @canbang/data-vn: Viet Nam's real 2025 registry of 3,321 commune-level units with their REAL population,
 * area, location and boundaries, DERIVED terrain, and a calibrated, clearly labelled SYNTHETIC workload /
 * headcount dataset built on them.
 */
export { dataFilePath, dataFileUrl, numberCell, parseDataCsv, parseCsv, readDataCsv, type CsvTable, type DataOptions } from './csv.ts';
export { loadRegistry, type Registry, type RegistryProvince, type RegistryUnit } from './registry.ts';
export { createSyntheticRandom, createRandom, type Random } from './random.ts';
export { loadProvinceProfiles, type ProvinceProfile } from './profiles.ts';
export { loadUnitGeography, type UnitGeography } from './geography.ts';
export { imputePopulations, IMPUTED_FLAG } from './impute-population.ts';
export { deriveTerrain, loadTerrainOverrides, TERRAIN_RULE, type TerrainInput, type TerrainRule } from './terrain.ts';
export { vnDataNote, vnDataNoteParts, type VnDataNote } from './data-note.ts';
export { loadBoundaries, provinceBorders, provinceShapes, simplifyBoundaries, unitBorders, unitGroupShapes, unitShapes, type ProvinceShape, type ProvinceShapeProperties, type ShapeOptions, type UnitShape, type UnitShapeProperties, type VnTopology } from './boundaries.ts';
export { loadFields, loadStandards, loadVolumeModel, VN_FIELDS, type VnField, type VnStandardRow, type VolumeModelRow } from './standards.ts';
export { DEFAULT_SEED, FIELD_STAFF_SHARES, generateVietNam, GENERATOR_PARAMETERS, VN_PERIOD, type GenerateOptions } from './generate.ts';
export { loadVietNam } from './load.ts';

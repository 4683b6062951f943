/**
 * @canbang/core: workload (WHO WISN) vs headcount balance, indicators, optimal staff plans and
 * what-if scenarios for any set of administrative units. Every export is re-exported here by name.
 * Keep one block per concept folder; add new exports inside your folder's block.
 */

// model/: types, validation, dataset construction
export * from './model/types.ts';
export { CanbangInputError, describeLocation, type InputErrorLocation, type RowLabel } from './model/errors.ts';
export type { InputCheck } from './model/input-check.ts';
export { plausibilityChecks, inputChecks, checkedTables, PLAUSIBILITY_THRESHOLDS, type CheckLocations } from './model/plausibility-checks.ts';
export { describeCheck } from './model/describe-check.ts';
export { validateDatasetRows, type TableSources, type DatasetInput } from './model/validate.ts';
export { validateMeta } from './model/validate-meta.ts';
export {
  DATASET_SCHEMA, META_SCHEMA, TABLE_NAMES, tableSchema, columnNames, byTable,
  type ColumnType, type NumberRule, type ColumnSchema, type TableSchema, type TableName, type ColumnName, type MetaKeySchema, type MetaKey,
} from './model/schema.ts';
export { tableRows, type TypedTable } from './model/typed-table.ts';
export { createDataset, datasetRows } from './model/dataset.ts';
export { dataNote, GENERIC_SYNTHETIC_NOTE } from './model/data-note.ts';
export { unitQualityFlags } from './model/quality-flags.ts';

// workload/: WISN requirement
export { availableWorkingTime, VN_WORKING_TIME, type WorkingTime } from './workload/working-time.ts';
export { standardWorkload } from './workload/standard-workload.ts';
export { categoryAllowanceFactor } from './workload/category-allowance-factor.ts';
export { individualAllowanceFactor } from './workload/individual-allowance-factor.ts';
export { requirementMatrix, type RequirementMatrix, type RequirementOptions } from './workload/requirement-matrix.ts';
export { requiredStaff } from './workload/required-staff.ts';
export { allowanceHoursPerYear, allowancePercent, ALLOWANCE_PERIODS, type AllowancePeriod, type AllowanceWorkingTime } from './workload/allowance-time.ts';
export { cellWorkingTime, type CellWorkingTime } from './workload/cell-working-time.ts';
export { serviceFte } from './workload/service-fte.ts';

// indicators/: balance, classify, summarize, statistics, norms
export { classify, checkBands, DEFAULT_BANDS, type Bands } from './indicators/classify.ts';
export {
  BAND_PRESETS, GRADED_QUARTERS, gradeRatio, checkGrades, workloadPressure,
  type BandPreset, type BandPresetName, type RatioGrades,
} from './indicators/band-presets.ts';
export { normQuota, VN_STAFFING_NORMS, type StaffingNorms } from './indicators/norm-quota.ts';
export { giniCoefficient } from './indicators/gini-coefficient.ts';
export { balance, type Balance, type BalanceOptions } from './indicators/balance.ts';
export { requiredPerStaff } from './indicators/required-per-staff.ts';
export { summarize, summarise } from './indicators/summarise.ts';
export { STATUS_PALETTE } from './indicators/status-palette.ts';
export { loadStatistics, type LoadStatistics, type LoadStatisticsOptions, type LoadOutlier } from './indicators/load-statistics.ts';

// optimize/: formulate, solvers, plans, explain
export * from './optimize/types.ts';
export { haversineKm, EARTH_RADIUS_KM } from './optimize/haversine-km.ts';
export { PLAN_KINDS, PLAN_OPTION_RULES, checkPlanOptions, resolveTransferOptions, type PlanKind, type OptionOrigin, type NumberBounds, type OptionValueRule, type PlanOptionRule, type ResolvedTransferOptions } from './optimize/plan-options.ts';
export { unitLabel, reachableNodes } from './optimize/transfer-node.ts';
export { buildTransferProblems, type TransferInput, type TransferRow, type TransferUnit } from './optimize/build-transfer-problems.ts';
export { donorKeeps, donorSpare } from './optimize/donor-spare.ts';
export { isIslandUnit } from './optimize/is-island-unit.ts';
export { pairDistances, type DistanceRow, type PairDistance, type LocatedUnit } from './optimize/pair-distance.ts';
export { unitCap, unitFloor, unitStaffTotals, DEFAULT_QUOTA_RULE, type QuotaRule, type QuotaUnit } from './optimize/unit-quota.ts';
export { loadFigures, formatWorstLoad, LOAD_FIGURE_LABELS, type LoadFigures, type LoadCell } from './optimize/load-figures.ts';
export type { PlanUnitRow } from './optimize/plan-unit-status.ts';
export { residualShortage, residualByField, type ResidualRow, type ResidualByField, type PlannedCell } from './optimize/residual-shortage.ts';
export { unitCoordinates, type MaybeCoordinates } from './optimize/unit-coordinates.ts';
export { formulate, changeableNodes, type FormulateOptions } from './optimize/formulate.ts';
export { solveWithLpSolver, type LpSolverOptions } from './optimize/solve-with-lp-solver.ts';
export { solveWithHighs, type HighsOptions } from './optimize/solve-with-highs.ts';
export { solveWithMinCostFlow } from './optimize/solve-with-min-cost-flow.ts';
export { solveTransferProblem, MODEL_SOLVERS, type ModelSolver } from './optimize/solve-transfer-problem.ts';
export { staffAfter } from './optimize/staff-after.ts';
export { evaluateTransfers } from './optimize/evaluate-transfers.ts';
export { checkTransfers } from './optimize/check-transfers.ts';
export { planTransfers, planLoadFigures, describeDistance, type TransferRules, type TransferPlan, type PlanMove, type PlanBlock, type PlanTransfersOptions } from './optimize/plan-transfers.ts';
export { allocateInteger, type AllocationNode, type AllocationResult, type AllocationGroups } from './optimize/allocate-integer.ts';
export type { Allocation, AllocationPool, AllocationPlan, AllocationOptions } from './optimize/allocation-plan.ts';
export { planHires, type PlanHiresOptions } from './optimize/plan-hires.ts';
export { planTransfersThenHires, type TransferHirePlan, type PlanTransfersThenHiresOptions } from './optimize/plan-transfers-then-hires.ts';
export { planReductions, type PlanReductionsOptions } from './optimize/plan-reductions.ts';
export { planRouting, type PlanRoutingOptions, type RoutingPlan, type RoutingBlock, type RoutedWork } from './optimize/plan-routing.ts';

// scenario/: levers, run, compare, sensitivity, uncertainty
export type {
  Selector, Lever, LeverType, ScaleVolumesLever, DecentraliseLever, ChangeStandardsLever, RemoveStaffLever, AddStaffLever,
  HireAllocation, SetNormsLever, SetBandsLever, Scenario, ScenarioResult, ScenarioComparison, PlanSpec, TransferPlanSpec,
  HirePlanSpec, RoutePlanSpec, ScenarioPlan, SetAllowanceLever,
} from './scenario/types.ts';
export { validateScenario } from './scenario/validate-scenario.ts';
export { SCENARIO_LIMITS } from './scenario/scenario-limits.ts';
export { parseScenario, type ParseScenarioOptions } from './scenario/parse-scenario.ts';
export { applyLevers, type ApplyLeversOptions } from './scenario/apply-levers.ts';
export { runScenario, type RunScenarioOptions } from './scenario/run-scenario.ts';
export { planScenario, type PlanScenarioOptions } from './scenario/plan-scenario.ts';
export { compare } from './scenario/compare.ts';
export { sensitivity, DEFAULT_SENSITIVITY_PARAMETER, type SensitivityOptions } from './scenario/sensitivity.ts';
export {
  uncertainty, DEFAULT_VOLUME_DISTRIBUTION, DEFAULT_STANDARD_DISTRIBUTION,
  type Distribution, type DistributionType, type UncertaintyOptions, type UncertaintyResult,
} from './scenario/uncertainty.ts';

// io/: browser-safe parsing (file readers and writers live in @canbang/io)
export { parseJson } from './io/parse-json.ts';
// io/interop/: dataframe interop through Apache Arrow IPC (danfojs-node DataFrames: @canbang/danfo)
export { toArrow, DEFAULT_TO_ARROW_OPTIONS, type ToArrowOptions } from './io/interop/to-arrow.ts';
export { fromArrow } from './io/interop/from-arrow.ts';

// i18n/: Vietnamese and English texts from one catalogue, Intl number formats, language selection
export * from './i18n/index.ts';

import { table, type ColumnTable } from 'arquero';
import type { Dataset } from '../model/types.ts';
import { requirementMatrix, type RequirementOptions } from './requirement-matrix.ts';

/**
 * WISN required staff per unit x field as a table with columns
 * unit_code, field, service_fte, caf, iaf, required, awt_hours (the cell's available working time; one row for every unit and every field).
 *
 * @example
 * requiredStaff(dataset).filter((d) => d.field === 'land').objects();
 */
export function requiredStaff(dataset: Dataset, options: RequirementOptions = {}): ColumnTable {
  const m = requirementMatrix(dataset, options);
  const nFields = m.fields.length;
  const cells = m.required.length;
  const unitCode = new Array<string>(cells);
  const field = new Array<string>(cells);
  const caf = new Float64Array(cells);
  for (let i = 0; i < cells; i++) {
    unitCode[i] = m.unitCodes[Math.floor(i / nFields)]!;
    field[i] = m.fields[i % nFields]!;
    caf[i] = m.caf[i]!;
  }
  return table({ unit_code: unitCode, field, service_fte: m.serviceFte, caf, iaf: m.iaf, required: m.required, awt_hours: m.awt });
}

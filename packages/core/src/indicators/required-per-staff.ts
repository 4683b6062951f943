/**
 * The load of a unit or unit x field: required / staff (WISN required FTE per staff member, the inverse of the
 * WISN ratio). Defined once for every output: 0 when nothing is required, and null ("undefined": no one to
 * carry the work, shown as an empty cell in CSV and workbooks) when the staff is 0. Balance rows
 * (`required_per_staff`, `load`) and plans (`load_before`, `load_after`) both use it; the worst-load figures
 * count unstaffed cells with work apart (`loadFigures`).
 *
 * @example
 * requiredPerStaff(6, 4); // 1.5
 * requiredPerStaff(0, 4); // 0
 * requiredPerStaff(3, 0); // null
 */
export function requiredPerStaff(required: number, staff: number): number | null {
  return staff > 0 ? required / staff : null;
}

import type { Locale } from './locale.ts';
import { PhraseTable } from './phrase-table.ts';
import { formatShort } from './format-number.ts';

/**
 * Why a plan is not optimal, and why a locked move breaks a rule, in Vietnamese, looked up by the English text
 * the optimiser builds (see {@link PhraseTable}): the reasons are made deep inside the problem builder and the
 * solvers, which stay language-free; a plan translates them once, when it returns them.
 */
export const REASON_PHRASES: readonly (readonly [en: string, vi: string])[] = [
  // Solver stages and solvers.
  ['stage 1 (worst load): {reason}', 'bước 1 (mức tải cao nhất): {reason}'],
  ['stage 2 (shortage): {reason}', 'bước 2 (thiếu người): {reason}'],
  ['stage 3 (distance): {reason}', 'bước 3 (khoảng cách): {reason}'],
  ['stage {n}: {reason}', 'bước {n}: {reason}'],
  ['weighted model: {reason}', 'mô hình có trọng số: {reason}'],
  ['infeasible', 'không khả thi'],
  ['unbounded', 'không bị chặn'],
  ['timeout', 'hết thời gian'],
  ['error', 'lỗi'],
  ['HiGHS proved the model infeasible', 'HiGHS chứng minh mô hình không khả thi'],
  ['HiGHS: {status}', 'HiGHS: {status}'],
  ['HiGHS failed: {message}', 'HiGHS gặp lỗi: {message}'],
  ['time limit {ms} ms reached without a feasible solution', 'hết giới hạn thời gian {ms} ms mà chưa có lời giải khả thi'],
  ['time limit {ms} ms reached', 'hết giới hạn thời gian {ms} ms'],
  ['javascript-lp-solver failed: {message}', 'javascript-lp-solver gặp lỗi: {message}'],
  ['constraint {name} uses undeclared variable {variable}', 'ràng buộc {name} dùng biến chưa khai báo {variable}'],
  ['javascript-lp-solver found no feasible solution', 'javascript-lp-solver không tìm được lời giải khả thi'],
  ['javascript-lp-solver reports the objective unbounded', 'javascript-lp-solver báo hàm mục tiêu không bị chặn'],
  ['cross-field cover at an efficiency below 1 is not a pure transportation problem; use the highs or lpsolve solver', 'làm thay liên lĩnh vực với hiệu suất dưới 1 không phải bài toán vận tải thuần tuý; hãy dùng bộ giải highs hoặc lpsolve'],
  ['internal: the min-cost flow left a stage-1 demand unmet', 'lỗi nội bộ: luồng chi phí nhỏ nhất để sót một nhu cầu của bước 1'],
  // Why no plan reaches a better load (the minimum cut of the flow problem).
  ['donor {unit} has a {field} ratio of {ratio}, below {t}', 'nơi cho {unit} có tỷ số lĩnh vực {field} là {ratio}, dưới {t}'],
  ['{unit} would need {d} more {field} staff, above its requirement (WISN+POA rule)', '{unit} sẽ cần thêm {d} người lĩnh vực {field}, vượt biên chế cần (quy tắc WISN+POA)'],
  ['maxLoad {max} cannot be met in {key}: {missing} more staff are needed at {where}, but {reason}', 'không đạt được maxLoad {max} ở {key}: cần thêm {missing} người tại {where}, nhưng {reason}'],
  ['{list} and others', '{list} và các nơi khác'],
  ['the budget of {n} moves is used up', 'đã dùng hết ngân sách {n} lượt điều động'],
  ['the donors within reach (distance limit, forbidden pairs, per-unit move limits) cannot spare them', 'các nơi cho trong phạm vi (giới hạn khoảng cách, cặp bị cấm, giới hạn điều động mỗi đơn vị) không thể nhường đủ'],
  // Why a block has no plan at all (the problem builder).
  ['locked move {from} -> {to} ({field}) names a unit x field with no headcount row', 'lượt điều động cố định {from} -> {to} ({field}) nêu một cặp đơn vị x lĩnh vực không có dòng biên chế'],
  ['locked moves take more {field} staff out of {unit} than it has', 'các lượt điều động cố định lấy ra khỏi {unit} nhiều người lĩnh vực {field} hơn số hiện có'],
  ['maxLoad {max} needs one more {field} officer at {unit} ({staff} staff for {required} required), but the WISN+POA rule forbids going above the requirement', 'maxLoad {max} cần thêm một người lĩnh vực {field} tại {unit} ({staff} người cho {required} biên chế cần), nhưng quy tắc WISN+POA không cho vượt biên chế cần'],
  ['the quota or the limit on moves into one unit leaves {unit} unable to receive {field} staff', 'biên chế được giao hoặc giới hạn điều động vào một đơn vị khiến {unit} không nhận được người lĩnh vực {field}'],
  ['no unit of {scope} has {field} staff to spare for {unit}', 'không đơn vị nào của {scope} có người lĩnh vực {field} dư để chuyển cho {unit}'],
  ['the country', 'cả nước'],
  ['province {key}', 'tỉnh, thành phố {key}'],
  ['forbidden pairs ban every donor of {field} staff to {unit}', 'các cặp bị cấm loại mọi nơi cho người lĩnh vực {field} tới {unit}'],
  ['the island rule (no moves between island and mainland units) leaves {unit} with no donor in field {field}', 'quy tắc hải đảo (không điều động giữa đơn vị hải đảo và đất liền) khiến {unit} không có nơi cho ở lĩnh vực {field}'],
  ['travel-time limit {max} min leaves unit {unit} with no donor in field {field} (nearest: {nearest} at {minutes} min)', 'giới hạn thời gian đi đường {max} phút khiến đơn vị {unit} không có nơi cho ở lĩnh vực {field} (gần nhất: {nearest}, {minutes} phút)'],
  ['distance limit {max} km leaves unit {unit} with no donor in field {field} (nearest: {nearest} at {km} km)', 'giới hạn khoảng cách {max} km khiến đơn vị {unit} không có nơi cho ở lĩnh vực {field} (gần nhất: {nearest}, {km} km)'],
  ['and {n} more', 'và {n} lý do khác'],
  // Rules a locked move breaks (kept as the planner's decision).
  ['{km} km is beyond the distance limit of {max} km', '{km} km vượt giới hạn khoảng cách {max} km'],
  ['{minutes} min is beyond the travel-time limit of {max} min', '{minutes} phút vượt giới hạn thời gian đi đường {max} phút'],
  ['the pair is banned', 'cặp này bị cấm'],
  ['it crosses between an island and the mainland', 'lượt này đi giữa hải đảo và đất liền'],
  ['donor {unit} goes from {a} to {b} {field} staff, below its requirement {required} (WISN+POA rule)', 'nơi cho {unit} đi từ {a} xuống {b} người lĩnh vực {field}, dưới biên chế cần {required} (quy tắc WISN+POA)'],
  ['recipient {unit} goes from {a} to {b} {field} staff, above its requirement {required} (WISN+POA rule)', 'nơi nhận {unit} đi từ {a} lên {b} người lĩnh vực {field}, vượt biên chế cần {required} (quy tắc WISN+POA)'],
  ['unit {unit} ends with {staff} staff, above its quota of {quota}', 'đơn vị {unit} kết thúc với {staff} người, vượt biên chế được giao {quota}'],
  ['unit {unit} ends with {staff} staff, below its floor of {floor}', 'đơn vị {unit} kết thúc với {staff} người, dưới mức sàn {floor}'],
  ['{n} staff moved into unit {unit}, above the limit of {max} per unit', '{n} người được điều động vào đơn vị {unit}, vượt giới hạn {max} mỗi đơn vị'],
  ['{n} staff moved out of unit {unit}, above the limit of {max} per unit', '{n} người được điều động ra khỏi đơn vị {unit}, vượt giới hạn {max} mỗi đơn vị'],
  ['locked moves total {n} staff, above the budget of {max} moves', 'các lượt điều động cố định tổng cộng {n} người, vượt ngân sách {max} lượt'],
];

// A part of a reason ("stage 1 (worst load): {reason}") may itself be several reasons joined by "; "; a part that
// is a decimal number (35.87 km) is written with the locale's decimal sign (35,87).
const REASONS = new PhraseTable(REASON_PHRASES, (text, locale) => (/^-?\d+\.\d+$/.test(text) ? text.replace('.', decimalSign(locale)) : translateReason(text, locale)));

function decimalSign(locale: Locale): string {
  return formatShort(0.5, locale).replace(/\d/g, '');
}

/**
 * A plan's reason text (why not optimal, why a locked move breaks a rule) in `locale`, line by line: a line that
 * is one phrase is translated whole; else each of its `; `-separated parts is, and a part no phrase matches
 * (a name, a code) stays as written.
 *
 * @example
 * translateReason('11: stage 1 (worst load): HiGHS proved the model infeasible', 'vi'); // '11: bước 1 (mức tải cao nhất): HiGHS chứng minh ...'
 */
export function translateReason(text: string, locale: Locale): string {
  if (locale === 'en') return text;
  return text
    .split('\n')
    .map((line) => {
      const whole = REASONS.match(line);
      if (whole) return whole(locale);
      // "key: reason" lines of a plan (a block key is a province code, "national" or "province/field").
      const keyed = /^([\w/]+): ([\s\S]*)$/.exec(line);
      if (keyed && !REASONS.match(`${keyed[1]}: x`)) return `${keyed[1]}: ${translateReason(keyed[2]!, locale)}`;
      return line
        .split('; ')
        .map((part) => REASONS.translate(part, locale))
        .join('; ');
    })
    .join('\n');
}

/**
 * The phrase of {@link REASON_PHRASES} a reason matches, as a function rendering it, or undefined.
 *
 * @example
 * matchReason('the pair is banned') !== undefined; // true
 */
export function matchReason(text: string): ((locale: Locale) => string) | undefined {
  return REASONS.match(text);
}

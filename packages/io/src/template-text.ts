import type { TableName } from './table-schemas.ts';

/** Languages of the template's instructions and header notes (headers stay the machine names the reader reads). */
export type TemplateLanguage = 'en' | 'vi';
export const TEMPLATE_LANGUAGES: readonly TemplateLanguage[] = ['en', 'vi'];

/** Every text of the input template in one language: the one place to translate (a full i18n catalogue is later work). */
export interface TemplateText {
  /** Headers of the instructions sheet. */
  instructionColumns: { sheet: string; column: string; type: string; required: string; limit: string; meaning: string };
  words: { number: string; text: string; yes: string; no: string; optionalSheet: string; allSheets: string };
  /** What each column means, shown on the instructions sheet and as a note on the header cell. */
  meaning: Record<TableName, Record<string, string>>;
  meta: string;
  /** General notes: how to fill the sheets, shown under the column list. */
  notes: readonly string[];
}

const EN: TemplateText = {
  instructionColumns: { sheet: 'sheet', column: 'column', type: 'type', required: 'required', limit: 'limit', meaning: 'meaning' },
  words: { number: 'number', text: 'text', yes: 'yes', no: 'no (may be left empty)', optionalSheet: 'optional sheet', allSheets: 'all sheets' },
  meaning: {
    units: {
      code: 'Unit code (5 digits for Viet Nam, keep leading zeros: the column is formatted as text)',
      name: 'Unit name, e.g. Phường Điện Biên Phủ',
      kind: 'commune | ward | special_zone (dropdown)',
      province_code: 'Province code (2 digits for Viet Nam)',
      population: 'Residents',
      area_km2: 'Area in km²',
      lat: 'Latitude in degrees (-90 to 90); optional, needed only for transfer plans and routing (distances)',
      lon: 'Longitude in degrees (-180 to 180); optional, with lat',
      terrain: 'plain | mountain | island (dropdown; mountain changes the staffing norm)',
      island: 'Optional: 1 if the unit lies on an island, 0 if not',
      land_border: 'Optional: 1 if the unit touches a land border with another country, 0 if not',
      pop_flag: 'Optional: a note on a doubtful figure (e.g. population estimated); shown next to results that use it',
      quota: 'Optional: staffing quota assigned to the unit (biên chế được giao), whole positions; empty = the norm quota of Dispatch 09. Plans never fill a unit above it',
    },
    headcount: {
      unit_code: 'A code from the units sheet',
      field: 'Field (job area) id from the fields sheet (dropdown), e.g. land',
      staff: 'Civil servants working in this field, in full-time equivalents >= 0 (0.5 = half-time; type 0 for none; never leave it empty)',
    },
    volumes: {
      unit_code: 'A code from the units sheet',
      field: 'Field id (dropdown)',
      activity: 'A service activity of this field on the standards sheet (dropdown)',
      cases: 'Cases (dossiers) handled in the period (meta periodsPerYear periods make a year); type 0 for none or delete the row',
      on_time: 'Optional: cases finished on time',
      backlog: 'Optional: cases still open at the end of the period',
    },
    standards: {
      field: 'Field id',
      activity: 'Activity id, unique within the field',
      kind: "service (counted cases) | support (share of everyone's time) | additional (hours for some staff) (dropdown)",
      minutes_per_case: 'service: minutes one case takes',
      share: "support: percent (0-100) of each staff member's working time; the shares of a field add up to < 100 (or leave empty and give hours + per)",
      hours: 'support: hours per staff member per "per" (converted to a share of working time); additional: hours per "per" for the whole unit and field, or per staff member doing it when staff_doing is given',
      per: 'support and additional with hours: day | week | month | year (empty = year); a day or week is one actually worked',
      staff_doing: "additional only: staff members who do it in each unit (hours are then per staff member; the individual_allowances sheet can set a unit's own number)",
    },
    provinces: { province_code: 'Province code', province_name: 'Province name' },
    fields: { field: 'Field id', name_en: 'English name', name_vi: 'Vietnamese name', department: 'Department (Decree 150/2025)' },
    working_time: {
      field: 'Field id whose working time differs from the default (40 h/week, 52 weeks, 8 h/day, 31 leave days = 1,832 h)',
      unit_code: 'Empty for every unit, or a unit code for that unit only',
      hours_per_week: 'Working hours per week',
      weeks_per_year: 'Weeks per year',
      hours_per_day: 'Working hours per day',
      leave_days: 'All days away a year: public holidays, annual leave, sickness, training',
      awt_hours: 'Or the available working time itself, hours a year (then leave weeks_per_year and leave_days empty)',
    },
    individual_allowances: {
      unit_code: 'A code from the units sheet',
      field: 'Field id',
      activity: 'An additional activity whose standards row has staff_doing',
      staff: 'Staff members (FTE) of this unit who do the activity',
    },
  },
  meta: 'name, source, period (e.g. 2025-Q3), periodsPerYear (4 for a quarter), synthetic (TRUE/FALSE)',
  notes: [
    'Row 1 is the header; keep the column names. Numbers use "." as decimal point.',
    'headcount and volumes list one row per unit and field / service activity: type the staff and the cases of the period in the empty cells.',
    'The standards and fields sheets hold the national time standards and fields; change a standard only if your province measured its own.',
    'Do not merge cells or hide sheets that canbang reads; a percent-formatted cell is read as the percent shown.',
  ],
};

const VI: TemplateText = {
  instructionColumns: { sheet: 'trang tính', column: 'cột', type: 'kiểu', required: 'bắt buộc', limit: 'giới hạn', meaning: 'ý nghĩa' },
  words: { number: 'số', text: 'chữ', yes: 'có', no: 'không (có thể để trống)', optionalSheet: 'trang tính không bắt buộc', allSheets: 'mọi trang tính' },
  meaning: {
    units: {
      code: 'Mã đơn vị hành chính (5 chữ số, giữ số 0 ở đầu: cột được định dạng văn bản)',
      name: 'Tên đơn vị, ví dụ Phường Điện Biên Phủ',
      kind: 'commune (xã) | ward (phường) | special_zone (đặc khu) (chọn trong danh sách)',
      province_code: 'Mã tỉnh, thành phố (2 chữ số)',
      population: 'Dân số',
      area_km2: 'Diện tích (km²)',
      lat: 'Vĩ độ (-90 đến 90); không bắt buộc, chỉ cần cho phương án điều động và chia sẻ công việc (khoảng cách)',
      lon: 'Kinh độ (-180 đến 180); không bắt buộc, đi cùng vĩ độ',
      terrain: 'plain (đồng bằng) | mountain (miền núi) | island (hải đảo) (chọn trong danh sách; miền núi thay đổi định mức biên chế)',
      island: 'Không bắt buộc: 1 nếu đơn vị nằm trên đảo, 0 nếu không',
      land_border: 'Không bắt buộc: 1 nếu đơn vị có đường biên giới đất liền với nước khác, 0 nếu không',
      pop_flag: 'Không bắt buộc: ghi chú về một số liệu đáng ngờ (ví dụ dân số ước tính); hiển thị cạnh kết quả dùng số liệu đó',
      quota: 'Không bắt buộc: biên chế được giao của đơn vị (số vị trí nguyên); để trống = định mức theo Công văn 09. Phương án không bao giờ bố trí vượt số này',
    },
    headcount: {
      unit_code: 'Mã đơn vị trong trang units',
      field: 'Mã lĩnh vực trong trang fields (chọn trong danh sách), ví dụ land (đất đai)',
      staff: 'Số công chức làm việc trong lĩnh vực, quy đổi toàn thời gian >= 0 (0.5 = nửa thời gian; không có thì ghi 0, không để trống)',
    },
    volumes: {
      unit_code: 'Mã đơn vị trong trang units',
      field: 'Mã lĩnh vực (chọn trong danh sách)',
      activity: 'Nhiệm vụ (thủ tục) của lĩnh vực, có trong trang standards (chọn trong danh sách)',
      cases: 'Số hồ sơ giải quyết trong kỳ (meta periodsPerYear kỳ là một năm); không có thì ghi 0 hoặc xoá dòng',
      on_time: 'Không bắt buộc: số hồ sơ giải quyết đúng hạn',
      backlog: 'Không bắt buộc: số hồ sơ còn tồn cuối kỳ',
    },
    standards: {
      field: 'Mã lĩnh vực',
      activity: 'Mã nhiệm vụ, không trùng trong một lĩnh vực',
      kind: 'service (dịch vụ, đếm hồ sơ) | support (hỗ trợ, phần trăm thời gian của mọi người) | additional (bổ sung, số giờ cho một số người) (chọn trong danh sách)',
      minutes_per_case: 'service: số phút để giải quyết một hồ sơ',
      share: 'support: phần trăm (0-100) thời gian làm việc của mỗi công chức; tổng các phần trăm của một lĩnh vực < 100 (hoặc để trống và ghi hours + per)',
      hours: 'support: số giờ của mỗi công chức theo "per" (quy đổi ra phần trăm thời gian làm việc); additional: số giờ theo "per" cho cả đơn vị và lĩnh vực, hoặc cho mỗi công chức thực hiện khi có staff_doing',
      per: 'support và additional có hours: day (ngày) | week (tuần) | month (tháng) | year (năm) (để trống = năm); ngày, tuần là ngày, tuần làm việc thực tế',
      staff_doing: 'chỉ với additional: số công chức thực hiện ở mỗi đơn vị (khi đó hours tính cho mỗi người; trang individual_allowances có thể ghi số riêng của từng đơn vị)',
    },
    provinces: { province_code: 'Mã tỉnh, thành phố', province_name: 'Tên tỉnh, thành phố' },
    fields: { field: 'Mã lĩnh vực', name_en: 'Tên tiếng Anh', name_vi: 'Tên tiếng Việt', department: 'Phòng chuyên môn (Nghị định 150/2025)' },
    working_time: {
      field: 'Mã lĩnh vực có thời gian làm việc khác mặc định (40 giờ/tuần, 52 tuần, 8 giờ/ngày, 31 ngày nghỉ = 1.832 giờ)',
      unit_code: 'Để trống cho mọi đơn vị, hoặc mã một đơn vị chỉ áp dụng cho đơn vị đó',
      hours_per_week: 'Số giờ làm việc mỗi tuần',
      weeks_per_year: 'Số tuần mỗi năm',
      hours_per_day: 'Số giờ làm việc mỗi ngày',
      leave_days: 'Tổng số ngày nghỉ trong năm: nghỉ lễ, nghỉ phép, ốm đau, đào tạo',
      awt_hours: 'Hoặc ghi thẳng thời gian làm việc thực tế, giờ mỗi năm (khi đó để trống weeks_per_year và leave_days)',
    },
    individual_allowances: {
      unit_code: 'Mã đơn vị trong trang units',
      field: 'Mã lĩnh vực',
      activity: 'Nhiệm vụ bổ sung (additional) có staff_doing trong trang standards',
      staff: 'Số công chức (quy đổi toàn thời gian) của đơn vị thực hiện nhiệm vụ',
    },
  },
  meta: 'name (tên), source (nguồn), period (kỳ, ví dụ 2025-Q3), periodsPerYear (số kỳ trong năm, 4 nếu theo quý), synthetic (TRUE/FALSE: số liệu giả lập)',
  notes: [
    'Dòng 1 là tiêu đề cột; giữ nguyên tên cột (tiếng Anh, để canbang đọc được). Số thập phân dùng dấu "." (ví dụ 12.5).',
    'Trang headcount và volumes có sẵn một dòng cho mỗi đơn vị và lĩnh vực / nhiệm vụ: điền số công chức và số hồ sơ trong kỳ vào các ô trống.',
    'Trang standards và fields là định mức thời gian và danh mục lĩnh vực toàn quốc; chỉ sửa định mức khi tỉnh đã tự đo đạc.',
    'Không gộp ô (merge) và không ẩn các trang tính canbang đọc; ô định dạng phần trăm được đọc đúng như số phần trăm hiển thị.',
  ],
};

/** The template texts by language. */
export const TEMPLATE_TEXT: Readonly<Record<TemplateLanguage, TemplateText>> = { en: EN, vi: VI };

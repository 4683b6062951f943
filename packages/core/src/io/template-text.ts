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
    },
    headcount: {
      unit_code: 'A code from the units sheet',
      field: 'Field (job area) id from the fields sheet (dropdown), e.g. land',
      staff: 'Civil servants working in this field: a whole number >= 0 (type 0 for none; never leave it empty)',
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
      share: "support: percent (0-100) of each staff member's working time; the shares of a field add up to < 100",
      hours: 'additional: hours per year for the whole unit and field',
    },
    provinces: { province_code: 'Province code', province_name: 'Province name' },
    fields: { field: 'Field id', name_en: 'English name', name_vi: 'Vietnamese name', department: 'Department (Decree 150/2025)' },
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
    },
    headcount: {
      unit_code: 'Mã đơn vị trong trang units',
      field: 'Mã lĩnh vực trong trang fields (chọn trong danh sách), ví dụ land (đất đai)',
      staff: 'Số công chức làm việc trong lĩnh vực: số nguyên >= 0 (không có thì ghi 0, không để trống)',
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
      share: 'support: phần trăm (0-100) thời gian làm việc của mỗi công chức; tổng các phần trăm của một lĩnh vực < 100',
      hours: 'additional: số giờ mỗi năm cho cả đơn vị và lĩnh vực',
    },
    provinces: { province_code: 'Mã tỉnh, thành phố', province_name: 'Tên tỉnh, thành phố' },
    fields: { field: 'Mã lĩnh vực', name_en: 'Tên tiếng Anh', name_vi: 'Tên tiếng Việt', department: 'Phòng chuyên môn (Nghị định 150/2025)' },
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

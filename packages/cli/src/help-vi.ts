import { translate } from '@canbang/core';

/**
 * The `--help` texts in Vietnamese, looked up by the English description written beside each command and
 * option (as gettext looks a translation up by its English msgid): the English stays where the option is
 * defined, and an option shared by several commands (`--data`, `--seed`, `--strict`, ...) is translated once.
 * A test checks that every command, option and argument of `canbang` has its entry here, and no entry is left over.
 */
export const HELP_VI: Readonly<Record<string, string>> = {
  // Commands.
  "Workload vs headcount balance of Viet Nam's commune-level units (WHO WISN), staff plans and what-if scenarios":
    'Cân đối khối lượng công việc và biên chế của các đơn vị hành chính cấp xã Việt Nam (WHO WISN), phương án biên chế và kịch bản giả định',
  'WISN workload vs headcount balance: national summary and the most overloaded / underloaded units':
    'Cân đối khối lượng công việc và biên chế theo WISN: tổng hợp toàn quốc và các đơn vị quá tải / dư người nhiều nhất',
  'self-contained HTML report: status charts, per-field shortages, load distribution, top units, assumptions':
    'báo cáo HTML độc lập: biểu đồ tình trạng, thiếu người theo lĩnh vực, phân bố mức tải, các đơn vị đứng đầu, giả định',
  'write the Excel input template (instructions, units, headcount, volumes, standards, fields, provinces, meta)':
    'ghi mẫu nhập liệu Excel (hướng dẫn, đơn vị, biên chế, khối lượng, định mức thời gian, lĩnh vực, tỉnh, thông tin chung)',
  'what-if scenario from a JSON/YAML scenario file (see data/scenarios/): balance, --compare with the baseline, --draws for uncertainty':
    'kịch bản giả định từ tệp kịch bản JSON/YAML (xem data/scenarios/): cân đối, --compare so với hiện trạng, --draws cho độ bất định',
  'Optimal staff plans: transfers between units, hiring, work routing, reductions (worst load, then shortage, then cost)':
    'Phương án biên chế tối ưu: điều động giữa các đơn vị, tuyển dụng, chuyển việc, tinh giản (mức tải cao nhất, rồi thiếu người, rồi chi phí)',
  'output the version number': 'in số phiên bản',
  'display help for command': 'hiện trợ giúp cho lệnh',
  // Options shared by several commands.
  'dataset folder of CSV files, a .json or an .xlsx workbook (default: built-in Viet Nam dataset)':
    'bộ dữ liệu: thư mục tệp CSV, tệp .json hoặc sổ tính .xlsx (mặc định: bộ dữ liệu Việt Nam có sẵn)',
  'seed of the built-in synthetic Viet Nam dataset': 'hạt giống của bộ dữ liệu Việt Nam giả lập có sẵn',
  'treat input warnings (e.g. a population under 1,000, shares that look like fractions) as errors: exit 2':
    'coi cảnh báo về đầu vào (ví dụ dân số dưới 1.000, tỷ lệ trông như phân số) là lỗi: mã thoát 2',
  'treat input warnings as errors: exit 2': 'coi cảnh báo về đầu vào là lỗi: mã thoát 2',
  // --lang is in the message catalogue (the option exists on every command).
  [translate('en', 'option.lang')]: translate('vi', 'option.lang'),
  'CSV: decimals kept in numbers, 0-15 (whole numbers stay whole)': 'CSV: số chữ số thập phân giữ lại, 0-15 (số nguyên vẫn là số nguyên)',
  'CSV: start with a UTF-8 byte-order mark so Excel opening the .csv shows Vietnamese letters':
    'CSV: bắt đầu bằng dấu BOM UTF-8 để Excel mở tệp .csv hiện đúng chữ tiếng Việt',
  'only units of this province (2-digit code, e.g. 79 for TP Hồ Chí Minh)':
    'chỉ các đơn vị của tỉnh, thành phố này (mã 2 chữ số hoặc tên, ví dụ 79 hay "Hồ Chí Minh")',
  'how many most over/underloaded units to list': 'số đơn vị quá tải / dư người nhiều nhất được liệt kê',
  'WISN ratio below which a unit is overloaded': 'tỷ số WISN mà dưới mức đó đơn vị bị coi là quá tải',
  'WISN ratio above which a unit is underloaded': 'tỷ số WISN mà trên mức đó đơn vị bị coi là dư người',
  'named status bands: canbang_tolerance_10 | wisn_ratio_one (instead of --overloaded-below / --underloaded-above)':
    'ngưỡng tình trạng có tên: canbang_tolerance_10 | wisn_ratio_one (thay cho --overloaded-below / --underloaded-above)',
  'write to this file (atomically) instead of stdout; .xlsx gives a formatted workbook':
    'ghi vào tệp này (trọn vẹn một lần) thay vì ra màn hình; đuôi .xlsx cho một sổ tính đã định dạng',
  // canbang analyze
  'table | csv | json | xlsx (default: from the --out extension, else table)': 'table | csv | json | xlsx (mặc định: theo đuôi của --out, nếu không thì table)',
  'csv/json rows: unit (one per unit) | field (one per unit x field, pivot-ready)':
    'dòng csv/json: "unit" (mỗi đơn vị một dòng) | "field" (mỗi cặp đơn vị × lĩnh vực một dòng, sẵn để lập bảng tổng hợp)',
  // canbang report
  'HTML file to write (atomically: temp file, then rename)': 'tệp HTML cần ghi (trọn vẹn một lần: ghi tệp tạm rồi đổi tên)',
  'also compute optimal staff transfers within each province and show them before / after':
    'tính thêm phương án điều động tối ưu trong từng tỉnh, thành phố và trình bày trước / sau',
  'with --plan: farthest a transfer may go': 'cùng --plan: khoảng cách xa nhất của một lượt điều động',
  // canbang template
  'where to write the template workbook': 'nơi ghi sổ tính mẫu',
  'pre-fill the units of this province from the built-in registry (e.g. 11 for Điện Biên)':
    'điền sẵn các đơn vị của tỉnh, thành phố này từ danh mục có sẵn (ví dụ 11 hay "Điện Biên")',
  'language of the instructions and header notes: en | vi (default: CANBANG_LANG, else vi when LANG/LC_ALL starts with vi, else en)':
    'ngôn ngữ của hướng dẫn và ghi chú tiêu đề: en | vi (mặc định: CANBANG_LANG, nếu không thì vi khi LANG/LC_ALL bắt đầu bằng vi, nếu không thì en)',
  'replace --out if it exists (a filled-in workbook is otherwise never overwritten)':
    'ghi đè --out nếu tệp đã có (nếu không, sổ tính đã điền không bao giờ bị ghi đè)',
  // canbang scenario
  'scenario file (.json, .yaml or .yml)': 'tệp kịch bản (.json, .yaml hoặc .yml)',
  'differences from the baseline per unit and per province (status changes, shortage, worst load, Gini)':
    'chênh lệch so với hiện trạng theo từng đơn vị và từng tỉnh, thành phố (thay đổi tình trạng, thiếu người, mức tải cao nhất, Gini)',
  'Monte Carlo draws over volumes and time standards (p10/p50/p90 bands, probability of overload)':
    'số lần mô phỏng Monte Carlo trên khối lượng công việc và định mức thời gian (dải p10/p50/p90, xác suất quá tải)',
  'noise on each volume row for --draws: lognormal | normal | triangular | uniform and its coefficient of variation (default lognormal:0.2)':
    'nhiễu trên mỗi dòng khối lượng cho --draws: lognormal | normal | triangular | uniform và hệ số biến thiên (mặc định lognormal:0.2)',
  'noise on each time standard for --draws (default triangular:0.1)': 'nhiễu trên mỗi định mức thời gian cho --draws (mặc định triangular:0.1)',
  'sensitivity: sweep a numeric key of the LAST lever over comma-separated values (e.g. factor=0.6,0.8,1) and write one row per value':
    'độ nhạy: quét một khoá số của đòn bẩy CUỐI CÙNG qua các giá trị cách nhau bởi dấu phẩy (ví dụ factor=0.6,0.8,1), mỗi giá trị một dòng',
  "seed of the scenario (random allocations) and of the draws; default the file's seed":
    'hạt giống của kịch bản (phân bổ ngẫu nhiên) và của các lần mô phỏng; mặc định là hạt giống trong tệp',
  'csv | json | xlsx (default from the --out extension, else csv)': 'csv | json | xlsx (mặc định theo đuôi của --out, nếu không thì csv)',
  // canbang plan
  'transfer | hire | route | reduce | transfer-hire': 'transfer (điều động) | hire (tuyển dụng) | route (chuyển việc) | reduce (tinh giản) | transfer-hire (điều động rồi tuyển dụng)',
  'hire, transfer-hire: new recruits in total or per field': 'hire, transfer-hire: số người tuyển mới, tổng cộng hoặc theo lĩnh vực',
  'reduce: positions to cut in total or per field': 'reduce: số vị trí tinh giản, tổng cộng hoặc theo lĩnh vực',
  'route: transferable share of work per field or activity, e.g. one_stop=0.7': 'route: tỷ lệ công việc chuyển được theo lĩnh vực hoặc hoạt động, ví dụ one_stop=0.7',
  'only this province': 'chỉ tỉnh, thành phố này (mã hoặc tên)',
  'maximum road km between donor and recipient (default 30)': 'số km đường bộ tối đa giữa nơi cho và nơi nhận (mặc định 30)',
  'road km = great-circle km x this where no distances row gives the km (>= 1, default 1.3)':
    'km đường bộ = km đường chim bay x hệ số này khi không có dòng distances cho số km (>= 1, mặc định 1,3)',
  'CSV (or the "distances" sheet of an .xlsx): from, to, km and/or minutes, overriding the estimate pair by pair':
    'CSV (hoặc trang "distances" của tệp .xlsx): from, to, km và/hoặc minutes, thay cho ước tính theo từng cặp',
  'maximum travel minutes, for pairs the distances input gives minutes for': 'số phút đi đường tối đa, cho các cặp có số phút trong dữ liệu khoảng cách',
  'allow moves between island and mainland units (off by default)': 'cho phép điều động giữa đơn vị hải đảo và đất liền (mặc định tắt)',
  'transfer, hire: no unit ends above its quota (units column quota, else the norm quota); default quota':
    'transfer, hire: không đơn vị nào vượt biên chế được giao (cột quota của bảng "units", nếu không thì định mức biên chế); mặc định quota',
  'transfer, reduce: no unit ends below min(N, its staff); baseline = the Dispatch 09 baseline of 32; default baseline':
    'transfer, reduce: không đơn vị nào xuống dưới min(N, biên chế hiện có); baseline = mức cơ sở 32 của Công văn 09; mặc định baseline',
  "with --relax: allow taking a field's last officer where the field has work": 'cùng --relax: cho phép điều động người cuối cùng của một lĩnh vực còn có việc',
  'budget: total moves per province': 'ngân sách: tổng số lượt điều động mỗi tỉnh, thành phố',
  'maximum staff moved out of one unit': 'số người tối đa điều động ra khỏi một đơn vị',
  'maximum staff moved into one unit': 'số người tối đa điều động vào một đơn vị',
  'hard limit: every unit x field ends with required/staff <= x': 'giới hạn cứng: mọi cặp đơn vị × lĩnh vực kết thúc với biên chế cần/biên chế <= x',
  'allow donors below and recipients above their requirement (WISN+POA rule off)':
    'cho phép nơi cho xuống dưới và nơi nhận vượt quá biên chế cần (tắt quy tắc WISN+POA)',
  'allow moves between provinces (one national problem; use --max-distance)': 'cho phép điều động giữa các tỉnh, thành phố (một bài toán toàn quốc; dùng --max-distance)',
  'staff of one field may cover another, e.g. finance:accounting:0.8 (repeatable)':
    'biên chế của một lĩnh vực có thể làm thay lĩnh vực khác, ví dụ finance:accounting:0.8 (dùng được nhiều lần)',
  'fixed move the plan must contain (repeatable)': 'lượt điều động cố định mà phương án phải có (dùng được nhiều lần)',
  'forbidden pair (repeatable)': 'cặp bị cấm (dùng được nhiều lần)',
  'planner overrides: an edited plan.xlsx or moves CSV (kept rows = locks, deleted rows = bans), or JSON/YAML { lock: [{from, to, field, staff}], ban: [{from, to, field?}] }':
    'điều chỉnh của người lập phương án: tệp plan.xlsx hoặc CSV các lượt điều động đã sửa (dòng giữ lại = cố định, dòng xoá = cấm), hoặc JSON/YAML { lock: [{from, to, field, staff}], ban: [{from, to, field?}] }',
  'flow | highs | lpsolve (default: flow, or highs for cross-field cover)': 'flow | highs | lpsolve (mặc định: flow, hoặc highs khi có làm thay liên lĩnh vực)',
  'lexicographic | weighted (default lexicographic)': 'lexicographic (theo thứ tự ưu tiên) | weighted (có trọng số) (mặc định lexicographic)',
  'time limit per solver call, ms (default 60000)': 'giới hạn thời gian cho mỗi lần gọi bộ giải, ms (mặc định 60000)',
  'table | csv | json | xlsx (default: from --out extension, else table)': 'table | csv | json | xlsx (mặc định: theo đuôi của --out, nếu không thì table)',
};

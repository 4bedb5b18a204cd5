/**
 * Every message the product shows, Vietnamese first and English second. Placeholders are {name}.
 * Domain words (khối, chỉ số, xếp hạng…) stay Vietnamese in both languages where staff use them.
 */

export const vi = {
  notANumber: "“{text}” không phải là số.",
  ambiguousNumber: "“{text}” có thể hiểu theo nhiều cách ({readings}); hãy nhập số rõ ràng, ví dụ 85,5.",
  blankValue: "Ô {argument} đang trống.",
  notApplicable: "{argument} là “{text}” (không áp dụng).",
  booleanValue: "{argument} là giá trị logic ({text}), không phải là số.",
  errorInput: "{argument} đang có lỗi {code}.",
  maxNotPositive: "Điểm tối đa phải lớn hơn 0 (đang là {max}).",
  scoreAboveMax: "Điểm {score} lớn hơn điểm tối đa {max}.",
  scoreNegative: "Điểm {score} là số âm.",
  errorInRange:
    "Vùng {argument} có lỗi {code} ở dòng thứ {row}, cột thứ {column} của vùng; hãy sửa ô đó trước khi xếp hạng.",
  groupsWithoutGroup: "Đã chọn vùng khối (groups) nhưng chưa cho biết khối cần xếp hạng (group).",
  groupWithoutGroups: "Đã cho biết khối (group) nhưng chưa chọn vùng khối (groups).",
  shapeMismatch: "Vùng {argument} phải có cùng kích thước với vùng giá trị ({rows} dòng × {columns} cột).",
  notOneColumn: "Vùng giá trị phải là một cột (hoặc một hàng); vùng đã chọn có {rows} dòng × {columns} cột.",
  thresholdOutOfRange:
    "Ngưỡng {threshold} không hợp lệ: nhập phần trăm lớn hơn 0 và không quá 100 (ví dụ 75) hoặc phân số từ 0 đến 1 (ví dụ 0,75).",
  rankNotPositiveInteger: "Thứ hạng {rank} phải là số nguyên dương.",
  previousRankMissing: "Không có thứ hạng năm trước để so sánh (không so sánh được).",
  currentRankMissing: "Chưa có thứ hạng năm nay.",
  indexOutOfRange: "Chỉ số {index} phải nằm trong khoảng 0–100.",
  noBand: "Chỉ số {index} thấp hơn mọi ngưỡng trong bảng xếp loại.",
  badBandRow: "Bảng xếp loại phải có 2 cột: cận dưới (số) và tên loại; dòng thứ {row} không hợp lệ.",
  duplicateBand: "Bảng xếp loại có hai loại cùng cận dưới {bound}.",
  emptyBands: "Bảng xếp loại không có dòng nào.",
  decimalsOutOfRange: "Số chữ số thập phân {decimals} không hợp lệ: nhập số nguyên từ 0 đến 10.",
  unknownTieMethod: "Cách xếp hạng đồng hạng {method} không hợp lệ: 0 = 1, 2, 2, 4; 1 = 1, 2, 2, 3.",
  unexpected: "Lỗi không mong đợi: {detail}",
  invalidSettings: "Thiết lập không hợp lệ — {problems}",
  noNameColumn:
    "Tìm thấy dòng tiêu đề nhưng không xác định được cột tên đơn vị; hãy chọn cột trong thiết lập (mapping.name).",
  rowWithoutName: "Dòng có điểm nhưng không có tên đơn vị; dòng này bị bỏ qua.",
  emptyWorkbook: "Tệp không có dữ liệu: mọi trang tính đều trống.",
  noTable:
    "Không tìm thấy bảng điểm nào (cần một dòng tiêu đề có cột “Tên cơ quan, đơn vị” hoặc “Đơn vị” và các cột điểm). Các trang đã xem: {sheets}.",
  noTableInSheet:
    "Trang tính “{name}” không có bảng điểm (không thấy cột “Tên cơ quan, đơn vị” hoặc “Đơn vị”).",
  sheetNotFound: "Không có trang tính “{name}”; các trang có trong tệp: {sheets}.",
  twoTables:
    "có hai bảng điểm (tiêu đề ở dòng {first} và dòng {second}); hãy cho biết dùng bảng nào trong thiết lập (mapping.headerTop) hoặc tách thành hai trang.",
  ambiguousSheets:
    "Có nhiều trang tính chứa bảng điểm ({sheets}); hãy chọn trang bằng --sheet (có thể lặp lại khi mỗi khối nằm ở một trang).",
  noUnits: "Bảng điểm có dòng tiêu đề (dòng {row}) nhưng không có dòng đơn vị nào bên dưới.",
  noComponents: "Bảng điểm không có cột điểm lĩnh vực, tổng điểm hay chỉ số nào đọc được.",
  duplicateUnit: "Đơn vị “{name}” xuất hiện hai lần trong khối “{group}” (dòng {first} và dòng {second}).",
  componentAboveMax: "Điểm lĩnh vực “{component}” là {score}, lớn hơn điểm tối đa {max}.",
  componentNegative: "Điểm lĩnh vực “{component}” là số âm ({score}).",
  componentNotNumber:
    "Ô điểm lĩnh vực “{component}” là “{text}”, không phải là số; lĩnh vực này không được tính cho đơn vị.",
  componentError: "Ô điểm lĩnh vực “{component}” có lỗi {code}; lĩnh vực này không được tính cho đơn vị.",
  componentAmbiguous:
    "Ô điểm lĩnh vực “{component}” là “{text}”, có thể hiểu theo nhiều cách ({readings}); lĩnh vực này không được tính.",
  maxMissing:
    "Không xác định được điểm tối đa của lĩnh vực “{component}”; không kiểm tra được ngưỡng cho lĩnh vực này.",
  unitMaxNotPositive: "Điểm tối đa của đơn vị “{name}” là {max}, phải lớn hơn 0; đơn vị không được xếp hạng.",
  unitMaxMissing: "Không xác định được điểm tối đa của đơn vị “{name}”; dùng chỉ số ghi trong bảng.",
  totalNotNumber: "Ô tổng điểm của “{name}” là “{text}”, không phải là số.",
  totalError: "Ô tổng điểm của “{name}” có lỗi {code}.",
  indexError: "Ô chỉ số của “{name}” có lỗi {code}.",
  indexNotNumber: "Ô chỉ số của “{name}” là “{text}”, không phải là số.",
  totalAboveMax: "Tổng điểm của “{name}” ({score}) lớn hơn điểm tối đa ({max}).",
  totalNegative: "Tổng điểm của “{name}” là số âm ({score}).",
  totalDisagrees: "Tổng điểm ghi trong bảng ({sheetValue}) khác tổng điểm các lĩnh vực ({computed}).",
  indexDisagrees:
    "Chỉ số ghi trong bảng ({sheetValue}) khác chỉ số tính từ tổng điểm và điểm tối đa ({computed}).",
  notAssessed: "Đơn vị “{name}” chưa có điểm (mọi ô điểm đều trống): không xếp hạng.",
  noIndex: "Không tính được chỉ số của “{name}” (thiếu tổng điểm, điểm tối đa và chỉ số): không xếp hạng.",
  checkedComponentMissing:
    "Không tìm thấy lĩnh vực cần kiểm tra “{component}”; danh sách giải trình không xét lĩnh vực này.",
  previousGroupsDiffer:
    "Bảng năm trước chia khối khác năm nay (năm trước: {previous}; năm nay: {current}); chỉ so sánh các đơn vị khớp được trong khối tương ứng.",
  previousGroupMissing:
    "Khối “{group}” không có trong bảng năm trước: các đơn vị của khối không so sánh được.",
  ambiguousMatch:
    "Tên “{name}” khớp với nhiều đơn vị năm trước ({candidates}); hãy thêm tên gọi khác (aliases) trong thiết lập.",
  previousRankUnreadable: "Ô xếp hạng năm trước của “{name}” là “{text}”, không phải thứ hạng.",
  ratingUnreadable: "Không đọc được xếp loại người đứng đầu “{text}” của “{name}”.",
  noRatings:
    "Không có xếp loại người đứng đầu (bảng không có cột xếp loại và thiết lập chưa nhập): danh sách đơn vị phải kiểm điểm để trống.",
  ratingsDerived:
    "Xếp loại người đứng đầu được suy ra từ chỉ số theo thiết lập (chưa phải kết quả chính thức của tỉnh).",
  previousSheetUsed: "Dùng trang “{name}” làm bảng năm trước.",
  reasonRating: "Người đứng đầu xếp loại “{rating}”",
  reasonRatingDerived: "Người đứng đầu xếp loại “{rating}” (suy ra từ chỉ số)",
  reasonDropped: "Tụt {steps} bậc so với năm trước",
  reasonLast: "Đứng cuối khối",
  notComparableNew: "mới",
  notComparableNoPrevious: "không có dữ liệu năm trước",
  notComparableUnmatched: "không tìm thấy trong bảng năm trước",
  notComparableAmbiguous: "tên khớp với nhiều đơn vị năm trước",
  notComparableGroup: "khối không có trong bảng năm trước",
  notComparableNotRanked: "không được xếp hạng năm nay",
  notComparableNoRank: "năm trước không có thứ hạng",
  cliTitle: "Chỉ số CCHC{year} — {file}",
  cliSheets: "Trang tính: {sheets}",
  cliPrevious: "So sánh với năm trước: {source}",
  cliPreviousColumn: "cột xếp hạng năm trước trong bảng",
  cliNoPrevious: "không có dữ liệu năm trước (dùng --previous hoặc --previous-sheet)",
  cliGroup: "Khối “{name}” — {units} đơn vị",
  cliRankLine: "{rank}. {name} — {index}{change}",
  cliMore: "… và {count} đơn vị khác (xem --json)",
  cliDropped: "Tụt hạng so với năm trước ({count})",
  cliDroppedLine: "{unit} ({group}): hạng {from} → {to}",
  cliReviews: "Phải kiểm điểm ({count}) — hạn {deadline}, gửi kết quả về {sendTo}",
  cliReviewLine: "{unit} ({group}): {reasons}{attendee}",
  cliAttendee: "; dự họp: {name}",
  cliExplanations: "Phải báo cáo giải trình — lĩnh vực dưới {threshold}% điểm tối đa ({count})",
  cliExplanationLine: "{unit} ({group}): {component} — {score}/{max} điểm = {percent}%",
  cliNotAssessed: "Không xếp hạng ({count})",
  cliNotAssessedLine: "{unit} ({group}), dòng {row}",
  cliNotComparable: "Không so sánh được với năm trước ({count})",
  cliNotComparableLine: "{unit} ({group}): {reason}",
  cliUnmatched:
    "Đơn vị năm trước không khớp với đơn vị nào năm nay ({count}) — thêm tên gọi khác (aliases) nếu là cùng đơn vị",
  cliUnmatchedLine: "{name} ({group})",
  cliWarnings: "Cảnh báo ({count})",
  cliNone: "không có",
  cliUnknown: "chưa xác định",
  cliStrictStop: "Dừng vì có {count} cảnh báo (--strict). Không ghi tệp nào.",
  cliOutNotYet:
    "Chưa ghi được báo cáo ra tệp (--out): chức năng tạo trang báo cáo sẽ có trong bản cập nhật tới. Không ghi tệp nào; dùng --json để lấy kết quả.",
  cliFileNotFound: "Không tìm thấy tệp “{file}”.",
  cliSettingsNotJson: "Tệp thiết lập “{file}” không phải JSON hợp lệ: {detail}",
  cliBug: "Lỗi chương trình (không phải do dữ liệu của bạn): {detail}. Hãy báo cho nhóm phát triển.",
  cliJsonWritten: "Đã ghi kết quả JSON vào “{file}”.",
  changeUp: "▲{steps}",
  changeDown: "▼{steps}",
  changeSame: "=",
  changeNone: "—",
} as const;

export type MessageKey = keyof typeof vi;

export const en: Record<MessageKey, string> = {
  notANumber: "“{text}” is not a number.",
  ambiguousNumber:
    "“{text}” can be read in several ways ({readings}); enter an unambiguous number such as 85,5.",
  blankValue: "{argument} is blank.",
  notApplicable: "{argument} is “{text}” (not applicable).",
  booleanValue: "{argument} is a logical value ({text}), not a number.",
  errorInput: "{argument} holds the error {code}.",
  maxNotPositive: "The maximum must be greater than 0 (it is {max}).",
  scoreAboveMax: "The score {score} is above the maximum {max}.",
  scoreNegative: "The score {score} is negative.",
  errorInRange:
    "The range {argument} holds the error {code} in its row {row}, column {column}; fix that cell before ranking.",
  groupsWithoutGroup: "A groups range (khối) was given without the group to rank within.",
  groupWithoutGroups: "A group (khối) was given without a groups range.",
  shapeMismatch:
    "The range {argument} must have the same size as the values ({rows} rows × {columns} columns).",
  notOneColumn: "The values must be one column (or one row); the range has {rows} rows × {columns} columns.",
  thresholdOutOfRange:
    "The threshold {threshold} is invalid: enter a percentage above 0 and at most 100 (e.g. 75) or a fraction in (0, 1] (e.g. 0.75).",
  rankNotPositiveInteger: "The rank {rank} must be a positive whole number.",
  previousRankMissing: "There is no previous rank to compare with (not comparable).",
  currentRankMissing: "There is no current rank.",
  indexOutOfRange: "The index {index} must be between 0 and 100.",
  noBand: "The index {index} is below every band of the rating table.",
  badBandRow: "The rating table needs 2 columns, lower bound (a number) and label; its row {row} is invalid.",
  duplicateBand: "The rating table has two bands with the lower bound {bound}.",
  emptyBands: "The rating table has no rows.",
  decimalsOutOfRange: "The number of decimals {decimals} is invalid: enter a whole number from 0 to 10.",
  unknownTieMethod: "The tie method {method} is invalid: 0 = 1, 2, 2, 4; 1 = 1, 2, 2, 3.",
  unexpected: "Unexpected error: {detail}",
  invalidSettings: "Invalid settings — {problems}",
  noNameColumn:
    "A header row was found but not the unit name column; choose it in the settings (mapping.name).",
  rowWithoutName: "A row with scores but no unit name; the row is skipped.",
  emptyWorkbook: "The file holds no data: every sheet is empty.",
  noTable:
    "No score table was found (it needs a header row with a “Tên cơ quan, đơn vị” or “Đơn vị” column and score columns). Sheets looked at: {sheets}.",
  noTableInSheet: "The sheet “{name}” holds no score table (no “Tên cơ quan, đơn vị” or “Đơn vị” column).",
  sheetNotFound: "There is no sheet “{name}”; the file's sheets are: {sheets}.",
  twoTables:
    "two score tables (headers in rows {first} and {second}); say which one to use in the settings (mapping.headerTop) or split them into two sheets.",
  ambiguousSheets:
    "Several sheets hold score tables ({sheets}); choose with --sheet (repeat it when each group sits on its own sheet).",
  noUnits: "The score table has a header (row {row}) but no unit rows under it.",
  noComponents: "The score table has no readable component, total or index column.",
  duplicateUnit: "The unit “{name}” appears twice in the group “{group}” (rows {first} and {second}).",
  componentAboveMax: "The “{component}” score is {score}, above its maximum {max}.",
  componentNegative: "The “{component}” score is negative ({score}).",
  componentNotNumber:
    "The “{component}” cell holds “{text}”, not a number; the component is left out for this unit.",
  componentError: "The “{component}” cell holds the error {code}; the component is left out for this unit.",
  componentAmbiguous:
    "The “{component}” cell holds “{text}”, which reads several ways ({readings}); the component is left out.",
  maxMissing: "The maximum of “{component}” is unknown; its threshold cannot be checked.",
  unitMaxNotPositive: "The maximum of “{name}” is {max}; it must be above 0; the unit is not ranked.",
  unitMaxMissing: "The maximum of “{name}” is unknown; the sheet's index is used.",
  totalNotNumber: "The total of “{name}” is “{text}”, not a number.",
  totalError: "The total of “{name}” holds the error {code}.",
  indexError: "The index of “{name}” holds the error {code}.",
  indexNotNumber: "The index of “{name}” is “{text}”, not a number.",
  totalAboveMax: "The total of “{name}” ({score}) is above its maximum ({max}).",
  totalNegative: "The total of “{name}” is negative ({score}).",
  totalDisagrees: "The sheet's total ({sheetValue}) differs from the sum of the components ({computed}).",
  indexDisagrees:
    "The sheet's index ({sheetValue}) differs from the index computed from total and maximum ({computed}).",
  notAssessed: "“{name}” has no scores (every score cell is blank): not ranked.",
  noIndex: "The index of “{name}” cannot be computed (no total, maximum or index): not ranked.",
  checkedComponentMissing:
    "The checked component “{component}” was not found; the explanation list leaves it out.",
  previousGroupsDiffer:
    "Last year's table has different groups (last year: {previous}; this year: {current}); only units matched within corresponding groups are compared.",
  previousGroupMissing: "The group “{group}” is not in last year's table: its units are not comparable.",
  ambiguousMatch:
    "The name “{name}” matches several of last year's units ({candidates}); add an alias in the settings.",
  previousRankUnreadable: "Last year's rank of “{name}” is “{text}”, not a rank.",
  ratingUnreadable: "The head rating “{text}” of “{name}” cannot be read.",
  noRatings:
    "There are no head ratings (no rating column in the table and none entered in the settings): the review list is empty.",
  ratingsDerived:
    "Head ratings were derived from the index as the settings ask (not the province's official ratings).",
  previousSheetUsed: "The sheet “{name}” is used as last year's table.",
  reasonRating: "Head rated “{rating}”",
  reasonRatingDerived: "Head rated “{rating}” (derived from the index)",
  reasonDropped: "Dropped {steps} places since last year",
  reasonLast: "Last of its group",
  notComparableNew: "new",
  notComparableNoPrevious: "no data from last year",
  notComparableUnmatched: "not found in last year's table",
  notComparableAmbiguous: "name matches several of last year's units",
  notComparableGroup: "group not in last year's table",
  notComparableNotRanked: "not ranked this year",
  notComparableNoRank: "no rank last year",
  cliTitle: "CCHC index{year} — {file}",
  cliSheets: "Sheets: {sheets}",
  cliPrevious: "Compared with last year: {source}",
  cliPreviousColumn: "the table's previous-rank column",
  cliNoPrevious: "no data from last year (use --previous or --previous-sheet)",
  cliGroup: "Group “{name}” — {units} units",
  cliRankLine: "{rank}. {name} — {index}{change}",
  cliMore: "… and {count} more units (see --json)",
  cliDropped: "Dropped in rank since last year ({count})",
  cliDroppedLine: "{unit} ({group}): rank {from} → {to}",
  cliReviews: "Must hold a review meeting ({count}) — deadline {deadline}, results to {sendTo}",
  cliReviewLine: "{unit} ({group}): {reasons}{attendee}",
  cliAttendee: "; attends: {name}",
  cliExplanations:
    "Must file an explanatory report — components below {threshold}% of their maximum ({count})",
  cliExplanationLine: "{unit} ({group}): {component} — {score}/{max} points = {percent}%",
  cliNotAssessed: "Not ranked ({count})",
  cliNotAssessedLine: "{unit} ({group}), row {row}",
  cliNotComparable: "Not comparable with last year ({count})",
  cliNotComparableLine: "{unit} ({group}): {reason}",
  cliUnmatched:
    "Last year's units that matched none of this year's ({count}) — add aliases if they are the same unit",
  cliUnmatchedLine: "{name} ({group})",
  cliWarnings: "Warnings ({count})",
  cliNone: "none",
  cliUnknown: "unknown",
  cliStrictStop: "Stopped: {count} warnings (--strict). Nothing was written.",
  cliOutNotYet:
    "The report cannot be written to a file (--out) yet: report sheets come in the next update. Nothing was written; use --json for the results.",
  cliFileNotFound: "The file “{file}” was not found.",
  cliSettingsNotJson: "The settings file “{file}” is not valid JSON: {detail}",
  cliBug: "Program error (not caused by your data): {detail}. Please tell the development team.",
  cliJsonWritten: "JSON results written to “{file}”.",
  changeUp: "▲{steps}",
  changeDown: "▼{steps}",
  changeSame: "=",
  changeNone: "—",
};

export type Language = "vi" | "en";

export type MessageParams = Readonly<Record<string, string | number>>;

/** Formats a number the Vietnamese way (decimal comma) or the English way, at full shown precision. */
export function formatNumber(value: number, language: Language): string {
  const text = String(Number(value.toPrecision(15)));
  return language === "vi" ? text.replace(".", ",") : text;
}

export function formatMessage(
  key: MessageKey,
  params: MessageParams = {},
  language: Language = "vi",
): string {
  const template = (language === "vi" ? vi : en)[key];
  return template.replace(/\{(\w+)\}/g, (whole, name: string) => {
    const value = params[name];
    if (value === undefined) return whole;
    return typeof value === "number" ? formatNumber(value, language) : value;
  });
}

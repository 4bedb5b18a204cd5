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
  xlsxIgnoredCells:
    "Đã bỏ qua {count} ô có dữ liệu nằm rất xa bảng (ngoài vùng {region}): {cells}. Nếu đó là số liệu thật, hãy chuyển vào bảng; nếu không, hãy xóa chúng.",
  formulasEvaluated:
    "Cột {columns}: {count} công thức được lưu mà không kèm kết quả (tệp do phần mềm khác tạo ra) đã được tính lại đúng như công thức ({functions}).",
  formulasNotEvaluable:
    "{count} công thức trong bảng điểm được lưu mà không kèm kết quả và không tính lại được (chỉ tính được phép cộng, trừ, nhân, chia, SUM, ROUND… trên các ô của tệp): {cells} — ô {first} là “{formula}”. Hãy mở tệp bằng Excel và lưu lại để Excel tính các công thức, rồi làm lại. Chưa có gì được ghi.",
  formulasLeftBlank:
    "{count} công thức ngoài bảng điểm được lưu mà không kèm kết quả và không tính được; các ô này được coi là trống: {cells}.",
  totalBlankComputed:
    "Ô tổng điểm của “{name}” để trống; tổng điểm được tính bằng tổng các lĩnh vực ({computed}).",
  noTable:
    "Không tìm thấy bảng điểm nào. Đã thử ba cách xếp: mỗi đơn vị một dòng (dòng tiêu đề có cột “Tên cơ quan, đơn vị” hoặc “Đơn vị” và các cột điểm); mỗi đơn vị một cột (các dòng tiêu chí TT 1, 1.1, 1.1.1 … với cột “TT” và cột “Điểm tối đa”, tên đơn vị ở đầu mỗi cột); mỗi đơn vị một phiếu chấm điểm trên một trang (các dòng tiêu chí với cột “Điểm tối đa” và cột “Điểm thẩm định”). Các trang đã xem: {sheets}.{@acrossHint}{@formsHint}",
  noTableAcross:
    " Trang {acrossSheets} có vẻ xếp tiêu chí theo dòng và mỗi đơn vị một cột, nhưng không đọc được: cần dòng tiêu đề có ô “TT” và ô “Điểm tối đa”, tên đơn vị ở đầu cột và điểm ở các dòng tiêu chí.",
  noTableForms:
    " Có {formCount} trang có vẻ là phiếu chấm điểm của từng đơn vị ({formSheets}), nhưng không đọc được: mỗi phiếu cần dòng tiêu đề có ô “TT”, ô “Điểm tối đa” và cột điểm (“Điểm thẩm định” hoặc “Điểm tự đánh giá”) có số ở các dòng tiêu chí.",
  formsNoGroup:
    '{count} phiếu chấm điểm không ghi khối trong tiêu đề và chưa được chọn khối trong thiết lập: {units} (trang {sheets}). Các đơn vị này được xếp hạng chung với nhau trong khối “{group}”. Nếu các khối được xếp hạng riêng, hãy chọn khối cho từng đơn vị ở bước Thiết lập, mục “Khối của đơn vị” (tệp thiết lập: unitGroups, tên đơn vị → tên khối, ví dụ {"Sở Tư pháp": "Khối sở, ban, ngành"}), hoặc ghi khối dưới tiêu đề phiếu (ví dụ “(Khối sở, ban, ngành)”).',
  formGroupSettingIgnored:
    "Phiếu trang “{sheet}” ghi khối “{title}” trong tiêu đề, còn thiết lập “Khối của đơn vị” (unitGroups) xếp “{unit}” vào khối “{setting}”: đã theo tiêu đề phiếu. Thiết lập chỉ dùng cho phiếu không ghi khối, để khối của năm trước còn lưu trong thiết lập không lặng lẽ chuyển đơn vị sang khối khác; nếu tiêu đề phiếu ghi sai khối, hãy sửa tiêu đề.",
  unitGroupsUnmatched:
    "Thiết lập “Khối của đơn vị” (unitGroups) có {count} tên không khớp với đơn vị hay trang phiếu nào nên không được dùng: {names}.",
  unitGroupsAmbiguous:
    "Tên “{key}” trong thiết lập “Khối của đơn vị” (unitGroups, khối “{group}”) khớp với nhiều đơn vị khi không kể phần chỉ loại đơn vị (huyện, thị xã, phường, xã…): {units} (trang {sheets}), nên không được dùng cho đơn vị nào. Hãy ghi đủ tên đơn vị như trên phiếu, kể cả loại đơn vị (ví dụ “Huyện …”, “Phường …”).",
  unitGroupsConflict:
    "Phiếu trang “{sheet}” (“{unit}”) không ghi khối trong tiêu đề, còn thiết lập “Khối của đơn vị” (unitGroups) có nhiều tên chỉ đơn vị này với các khối khác nhau: {entries}; chưa dùng tên nào. Hãy giữ lại một tên cho đơn vị này.",
  formSelfAssessmentOnly:
    "{count} phiếu chỉ có cột điểm tự đánh giá, không có cột điểm thẩm định: {sheets}. Điểm của các đơn vị này là điểm đơn vị tự chấm, chưa được thẩm định, nhưng vẫn được xếp hạng cùng các đơn vị khác.",
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
  groupSpellings:
    "Cột khối ghi khối “{group}” theo nhiều cách ({others}): các đơn vị ghi như vậy được xếp chung một khối “{group}”. Nếu đó là các khối khác nhau, hãy đặt tên khối khác hẳn nhau.",
  helperColumnNotField:
    "Cột {column} (“{header}”) nằm sau cột tổng điểm và chỉ số, không có điểm tối đa: được coi là cột phụ, không phải một lĩnh vực. Nếu đó là một lĩnh vực, hãy chọn nó trong “Sửa cột” hoặc trong tệp thiết lập (mapping).",
  componentAboveMax: "Điểm lĩnh vực “{component}” là {score}, lớn hơn điểm tối đa {max}.",
  componentNegative: "Điểm lĩnh vực “{component}” là số âm ({score}).",
  componentNotNumber:
    "Ô điểm lĩnh vực “{component}” là “{text}”, không phải là số; lĩnh vực này không được tính cho đơn vị.",
  componentError: "Ô điểm lĩnh vực “{component}” có lỗi {code}; lĩnh vực này không được tính cho đơn vị.",
  componentAmbiguous:
    "Ô điểm lĩnh vực “{component}” là “{text}”, có thể hiểu theo nhiều cách ({readings}); lĩnh vực này không được tính.",
  separatorAmbiguous:
    "{@subject} là “{text}”, đọc được hai cách: {decimal} (nếu “{separator}” là dấu thập phân) hoặc {thousands} (nếu “{separator}” phân cách hàng nghìn), vì các số khác trong trang viết dấu thập phân bằng “{decimalMark}”. Ô này không được dùng; hãy gõ lại ô: “{asDecimal}” hoặc “{asThousands}”.",
  separatorReadingTaken:
    "{@subject} là “{text}”: đọc là {decimal} (“{separator}” là dấu thập phân), vì cách đọc kia, {thousands}, vượt quá {bound} là mức cao nhất của ô này; nhưng các số khác trong trang viết dấu thập phân bằng “{decimalMark}”, nên hãy kiểm tra và gõ lại ô là “{asDecimal}”.",
  separatorSubjectComponent: "Ô điểm lĩnh vực “{component}”",
  separatorSubjectComponentMax: "Ô điểm tối đa lĩnh vực “{component}” của đơn vị",
  separatorSubjectTotal: "Ô tổng điểm của “{name}”",
  separatorSubjectUnitMax: "Ô điểm tối đa của “{name}”",
  separatorSubjectIndex: "Ô chỉ số của “{name}”",
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
    "Bảng năm trước chia khối khác năm nay (năm trước: {previous}; năm nay: {current}); mỗi khối năm nay được so với khối tương ứng năm trước ({pairs}), chỉ so sánh các đơn vị khớp được trong khối tương ứng.",
  ambiguousMatch:
    "Tên “{name}” khớp với nhiều đơn vị năm trước ({candidates}); hãy thêm tên gọi khác (aliases) trong thiết lập.",
  aliasAmbiguous:
    "Tên gọi khác (aliases) “{name}” → “{target}” khớp với nhiều đơn vị năm trước ({candidates}); hãy ghi tên năm trước đầy đủ như trong bảng năm trước.",
  aliasTargetMissing:
    "Tên gọi khác (aliases) “{name}” → “{target}” không dùng được: bảng năm trước không có đơn vị “{target}”, nên “{name}” được so theo tên của chính nó. Hãy kiểm tra cách viết tên năm trước.",
  aliasUnitMissing:
    "Tên gọi khác (aliases) trong thiết lập không dùng được vì bảng năm nay không có đơn vị mang tên đó: {aliases}. Hãy kiểm tra cách viết tên năm nay.",
  aliasOtherGroup:
    "Theo tên gọi khác (aliases) “{alias}” → “{target}”, “{name}” là “{previous}” của năm trước; nhưng năm trước đơn vị này xếp hạng {previousRank} trong khối “{previousGroup}”, không phải khối tương ứng với khối “{group}” năm nay. Thứ hạng trong hai khối khác nhau không so được với nhau, nên “{name}” được ghi là không so sánh được (không tính tăng hay tụt bậc).",
  matchContested:
    "“{name}” và {others} cùng khớp với một đơn vị năm trước, “{previous}” (theo tên hoặc tên gọi khác), nên không đơn vị nào được so sánh; hãy sửa tên gọi khác (aliases) trong thiết lập để mỗi đơn vị năm trước chỉ ứng với một đơn vị năm nay.",
  previousRankUnreadable: "Ô xếp hạng năm trước của “{name}” là “{text}”, không phải thứ hạng.",
  ratingUnreadable: "Không đọc được xếp loại người đứng đầu “{text}” của “{name}”.",
  noRatings:
    "Không có xếp loại người đứng đầu (bảng không có cột xếp loại và thiết lập chưa nhập): danh sách đơn vị phải kiểm điểm để trống.",
  ratingsDerived:
    "Xếp loại người đứng đầu được suy ra từ chỉ số theo thiết lập (chưa phải kết quả chính thức của tỉnh).",
  previousSheetUsed: "Dùng trang “{name}” làm bảng năm trước.",
  lookupSheetSkipped:
    "Trang “{name}” chỉ có tên đơn vị và một cột số (bảng tra cứu, nguồn dữ liệu của bảng điểm), nên không được đọc như một bảng điểm; nếu đó là bảng điểm cần xếp hạng, hãy chọn trang bằng --sheet hoặc trong thiết lập.",
  sourceSheetSkipped:
    "Trang “{name}” là nguồn số liệu của bảng điểm trang “{table}” (công thức của bảng đọc trang này), nên không được đọc như một bảng điểm; nếu cần đọc, hãy chọn trang bằng --sheet hoặc trong thiết lập.",
  detailSheetSkipped:
    "Trang “{name}” chỉ có điểm chi tiết của các đơn vị trong bảng điểm trang “{table}”, không có tổng điểm, chỉ số hay điểm tối đa, nên không được đọc như một bảng điểm; nếu cần đọc, hãy chọn trang bằng --sheet hoặc trong thiết lập.",
  sameUnitsSheetSkipped:
    "Trang {skipped} và trang {read} liệt kê cùng các đơn vị, tổng điểm khớp nhau: đã đọc {read}, nơi có các lĩnh vực mà {skipped} không có, không đọc {skipped}; nếu cần đọc {skipped}, hãy chọn trang bằng --sheet hoặc trong thiết lập.",
  sheetsDisagree:
    "“{@what}” của “{unit}” là {wholeValue} ở trang “{wholeSheet}” (dòng {wholeRow}) nhưng {partValue} ở trang “{partSheet}” (dòng {partRow}); hai trang liệt kê cùng các đơn vị nên phải khớp. Chưa xếp hạng: hãy sửa cho khớp, hoặc chọn trang bằng --sheet hay trong thiết lập.",
  reasonRating: "Người đứng đầu xếp loại “{rating}”",
  reasonRatingDerived: "Người đứng đầu xếp loại “{rating}” (suy ra từ chỉ số)",
  reasonDropped: "Tụt {steps} bậc so với năm trước",
  reasonLast: "Đứng cuối khối",
  notComparableNew: "mới",
  notComparableNoPrevious: "không có dữ liệu năm trước",
  notComparableUnmatched: "không tìm thấy trong bảng năm trước",
  notComparableAmbiguous: "tên khớp với nhiều đơn vị năm trước",
  notComparableGroup: "khối không có trong bảng năm trước",
  notComparableOtherGroup: "năm trước xếp hạng ở khối khác",
  notComparableNotRanked: "không được xếp hạng năm nay",
  notComparableNoRank: "năm trước không có thứ hạng",
  cliTitle: "Chỉ số CCHC{year} — {file}",
  cliSheets: "Trang tính: {sheets}",
  cliPrevious: "So sánh với năm trước: {source}",
  cliPreviousColumn: "cột xếp hạng năm trước trong bảng",
  cliPreviousFile: "tệp {file}, trang {sheets}",
  cliPreviousSheet: "trang {sheets} của tệp này",
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
  cliFileNotFound: "Không tìm thấy tệp “{file}”.",
  cliSettingsNotJson: "Tệp thiết lập “{file}” không phải JSON hợp lệ: {detail}",
  cliBug: "Lỗi chương trình (không phải do dữ liệu của bạn): {detail}. Hãy báo cho nhóm phát triển.",
  cliJsonWritten: "Đã ghi kết quả JSON vào “{file}”.",
  cliOutIsInput:
    "Không ghi vào “{file}” ({option}): đó là tệp đầu vào của lệnh này, và tệp đầu vào không bao giờ bị sửa. Hãy chọn tên khác cho {option}. Không ghi tệp nào.",
  cliOutSame: "{first} và {second} cùng chỉ vào “{file}”; hãy chọn hai tệp khác nhau. Không ghi tệp nào.",
  cliOutExtension: "Tệp “{file}” ({option}) phải có đuôi {extension}. Không ghi tệp nào.",
  cliOutNoFolder: "Không có thư mục “{folder}” để ghi tệp ({option}). Không ghi tệp nào.",
  cliOutIsFolder: "“{file}” là một thư mục; hãy cho tên một tệp sau {option}. Không ghi tệp nào.",
  cliOutNotFile:
    "“{file}” ({option}) không phải là một tệp thông thường (thiết bị hoặc đường ống); hãy cho tên một tệp. Không ghi tệp nào.",
  cliOutExists:
    "Tệp “{file}” ({option}) đã có. Để ghi đè, thêm --force; hoặc chọn tên khác. Không ghi tệp nào.",
  cliOutOpen:
    "Tệp “{file}” đang mở trong Excel hoặc một chương trình khác (có tệp khóa “{lock}”). Hãy đóng tệp rồi chạy lại; nếu tệp không mở, hãy xóa tệp khóa. Không ghi tệp nào.",
  cliOutNotWritable:
    "Không ghi được vào “{file}”: tệp hoặc thư mục chỉ cho đọc, hoặc tệp đang bị khóa ({detail}). Không ghi tệp nào.",
  cliOutNoSpace:
    "Không ghi được vào “{file}”: ổ đĩa đã đầy. Hãy giải phóng chỗ trống rồi chạy lại. Không ghi tệp nào.",
  cliInputFolder: "“{file}” là một thư mục, không phải tệp .xlsx; hãy cho tên tệp.",
  cliInputNotFile:
    "“{file}” không phải là một tệp thông thường (thiết bị, đường ống hoặc ổ đĩa); hãy cho tên một tệp .xlsx đã lưu trên đĩa.",
  cliInputUnreadable: "Không đọc được tệp “{file}” (không có quyền đọc, hoặc tệp đang bị khóa: {detail}).",
  cliInputTooLarge:
    "Tệp “{file}” quá lớn ({size} MB; giới hạn {limit} MB). Bảng điểm Chỉ số CCHC thường dưới 5 MB: hãy kiểm tra lại có đúng tệp không.",
  previousSheetIsCurrent:
    "Trang tính này được chọn làm bảng năm trước (--previous-sheet), nhưng đó cũng là bảng điểm năm nay. Năm nay và năm trước phải là hai bảng khác nhau: chọn trang năm trước khác, hoặc dùng --previous với tệp năm trước.",
  cliHiddenSheets:
    "Lưu ý: bảng điểm nằm ở trang tính đang ẩn ({sheets}); hãy chắc chắn đó là bảng cần dùng (hoặc chọn trang bằng --sheet).",
  cliLeftoversRemoved: "Đã xóa tệp tạm do lần chạy trước bị ngắt để lại: {files}.",
  cliPreviousIsInput:
    "--previous chỉ vào chính tệp năm nay; bảng năm trước được tìm trong các trang của tệp này (hoặc dùng --previous-sheet).",
  cliOutWritten: "Đã ghi báo cáo ({sheets} trang tính) vào “{file}”.",
  cliDocxWritten: "Đã ghi dự thảo thông báo vào “{file}”.",
  changeUp: "▲{steps}",
  changeDown: "▼{steps}",
  changeSame: "=",
  changeNone: "—",
  // Report sheets (src/core/report).
  rpSheetRanking: "Xếp hạng",
  rpSheetActions: "Kiểm điểm-giải trình",
  rpSheetComponents: "Phân tích lĩnh vực",
  rpSheetBreakthrough: "Đăng ký đột phá",
  rpSheetLog: "Nhật ký",
  rpMottoCountry: "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
  rpMottoWords: "Độc lập - Tự do - Hạnh phúc",
  rpTitleYear: " NĂM {year}",
  rpPlaceDate: "{place}, ngày      tháng      năm {year}",
  rpPlaceUnknown: "…………",
  rpRecipients: "Nơi nhận:",
  rpGroupHeading: "{numeral}. {name}",
  rpRankingTitle: "KẾT QUẢ XẾP HẠNG CHỈ SỐ CẢI CÁCH HÀNH CHÍNH{year}",
  rpRankingSubtitle:
    "(Xếp hạng riêng từng khối theo chỉ số đầy đủ; chỉ số hiển thị 2 chữ số thập phân; ▲ tăng, ▼ giảm, = giữ nguyên, — không so sánh được)",
  rpColStt: "STT",
  rpColUnit: "Tên cơ quan, đơn vị",
  rpColGroup: "Khối",
  rpColScore: "Tổng điểm",
  rpColMax: "Điểm tối đa",
  rpColIndex: "Chỉ số (%)",
  rpColIndexYear: "Chỉ số năm {year} (%)",
  rpColRank: "Xếp hạng",
  rpColRankYear: "Xếp hạng năm {year}",
  rpColRankPrevious: "Xếp hạng năm trước",
  rpColChange: "Tăng (▲) / giảm (▼) bậc",
  rpColBand: "Phân loại theo chỉ số",
  rpColNote: "Ghi chú",
  rpNoteFullIndex: "Chỉ số đầy đủ {index} (2 chữ số thập phân trùng với đơn vị khác hạng)",
  rpNotRankedBlank: "Không xếp hạng: chưa có điểm",
  rpNotRankedNoIndex: "Không xếp hạng: không tính được chỉ số",
  rpActionsTitle: "DANH SÁCH CƠ QUAN, ĐƠN VỊ PHẢI KIỂM ĐIỂM, BÁO CÁO GIẢI TRÌNH VỀ CHỈ SỐ CCHC{year}",
  rpActionsSubtitle:
    "(Thời hạn kiểm điểm: {deadline}; kết quả kiểm điểm và báo cáo giải trình gửi về {sendTo})",
  rpDeadlineUnknown: "chưa xác định",
  rpSectionReviews:
    "A. CƠ QUAN, ĐƠN VỊ PHẢI TỔ CHỨC KIỂM ĐIỂM, LÀM RÕ TRÁCH NHIỆM CỦA NGƯỜI ĐỨNG ĐẦU ({count})",
  rpReviewsNone: "Không có cơ quan, đơn vị nào phải kiểm điểm.",
  rpColReasons: "Lý do",
  rpColRating: "Xếp loại người đứng đầu",
  rpRatingDerived: "{rating} (suy ra từ chỉ số)",
  rpColAttendee: "Thành phần dự họp kiểm điểm",
  rpColDeadline: "Thời hạn",
  rpColSendTo: "Gửi kết quả về",
  rpSectionExplanations:
    "B. CƠ QUAN, ĐƠN VỊ PHẢI BÁO CÁO GIẢI TRÌNH — LĨNH VỰC ĐẠT DƯỚI {threshold}% ĐIỂM TỐI ĐA ({count})",
  rpExplanationsNone:
    "Không có cơ quan, đơn vị nào có lĩnh vực được kiểm tra đạt dưới {threshold}% điểm tối đa.",
  rpColComponent: "Lĩnh vực",
  rpColPoints: "Điểm đạt",
  rpColPercent: "Tỷ lệ (% điểm tối đa)",
  rpSectionDropped: "C. CƠ QUAN, ĐƠN VỊ TỤT HẠNG SO VỚI {previous} ({count})",
  rpPreviousYearUpper: "NĂM {year}",
  rpPreviousUnknownUpper: "NĂM TRƯỚC",
  rpDroppedNone: "Không có cơ quan, đơn vị nào tụt hạng.",
  rpDroppedNoPrevious: "Không có dữ liệu năm trước để so sánh thứ hạng.",
  rpColRankChange: "Số bậc thay đổi",
  rpComponentsTitle: "PHÂN TÍCH KẾT QUẢ CÁC LĨNH VỰC CỦA CHỈ SỐ CCHC{year}",
  rpComponentsSubtitle:
    "(Tỷ lệ tính theo % điểm tối đa của lĩnh vực; chênh lệch là tỷ lệ của đơn vị trừ tỷ lệ trung bình của khối, tính bằng điểm phần trăm)",
  rpSectionStats: "1. KẾT QUẢ TỪNG LĨNH VỰC THEO KHỐI",
  rpColMean: "Điểm trung bình",
  rpColMeanPercent: "Trung bình (% điểm tối đa)",
  rpColMin: "Điểm thấp nhất",
  rpColMaxScore: "Điểm cao nhất",
  rpColBelow: "Số đơn vị dưới {threshold}%",
  rpColWeakest: "Đơn vị thấp nhất (% điểm tối đa)",
  rpWeakestUnit: "{name} ({percent}%)",
  rpSectionMeans: "2. TỶ LỆ ĐIỂM TRUNG BÌNH CÁC LĨNH VỰC THEO KHỐI (% ĐIỂM TỐI ĐA)",
  rpChartMeansTitle: "Tỷ lệ điểm trung bình các lĩnh vực (% điểm tối đa)",
  rpSectionUnits: "3. CHỈ SỐ VÀ HAI LĨNH VỰC YẾU NHẤT CỦA TỪNG ĐƠN VỊ SO VỚI TRUNG BÌNH KHỐI",
  rpColWeak1: "Lĩnh vực yếu nhất",
  rpColWeak2: "Lĩnh vực yếu thứ hai",
  rpColGap: "Chênh lệch so với trung bình khối (điểm %)",
  rpChartIndexTitle: "Chỉ số CCHC{year} — {group}",
  rpBreakthroughTitle: "ĐĂNG KÝ CÔNG VIỆC ĐỘT PHÁ, SÁNG TẠO{year}",
  rpBreakthroughSubtitle:
    "(Người đứng đầu cơ quan, đơn vị đăng ký công việc nhằm nâng cao Chỉ số CCHC; lĩnh vực cần cải thiện là hai lĩnh vực thấp nhất so với trung bình khối{year})",
  rpBreakthroughBasis: " năm {year}",
  rpColImprove1: "Lĩnh vực cần cải thiện (1)",
  rpColImprove2: "Lĩnh vực cần cải thiện (2)",
  rpColTask: "Công việc đột phá, sáng tạo đăng ký",
  rpColResponsible: "Người chịu trách nhiệm",
  rpColTaskDeadline: "Thời hạn hoàn thành",
  rpLogTitle: "NHẬT KÝ LẬP BÁO CÁO CHỈ SỐ CCHC{year}",
  rpLogSectionRun: "1. LẦN LẬP BÁO CÁO",
  rpLogSectionCounts: "2. SỐ LIỆU",
  rpLogSectionSettings: "3. THIẾT LẬP ĐÃ DÙNG",
  rpLogSectionWarnings: "4. CẢNH BÁO ({count})",
  rpColItem: "Mục",
  rpColValue: "Giá trị",
  rpLogGeneratedAt: "Thời điểm lập",
  rpLogFile: "Tệp bảng điểm",
  rpLogSheets: "Trang tính bảng điểm",
  rpLogPreviousFile: "Tệp năm trước",
  rpLogPreviousSheets: "Trang tính năm trước",
  rpLogPreviousSource: "Thứ hạng năm trước lấy từ",
  rpLogPreviousTable: "bảng điểm năm trước",
  rpLogFingerprint: "Dấu vân tay dữ liệu nguồn (SHA-256)",
  rpLogYear: "Năm đánh giá",
  rpLogLanguage: "Ngôn ngữ",
  rpLogCharts: "Biểu đồ",
  rpLogChartsPlanned: "{count} biểu đồ",
  rpLogChartsOmitted:
    "Không có biểu đồ: tệp .xlsx do lệnh cchc tạo không chứa biểu đồ; tạo báo cáo bằng add-in trong Excel để có biểu đồ",
  rpLogChartsSkipped: "Không vẽ biểu đồ chỉ số của khối “{group}”: {count} đơn vị, nhiều hơn {max}",
  rpCountUnits: "Số đơn vị",
  rpCountGroups: "Số khối",
  rpCountGroup: "Khối “{name}”",
  rpCountDropped: "Số đơn vị tụt hạng",
  rpCountReviews: "Số đơn vị phải kiểm điểm",
  rpCountExplanations: "Số lượt phải báo cáo giải trình (đơn vị × lĩnh vực)",
  rpCountNotAssessed: "Số đơn vị không xếp hạng",
  rpCountNotComparable: "Số đơn vị không so sánh được với năm trước",
  rpCountUnmatched: "Số đơn vị năm trước không khớp",
  rpCountWarnings: "Số cảnh báo",
  rpNoWarnings: "Không có cảnh báo.",
  rpCellCut: "… (đã cắt bớt)",
  hlDropped: "Tụt {steps} bậc so với năm trước (hạng {from} → {to})",
  hlBelow: "{component}: {score}/{max} điểm = {percent}%, dưới {threshold}% điểm tối đa",
  hlLegendTitle: "Chú giải tô màu (phần bổ trợ CCHC; “Xóa tô màu” bỏ cả chú giải này)",
  hlLegendDropped: "Đơn vị tụt hạng so với năm trước",
  hlLegendChecked: "Phải báo cáo giải trình: {components} dưới {threshold}% điểm tối đa",
  hlLegendOther: "Lĩnh vực khác dưới {threshold}% điểm tối đa (không phải giải trình)",
  excelCellEditMode:
    "Excel đang ở chế độ sửa ô: hãy nhấn Enter (hoặc Esc) để kết thúc việc sửa ô rồi bấm lại. {@outcome}",
  excelStructureProtected:
    "Sổ làm việc đang được bảo vệ cấu trúc (Xem lại → Bảo vệ sổ làm việc) nên không thêm hay xóa được trang tính. Hãy bỏ bảo vệ rồi bấm lại. {@outcome}",
  excelSheetProtected:
    "Trang tính “{sheet}” đang được bảo vệ nên không tô màu được. Hãy bỏ bảo vệ trang (Xem lại → Bỏ bảo vệ trang tính) rồi bấm lại. {@outcome}",
  excelNeedsNewerExcel:
    "Chức năng “{@feature}” cần Excel hỗ trợ ExcelApi {version} trở lên; Excel đang dùng chưa có. Hãy dùng Excel trên web hoặc Microsoft 365 bản mới.",
  excelConsentNeeded:
    "Cần bạn quyết định trước khi ghi các trang: {sheets} (đã có trang cùng tên). Chưa ghi gì.",
  excelSheetNameTaken:
    "Trang tính “{sheet}” vừa xuất hiện trong sổ làm việc (có thể do ai đó vừa tạo). Hãy đọc lại sổ làm việc rồi bấm lại. {@outcome}",
  excelFailed:
    "Excel từ chối thao tác ({code}: {detail}). Hãy thử lại; nếu vẫn lỗi, báo cho nhóm phát triển. {@outcome}",
  excelTooLarge:
    "Dữ liệu cần ghi quá lớn cho một lần gửi tới Excel (trang “{sheet}”, khoảng {megabytes} MB). {@outcome}",
  excelReadTooLarge:
    "Excel không gửi được trang “{sheet}” cho phần bổ trợ: một dòng của trang đã vượt giới hạn mỗi lần trả lời của Excel (5 MB trên Excel trên web). Hãy xóa các ô có dữ liệu hoặc định dạng nằm xa bảng điểm, hoặc chép bảng điểm sang một sổ làm việc mới rồi bấm lại; lệnh cchc đọc tệp .xlsx không bị giới hạn này. {@outcome}",
  excelOutcomeNothingWritten: "Chưa có gì được ghi; sổ làm việc vẫn như trước.",
  excelOutcomeRolledBack: "Các trang vừa tạo đã được xóa; sổ làm việc vẫn như trước.",
  excelOutcomeCleanupFailed:
    "Không xóa được các trang tạm ({leftovers}); hãy xóa chúng bằng tay (dữ liệu của bạn không bị thay đổi).",
  excelOutcomeDataUnchanged: "Dữ liệu của bạn không bị thay đổi.",
  excelFeatureRead: "đọc bảng điểm",
  excelFeatureReport: "tạo trang báo cáo",
  excelFeatureHighlight: "tô màu bảng điểm",
  excelHighlightDropped: "Đơn vị tụt hạng so với năm trước",
  excelHighlightBelow: "Lĩnh vực dưới ngưỡng điểm",
  // Settings named in words (problems in a settings file or the pane's saved settings).
  settingRoot: "Thiết lập",
  settingVersion: "Phiên bản thiết lập",
  settingYear: "Năm đánh giá",
  settingThreshold: "Ngưỡng giải trình",
  settingCheckedComponents: "Lĩnh vực kiểm tra ngưỡng",
  settingExplanationRule: "Cách lập danh sách giải trình",
  settingReviewRatings: "Mức xếp loại phải kiểm điểm",
  settingRatings: "Xếp loại người đứng đầu nhập theo đơn vị",
  settingDeriveRatings: "Suy ra xếp loại từ chỉ số",
  settingRatingBands: "Ngưỡng suy ra xếp loại người đứng đầu",
  settingBands: "Xếp loại theo chỉ số",
  settingTieMethod: "Cách xếp đồng hạng",
  settingRankDecimals: "Số chữ số thập phân khi xếp hạng",
  settingReviewDeadline: "Hạn kiểm điểm",
  settingSendTo: "Nơi gửi kết quả",
  settingAttendees: "Người dự họp kiểm điểm",
  settingAliases: "Tên năm trước của đơn vị đổi tên, sáp nhập",
  settingUnitGroups: "Khối của đơn vị có phiếu chấm điểm không ghi khối",
  settingNewUnits: "Đơn vị mới",
  settingMapping: "Chọn cột của bảng điểm",
  settingLanguage: "Ngôn ngữ báo cáo",
  settingReport: "Đầu và cuối báo cáo",
  settingAgency: "Tên cơ quan ở đầu báo cáo",
  settingPlace: "Địa danh ở dòng ngày tháng",
  settingSignerTitle: "Chức danh người ký",
  settingSignerName: "Họ tên người ký",
  settingRecipients: "Nơi nhận",
  settingHeaderTop: "dòng đầu của tiêu đề bảng điểm",
  settingHeaderBottom: "dòng cuối của tiêu đề bảng điểm",
  settingMapName: "cột tên đơn vị",
  settingMapGroup: "cột khối",
  settingMapTotal: "cột tổng điểm",
  settingMapIndex: "cột chỉ số",
  settingMapUnitMax: "cột điểm tối đa của đơn vị",
  settingMapPreviousRank: "cột xếp hạng năm trước",
  settingMapRating: "cột xếp loại người đứng đầu",
  settingMapComponents: "cột lĩnh vực",
  settingMapIgnore: "cột bỏ qua",
  settingMapClear: "vai trò bỏ chọn",
  settingPartColumn: "cột",
  settingPartName: "tên",
  settingPartMax: "điểm tối đa",
  settingPartMin: "cận dưới",
  settingPartLabel: "tên loại",
  settingPartRating: "xếp loại",
  settingGroupAttendees: "Người dự họp kiểm điểm theo khối",
  settingAttendeesByKind: "Người dự họp kiểm điểm theo loại đơn vị",
  settingKindDepartments: "sở, ban, ngành",
  settingKindLocalities: "UBND cấp huyện, cấp xã",
  settingHighlightAll: "Tô màu mọi lĩnh vực dưới ngưỡng",
  settingDocumentKind: "Loại văn bản",
  settingDocumentNumber: "Số văn bản",
  settingDocumentDate: "Ngày văn bản",
  settingAnnex: "Dòng “Kèm theo” dưới tiêu đề",
  rpNumber: "Số: {number}",
  rpPlaceDateFull: "{place}, ngày {day} tháng {month} năm {year}",
  rpAnnex: "(Kèm theo {kind} số {number} của {agency})",
  rpYes: "có",
  rpNo: "không",
  rpSettingDefault: "mặc định",
  settingItem: "mục thứ {n}",
  settingNotNumber: "phải là một số",
  settingNotInteger: "phải là một số nguyên",
  settingNotText: "phải là một đoạn chữ",
  settingNotBoolean: "phải là true hoặc false",
  settingNotList: "phải là một danh sách",
  settingNotObject: "phải là một nhóm giá trị có tên (đối tượng JSON)",
  settingAbove: "phải lớn hơn {min}",
  settingAtLeast: "phải từ {min} trở lên",
  settingBelow: "phải nhỏ hơn {max}",
  settingAtMost: "không được lớn hơn {max}",
  settingEmpty: "không được để trống",
  settingTooLong: "dài quá {max} ký tự",
  settingTooFew: "cần ít nhất {min} mục",
  settingTooMany: "có quá {max} mục",
  settingOneOf: "phải là một trong các giá trị {values}",
  settingNotDate: "phải là một ngày dạng năm-tháng-ngày, ví dụ 2022-03-15",
  settingNoSuchDate: "{date} không phải là ngày có thật trên lịch",
  settingNotColumn: "phải là chữ cái tên cột, từ A đến XFD (ví dụ F)",
  settingInvalid: "không hợp lệ",
  settingMoreProblems: "và {count} lỗi khác",
  noScores:
    "Không xếp hạng được đơn vị nào: mọi ô điểm của {count} đơn vị đều trống. Nếu bảng điểm tính bằng công thức, có thể tệp đã được lưu mà không kèm kết quả của công thức (thường gặp ở tệp do phần mềm khác tạo ra): hãy mở tệp bằng Excel và lưu lại để Excel tính các công thức, rồi làm lại. Chưa có gì được ghi.",
  noIndices:
    "Không xếp hạng được đơn vị nào trong {count} đơn vị: không tính được chỉ số của đơn vị nào (thiếu điểm tối đa của các lĩnh vực, hoặc các ô điểm có lỗi hay không phải là số). Hãy kiểm tra dòng “Điểm tối đa” và các cột điểm, hoặc chọn lại cột trong thiết lập. Chưa có gì được ghi.",
  mappedColumnOutside:
    "Cột {column} được chọn làm {@role} trong thiết lập, nhưng bảng điểm chỉ có từ cột {first} đến cột {last}; hãy sửa phần chọn cột.",
  mappedColumnsCollide:
    "Cột {column} được chọn cho hai vai trò trong thiết lập ({@role} và {@other}); mỗi cột chỉ giữ một vai trò.",
  mappedRowOutside:
    "Dòng {row} được chọn làm {@role} trong thiết lập, nhưng trang tính chỉ có dữ liệu từ dòng {first} đến dòng {last}.",
  mappedHeaderUpsideDown:
    "Trong thiết lập, dòng cuối của tiêu đề bảng điểm (dòng {bottom}) nằm trên dòng đầu (dòng {top}).",
  gateFix:
    "Có lẽ các cột của bảng đã bị đọc sai. Hãy chọn lại cột: bằng “Sửa cột” trong ngăn tác vụ, hoặc trong tệp thiết lập (mục “Chọn cột của bảng điểm”, mapping). Chưa có gì được ghi.",
  gateAboveUnitMax:
    "Cột {column} được hiểu là điểm tối đa của đơn vị, nhưng tổng điểm của {count}/{units} đơn vị lớn hơn điểm tối đa đó (“{unit}”, dòng {row}: {score} điểm trên tối đa {max}, chỉ số {index}); chỉ số chỉ có thể từ 0 đến 100. {@fix}",
  gateAboveMax:
    "Cột {column} được hiểu là tổng điểm, nhưng tổng điểm của {count}/{units} đơn vị lớn hơn điểm tối đa (“{unit}”, dòng {row}: {score} điểm trên tối đa {max}, chỉ số {index}); chỉ số chỉ có thể từ 0 đến 100. {@fix}",
  gateFieldsAboveMax:
    "Các cột {columns} được hiểu là điểm các lĩnh vực, nhưng tổng của chúng ở {count}/{units} đơn vị lớn hơn điểm tối đa (“{unit}”, dòng {row}: {score} điểm trên tối đa {max}, chỉ số {index}); chỉ số chỉ có thể từ 0 đến 100. {@fix}",
  gateTotalNegative:
    "Cột {column} được hiểu là tổng điểm, nhưng tổng điểm của {count}/{units} đơn vị là số âm (“{unit}”, dòng {row}: {score}); chỉ số chỉ có thể từ 0 đến 100. {@fix}",
  gateFieldsNegative:
    "Các cột {columns} được hiểu là điểm các lĩnh vực, nhưng tổng của chúng ở {count}/{units} đơn vị là số âm (“{unit}”, dòng {row}: {score}); chỉ số chỉ có thể từ 0 đến 100. {@fix}",
  gateSheetIndexOutOfRange:
    "Cột {column} được hiểu là chỉ số (%), nhưng giá trị của {count}/{units} đơn vị nằm ngoài khoảng 0–100 (“{unit}”, dòng {row}: {index}). {@fix}",
  gateFieldAboveMax:
    "Cột {column} được hiểu là điểm lĩnh vực “{component}”, nhưng điểm của {count}/{units} đơn vị lớn hơn điểm tối đa của lĩnh vực (“{unit}”, dòng {row}: {score} trên tối đa {max}). {@fix}",
  gateTotalDisagrees:
    "Cột {column} được hiểu là tổng điểm, nhưng ở {count}/{units} đơn vị nó khác tổng điểm các lĩnh vực (cột {columns}) (“{unit}”, dòng {row}: {sheetValue} so với {computed}); có thể một cột điểm thành phần hay cột cộng dồn (như “Điểm thẩm định”) đã bị tính là lĩnh vực, hoặc thiếu một lĩnh vực. {@fix}",
  gateIndexDisagrees:
    "Cột {column} được hiểu là chỉ số (%), nhưng ở {count}/{units} đơn vị nó khác chỉ số tính từ tổng điểm và điểm tối đa (“{unit}”, dòng {row}: {sheetValue} so với {computed} = {score} ÷ {max} × 100); cột chỉ số, cột tổng điểm hoặc điểm tối đa đã bị đọc sai. {@fix}",
  gateFixRows:
    "Có lẽ các dòng của bảng (các tiêu chí, “Tổng điểm”, “Chỉ số (%)”) hoặc cột “Điểm tối đa” đã bị đọc sai; hãy kiểm tra các dòng đó trong bảng (chọn cột trong thiết lập chỉ áp dụng cho bảng mỗi đơn vị một dòng). Chưa có gì được ghi.",
  gateRepeatedUnits:
    "{count}/{units} đơn vị của bảng lặp lại tên một đơn vị đã có trong cùng khối (“{unit}” xuất hiện {times} lần: {@placesKind}). Bảng có vẻ ghi mỗi đơn vị trên nhiều dòng — chẳng hạn một dòng cho mỗi lĩnh vực hay tiêu chí —, dạng bảng này chưa đọc được; xếp hạng từ đó sẽ sai. Hãy dùng bảng tổng hợp mỗi đơn vị một dòng, mỗi lĩnh vực một cột (hoặc sửa các tên trùng nếu đó là lỗi gõ). Chưa có gì được ghi.",
  gateOneFieldPerUnit:
    "Các cột {columns} được hiểu là điểm các lĩnh vực, nhưng {count}/{units} đơn vị chỉ có số ở đúng một trong các cột đó, các cột khác để trống (“{unit}”, dòng {row}): đó không phải là các lĩnh vực mà có lẽ là các khối hay nhóm — bảng có vẻ là một bảng tổng hợp (PivotTable) mỗi khối một cột, dạng này chưa đọc được. Hãy dùng bảng điểm gốc: mỗi đơn vị một dòng, mỗi lĩnh vực một cột. Chưa có gì được ghi.",
  sideBySideTables:
    "Dòng tiêu đề có hai cột tên đơn vị (cột {first} và cột {second}): trang có vẻ đặt hai bảng cạnh nhau. Dạng này chưa đọc được — nếu đọc như một bảng, điểm của hai khối sẽ bị cộng lẫn. Hãy chuyển bảng thứ hai sang trang riêng (hoặc xuống dưới bảng thứ nhất, cùng các cột), rồi làm lại. Chưa có gì được ghi.",
  gatePlacesRows: "dòng {places}",
  gatePlacesColumns: "cột {places}",
  gatePlacesSheets: "trang {places}",
  gateLineSheet: "Dòng {lineRows}",
  gateLineForms: "Dòng {lineRows}, cột {lineColumn} của mỗi phiếu chấm điểm",
  gateLinesSheet: "Các dòng {lineRows}",
  gateLinesForms: "Các dòng {lineRows}, cột {lineColumn} của mỗi phiếu chấm điểm",
  gateAtColumn: "cột {atColumn}",
  gateAtSheet: "trang “{atSheet}”",
  gateAboveUnitMaxRow:
    "{@line} được hiểu là điểm tối đa của đơn vị, nhưng tổng điểm của {count}/{units} đơn vị lớn hơn điểm tối đa đó (“{unit}”, {@at}: {score} điểm trên tối đa {max}, chỉ số {index}); chỉ số chỉ có thể từ 0 đến 100. {@fix}",
  gateAboveMaxRow:
    "{@line} được hiểu là tổng điểm, nhưng tổng điểm của {count}/{units} đơn vị lớn hơn điểm tối đa (“{unit}”, {@at}: {score} điểm trên tối đa {max}, chỉ số {index}); chỉ số chỉ có thể từ 0 đến 100. {@fix}",
  gateFieldsAboveMaxRow:
    "{@lines} được hiểu là điểm các lĩnh vực, nhưng tổng của chúng ở {count}/{units} đơn vị lớn hơn điểm tối đa (“{unit}”, {@at}: {score} điểm trên tối đa {max}, chỉ số {index}); chỉ số chỉ có thể từ 0 đến 100. {@fix}",
  gateTotalNegativeRow:
    "{@line} được hiểu là tổng điểm, nhưng tổng điểm của {count}/{units} đơn vị là số âm (“{unit}”, {@at}: {score}); chỉ số chỉ có thể từ 0 đến 100. {@fix}",
  gateFieldsNegativeRow:
    "{@lines} được hiểu là điểm các lĩnh vực, nhưng tổng của chúng ở {count}/{units} đơn vị là số âm (“{unit}”, {@at}: {score}); chỉ số chỉ có thể từ 0 đến 100. {@fix}",
  gateSheetIndexOutOfRangeRow:
    "{@line} được hiểu là chỉ số (%), nhưng giá trị của {count}/{units} đơn vị nằm ngoài khoảng 0–100 (“{unit}”, {@at}: {index}). {@fix}",
  gateFieldAboveMaxRow:
    "{@line} được hiểu là điểm lĩnh vực “{component}”, nhưng điểm của {count}/{units} đơn vị lớn hơn điểm tối đa của lĩnh vực (“{unit}”, {@at}: {score} trên tối đa {max}). {@fix}",
  gateTotalDisagreesRow:
    "{@line} được hiểu là tổng điểm, nhưng ở {count}/{units} đơn vị nó khác tổng điểm các lĩnh vực (dòng {fieldRows}) (“{unit}”, {@at}: {sheetValue} so với {computed}); có thể một dòng tiêu chí đã bị tính là lĩnh vực, hoặc thiếu một lĩnh vực. {@fix}",
  gateIndexDisagreesRow:
    "{@line} được hiểu là chỉ số (%), nhưng ở {count}/{units} đơn vị nó khác chỉ số tính từ tổng điểm và điểm tối đa (“{unit}”, {@at}: {sheetValue} so với {computed} = {score} ÷ {max} × 100); dòng chỉ số, dòng tổng điểm hoặc điểm tối đa đã bị đọc sai. {@fix}",
  fileUnnamed: "đã chọn",
  xlsxLegacyXls:
    "Tệp {@file} là định dạng Excel cũ (.xls) nhưng không đọc được: tệp có thể bị hỏng hoặc thuộc phiên bản quá cũ. Hãy mở bằng Excel và lưu lại dưới dạng .xlsx.",
  xlsxEncrypted:
    "Tệp {@file} được bảo vệ bằng mật khẩu (đã mã hóa) nên không đọc được. Hãy mở bằng Excel, gỡ mật khẩu (Tệp > Thông tin > Bảo vệ sổ làm việc > Mã hóa bằng mật khẩu, để trống) rồi lưu lại.",
  xlsxNotXlsx:
    "Tệp {@file} không phải là sổ làm việc Excel (.xlsx). Nếu đó là tệp CSV, HTML hoặc PDF đã đổi tên, hãy mở bằng Excel và lưu lại dưới dạng Sổ làm việc Excel (.xlsx).",
  xlsxEmptyFile:
    "Tệp {@file} rỗng (0 byte). Có thể tệp chưa được tải về hoặc sao chép xong; hãy lấy lại tệp.",
  xlsxNotWorkbook:
    "Tệp {@file} là tệp nén nhưng không phải sổ làm việc Excel (không có phần xl/workbook.xml); có thể là tệp Word, PowerPoint hoặc một tệp nén khác. Hãy chọn đúng tệp bảng điểm .xlsx.",
  xlsxXlsb: "Tệp {@file} là sổ làm việc nhị phân (.xlsb). Hãy mở bằng Excel và lưu lại dưới dạng .xlsx.",
  xlsxOleOther:
    "Tệp {@file} là tệp Office kiểu cũ nhưng không phải sổ làm việc Excel (có thể là tệp Word .doc hoặc PowerPoint .ppt). Hãy chọn đúng tệp bảng điểm .xlsx.",
  xlsxTruncatedZip:
    "Tệp {@file} bị cắt cụt hoặc hỏng (thiếu phần cuối của tệp nén .xlsx); có thể tệp chưa tải về xong. Hãy lấy lại tệp, hoặc mở bằng Excel để sửa rồi lưu lại.",
  xlsxCorrupt:
    "Tệp {@file} bị hỏng, không đọc được nội dung sổ làm việc. Hãy mở bằng Excel (Excel sẽ đề nghị sửa tệp) rồi lưu lại dưới dạng .xlsx.",
  xlsxNoSheets: "Tệp {@file} không có trang tính nào.",
  xlsxEmpty: "Tệp {@file} không có dữ liệu: mọi trang tính đều trống.",
  xlsxTooLarge:
    "Tệp {@file} có trang tính dài hơn {#limit} dòng, vượt giới hạn đọc. Hãy xóa các dòng thừa (kể cả dòng trống đã định dạng) ở cuối trang tính rồi lưu lại.",
  xlsxTooManyCells:
    "Tệp {@file} có {#found} ô trong các trang tính (kể cả ô trống đã định dạng), vượt giới hạn đọc {#limit} ô. Hãy xóa các trang tính, dòng và cột thừa (hoặc chép riêng bảng điểm sang một tệp mới) rồi lưu lại.",
  xlsxMergeTooLarge:
    "Tệp {@file} có vùng gộp ô {range} phủ {#found} ô, vượt giới hạn đọc {#limit} ô. Hãy mở tệp bằng Excel, chọn vùng đó, bỏ gộp ô (Trang đầu > Gộp và Căn giữa) rồi lưu lại.",
  xlsxPackageTooLarge:
    "Tệp {@file} quá lớn để đọc: nội dung sổ làm việc khi giải nén là {#foundMegabytes} MB, vượt giới hạn {#limitMegabytes} MB. Hãy xóa các trang tính, dòng, cột hoặc hình ảnh thừa (hoặc chép riêng bảng điểm sang một tệp mới) rồi lưu lại.",
  xlsxPackageBeyond:
    "Tệp {@file} quá lớn để đọc: nội dung sổ làm việc khi giải nén là hơn {#limitMegabytes} MB, vượt giới hạn {#limitMegabytes} MB. Hãy xóa các trang tính, dòng, cột hoặc hình ảnh thừa (hoặc chép riêng bảng điểm sang một tệp mới) rồi lưu lại.",
  xlsxRegionTooLarge:
    "Trang tính “{sheet}” của tệp {@file} có vùng dữ liệu liền khối {#rows} dòng × {#columns} cột ({#found} ô), vượt giới hạn đọc {#limit} ô. Hãy xóa dữ liệu thừa quanh bảng điểm (hoặc chép riêng bảng điểm sang một tệp mới) rồi lưu lại.",
  xlsxMissingSharedStrings:
    "Tệp {@file} bị hỏng: thiếu phần {part} (bảng chữ dùng chung của các ô) nên chữ trong các ô không đọc được. Hãy mở tệp bằng Excel (Excel sẽ đề nghị sửa tệp), kiểm tra lại số liệu rồi lưu lại dưới dạng .xlsx; nếu chữ bị mất, hãy lấy lại bản gốc của tệp.",
  xlsxDuplicatePart:
    "Tệp {@file} bị hỏng: phần {part} có hai bản trong tệp nén, nên Excel và báo cáo có thể đọc ra số liệu khác nhau. Hãy mở tệp bằng Excel (Excel sẽ đề nghị sửa tệp), kiểm tra lại số liệu rồi lưu lại dưới dạng .xlsx.",
} as const;

export type MessageKey = keyof typeof vi;

/**
 * The English messages, loaded apart (./messages-en.ts): the pane's first bundle carries Vietnamese only, and
 * English arrives with loadEnglish() (src/i18n/loadEnglish.ts) when the pane's language is English; the CLI, the
 * standalone page and the tests register it at start (src/i18n/english.ts). Until then English falls back to
 * Vietnamese, the product's first language.
 */
let en: Readonly<Record<MessageKey, string>> | null = null;

export function registerEnglishMessages(messages: Readonly<Record<MessageKey, string>>): void {
  en = messages;
}

export function englishMessagesLoaded(): boolean {
  return en !== null;
}

export type Language = "vi" | "en";

export type MessageParams = Readonly<Record<string, string | number>>;

/** Formats a number the Vietnamese way (decimal comma) or the English way, at full shown precision. */
export function formatNumber(value: number, language: Language): string {
  // A value with at most 4 decimals is already as Excel shows it; others are rounded to 15 digits.
  const shown =
    Math.abs(value) < 1e11 && Math.round(value * 1e4) / 1e4 === value ? value : Number(value.toPrecision(15));
  const text = String(shown);
  return language === "vi" ? text.replace(".", ",") : text;
}

/** An integer with thousands separators: "1.500.000" in Vietnamese, "1,500,000" in English. */
export function formatCount(value: number, language: Language): string {
  return String(Math.round(value)).replace(/\B(?=(\d{3})+(?!\d))/g, language === "vi" ? "." : ",");
}

/**
 * The one template filler of every message (core, pane, shells). Placeholders:
 * - "{name}": the parameter; a number in the language's notation (formatNumber);
 * - "{#name}": a count, with thousands separators (formatCount);
 * - "{@name}": the parameter names another message (a label, an outcome), written in the same language
 *   with the same parameters; a value that is not a message key is written as it is.
 */
export function fillTemplate(template: string, params: MessageParams, language: Language): string {
  return template.replace(/\{([@#]?)(\w+)\}/g, (whole, mark: string, name: string) => {
    const value = params[name];
    if (value === undefined) return whole;
    if (mark === "@" && typeof value === "string" && Object.prototype.hasOwnProperty.call(vi, value))
      return formatMessage(value as MessageKey, params, language);
    if (mark === "#" && typeof value === "number") return formatCount(value, language);
    return typeof value === "number" ? formatNumber(value, language) : value;
  });
}

export function formatMessage(
  key: MessageKey,
  params: MessageParams = {},
  language: Language = "vi",
): string {
  return fillTemplate((language === "en" && en !== null ? en : vi)[key], params, language);
}

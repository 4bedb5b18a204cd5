/**
 * The standalone page's own words (the pane's steps bring theirs): Vietnamese first, English when the page is
 * switched. Placeholders are {name}, filled by the product's one template filler.
 */
import { fillTemplate, type Language, type MessageParams } from "../i18n/messages";

const vi = {
  title: "Chỉ số CCHC — trang độc lập",
  subtitle:
    "Cho máy không chạy được bổ trợ trong Excel (Office 2016/2019, WPS, LibreOffice): mở bảng điểm, xem xếp hạng, danh sách kiểm điểm, giải trình và tải báo cáo.",
  privacy:
    "Tệp được đọc và xử lý ngay trong trình duyệt này. Trang không gửi và không tải gì qua mạng; có thể mở khi không có Internet.",
  switchLanguage: "English",
  switchLanguageLabel: "Đổi ngôn ngữ giao diện",
  filesHeading: "Bảng điểm",
  currentLabel: "Bảng điểm năm nay (.xlsx hoặc .xls)",
  previousLabel: "Bảng điểm năm trước (không bắt buộc, để so sánh thứ hạng)",
  previousAfterCurrent: "Chọn bảng điểm năm nay trước, rồi chọn bảng điểm năm trước để so sánh.",
  opened: "Đang dùng: {file}",
  reading: "Đang đọc {file}…",
  readingBytes: "Đang đọc {file}: {percent}%",
  opening: "Đang mở bảng tính {file}…",
  analysing: "Đang phân tích…",
  readFailed: "Không mở được {file}.",
  readProblemsHeading: "Khi đọc tệp",
  downloadsHeading: "Tải về",
  downloadsHint:
    "Báo cáo (.xlsx) gồm năm trang: xếp hạng, kiểm điểm – giải trình, phân tích lĩnh vực, đăng ký đột phá và nhật ký — như báo cáo bổ trợ tạo trong Excel. Dự thảo thông báo (.docx) là văn bản Word để sửa và trình ký.",
  stepReportHint:
    "Báo cáo năm trang (.xlsx) và dự thảo thông báo (.docx) được tải về máy; bảng điểm của bạn không bị thay đổi.",
  stepReportOpen: "Đến bước Tải về",
  downloadReport: "Tải báo cáo (.xlsx)",
  downloadNotice: "Tải dự thảo thông báo (.docx)",
  makingReport: "Đang tạo báo cáo…",
  makingNotice: "Đang tạo dự thảo thông báo…",
  downloaded: "Đã tải {file}.",
  reportNeedsTable: "Cần đọc được bảng điểm năm nay để tạo báo cáo.",
  goToPlace: "Vị trí trong tệp: {place}",
  areaPlace: "Trang tính “{sheet}”, vùng {range}",
  closePlace: "Đóng",
  settingsKept: "Thiết lập được giữ trong trình duyệt này để dùng lần sau.",
  forgetSettings: "Quên thiết lập đã lưu",
  settingsForgotten: "Đã xoá thiết lập đã lưu trong trình duyệt; đang dùng thiết lập mặc định.",
  settingsNotKept: "Trình duyệt không cho lưu thiết lập: thiết lập chỉ dùng trong lần mở trang này.",
};

type StandaloneKey = keyof typeof vi;

const en: Record<StandaloneKey, string> = {
  title: "Chỉ số CCHC — standalone page",
  subtitle:
    "For PCs whose Excel cannot run the add-in (Office 2016/2019, WPS, LibreOffice): open the score workbook, see the ranking, the review and explanation lists, and download the report.",
  privacy:
    "Files are read and processed in this browser only. The page sends and loads nothing over the network; it works without Internet.",
  switchLanguage: "Tiếng Việt",
  switchLanguageLabel: "Change the page's language",
  filesHeading: "Score workbooks",
  currentLabel: "This year's score workbook — bảng điểm năm nay (.xlsx or .xls)",
  previousLabel: "Last year's score workbook — bảng điểm năm trước (optional, to compare ranks)",
  previousAfterCurrent: "Choose this year's workbook first, then last year's to compare.",
  opened: "In use: {file}",
  reading: "Reading {file}…",
  readingBytes: "Reading {file}: {percent}%",
  opening: "Opening the workbook {file}…",
  analysing: "Analysing…",
  readFailed: "Could not open {file}.",
  readProblemsHeading: "While reading the file",
  downloadsHeading: "Download",
  downloadsHint:
    "The report (.xlsx) has five sheets: ranking, reviews and explanations, field analysis, breakthrough tasks and the run log — as the add-in writes them in Excel. The drafted notice (.docx) is a Word document to edit and sign.",
  stepReportHint:
    "The five-sheet report (.xlsx) and the drafted notice (.docx) are downloaded; your score workbook is not changed.",
  stepReportOpen: "Go to the Download step",
  downloadReport: "Tải báo cáo — download the report (.xlsx)",
  downloadNotice: "Tải dự thảo thông báo — download the drafted notice (.docx)",
  makingReport: "Making the report…",
  makingNotice: "Drafting the notice…",
  downloaded: "Downloaded {file}.",
  reportNeedsTable: "This year's score table must be read to make the report.",
  goToPlace: "Place in the file: {place}",
  areaPlace: "Sheet “{sheet}”, range {range}",
  closePlace: "Close",
  settingsKept: "Settings are kept in this browser for next time.",
  forgetSettings: "Forget saved settings",
  settingsForgotten: "The settings saved in this browser were removed; the defaults are in use.",
  settingsNotKept: "This browser does not let the page keep settings: they last until the page is closed.",
};

export function standaloneText(key: StandaloneKey, language: Language, params: MessageParams = {}): string {
  return fillTemplate((language === "vi" ? vi : en)[key], params, language);
}

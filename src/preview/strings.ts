/**
 * The preview page's own words (the pane brings its own): Vietnamese first, English when the page is
 * switched to English.
 */
export type PreviewLanguage = "vi" | "en";

const vi = {
  title: "Xem trước Chỉ số CCHC",
  subtitle:
    "Ngăn tác vụ thật chạy trên một sổ làm việc mô phỏng (không có Excel). Tệp được đọc ngay trong trang, không gửi đi đâu.",
  workbookLabel: "Sổ làm việc",
  openFile: "Mở tệp .xlsx…",
  reset: "Khôi phục tệp mẫu",
  resetHint: "Bỏ mọi thay đổi đã lưu trong trình duyệt cho sổ làm việc này",
  languageLabel: "Ngôn ngữ",
  loading: "Đang mở {name}…",
  loadFailed: "Không mở được {name}.",
  saved:
    "Sổ làm việc được lưu trong trình duyệt này (như khi lưu tệp): tải lại trang vẫn giữ thiết lập và các trang đã tạo.",
  notSaved: "Không lưu được vào trình duyệt (bộ nhớ đầy): thay đổi sẽ mất khi tải lại trang.",
  sheetTabs: "Các trang tính",
  gridLabel: "Trang tính {name}",
  paneLabel: "Ngăn tác vụ Chỉ số CCHC",
  frozen: "Cố định {rows} dòng đầu",
  frozenColumns: "{columns} cột đầu",
  truncated: "Chỉ hiển thị {rows} dòng × {columns} cột đầu tiên.",
  emptySheet: "Trang tính trống.",
  syncs: "Số lần đồng bộ với Excel (mô phỏng): {count}",
  conditional: "Định dạng có điều kiện",
  formulasNotComputed:
    "{count} công thức được lưu không kèm kết quả mà bản xem trước không tính được ({cells}): ở đây các ô đó để trống, còn Excel tính lại mọi công thức khi mở tệp.",
  examples: {
    "hai-duong-2021.xlsx": "Hải Dương 2021 — 18 sở, 12 huyện (tệp mẫu)",
    "hai-duong-2020.xlsx": "Hải Dương 2020 — năm trước (tệp mẫu)",
    "hai-phong-2025.xlsx": "Hải Phòng 2025 — 127 đơn vị",
    "four-groups.xlsx": "Bốn khối",
    "messy.xlsx": "Bảng có ô lỗi (messy)",
    "no-table.xlsx": "Không có bảng điểm",
    "legacy.xls": "Tệp Excel cũ .xls (hỏng)",
  } as Record<string, string>,
  userFile: "Tệp đã mở: {name}",
};

const en: typeof vi = {
  title: "Chỉ số CCHC preview",
  subtitle:
    "The real task pane runs on a simulated workbook (no Excel). Files are read in the page and sent nowhere.",
  workbookLabel: "Workbook",
  openFile: "Open an .xlsx file…",
  reset: "Restore the example",
  resetHint: "Drop every change saved in this browser for this workbook",
  languageLabel: "Language",
  loading: "Opening {name}…",
  loadFailed: "{name} could not be opened.",
  saved: "The workbook is kept in this browser (as if saved): a reload keeps its settings and report sheets.",
  notSaved: "The browser's storage is full: changes will be lost on reload.",
  sheetTabs: "Sheets",
  gridLabel: "Sheet {name}",
  paneLabel: "Chỉ số CCHC task pane",
  frozen: "First {rows} rows frozen",
  frozenColumns: "first {columns} columns",
  truncated: "Showing the first {rows} rows × {columns} columns only.",
  emptySheet: "The sheet is empty.",
  syncs: "Syncs with (simulated) Excel: {count}",
  conditional: "Conditional format",
  formulasNotComputed:
    "{count} formulas saved without their results cannot be computed by the preview ({cells}): those cells are empty here, whereas Excel recalculates every formula when it opens the file.",
  examples: {
    "hai-duong-2021.xlsx": "Hải Dương 2021 — 18 departments, 12 districts (example)",
    "hai-duong-2020.xlsx": "Hải Dương 2020 — last year (example)",
    "hai-phong-2025.xlsx": "Hải Phòng 2025 — 127 units",
    "four-groups.xlsx": "Four groups",
    "messy.xlsx": "A table with broken cells (messy)",
    "no-table.xlsx": "No score table",
    "legacy.xls": "Old Excel .xls file (broken)",
  },
  userFile: "Opened file: {name}",
};

export type PreviewStrings = typeof vi;

export function previewStrings(language: PreviewLanguage): PreviewStrings {
  return language === "en" ? en : vi;
}

/** Fills {placeholders}. */
export function fill(template: string, values: Record<string, string | number>): string {
  return template.replace(/\{(\w+)\}/g, (whole, key: string) =>
    key in values ? String(values[key]) : whole,
  );
}

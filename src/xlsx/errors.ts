/**
 * Why a file could not be read as an .xlsx workbook: a typed error with a Vietnamese message (the
 * default) and its English version, so no ExcelJS stack ever reaches the user.
 */

/** What is wrong with the file, coarse enough for a shell to pick an exit code or an icon. */
export type XlsxReadErrorKind =
  /** A legacy binary Excel file (.xls, BIFF in an OLE compound file). */
  | "legacy-xls"
  /** A password-protected (encrypted) .xlsx: an OLE compound file holding an EncryptionInfo stream. */
  | "encrypted"
  /** Not a zip and not an OLE file: CSV, HTML, PDF … renamed to .xlsx. */
  | "not-xlsx"
  /** A zip, but not an Excel workbook (a .docx, a .xlsb, an archive). */
  | "not-workbook"
  /** A truncated or damaged file that looks like an .xlsx. */
  | "corrupt"
  /** A readable workbook in which every sheet is empty. */
  | "empty"
  /** More than the reader accepts: rows, cells, unpacked bytes or the table region of a sheet (guards against runaway sheets and zip bombs). */
  | "too-large";

/** The precise problem behind a kind: each has its own message. */
export type XlsxReadProblem =
  | "legacy-xls"
  | "encrypted"
  | "not-xlsx"
  | "empty-file"
  | "not-workbook"
  | "xlsb"
  | "ole-other"
  | "truncated-zip"
  | "corrupt"
  | "no-sheets"
  | "empty"
  | "too-large"
  | "too-many-cells"
  | "merge-too-large"
  | "package-too-large"
  | "region-too-large"
  | "missing-shared-strings"
  | "duplicate-part";

/** What a message may say beyond the file name: the limit crossed, what was found, where. */
export interface ReadErrorDetail {
  /** The limit that was crossed (rows, cells or bytes, per problem). */
  readonly limit?: number;
  /** What was found (same unit as `limit`). */
  readonly found?: number;
  /** The worksheet concerned. */
  readonly sheet?: string;
  /** The zip part concerned ("xl/sharedStrings.xml"). */
  readonly part?: string;
  /** A range of cells ("A1:XFD1048576"), for "merge-too-large". */
  readonly range?: string;
  /** The region's size, for "region-too-large". */
  readonly rows?: number;
  readonly columns?: number;
}

type Describe = (file: string, detail: ReadErrorDetail) => string;

function thousands(n: number | undefined, separator: string): string {
  return String(n ?? 0).replace(/\B(?=(\d{3})+(?!\d))/g, separator);
}

/** Bytes as whole megabytes (MiB), the unit people see in a file manager. */
function megabytes(n: number | undefined): string {
  return String(Math.ceil((n ?? 0) / 2 ** 20));
}

const REPAIR_VI =
  "Hãy mở tệp bằng Excel (Excel sẽ đề nghị sửa tệp), kiểm tra lại số liệu rồi lưu lại dưới dạng .xlsx";
const REPAIR_EN =
  "Open it in Excel (Excel will offer to repair it), check the figures and save it as .xlsx again";

/** Every problem's message in both languages; `file` is the file name as the user gave it (or a generic word). */
export const XLSX_READ_MESSAGES: Readonly<
  Record<XlsxReadProblem, { readonly kind: XlsxReadErrorKind; readonly vi: Describe; readonly en: Describe }>
> = {
  "legacy-xls": {
    kind: "legacy-xls",
    vi: (f) => `Tệp ${f} là định dạng Excel cũ (.xls). Hãy mở bằng Excel và lưu lại dưới dạng .xlsx.`,
    en: (f) => `${f} is in the old Excel format (.xls). Open it in Excel and save it as .xlsx.`,
  },
  encrypted: {
    kind: "encrypted",
    vi: (f) =>
      `Tệp ${f} được bảo vệ bằng mật khẩu (đã mã hóa) nên không đọc được. Hãy mở bằng Excel, gỡ mật khẩu ` +
      `(Tệp > Thông tin > Bảo vệ sổ làm việc > Mã hóa bằng mật khẩu, để trống) rồi lưu lại.`,
    en: (f) =>
      `${f} is password-protected (encrypted) and cannot be read. Open it in Excel, remove the password ` +
      `(File > Info > Protect Workbook > Encrypt with Password, leave it empty) and save it again.`,
  },
  "not-xlsx": {
    kind: "not-xlsx",
    vi: (f) =>
      `Tệp ${f} không phải là sổ làm việc Excel (.xlsx). Nếu đó là tệp CSV, HTML hoặc PDF đã đổi tên, ` +
      `hãy mở bằng Excel và lưu lại dưới dạng Sổ làm việc Excel (.xlsx).`,
    en: (f) =>
      `${f} is not an Excel workbook (.xlsx). If it is a renamed CSV, HTML or PDF file, open it in Excel ` +
      `and save it as an Excel Workbook (.xlsx).`,
  },
  "empty-file": {
    kind: "corrupt",
    vi: (f) => `Tệp ${f} rỗng (0 byte). Có thể tệp chưa được tải về hoặc sao chép xong; hãy lấy lại tệp.`,
    en: (f) =>
      `${f} is empty (0 bytes). It may not have finished downloading or copying; get the file again.`,
  },
  "not-workbook": {
    kind: "not-workbook",
    vi: (f) =>
      `Tệp ${f} là tệp nén nhưng không phải sổ làm việc Excel (không có phần xl/workbook.xml); có thể là ` +
      `tệp Word, PowerPoint hoặc một tệp nén khác. Hãy chọn đúng tệp bảng điểm .xlsx.`,
    en: (f) =>
      `${f} is a zip file but not an Excel workbook (it has no xl/workbook.xml part); it may be a Word or ` +
      `PowerPoint file or another archive. Choose the score workbook (.xlsx).`,
  },
  xlsb: {
    kind: "not-workbook",
    vi: (f) => `Tệp ${f} là sổ làm việc nhị phân (.xlsb). Hãy mở bằng Excel và lưu lại dưới dạng .xlsx.`,
    en: (f) => `${f} is a binary workbook (.xlsb). Open it in Excel and save it as .xlsx.`,
  },
  "ole-other": {
    kind: "not-workbook",
    vi: (f) =>
      `Tệp ${f} là tệp Office kiểu cũ nhưng không phải sổ làm việc Excel (có thể là tệp Word .doc hoặc ` +
      `PowerPoint .ppt). Hãy chọn đúng tệp bảng điểm .xlsx.`,
    en: (f) =>
      `${f} is an old-format Office file but not an Excel workbook (it may be a Word .doc or PowerPoint ` +
      `.ppt file). Choose the score workbook (.xlsx).`,
  },
  "truncated-zip": {
    kind: "corrupt",
    vi: (f) =>
      `Tệp ${f} bị cắt cụt hoặc hỏng (thiếu phần cuối của tệp nén .xlsx); có thể tệp chưa tải về xong. ` +
      `Hãy lấy lại tệp, hoặc mở bằng Excel để sửa rồi lưu lại.`,
    en: (f) =>
      `${f} is truncated or damaged (the end of the .xlsx zip is missing); it may not have finished ` +
      `downloading. Get the file again, or open it in Excel to repair it and save it again.`,
  },
  corrupt: {
    kind: "corrupt",
    vi: (f) =>
      `Tệp ${f} bị hỏng, không đọc được nội dung sổ làm việc. Hãy mở bằng Excel (Excel sẽ đề nghị sửa ` +
      `tệp) rồi lưu lại dưới dạng .xlsx.`,
    en: (f) =>
      `${f} is damaged; its workbook content cannot be read. Open it in Excel (Excel will offer to repair ` +
      `it) and save it as .xlsx again.`,
  },
  "no-sheets": {
    kind: "empty",
    vi: (f) => `Tệp ${f} không có trang tính nào.`,
    en: (f) => `${f} is a workbook without any worksheet.`,
  },
  empty: {
    kind: "empty",
    vi: (f) => `Tệp ${f} không có dữ liệu: mọi trang tính đều trống.`,
    en: (f) => `${f} holds no data: every worksheet is empty.`,
  },
  "too-large": {
    kind: "too-large",
    vi: (f, { limit }) =>
      `Tệp ${f} có trang tính dài hơn ${thousands(limit, ".")} dòng, vượt giới hạn đọc. Hãy xóa các dòng thừa ` +
      `(kể cả dòng trống đã định dạng) ở cuối trang tính rồi lưu lại.`,
    en: (f, { limit }) =>
      `${f} has a worksheet longer than ${thousands(limit, ",")} rows, beyond the reading limit. Delete the ` +
      `extra rows (formatted empty rows included) at the end of the sheet and save it again.`,
  },
  "too-many-cells": {
    kind: "too-large",
    vi: (f, { found, limit }) =>
      `Tệp ${f} có ${thousands(found, ".")} ô trong các trang tính (kể cả ô trống đã định dạng), vượt giới hạn ` +
      `đọc ${thousands(limit, ".")} ô. Hãy xóa các trang tính, dòng và cột thừa (hoặc chép riêng bảng điểm sang ` +
      `một tệp mới) rồi lưu lại.`,
    en: (f, { found, limit }) =>
      `${f} has ${thousands(found, ",")} cells in its worksheets (formatted empty cells included), beyond the ` +
      `reading limit of ${thousands(limit, ",")} cells. Delete the extra sheets, rows and columns (or copy the ` +
      `score table alone into a new file) and save it again.`,
  },
  "merge-too-large": {
    kind: "too-large",
    vi: (f, { range, found, limit }) =>
      `Tệp ${f} có vùng gộp ô ${range ?? ""} phủ ${thousands(found, ".")} ô, vượt giới hạn đọc ${thousands(limit, ".")} ô. ` +
      `Hãy mở tệp bằng Excel, chọn vùng đó, bỏ gộp ô (Trang đầu > Gộp và Căn giữa) rồi lưu lại.`,
    en: (f, { range, found, limit }) =>
      `${f} has a merged area ${range ?? ""} covering ${thousands(found, ",")} cells, beyond the reading limit of ` +
      `${thousands(limit, ",")} cells. Open it in Excel, select that area, unmerge it (Home > Merge & Center) and save it again.`,
  },
  "package-too-large": {
    kind: "too-large",
    vi: (f, { found, limit }) =>
      `Tệp ${f} quá lớn để đọc: nội dung sổ làm việc khi giải nén là ${found === undefined ? "hơn " + megabytes(limit) : megabytes(found)} MB, ` +
      `vượt giới hạn ${megabytes(limit)} MB. Hãy xóa các trang tính, dòng, cột hoặc hình ảnh thừa (hoặc chép ` +
      `riêng bảng điểm sang một tệp mới) rồi lưu lại.`,
    en: (f, { found, limit }) =>
      `${f} is too large to read: the workbook's content takes ${found === undefined ? "more than " + megabytes(limit) : megabytes(found)} MB ` +
      `unpacked, beyond the limit of ${megabytes(limit)} MB. Delete the extra sheets, rows, columns or pictures ` +
      `(or copy the score table alone into a new file) and save it again.`,
  },
  "region-too-large": {
    kind: "too-large",
    vi: (f, { sheet, rows, columns, found, limit }) =>
      `Trang tính “${sheet ?? ""}” của tệp ${f} có vùng dữ liệu liền khối ${thousands(rows, ".")} dòng × ` +
      `${thousands(columns, ".")} cột (${thousands(found, ".")} ô), vượt giới hạn đọc ${thousands(limit, ".")} ô. ` +
      `Hãy xóa dữ liệu thừa quanh bảng điểm (hoặc chép riêng bảng điểm sang một tệp mới) rồi lưu lại.`,
    en: (f, { sheet, rows, columns, found, limit }) =>
      `Sheet “${sheet ?? ""}” of ${f} holds a block of data of ${thousands(rows, ",")} rows × ` +
      `${thousands(columns, ",")} columns (${thousands(found, ",")} cells), beyond the reading limit of ` +
      `${thousands(limit, ",")} cells. Delete the extra data around the score table (or copy the table alone ` +
      `into a new file) and save it again.`,
  },
  "missing-shared-strings": {
    kind: "corrupt",
    vi: (f, { part }) =>
      `Tệp ${f} bị hỏng: thiếu phần ${part ?? "xl/sharedStrings.xml"} (bảng chữ dùng chung của các ô) nên chữ ` +
      `trong các ô không đọc được. ${REPAIR_VI}; nếu chữ bị mất, hãy lấy lại bản gốc của tệp.`,
    en: (f, { part }) =>
      `${f} is damaged: its ${part ?? "xl/sharedStrings.xml"} part (the text shared by the cells) is missing, ` +
      `so the text in its cells cannot be read. ${REPAIR_EN}; if text was lost, get the original file again.`,
  },
  "duplicate-part": {
    kind: "corrupt",
    vi: (f, { part }) =>
      `Tệp ${f} bị hỏng: phần ${part ?? ""} có hai bản trong tệp nén, nên Excel và báo cáo có thể đọc ra ` +
      `số liệu khác nhau. ${REPAIR_VI}.`,
    en: (f, { part }) =>
      `${f} is damaged: its ${part ?? ""} part is stored twice in the zip, so Excel and the report could ` +
      `read different figures. ${REPAIR_EN}.`,
  },
};

/** The word used in messages when the caller did not give a file name. */
export const UNNAMED_FILE = { vi: "đã chọn", en: "the selected file" } as const;

function quoted(file: string | undefined, language: "vi" | "en"): string {
  if (file === undefined || file === "") return language === "vi" ? UNNAMED_FILE.vi : UNNAMED_FILE.en;
  return `"${file}"`;
}

/** A file that is not a readable .xlsx workbook. `message` is Vietnamese; `messageEn` is English. */
export class XlsxReadError extends Error {
  readonly kind: XlsxReadErrorKind;
  readonly messageVi: string;
  readonly messageEn: string;
  /** The figures and place the message speaks of. */
  readonly detail: ReadErrorDetail;

  constructor(
    readonly problem: XlsxReadProblem,
    readonly fileName?: string,
    options: ReadErrorDetail & { cause?: unknown } = {},
  ) {
    const texts = XLSX_READ_MESSAGES[problem];
    const vi = texts.vi(quoted(fileName, "vi"), options);
    super(vi, "cause" in options ? { cause: options.cause } : undefined);
    this.name = "XlsxReadError";
    this.kind = texts.kind;
    this.messageVi = vi;
    this.detail = detailOf(options);
    const en = texts.en(quoted(fileName, "en"), options);
    this.messageEn = en.charAt(0).toUpperCase() + en.slice(1);
  }

  messageIn(language: "vi" | "en"): string {
    return language === "vi" ? this.messageVi : this.messageEn;
  }
}

function detailOf(options: ReadErrorDetail & { cause?: unknown }): ReadErrorDetail {
  const { cause: _cause, ...detail } = options;
  return detail;
}

export function isXlsxReadError(error: unknown): error is XlsxReadError {
  return error instanceof XlsxReadError;
}

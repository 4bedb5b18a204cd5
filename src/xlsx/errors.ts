/**
 * Why a file could not be read as an .xlsx workbook: a UserError (src/core/problems.ts) whose message,
 * in the user's language, says what is wrong and what to do, so no ExcelJS stack ever reaches the user.
 */
import { UserError } from "../core/problems";
import type { MessageKey, MessageParams } from "../i18n/messages";

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

/** Each problem's kind and message (src/i18n/messages.ts: the one catalogue, both languages). */
export const XLSX_PROBLEMS: Readonly<
  Record<XlsxReadProblem, { readonly kind: XlsxReadErrorKind; readonly key: MessageKey }>
> = {
  "legacy-xls": { kind: "legacy-xls", key: "xlsxLegacyXls" },
  encrypted: { kind: "encrypted", key: "xlsxEncrypted" },
  "not-xlsx": { kind: "not-xlsx", key: "xlsxNotXlsx" },
  "empty-file": { kind: "corrupt", key: "xlsxEmptyFile" },
  "not-workbook": { kind: "not-workbook", key: "xlsxNotWorkbook" },
  xlsb: { kind: "not-workbook", key: "xlsxXlsb" },
  "ole-other": { kind: "not-workbook", key: "xlsxOleOther" },
  "truncated-zip": { kind: "corrupt", key: "xlsxTruncatedZip" },
  corrupt: { kind: "corrupt", key: "xlsxCorrupt" },
  "no-sheets": { kind: "empty", key: "xlsxNoSheets" },
  empty: { kind: "empty", key: "xlsxEmpty" },
  "too-large": { kind: "too-large", key: "xlsxTooLarge" },
  "too-many-cells": { kind: "too-large", key: "xlsxTooManyCells" },
  "merge-too-large": { kind: "too-large", key: "xlsxMergeTooLarge" },
  "package-too-large": { kind: "too-large", key: "xlsxPackageTooLarge" },
  "region-too-large": { kind: "too-large", key: "xlsxRegionTooLarge" },
  "missing-shared-strings": { kind: "corrupt", key: "xlsxMissingSharedStrings" },
  "duplicate-part": { kind: "corrupt", key: "xlsxDuplicatePart" },
};

/** Bytes as whole megabytes (MiB), the unit people see in a file manager. */
function megabytes(n: number): number {
  return Math.ceil(n / 2 ** 20);
}

/** The message's parameters: the file (quoted, or "the selected file") and the figures. */
function paramsOf(problem: XlsxReadProblem, fileName: string | undefined, d: ReadErrorDetail): MessageParams {
  const params: Record<string, string | number> = {
    file: fileName === undefined || fileName === "" ? "fileUnnamed" : `"${fileName}"`,
    part: d.part ?? (problem === "missing-shared-strings" ? "xl/sharedStrings.xml" : ""),
    sheet: d.sheet ?? "",
    range: d.range ?? "",
  };
  for (const name of ["limit", "found", "rows", "columns"] as const) {
    const value = d[name];
    if (value !== undefined) params[name] = value;
  }
  if (d.limit !== undefined) params.limitMegabytes = megabytes(d.limit);
  if (d.found !== undefined) params.foundMegabytes = megabytes(d.found);
  return params;
}

/** A file that is not a readable .xlsx workbook: a UserError with the problem's message and figures. */
export class XlsxReadError extends UserError {
  readonly kind: XlsxReadErrorKind;
  /** The figures and place the message speaks of. */
  readonly detail: ReadErrorDetail;

  constructor(
    /** The precise problem ("duplicate-part", …); `problem` is the message (key, parameters). */
    readonly reason: XlsxReadProblem,
    readonly fileName?: string,
    options: ReadErrorDetail & { cause?: unknown } = {},
  ) {
    const { cause, ...detail } = options;
    const entry = XLSX_PROBLEMS[reason];
    const key: MessageKey =
      reason === "package-too-large" && detail.found === undefined ? "xlsxPackageBeyond" : entry.key;
    super(key, paramsOf(reason, fileName, detail), {}, "cause" in options ? { cause } : undefined);
    this.name = "XlsxReadError";
    this.kind = entry.kind;
    this.detail = detail;
  }
}

export function isXlsxReadError(error: unknown): error is XlsxReadError {
  return error instanceof XlsxReadError;
}

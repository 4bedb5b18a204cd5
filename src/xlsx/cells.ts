/**
 * Turns one ExcelJS cell value into a Grid cell value: formulas become their cached results, rich text
 * and hyperlinks their plain text, dates an ISO string, blanks and empty text null.
 */
import { shiftFormula } from "../core/formula/shift";
import { columnNumber, type CellValue } from "../core/grid";

/** A date as the Grid carries it: "YYYY-MM-DD" at midnight, otherwise the full ISO instant (UTC, as ExcelJS decodes serials). */
export function dateToGridValue(date: Date): string | null {
  if (Number.isNaN(date.getTime())) return null;
  const iso = date.toISOString();
  return iso.endsWith("T00:00:00.000Z") ? iso.slice(0, 10) : iso;
}

interface RichTextRun {
  readonly text?: unknown;
}

function flattenText(value: unknown): string | null {
  if (typeof value === "string") return value;
  if (
    typeof value === "object" &&
    value !== null &&
    Array.isArray((value as { richText?: unknown }).richText)
  ) {
    return ((value as { richText: RichTextRun[] }).richText ?? [])
      .map((run) => (typeof run.text === "string" ? run.text : ""))
      .join("");
  }
  return null;
}

function textOrNull(text: string): string | null {
  return text === "" ? null : text;
}

/**
 * The Grid value of an ExcelJS `cell.value`. Anything ExcelJS may hand over is covered; an unknown
 * shape becomes null rather than an object the core cannot read.
 */
export function toGridValue(value: unknown): CellValue {
  if (value === null || value === undefined) return null;
  switch (typeof value) {
    case "number":
      return Number.isFinite(value) ? value : { error: "#NUM!" };
    case "string":
      return textOrNull(value);
    case "boolean":
      return value;
    case "object":
      break;
    default:
      return null;
  }
  if (value instanceof Date) return dateToGridValue(value);
  const object = value as Record<string, unknown>;
  if (typeof object.error === "string") return { error: object.error };
  if ("formula" in object || "sharedFormula" in object || "result" in object) {
    const result = object.result;
    // A formula's result is never itself a formula; guard against a pathological nesting.
    if (typeof result === "object" && result !== null && ("formula" in result || "sharedFormula" in result)) {
      return null;
    }
    return toGridValue(result);
  }
  if (Array.isArray(object.richText)) return textOrNull(flattenText(object) ?? "");
  if ("hyperlink" in object || "text" in object) {
    const text = flattenText(object.text);
    return text === null ? null : textOrNull(text);
  }
  return null;
}

/** ExcelJS's ValueType.Merge: a cell covered by a merged area other than its top-left one. */
const MERGE_TYPE = 1;
/** ExcelJS's ValueType.Formula (shared and array formulas included). */
const FORMULA_TYPE = 6;

/** The parts of an ExcelJS cell the reader uses. */
export interface ExcelJSCellLike {
  readonly type: number;
  readonly value: unknown;
  readonly result?: unknown;
  /** ExcelJS's rendering of the formula (a shared formula moved by ExcelJS's own regular expression). */
  readonly formula?: unknown;
  readonly address?: string;
}

/** What a cell contributes to a Grid: its value, and whether it is a formula saved without a result. */
export function readCell(cell: ExcelJSCellLike): { value: CellValue; uncachedFormula: boolean } {
  if (cell.type === MERGE_TYPE) return { value: null, uncachedFormula: false };
  if (cell.type === FORMULA_TYPE) {
    // `cell.value` drops a falsy cached result (0, FALSE, ""); `cell.result` keeps it.
    const result = cell.result;
    return { value: toGridValue(result), uncachedFormula: result === undefined };
  }
  return { value: toGridValue(cell.value), uncachedFormula: false };
}

/** "K12" → [12, 11]. */
function coordinates(address: string): [number, number] {
  const m = /^\$?([A-Za-z]+)\$?(\d+)$/.exec(address);
  return m === null ? [0, 0] : [Number(m[2]), columnNumber(m[1])];
}

/**
 * The formula of a formula cell as it applies to that cell, without "=": its own text; a shared formula's
 * master text moved to the cell (by the core's tokenizer, which leaves quoted text and sheet names alone);
 * an array formula over several cells as Excel shows it, "{=…}" (the core refuses it: its other cells hold
 * parts of the result). `masterFormula` gives the text of the master cell at an address.
 */
export function formulaOf(
  cell: ExcelJSCellLike,
  masterFormula: (address: string) => string | undefined,
): string {
  const value = (typeof cell.value === "object" && cell.value !== null ? cell.value : {}) as {
    formula?: unknown;
    sharedFormula?: unknown;
    shareType?: unknown;
    ref?: unknown;
  };
  const own = typeof cell.formula === "string" ? cell.formula : "";
  if (typeof value.sharedFormula === "string" && typeof value.formula !== "string") {
    const master = masterFormula(value.sharedFormula);
    if (master !== undefined && cell.address !== undefined) {
      const [fromRow, fromColumn] = coordinates(value.sharedFormula);
      const [row, column] = coordinates(cell.address);
      return shiftFormula(master, row - fromRow, column - fromColumn) ?? own;
    }
    return own;
  }
  const text = typeof value.formula === "string" ? value.formula : own;
  const ref = typeof value.ref === "string" ? value.ref : "";
  const [first, last] = ref.split(":");
  if (value.shareType === "array" && last !== undefined && first !== last) return `{=${text}}`;
  return text;
}

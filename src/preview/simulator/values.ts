/**
 * Cell values in and out of the API: how `values` / `formulas` input is stored (numeric text becomes a number,
 * "=…" a formula, "#N/A" an error, "'…" forced text, "" clears) and how a cell reads back through
 * `values`, `formulas` and `valueTypes`, and the text it shows (for autofitRows).
 */
import { EXCEL_ERROR_CODES } from "../../core/cellValue";
import { isErrorValue } from "../../core/grid";
import { simError } from "./errors";
import { formatValue } from "./number-format";
import { Cell, CellValue } from "./state";

/** What a write stores in a cell: a value, or a formula (whose value is left to the formula evaluator). */
export interface StoredInput {
  value: CellValue;
  formula?: string;
}

const NUMBER = /^[+-]?(\d{1,3}(,\d{3})+|\d+)?(\.\d+)?([eE][+-]?\d+)?$/;

function parseNumericText(text: string): number | null {
  const trimmed = text.trim();
  if (trimmed === "" || !/\d/.test(trimmed)) return null;
  const percent = trimmed.endsWith("%");
  const body = percent ? trimmed.slice(0, -1).trim() : trimmed;
  if (!NUMBER.test(body)) return null;
  const n = Number(body.replace(/,/g, ""));
  if (!Number.isFinite(n)) return null;
  return percent ? n / 100 : n;
}

/**
 * Interprets one input value the way typing it into a cell would (en-US).
 * Returns undefined for null input, which the API treats as "leave this cell unchanged".
 */
export function storedFromInput(
  input: unknown,
  numberFormat: string,
  asFormula: boolean,
  location: string,
): StoredInput | undefined {
  if (input === null || input === undefined) return undefined;
  if (typeof input === "number") {
    if (!Number.isFinite(input)) throw simError("InvalidArgument", undefined, location);
    return { value: input };
  }
  if (typeof input === "boolean") return { value: input };
  if (typeof input !== "string") throw simError("InvalidArgument", undefined, location);
  if (input === "") return { value: null };
  if (input.length > 32767)
    throw simError("InvalidArgument", "Text values are limited to 32,767 characters.", location);
  if (numberFormat === "@" && !asFormula) return { value: input };
  if (input.startsWith("=") && input.length > 1) return { value: null, formula: input };
  if (input.startsWith("'")) return { value: input.slice(1) };
  const upper = input.trim().toUpperCase();
  if (upper === "TRUE" || upper === "FALSE") return { value: upper === "TRUE" };
  if (EXCEL_ERROR_CODES.has(upper)) return { value: { error: upper } };
  const n = parseNumericText(input);
  if (n !== null) return { value: n };
  return { value: input };
}

/** `values` of one cell: errors read as their text ("#N/A"), blanks as "". */
export function readValue(cell: Cell | undefined): number | string | boolean {
  const value = cell?.value ?? null;
  if (value === null) return "";
  if (isErrorValue(value)) return value.error;
  return value;
}

export function readFormula(cell: Cell | undefined): number | string | boolean {
  if (cell?.formula) return cell.formula;
  return readValue(cell);
}

export function readValueType(cell: Cell | undefined): Excel.RangeValueType {
  const value = cell?.value ?? null;
  if (value === null) return "Empty" as Excel.RangeValueType;
  if (isErrorValue(value)) return "Error" as Excel.RangeValueType;
  if (typeof value === "number") return "Double" as Excel.RangeValueType;
  if (typeof value === "boolean") return "Boolean" as Excel.RangeValueType;
  return "String" as Excel.RangeValueType;
}

export function readText(cell: Cell | undefined, numberFormat: string): string {
  return formatValue(cell?.value ?? null, numberFormat);
}

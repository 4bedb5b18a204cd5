/**
 * The one cell-value reader: turns whatever a cell holds (a number, text pasted from Word with a
 * decimal comma, a blank, a "not applicable" marker, an Excel error value) into one of a few distinct
 * kinds. Nothing is silently 0; text that could be read two ways is reported as ambiguous. Text with one separator
 * before exactly three digits ("7.500") is read with that separator as the decimal mark, and carries its other reading
 * (`grouped`, 7500) for the caller that knows the sheet's convention to settle (analysis/readUnits).
 */
import { isErrorValue } from "./grid";

/** The decimal mark of a number written as text: "," in Vietnamese ("8,5"), "." in English ("8.5"). */
export type DecimalMark = "." | ",";

export type CellReading =
  | {
      readonly kind: "number";
      readonly value: number;
      readonly fromText: boolean;
      readonly percent: boolean;
      /** Text only: the one "." or "," the text holds, read as the decimal mark ("8,5" → ","; "12" has none). */
      readonly separator?: DecimalMark;
      /**
       * Text only: the value when that separator groups thousands instead ("7.500" → 7500; "7,500" → 7500). Set only
       * when the text allows it — one to three digits, no leading 0, the separator, exactly three digits — so "7,5",
       * "0,500" and "1234.5" have none: their separator can only be a decimal mark. Whether "7.500" is 7,5 or 7 500
       * depends on how the rest of the sheet writes decimals, which one cell cannot know (see analysis/readUnits).
       */
      readonly grouped?: number;
    }
  | { readonly kind: "blank" }
  | { readonly kind: "notApplicable"; readonly text: string }
  | { readonly kind: "error"; readonly code: string }
  | { readonly kind: "boolean"; readonly value: boolean }
  | { readonly kind: "text"; readonly text: string }
  | { readonly kind: "ambiguous"; readonly text: string; readonly readings: readonly number[] };

/** Error values Excel can put in a cell, as `range.values` and custom functions report them. */
export const EXCEL_ERROR_CODES: ReadonlySet<string> = new Set([
  "#NULL!",
  "#DIV/0!",
  "#VALUE!",
  "#REF!",
  "#NAME?",
  "#NUM!",
  "#N/A",
  "#GETTING_DATA",
  "#SPILL!",
  "#CALC!",
  "#FIELD!",
  "#BLOCKED!",
  "#CONNECT!",
  "#BUSY!",
  "#UNKNOWN!",
  "#PYTHON!",
  "#TIMEOUT!",
]);

/** Markers of a criterion that does not apply to a unit (compared after normalising case and accents). */
const NOT_APPLICABLE_MARKERS = new Set([
  "-",
  "–",
  "—",
  "x",
  "kad",
  "k.a.d",
  "k.a.d.",
  "khong ap dung",
  "n/a",
  "na",
]);

const BLANK: CellReading = { kind: "blank" };

/** Removes Vietnamese diacritics (and đ) for vocabulary matching; the caller lower-cases. */
export function stripDiacritics(text: string): string {
  return text
    .normalize("NFD")
    .replace(/[\u0300-\u036f]/g, "")
    .replace(/đ/g, "d")
    .replace(/Đ/g, "D");
}

const SPACES = /[\s\u00a0\u2007\u202f\u200b]+/g;
const PLAIN_NUMBER = /^[+-]?(\d+([.,]\d*)?|[.,]\d+)$/;
const MIXED_SEPARATORS = /^[+-]?\d{1,3}([.,]\d{3})+([.,]\d+)?$/;
/** One separator that could also group thousands: "7.500", "12,000", "-1.250" (not "0.500", "7.50", "1234.5"). */
const GROUPABLE = /^[+-]?[1-9]\d{0,2}[.,]\d{3}$/;

const STRING_CACHE_LIMIT = 4096;
const stringCache = new Map<string, CellReading>();

/** Reads one cell value of any origin (Grid, Office.js `values`, a custom function argument). */
export function readCell(value: unknown): CellReading {
  if (typeof value === "number") {
    return Number.isFinite(value)
      ? { kind: "number", value, fromText: false, percent: false }
      : { kind: "error", code: Number.isNaN(value) ? "#VALUE!" : "#NUM!" };
  }
  if (value === null || value === undefined) return BLANK;
  if (typeof value === "string") {
    let reading = stringCache.get(value);
    if (reading === undefined) {
      reading = readText(value);
      if (stringCache.size >= STRING_CACHE_LIMIT) stringCache.clear();
      stringCache.set(value, reading);
    }
    return reading;
  }
  if (typeof value === "boolean") return { kind: "boolean", value };
  if (isErrorValue(value)) return { kind: "error", code: value.error };
  if (typeof value === "object") return readObject(value as Record<string, unknown>);
  return { kind: "text", text: String(value) };
}

/** Objects: CustomFunctions.Error-like `{ code }`, and cell values of data types `{ type, basicValue }`. */
function readObject(value: Record<string, unknown>): CellReading {
  if (
    value.type === "Error" &&
    typeof value.basicValue === "string" &&
    EXCEL_ERROR_CODES.has(value.basicValue)
  ) {
    return { kind: "error", code: value.basicValue };
  }
  if ("basicValue" in value) return readCell(value.basicValue);
  const code = value.code;
  if (typeof code === "string" && EXCEL_ERROR_CODES.has(code)) return { kind: "error", code };
  return { kind: "text", text: String(value) };
}

function readText(raw: string): CellReading {
  const text = raw.replace(SPACES, " ").trim();
  if (text === "") return BLANK;
  if (EXCEL_ERROR_CODES.has(text.toUpperCase())) return { kind: "error", code: text.toUpperCase() };
  const folded = stripDiacritics(text.normalize("NFC")).toLowerCase().replace(/\s+/g, " ");
  if (NOT_APPLICABLE_MARKERS.has(folded)) return { kind: "notApplicable", text };

  let body = text.replace(/\s/g, "").replace(/^[\u2212]/, "-");
  let percent = false;
  if (body.endsWith("%")) {
    percent = true;
    body = body.slice(0, -1);
  }
  if (PLAIN_NUMBER.test(body)) {
    const separators = body.match(/[.,]/g);
    if (separators === null) {
      const value = Number(body);
      if (Number.isFinite(value)) return { kind: "number", value, fromText: true, percent };
    } else if (separators.length === 1) {
      const separator = separators[0] as DecimalMark;
      const value = Number(body.replace(",", "."));
      if (Number.isFinite(value)) {
        if (!GROUPABLE.test(body)) return { kind: "number", value, fromText: true, percent, separator };
        const grouped = Number(body.replace(separator, ""));
        return { kind: "number", value, fromText: true, percent, separator, grouped };
      }
    }
  }
  if (MIXED_SEPARATORS.test(body)) {
    return { kind: "ambiguous", text, readings: groupedReadings(body) };
  }
  return { kind: "text", text };
}

/** The readings of text such as "1.234,5" or "1.234.567": thousands grouped one way or the other. */
function groupedReadings(body: string): number[] {
  const readings = new Set<number>();
  for (const [group, decimal] of [
    [".", ","],
    [",", "."],
  ]) {
    const parts = body.split(decimal);
    if (parts.length > 2) continue;
    const whole = parts[0].split(group).join("");
    if (/[.,]/.test(whole)) continue;
    const value = Number(parts.length === 2 ? `${whole}.${parts[1]}` : whole);
    if (Number.isFinite(value)) readings.add(value);
  }
  return [...readings];
}

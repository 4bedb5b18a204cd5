/**
 * Argument readers shared by the custom functions: turn what Excel passes (scalars, 2-D arrays, blanks,
 * error values) into numbers the core understands, or throw a CchcError naming the argument.
 */
import { readCell, type CellReading } from "../core/cellValue";
import { CchcError, type ExcelErrorCode } from "../core/errors";
import type { RankOptions, TieMethod } from "../core/ranking";

/** Error codes a custom function may return; others (#REF!, #NAME?) are inputs only. */
const RETURNABLE: ReadonlySet<string> = new Set(["#VALUE!", "#N/A", "#NUM!", "#DIV/0!", "#NULL!"]);

function inputError(reading: Extract<CellReading, { kind: "error" }>, argument: string): CchcError {
  const code = (RETURNABLE.has(reading.code) ? reading.code : "#VALUE!") as ExcelErrorCode;
  return new CchcError(code, "errorInput", { argument, code: reading.code });
}

/** A required number: blank and not-applicable are #N/A (nothing to compute), text is #VALUE!. */
export function requireNumber(value: unknown, argument: string): number {
  const reading = readCell(value);
  switch (reading.kind) {
    case "number":
      return reading.value;
    case "blank":
      throw new CchcError("#N/A", "blankValue", { argument });
    case "notApplicable":
      throw new CchcError("#N/A", "notApplicable", { argument, text: reading.text });
    case "error":
      throw inputError(reading, argument);
    case "boolean":
      throw new CchcError("#VALUE!", "booleanValue", { argument, text: reading.value ? "TRUE" : "FALSE" });
    case "ambiguous":
      throw new CchcError("#VALUE!", "ambiguousNumber", {
        text: reading.text,
        readings: reading.readings.join(" / "),
      });
    case "text":
      throw new CchcError("#VALUE!", "notANumber", { text: reading.text });
  }
}

/** An optional number: absent or blank gives the fallback. */
export function optionalNumber(value: unknown, argument: string, fallback: number): number {
  return readCell(value).kind === "blank" ? fallback : requireNumber(value, argument);
}

export function isOmitted(value: unknown): boolean {
  return readCell(value).kind === "blank";
}

/** A range as a 2-D array; a scalar (a one-cell reference on some hosts) becomes 1×1. */
export function asMatrix(value: unknown): unknown[][] {
  if (!Array.isArray(value)) return [[value]];
  // Excel passes uniform 2-D arrays; a 1-D array (a caller in code) is read as one column.
  if (value.length > 0 && !(Array.isArray(value[0]) && Array.isArray(value[value.length - 1]))) {
    return value.map((row) => (Array.isArray(row) ? row : [row]));
  }
  return value as unknown[][];
}

/**
 * The numbers of a values range, flattened row by row: null where a cell holds no number (blank, text,
 * not applicable — left out as RANK.EQ leaves out text). An error value anywhere is #VALUE! naming its cell.
 */
export function readRankValues(matrix: unknown[][], argument: string): (number | null)[] {
  let total = 0;
  for (const row of matrix) total += row.length;
  const numbers = new Array<number | null>(total);
  let next = 0;
  for (let r = 0; r < matrix.length; r++) {
    const row = matrix[r];
    for (let c = 0; c < row.length; c++) {
      const cell = row[c];
      if (typeof cell === "number" && Number.isFinite(cell)) {
        numbers[next++] = cell;
        continue;
      }
      const reading = readCell(cell);
      if (reading.kind === "error") {
        throw new CchcError("#VALUE!", "errorInRange", {
          argument,
          code: reading.code,
          row: r + 1,
          column: c + 1,
        });
      }
      numbers[next++] = reading.kind === "number" ? reading.value : null;
    }
  }
  return numbers;
}

/** Group labels compare as staff read them: accents kept, case, spaces and Unicode form ignored. */
export function groupLabel(value: unknown): string | null {
  const reading = readCell(value);
  switch (reading.kind) {
    case "blank":
      return null;
    case "number":
      return `#${reading.value}`;
    case "error":
      return `!${reading.code}`;
    case "boolean":
      return reading.value ? "TRUE" : "FALSE";
    default:
      return reading.text.normalize("NFC").replace(/\s+/g, " ").trim().toLocaleLowerCase("vi");
  }
}

/** The group labels of a groups range, which must have the shape of the values range. */
export function readGroups(groups: unknown[][], shape: unknown[][], argument: string): (string | null)[] {
  const rows = shape.length;
  const columns = rows > 0 ? shape[0].length : 0;
  if (groups.length !== rows || groups.some((row) => row.length !== columns)) {
    throw new CchcError("#VALUE!", "shapeMismatch", { argument, rows, columns });
  }
  return groups.flat().map(groupLabel);
}

/** The optional tie method (0 = competition, 1 = dense) and decimals arguments. */
export function readRankOptions(method: unknown, decimals: unknown): RankOptions {
  let tieMethod: TieMethod = "competition";
  if (!isOmitted(method)) {
    const m = requireNumber(method, "cách xếp đồng hạng");
    if (m === 1) tieMethod = "dense";
    else if (m !== 0) throw new CchcError("#VALUE!", "unknownTieMethod", { method: m });
  }
  if (isOmitted(decimals)) return { method: tieMethod };
  const places = requireNumber(decimals, "số chữ số thập phân");
  if (!Number.isInteger(places) || places < 0 || places > 10) {
    throw new CchcError("#NUM!", "decimalsOutOfRange", { decimals: places });
  }
  return { method: tieMethod, decimals: places };
}

/**
 * A1 addresses: parsing what `getRange` accepts ("A1", "A1:C3", "A:C", "2:4", "$A$1", "'Sheet 1'!A1:B2")
 * and formatting what `Range.address` returns ("Sheet1!A1:C3", "'Sheet 1'!A:C").
 */
import { columnLetter, columnNumber as lettersToColumn } from "../../core/grid";
import { MAX_COLUMNS, MAX_ROWS, Rect, isEntireColumn, isEntireRow } from "./rect";

export interface ParsedAddress {
  /** The sheet named in the address, unquoted; undefined when the address has no sheet part. */
  readonly sheet?: string;
  readonly rect: Rect;
}

/** 1-based column number of column letters: "A" → 1, "XFD" → 16384; NaN when not letters. */
export function columnNumber(letters: string): number {
  return /^[A-Za-z]{1,3}$/.test(letters) ? lettersToColumn(letters) : Number.NaN;
}

function splitSheet(address: string): { sheet?: string; ref: string } | null {
  const bang = address.lastIndexOf("!");
  if (bang < 0) return { ref: address };
  const sheetPart = address.slice(0, bang);
  const ref = address.slice(bang + 1);
  if (sheetPart.startsWith("'")) {
    if (!sheetPart.endsWith("'") || sheetPart.length < 3) return null;
    const inner = sheetPart.slice(1, -1);
    if (/'(?!')/.test(inner.replace(/''/g, ""))) return null;
    return { sheet: inner.replace(/''/g, "'"), ref };
  }
  if (sheetPart.length === 0 || /[\s'[\]:*?/\\]/.test(sheetPart)) return null;
  return { sheet: sheetPart, ref };
}

type Part =
  | { kind: "cell"; row: number; column: number }
  | { kind: "column"; column: number }
  | { kind: "row"; row: number };

function parsePart(text: string): Part | null {
  const cell = /^\$?([A-Za-z]{1,3})\$?(\d{1,7})$/.exec(text);
  if (cell) return { kind: "cell", column: columnNumber(cell[1]) - 1, row: Number(cell[2]) - 1 };
  const column = /^\$?([A-Za-z]{1,3})$/.exec(text);
  if (column) return { kind: "column", column: columnNumber(column[1]) - 1 };
  const row = /^\$?(\d{1,7})$/.exec(text);
  if (row) return { kind: "row", row: Number(row[1]) - 1 };
  return null;
}

/** Parses an A1 address; null when it is not one (names and R1C1 are not supported). */
export function parseAddress(address: string): ParsedAddress | null {
  const split = splitSheet(address.trim());
  if (!split) return null;
  const pieces = split.ref.split(":");
  if (pieces.length < 1 || pieces.length > 2) return null;
  const first = parsePart(pieces[0]);
  const second = pieces.length === 2 ? parsePart(pieces[1]) : first;
  if (!first || !second || first.kind !== second.kind) return null;
  let result: Rect;
  if (first.kind === "cell" && second.kind === "cell") {
    result = {
      top: Math.min(first.row, second.row),
      bottom: Math.max(first.row, second.row),
      left: Math.min(first.column, second.column),
      right: Math.max(first.column, second.column),
    };
  } else if (first.kind === "column" && second.kind === "column") {
    if (pieces.length !== 2) return null;
    result = {
      top: 0,
      bottom: MAX_ROWS - 1,
      left: Math.min(first.column, second.column),
      right: Math.max(first.column, second.column),
    };
  } else if (first.kind === "row" && second.kind === "row") {
    if (pieces.length !== 2) return null;
    result = {
      top: Math.min(first.row, second.row),
      bottom: Math.max(first.row, second.row),
      left: 0,
      right: MAX_COLUMNS - 1,
    };
  } else {
    return null;
  }
  if (result.top < 0 || result.left < 0 || result.bottom >= MAX_ROWS || result.right >= MAX_COLUMNS)
    return null;
  return split.sheet === undefined ? { rect: result } : { sheet: split.sheet, rect: result };
}

/** A sheet name as it appears before "!": quoted when it is not a plain identifier. */
export function quoteSheetName(name: string): string {
  const plain =
    /^[\p{L}_][\p{L}\p{N}_.]*$/u.test(name) &&
    !/^[A-Za-z]{1,3}\d+$/.test(name) &&
    !/^[Rr]\d*[Cc]\d*$/.test(name);
  return plain ? name : `'${name.replace(/'/g, "''")}'`;
}

export function cellAddress(row: number, column: number): string {
  return `${columnLetter(column + 1)}${row + 1}`;
}

/** The address of a rectangle without a sheet part: "A1", "A1:C3", "A:C", "2:4". */
export function rectAddress(r: Rect): string {
  if (isEntireRow(r)) return `${r.top + 1}:${r.bottom + 1}`;
  if (isEntireColumn(r)) return `${columnLetter(r.left + 1)}:${columnLetter(r.right + 1)}`;
  const start = cellAddress(r.top, r.left);
  if (r.top === r.bottom && r.left === r.right) return start;
  return `${start}:${cellAddress(r.bottom, r.right)}`;
}

export function sheetAddress(sheetName: string, r: Rect): string {
  return `${quoteSheetName(sheetName)}!${rectAddress(r)}`;
}

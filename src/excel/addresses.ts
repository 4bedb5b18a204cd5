/** A1 addresses of plan areas (0-based, inclusive) for Worksheet.getRange, which is ExcelApi 1.1. */
import { columnLetter, columnNumber } from "../core/grid";
import type { Area } from "../core/plan";

export function cellAddress(row: number, column: number): string {
  return `${columnLetter(column + 1)}${row + 1}`;
}

export function areaAddress(area: Area): string {
  const start = cellAddress(area.top, area.left);
  return area.top === area.bottom && area.left === area.right
    ? start
    : `${start}:${cellAddress(area.bottom, area.right)}`;
}

/** Whole columns "C:E" (0-based, inclusive). */
export function columnsAddress(first: number, last: number): string {
  return `${columnLetter(first + 1)}:${columnLetter(last + 1)}`;
}

/** Whole rows "3:5" (0-based, inclusive). */
export function rowsAddress(first: number, last: number): string {
  return `${first + 1}:${last + 1}`;
}

/** Absolute whole rows "$1:$4", the form PageLayout.setPrintTitleRows takes. */
export function titleRowsAddress(first: number, last: number): string {
  return `$${first + 1}:$${last + 1}`;
}

/** Parses "Sheet1!B3:K40", "'My sheet'!B3" or "B3:K40" into 1-based top / left / bottom / right. */
export function parseRangeAddress(
  address: string,
): { top: number; left: number; bottom: number; right: number } | null {
  const local = address.includes("!") ? address.slice(address.lastIndexOf("!") + 1) : address;
  const match = /^\$?([A-Z]+)\$?(\d+)(?::\$?([A-Z]+)\$?(\d+))?$/i.exec(local.trim());
  if (!match) return null;
  const top = Number(match[2]);
  const left = columnNumber(match[1]);
  const bottom = match[4] ? Number(match[4]) : top;
  const right = match[3] ? columnNumber(match[3]) : left;
  return {
    top: Math.min(top, bottom),
    left: Math.min(left, right),
    bottom: Math.max(top, bottom),
    right: Math.max(left, right),
  };
}

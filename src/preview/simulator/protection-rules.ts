/**
 * What a protected sheet refuses: content changes to locked cells, and formatting unless the protection
 * options allow it. Refusals are AccessDenied, raised on sync.
 */
import { simError } from "./errors";
import { Rect, cellCount } from "./rect";
import { cellsIn, effectiveStyle } from "./sheet-cells";
import type { SheetState } from "./state";

export type EditKind = "content" | "format" | "columns" | "rows" | "objects" | "structure";

function lockedCellIn(sheet: SheetState, r: Rect): boolean {
  if (cellCount(r) > 4_000_000) {
    if (sheet.sheetStyle.locked !== false) return true;
    return cellsIn(sheet, r).some(({ cell }) => cell.style?.locked !== false);
  }
  for (let row = r.top; row <= r.bottom; row++)
    for (let column = r.left; column <= r.right; column++)
      if (effectiveStyle(sheet, row, column).locked !== false) return true;
  return false;
}

export function assertEditable(sheet: SheetState, r: Rect | null, kind: EditKind, location: string): void {
  const protection = sheet.protection;
  if (!protection.protected) return;
  const options = protection.options;
  const allowed =
    (kind === "content" && r !== null && !lockedCellIn(sheet, r)) ||
    (kind === "format" && options.allowFormatCells === true) ||
    (kind === "columns" && options.allowFormatColumns === true) ||
    (kind === "rows" && options.allowFormatRows === true) ||
    (kind === "objects" && options.allowEditObjects === true);
  if (!allowed)
    throw simError(
      "AccessDenied",
      "The cell or chart you're trying to change is on a protected sheet. To make a change, unprotect the sheet.",
      location,
    );
}

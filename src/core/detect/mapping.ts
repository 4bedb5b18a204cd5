/**
 * The settings' column mapping, checked against the sheet before detection uses it: header rows inside
 * the sheet's data, every named column inside the table, no column named for two roles — each an
 * InputError naming the setting in words ("Cột P được chọn làm cột tổng điểm…").
 */
import { columnLetter, columnNumber } from "../grid";
import { InputError, problem } from "../problems";
import type { ColumnMapping } from "../settings";
import { MAPPING_LABELS } from "../settingsProblems";
import type { SheetView } from "../sheetView";
import type { ColumnRole } from "../vocabulary";

/** The roles a mapping may set, with the mapping field that sets each. */
export const MAPPED_ROLES = ["name", "group", "total", "index", "unitMax", "previousRank", "rating"] as const;

export function columnByLetters(letters: string | undefined): number | undefined {
  return letters === undefined ? undefined : columnNumber(letters);
}

/** The columns the mapping names, each with the field that names it (for messages). */
function mappedColumns(mapping: ColumnMapping): { column: number; field: string }[] {
  const found: { column: number; field: string }[] = [];
  for (const field of MAPPED_ROLES) {
    const letters = mapping[field];
    if (letters !== undefined) found.push({ column: columnNumber(letters), field });
  }
  for (const c of mapping.components ?? []) {
    found.push({ column: columnNumber(c.column), field: "components" });
    if (c.maxColumn !== undefined) found.push({ column: columnNumber(c.maxColumn), field: "components" });
  }
  for (const letters of mapping.ignore ?? []) found.push({ column: columnNumber(letters), field: "ignore" });
  return found;
}

const labelOf = (field: string): string => MAPPING_LABELS.get(field) ?? "settingMapping";

export function checkMapping(view: SheetView, mapping: ColumnMapping): void {
  const sheet = view.sheet;
  if (mapping.headerTop !== undefined) {
    const top = mapping.headerTop;
    const bottom = mapping.headerBottom ?? top;
    for (const [row, field] of [
      [top, "headerTop"],
      [bottom, "headerBottom"],
    ] as const) {
      if (row < view.top || row > view.bottom) {
        throw new InputError(
          problem(
            "mappedRowOutside",
            { row, role: labelOf(field), first: view.top, last: view.bottom },
            { sheet },
          ),
        );
      }
    }
    if (bottom < top) throw new InputError(problem("mappedHeaderUpsideDown", { top, bottom }, { sheet }));
  }
  const claimed = new Map<number, string>();
  for (const { column, field } of mappedColumns(mapping)) {
    if (column < view.left || column > view.right) {
      throw new InputError(
        problem(
          "mappedColumnOutside",
          {
            column: columnLetter(column),
            role: labelOf(field),
            first: columnLetter(view.left),
            last: columnLetter(view.right),
          },
          { sheet },
        ),
      );
    }
    // Ignoring a column (not a component) contradicts no role.
    if (field === "ignore") continue;
    const other = claimed.get(column);
    if (other !== undefined) {
      throw new InputError(
        problem(
          "mappedColumnsCollide",
          { column: columnLetter(column), role: labelOf(other), other: labelOf(field) },
          { sheet },
        ),
      );
    }
    claimed.set(column, field);
  }
}

/** Detected roles corrected by the mapping: columns it names take over, roles it clears go. */
export function applyRoleMapping(
  roles: Partial<Record<ColumnRole, number>>,
  mapping: ColumnMapping,
): Partial<Record<ColumnRole, number>> {
  const out = { ...roles };
  for (const role of MAPPED_ROLES) {
    const column = columnByLetters(mapping[role]);
    if (column !== undefined) out[role] = column;
  }
  for (const role of mapping.clear ?? []) delete out[role];
  return out;
}

/**
 * A mapped component's own maximum per unit: the column named by `maxColumn` (paired layouts, “Điểm tối đa”
 * beside “Điểm đạt”), read on each unit's row like a detected pair.
 */
export function mappedMaxColumns(component: { readonly maxColumn?: string }): { maxColumns?: number[] } {
  const column = columnByLetters(component.maxColumn);
  return column === undefined ? {} : { maxColumns: [column] };
}

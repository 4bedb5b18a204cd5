/**
 * Detection: finds the score tables of a sheet by themselves, in stages — the header band
 * (detect/band.ts), the role of every column and the components with their maxima (detect/columns.ts),
 * the unit rows and their groups (detect/body.ts) — each returning its value and its warnings. A sheet with
 * no unit rows is then read as units across columns, criteria as rows (detect/transposed.ts); per-unit
 * scoring forms span sheets and are read by the workbook (detect/forms.ts, from core/workbook.ts). It never
 * guesses silently: ambiguity is an InputError or a warning, and the settings' column mapping corrects what
 * it chose (detect/mapping.ts). Every layout produces the same model (detect/model.ts).
 */
import type { Grid } from "./grid";
import type { ColumnMapping } from "./settings";
import { SheetView } from "./sheetView";
import { nextHeaderBand, titleOf } from "./detect/band";
import { readBody } from "./detect/body";
import { readColumns } from "./detect/columns";
import { checkMapping } from "./detect/mapping";
import type { DetectedTable } from "./detect/model";
import { readTransposed } from "./detect/transposed";

export { looksTransposed } from "./detect/transposed";

export type {
  BodyRow,
  CellRef,
  ComponentSpec,
  CriteriaColumns,
  DetectedTable,
  SheetArea,
  UnitCells,
  UnitComponentCells,
} from "./detect/model";
export { cellsOf, unitArea } from "./detect/model";
export { FORMS_DEFAULT_GROUP, looksLikeForm, readForms } from "./detect/forms";

export interface DetectOptions {
  readonly year?: number | null;
  readonly mapping?: ColumnMapping;
}

/**
 * Finds every table of a sheet; an empty list when there is none. Units as rows first; when no unit row is
 * found, units across columns (criteria as rows).
 */
export function detectTables(grid: Grid, options: DetectOptions = {}): DetectedTable[] {
  const view = new SheetView(grid);
  if (options.mapping?.headerTop !== undefined) {
    const top = options.mapping.headerTop;
    const bottom = options.mapping.headerBottom ?? top;
    return [readTable(view, top, bottom, options)];
  }
  const tables = rowTables(view, options);
  if (tables.some((t) => t.units.length > 0)) return tables;
  const transposed = readTransposed(view, options.year ?? null);
  return transposed !== null ? [transposed] : tables;
}

/** The tables whose units are rows. */
function rowTables(view: SheetView, options: DetectOptions): DetectedTable[] {
  const tables: DetectedTable[] = [];
  let from = view.top;
  while (from <= view.bottom) {
    const band = nextHeaderBand(view, from);
    if (band === null) break;
    const table = readTable(view, band.top, band.bottom, options);
    if (table.units.length > 0 || table.components.length > 0 || table.recognisedColumns >= 3)
      tables.push(table);
    const last = table.units.length > 0 ? table.units[table.units.length - 1].row : band.bottom;
    from = Math.max(last, band.bottom) + 1;
  }
  return tables;
}

/** Reads one table whose header band is known: its columns, then its body. */
function readTable(
  view: SheetView,
  headerTop: number,
  bandBottom: number,
  options: DetectOptions,
): DetectedTable {
  const mapping = options.mapping ?? {};
  checkMapping(view, mapping);
  const titled = titleOf(view, headerTop);
  const columns = readColumns(view, headerTop, bandBottom, { year: options.year ?? titled.year, mapping });
  const layout = columns.value;
  const body = readBody(view, layout);
  return {
    sheet: view.sheet,
    layout: "rows",
    headerTop,
    headerBottom: layout.headerBottom,
    maxRow: layout.maxRow,
    year: layout.year,
    title: titled.title,
    roles: layout.roles,
    components: layout.components,
    componentsFrom: layout.componentsFrom,
    subtotals: layout.subtotals,
    totalMax: layout.totalMax,
    units: body.value.units,
    groups: body.value.groups,
    warnings: [...columns.warnings, ...body.warnings],
    recognisedColumns: layout.recognisedColumns,
  };
}

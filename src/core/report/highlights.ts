/**
 * Highlights of the user's score table, following the lists (issue 10, item 5): the row of every unit that
 * dropped in rank, and the cells of every component the explanation list names (a checked component below
 * the threshold), in two distinct styles; the other components below the threshold in a third style only when
 * settings.highlightAllComponents asks. So the sheet marks exactly what the report lists. Areas are in
 * absolute 0-based sheet coordinates, taken from the cells each unit was read from; adjacent cells of one unit
 * row are one area. Each area carries a note in words, and the styles differ in more than colour (italic rows,
 * bold or underlined cells), so the marks survive black-and-white printing. Dropped rows come first, then the
 * other components, then the checked ones: later kinds take precedence where they overlap.
 *
 * Each highlighted sheet gets a legend (title and one entry per kind marked there, in the look of its cells),
 * placed by the adapter beside the table without touching a cell (see src/excel/highlights.ts).
 */
import { formatMessage, formatNumber, type Language } from "../../i18n/messages";
import type { Analysis, UnitResult } from "../analyse";
import { unitArea, type CellRef, type DetectedTable } from "../detect";
import type { Area, CellStyle, HighlightArea, HighlightKind, HighlightLegend, HighlightPlan } from "../plan";
import { roundHalfAwayFromZero } from "../precision";
import { DEFAULT_THRESHOLD_PERCENT } from "../scoring";
import type { Settings } from "../settings";

/** Excel's "Neutral" look, italic: a unit that dropped in rank. */
export const DROPPED_ROW_STYLE: CellStyle = { fill: "#FFEB9C", fontColor: "#9C5700", italic: true };
/** Excel's "Bad" look, bold: a component the unit must explain. */
export const BELOW_THRESHOLD_STYLE: CellStyle = { fill: "#FFC7CE", fontColor: "#9C0006", bold: true };
/** A pale orange, underlined: another component below the threshold (only when the settings ask). */
export const BELOW_OTHER_STYLE: CellStyle = { fill: "#FCE4D6", fontColor: "#843C0C", underline: true };

const STYLES: Record<HighlightKind, CellStyle> = {
  droppedRow: DROPPED_ROW_STYLE,
  belowThreshold: BELOW_THRESHOLD_STYLE,
  belowOther: BELOW_OTHER_STYLE,
};

/** Plan order: later kinds are applied later and win where areas overlap. */
const KIND_ORDER: readonly HighlightKind[] = ["droppedRow", "belowOther", "belowThreshold"];

export interface HighlightOptions {
  readonly language?: Language;
  /** The threshold in percent, for the notes (the settings' threshold, else 75). */
  readonly threshold?: number;
  /** The settings of the run: threshold and highlightAllComponents are read from them. */
  readonly settings?: Pick<Settings, "threshold" | "highlightAllComponents">;
  /** Mark the components below the threshold that need no explanation too (default: the settings' choice). */
  readonly highlightAllComponents?: boolean;
}

/**
 * The first and last 1-based columns of a unit's row: those its table uses (roles and component columns),
 * else those of the unit's own cells on that row; null when the unit has no row of cells to mark.
 */
function rowColumns(table: DetectedTable, unit: UnitResult): { left: number; right: number } | null {
  let columns = [
    ...Object.values(table.roles).filter((c): c is number => c !== undefined),
    ...table.components.flatMap((c) => c.columns),
  ];
  if (columns.length === 0) {
    const cells = unit.cells;
    const refs = [
      cells.name,
      cells.group,
      cells.total,
      cells.index,
      cells.unitMax,
      cells.previousRank,
      cells.rank,
      cells.rating,
      ...cells.components.flatMap((c) => [...c.points, c.max]),
    ];
    columns = refs
      .filter((r): r is CellRef => r !== null && r.sheet === unit.sheet && r.row === unit.row)
      .map((r) => r.column);
  }
  if (columns.length === 0) return null;
  return { left: Math.min(...columns), right: Math.max(...columns) };
}

/**
 * What a dropped unit's mark covers (0-based): its row across the table; its column from its name down
 * (units across columns); its name in the form's title (per-unit forms: not the whole form).
 */
function droppedArea(table: DetectedTable, unit: UnitResult): Area | null {
  const name = unit.cells.name;
  if (table.layout === "forms")
    return { top: name.row - 1, left: name.column - 1, bottom: name.row - 1, right: name.column - 1 };
  if (table.layout === "columns") {
    const own = unitArea(unit.cells);
    return { top: own.top - 1, left: own.left - 1, bottom: own.bottom - 1, right: own.right - 1 };
  }
  const span = rowColumns(table, unit);
  if (span === null) return null;
  return { top: unit.row - 1, left: span.left - 1, bottom: unit.row - 1, right: span.right - 1 };
}

interface MarkedCell {
  readonly ref: CellRef;
  readonly kind: HighlightKind;
  readonly note: string;
}

/** Runs of consecutive columns of one sheet row and kind: [3, 4, 6] → [[3, 4], [6]]. */
function runs(cells: readonly MarkedCell[]): MarkedCell[][] {
  const sorted = [...cells].sort(
    (a, b) =>
      KIND_ORDER.indexOf(a.kind) - KIND_ORDER.indexOf(b.kind) ||
      a.ref.sheet.localeCompare(b.ref.sheet) ||
      a.ref.row - b.ref.row ||
      a.ref.column - b.ref.column,
  );
  const result: MarkedCell[][] = [];
  for (const cell of sorted) {
    const run = result[result.length - 1];
    const last = run?.[run.length - 1];
    const continues =
      last !== undefined &&
      last.kind === cell.kind &&
      last.ref.sheet === cell.ref.sheet &&
      last.ref.row === cell.ref.row &&
      last.ref.column >= cell.ref.column - 1;
    if (continues) {
      if (last.ref.column !== cell.ref.column) run.push(cell);
    } else result.push([cell]);
  }
  return result;
}

const unitKey = (unit: string, group: string, component: string): string =>
  `${unit}\u0000${group}\u0000${component}`;

export function planHighlights(
  analysis: Analysis,
  tables: readonly DetectedTable[],
  options: HighlightOptions = {},
): HighlightPlan {
  const language = options.language ?? "vi";
  const threshold = options.threshold ?? options.settings?.threshold ?? DEFAULT_THRESHOLD_PERCENT;
  const allComponents = options.highlightAllComponents ?? options.settings?.highlightAllComponents ?? false;
  const thresholdText = formatNumber(threshold <= 1 ? threshold * 100 : threshold, language);
  const num = (x: number) => formatNumber(roundHalfAwayFromZero(x, 2), language);
  const byRow = new Map<string, DetectedTable>();
  // By the sheet of the unit's own name: per-unit forms lie on a sheet each.
  for (const t of tables) for (const u of t.units) byRow.set(`${u.cells.name.sheet}\u0000${u.row}`, t);
  const tableOf = (unit: UnitResult): DetectedTable | undefined =>
    byRow.get(`${unit.sheet}\u0000${unit.row}`);
  // What the explanation list names: the sheet marks exactly these as "must explain".
  const explained = new Set(analysis.explanations.map((e) => unitKey(e.unit, e.group, e.component)));

  const dropped: HighlightArea[] = [];
  const cells: MarkedCell[] = [];
  for (const unit of analysis.units) {
    const table = tableOf(unit);
    if (!table) continue;
    const area = droppedArea(table, unit);
    if (unit.comparable && unit.rankChange !== null && unit.rankChange < 0 && area !== null) {
      dropped.push({
        sheet: unit.sheet,
        area,
        kind: "droppedRow",
        style: DROPPED_ROW_STYLE,
        note: formatMessage(
          "hlDropped",
          { steps: String(-unit.rankChange), from: String(unit.previousRank), to: String(unit.rank) },
          language,
        ),
      });
    }
    unit.components.forEach((c, i) => {
      if (c.below !== true || c.score === null || c.max === null || c.percent === null) return;
      const kind: HighlightKind = explained.has(unitKey(unit.name, unit.group, c.name))
        ? "belowThreshold"
        : "belowOther";
      if (kind === "belowOther" && !allComponents) return;
      // The cells the points were read from (a unit's components are its table's, in the table's order).
      const points = unit.cells?.components[i]?.points ?? [];
      const note = formatMessage(
        "hlBelow",
        {
          component: c.name,
          score: num(c.score),
          max: num(c.max),
          percent: num(c.percent),
          threshold: thresholdText,
        },
        language,
      );
      for (const ref of points) cells.push({ ref, kind, note });
    });
  }
  const marked: HighlightArea[] = runs(cells).map((run) => ({
    sheet: run[0].ref.sheet,
    area: {
      top: run[0].ref.row - 1,
      left: run[0].ref.column - 1,
      bottom: run[0].ref.row - 1,
      right: run[run.length - 1].ref.column - 1,
    },
    kind: run[0].kind,
    style: STYLES[run[0].kind],
    note: [...new Set(run.map((c) => c.note))].join("; "),
  }));
  const areas = [...dropped, ...marked];
  const checked = (analysis.components ?? []).filter((c) => c.checked).map((c) => c.name);
  return { areas, legends: legends(areas, tables, checked, thresholdText, language) };
}

/** One legend per highlighted sheet, at its table's header, with an entry per kind marked there. */
function legends(
  areas: readonly HighlightArea[],
  tables: readonly DetectedTable[],
  checked: readonly string[],
  thresholdText: string,
  language: Language,
): HighlightLegend[] {
  const labels: Record<HighlightKind, string> = {
    droppedRow: formatMessage("hlLegendDropped", {}, language),
    belowThreshold: formatMessage(
      "hlLegendChecked",
      { components: checked.join("; "), threshold: thresholdText },
      language,
    ),
    belowOther: formatMessage("hlLegendOther", { threshold: thresholdText }, language),
  };
  const out: HighlightLegend[] = [];
  for (const sheet of [...new Set(areas.map((a) => a.sheet))]) {
    const kinds = new Set(areas.filter((a) => a.sheet === sheet).map((a) => a.kind));
    const header = tables.filter((t) => t.sheet === sheet).map((t) => t.headerTop);
    const top = Math.min(...areas.filter((a) => a.sheet === sheet).map((a) => a.area.top));
    out.push({
      sheet,
      row: header.length > 0 ? Math.min(...header) - 1 : top,
      title: formatMessage("hlLegendTitle", {}, language),
      entries: KIND_ORDER.filter((k) => kinds.has(k)).map((kind) => ({
        kind,
        style: STYLES[kind],
        label: labels[kind],
      })),
    });
  }
  return out;
}

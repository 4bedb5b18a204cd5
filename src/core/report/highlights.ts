/**
 * Highlights of the user's score table: the row of every unit that dropped in rank and every component
 * cell below the threshold, in two distinct styles, in absolute 0-based sheet coordinates. Adjacent cells of
 * one unit row are one area. Each area carries a note in words (a tooltip or log line), and the styles
 * differ in more than colour (italic rows, bold cells), so the marks survive black-and-white printing.
 * Dropped rows come first, so a below-threshold cell inside a dropped row keeps its own style.
 */
import { formatMessage, formatNumber, type Language } from "../../i18n/messages";
import type { Analysis, UnitResult } from "../analyse";
import type { DetectedTable } from "../detect";
import type { CellStyle, HighlightArea, HighlightPlan } from "../plan";
import { roundHalfAwayFromZero } from "../precision";
import { DEFAULT_THRESHOLD_PERCENT } from "../scoring";

/** Excel's "Neutral" look, italic: a unit that dropped in rank. */
export const DROPPED_ROW_STYLE: CellStyle = { fill: "#FFEB9C", fontColor: "#9C5700", italic: true };
/** Excel's "Bad" look, bold: a component below the threshold. */
export const BELOW_THRESHOLD_STYLE: CellStyle = { fill: "#FFC7CE", fontColor: "#9C0006", bold: true };

export interface HighlightOptions {
  readonly language?: Language;
  /** The threshold in percent, for the notes (75 by default). */
  readonly threshold?: number;
}

/** The first and last 1-based columns a table uses (its roles and component columns). */
function tableColumns(table: DetectedTable): { left: number; right: number } {
  const columns = [
    ...Object.values(table.roles).filter((c): c is number => c !== undefined),
    ...table.components.flatMap((c) => c.columns),
  ];
  return { left: Math.min(...columns), right: Math.max(...columns) };
}

/** Runs of consecutive columns: [3, 4, 6] → [[3, 4], [6]]. */
function runs<T extends { column: number }>(cells: readonly T[]): T[][] {
  const sorted = [...cells].sort((a, b) => a.column - b.column);
  const result: T[][] = [];
  for (const cell of sorted) {
    const last = result[result.length - 1];
    if (last && last[last.length - 1].column >= cell.column - 1) {
      if (last[last.length - 1].column !== cell.column) last.push(cell);
    } else result.push([cell]);
  }
  return result;
}

export function planHighlights(
  analysis: Analysis,
  tables: readonly DetectedTable[],
  options: HighlightOptions = {},
): HighlightPlan {
  const language = options.language ?? "vi";
  const threshold = options.threshold ?? DEFAULT_THRESHOLD_PERCENT;
  const thresholdText = formatNumber(threshold <= 1 ? threshold * 100 : threshold, language);
  const num = (x: number) => formatNumber(roundHalfAwayFromZero(x, 2), language);
  const byRow = new Map<string, DetectedTable>();
  for (const t of tables) for (const u of t.units) byRow.set(`${t.sheet}\u0000${u.row}`, t);
  const tableOf = (unit: UnitResult): DetectedTable | undefined =>
    byRow.get(`${unit.sheet}\u0000${unit.row}`) ?? tables.find((t) => t.sheet === unit.sheet);

  const dropped: HighlightArea[] = [];
  const below: HighlightArea[] = [];
  for (const unit of analysis.units) {
    const table = tableOf(unit);
    if (!table) continue;
    const row = unit.row - 1;
    if (unit.comparable && unit.rankChange !== null && unit.rankChange < 0) {
      const { left, right } = tableColumns(table);
      dropped.push({
        sheet: unit.sheet,
        area: { top: row, left: left - 1, bottom: row, right: right - 1 },
        kind: "droppedRow",
        style: DROPPED_ROW_STYLE,
        note: formatMessage(
          "hlDropped",
          { steps: String(-unit.rankChange), from: String(unit.previousRank), to: String(unit.rank) },
          language,
        ),
      });
    }
    const cells: { column: number; note: string }[] = [];
    unit.components.forEach((c, i) => {
      if (c.below !== true || c.score === null || c.max === null || c.percent === null) return;
      // A unit's components are its table's, in the table's order.
      const spec = table.components[i];
      if (!spec) return;
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
      for (const column of spec.columns) cells.push({ column, note });
    });
    for (const run of runs(cells)) {
      below.push({
        sheet: unit.sheet,
        area: { top: row, left: run[0].column - 1, bottom: row, right: run[run.length - 1].column - 1 },
        kind: "belowThreshold",
        style: BELOW_THRESHOLD_STYLE,
        note: [...new Set(run.map((c) => c.note))].join("; "),
      });
    }
  }
  return { areas: [...dropped, ...below] };
}

/**
 * The add-in's markers in the document settings (Workbook.settings, ExcelApi 1.4): which sheets it wrote,
 * with each sheet's fingerprint, and which sheets carry its highlights. Values round-trip as JSON; anything
 * unreadable counts as no marker (a user's edit of the settings never breaks a run).
 */
import type { HighlightKind, ReportKind } from "../core/plan";

export const REPORT_MARKER_KEY = "CCHC.reportSheets";
export const HIGHLIGHT_MARKER_KEY = "CCHC.highlights";

export interface ReportSheetMark {
  /** Worksheet.id: survives the user renaming the sheet. */
  readonly id: string;
  /** The name the add-in gave the sheet. */
  readonly name: string;
  readonly kind: ReportKind;
  /** sheetFingerprint of the sheet as written. */
  readonly fingerprint: string;
  /** ReportPlan.marker of the run that wrote it. */
  readonly marker: string;
  /** ISO time of the run. */
  readonly writtenAt: string;
}

export interface ReportMarker {
  readonly version: 1;
  readonly sheets: readonly ReportSheetMark[];
}

export interface HighlightMarker {
  readonly version: 1;
  /** Names of the sheets highlighted, when they were. */
  readonly sheets: readonly string[];
  readonly appliedAt: string;
}

const KINDS: readonly ReportKind[] = ["ranking", "actions", "components", "breakthrough", "log"];

function isMark(value: unknown): value is ReportSheetMark {
  if (typeof value !== "object" || value === null) return false;
  const v = value as Record<string, unknown>;
  return (
    typeof v.id === "string" &&
    typeof v.name === "string" &&
    typeof v.fingerprint === "string" &&
    typeof v.marker === "string" &&
    typeof v.writtenAt === "string" &&
    KINDS.includes(v.kind as ReportKind)
  );
}

export function parseReportMarker(value: unknown): ReportMarker {
  const sheets =
    typeof value === "object" && value !== null && Array.isArray((value as { sheets?: unknown }).sheets)
      ? ((value as { sheets: unknown[] }).sheets.filter(isMark) as ReportSheetMark[])
      : [];
  return { version: 1, sheets };
}

export function parseHighlightMarker(value: unknown): HighlightMarker {
  const raw = typeof value === "object" && value !== null ? (value as Record<string, unknown>) : {};
  const sheets = Array.isArray(raw.sheets)
    ? raw.sheets.filter((s): s is string => typeof s === "string")
    : [];
  return { version: 1, sheets, appliedAt: typeof raw.appliedAt === "string" ? raw.appliedAt : "" };
}

/** Custom conditional-format rules the add-in adds: `=N("CCHC:kind")=0` is TRUE on every cell, and names its kind. */
export function highlightRuleFormula(kind: HighlightKind): string {
  return `=N("CCHC:${kind}")=0`;
}

const RULE_PATTERN = /N\(\s*"CCHC:(droppedRow|belowThreshold|belowOther)"\s*\)/i;

/** Names of the text boxes of the add-in's highlight legend (its title, then one per entry). */
export const LEGEND_SHAPE_PREFIX = "CCHC.legend";

export function isLegendShapeName(name: unknown): boolean {
  return typeof name === "string" && name.startsWith(LEGEND_SHAPE_PREFIX);
}

/** True for a rule formula the add-in wrote (whatever case or spacing Excel gives it back). */
export function isHighlightRuleFormula(formula: unknown): boolean {
  return typeof formula === "string" && RULE_PATTERN.test(formula);
}

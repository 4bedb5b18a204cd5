/**
 * What the pane (and the ribbon command) needs from the workbook, as one interface — and its Office
 * implementation over the adapter in src/excel. The pane never touches Office.js itself: tests give it a fake
 * gateway, the browser preview runs this same createExcelGateway against the simulator's `Excel` / `Office`
 * stand-ins.
 *
 * Settings live in the document, in Workbook.settings (ExcelApi 1.4) beside the add-in's markers
 * (src/excel/markers.ts); on older Excel, in Office.context.document.settings, which Excel keeps in the same
 * per-add-in store of the file.
 */
import type { FormulaPass } from "../core/analyseGrids";
import type { Grid } from "../core/grid";
import type { HighlightPlan, ReportKind, ReportPlan } from "../core/plan";
import type { SheetAction } from "../core/report";
import { COMPARISON_KEY } from "./comparison";
import { downloadInPage, downloadPageUrl, type PaneFile } from "./download";
import { targetAddress } from "./places";
import type { Language } from "../i18n/messages";
// The adapter's modules one by one (not its index), so that its writers stay out of the first screen's bundle.
import {
  activateSheet,
  canSaveState,
  readWorkbookWithState,
  runExcel,
  saveState,
  selectRange,
} from "../excel/document";
import { downloadRoute, openBrowserWindow } from "../excel/download";
import type { WorkbookSnapshot } from "../excel/readWorkbook";
import { supportsExcelApi } from "../excel/requirements";

/** Document-setting keys of the pane's state (the adapter's markers use "CCHC.reportSheets", "CCHC.highlights"). */
export const SETTINGS_KEY = "CCHC.settings";
export const PANE_STATE_KEY = "CCHC.pane";
/** The pane's page (webpack.config.js), which is also the download page of src/taskpane/download.ts. */
export const PANE_PAGE = "taskpane.html";

export interface SheetSummary {
  readonly name: string;
  readonly visible: boolean;
  readonly empty: boolean;
  /** One of the add-in's report sheets. */
  readonly report: boolean;
  /** null when this Excel cannot tell. */
  readonly protected: boolean | null;
}

export interface ReportSheetSummary {
  /** The sheet's name now. */
  readonly name: string;
  readonly kind: ReportKind;
  /** The user changed it since the add-in wrote it: replace only with consent. */
  readonly edited: boolean;
  /** Fingerprint of the sheet now, and as the add-in wrote it (what decideSheetActions compares). */
  readonly fingerprint: string;
  readonly writtenFingerprint: string;
  readonly writtenAt: string;
}

/**
 * What the document keeps for the pane, as JSON: the settings (core schema), the pane's own choices and last
 * year's comparison (src/taskpane/comparison.ts). An entry left undefined is not written.
 */
export interface SavedState {
  readonly settings: unknown;
  readonly pane: unknown;
  readonly comparison?: unknown;
}

export interface WorkbookView {
  /** A Grid per sheet (report sheets excluded), in tab order. */
  readonly grids: readonly Grid[];
  /**
   * core/formula's pass when the grids come from a file (the standalone page), whose formulas may lack their
   * results; none from Excel, which always has them.
   */
  readonly formulas?: FormulaPass;
  readonly sheets: readonly SheetSummary[];
  readonly activeSheet: string;
  /** What was saved in the document; null when nothing was (or the document cannot keep settings). */
  readonly saved: SavedState | null;
  readonly reportSheets: readonly ReportSheetSummary[];
  /** Sheets carrying the add-in's highlights. */
  readonly highlightedSheets: readonly string[];
  /** What this host can do (older Excel lacks document settings, conditional formats…). */
  readonly can: {
    readonly saveSettings: boolean;
    readonly writeReport: boolean;
    readonly highlight: boolean;
  };
  /** context.sync calls the read made (0 for fakes). */
  readonly syncs: number;
}

export type ReportDecision = Pick<SheetAction, "planned" | "action" | "name">;

export interface ReportProgress {
  readonly stage: "writing" | "done";
  readonly sheets: number;
}

export interface WriteOutcome {
  readonly sheets: readonly {
    readonly name: string;
    readonly planName: string;
    readonly kind: ReportKind;
    readonly replaced: boolean;
  }[];
  readonly syncs: number;
  /** Features this Excel lacks that were left out (freeze panes, print setup, charts…). */
  readonly skipped: readonly string[];
}

export interface HighlightOutcome {
  readonly sheets: readonly string[];
  readonly added: number;
  readonly removed: number;
  readonly syncs: number;
}

/**
 * A place in the workbook: a cell, a row from `column` to `toColumn` (the whole row without them), or an area
 * from (`row`, `column`) to (`toRow`, `toColumn`) — a unit's column or its scoring form.
 */
export interface CellTarget {
  readonly sheet: string;
  /** 1-based sheet rows (`toRow` the last, when the place spans rows). */
  readonly row: number;
  readonly toRow?: number | null;
  /** 1-based sheet columns. */
  readonly column?: number | null;
  readonly toColumn?: number | null;
}

/**
 * Where a saved file went: downloaded from the pane; opened in the system browser, which saves it (Mac,
 * iPad); or nowhere — this Excel lets an add-in save no file (the pane points at the other ways).
 */
export type SaveRoute = "pane" | "browser" | "none";

export interface PaneGateway {
  /** Reads the workbook once (grids, sheets, saved settings, markers). Throws with a Vietnamese message. */
  readWorkbook(): Promise<WorkbookView>;
  /** Writes the report sheets; every planned sheet needs a decision other than "ask". */
  writeReport(
    plan: ReportPlan,
    decisions: readonly ReportDecision[],
    onProgress?: (progress: ReportProgress) => void,
  ): Promise<WriteOutcome>;
  /** Replaces the add-in's highlights with the plan's (also clearing `alsoClear`). */
  applyHighlights(plan: HighlightPlan, alsoClear?: readonly string[]): Promise<HighlightOutcome>;
  /** Removes the add-in's highlights from these sheets (all it made when omitted). */
  clearHighlights(sheets?: readonly string[]): Promise<HighlightOutcome>;
  /** Keeps the pane's state in the document (settings, choices, and the comparison when given). */
  saveSettings(state: SavedState): Promise<void>;
  /** Activates the sheet and selects the cell, the row or the area. */
  goTo(target: CellTarget): Promise<void>;
  activateSheet(name: string): Promise<void>;
  /**
   * Saves a file the pane made (the drafted notice) the way this host allows (src/excel/download.ts); absent
   * where the page has its own way (the standalone page's buttons).
   */
  saveFile?(file: PaneFile, language: Language): Promise<SaveRoute>;
  /** Office's display language ("vi-VN", "en-US"), null when unknown. */
  displayLanguage(): string | null;
  /** Office's theme, when the host says (null when unknown). */
  officeTheme(): "light" | "dark" | null;
}

// --- The Office implementation ---------------------------------------------------------------------------

interface OfficeLike {
  readonly context?: {
    readonly displayLanguage?: string;
    readonly officeTheme?: { readonly bodyBackgroundColor?: string };
  };
}

function office(): OfficeLike | undefined {
  return (globalThis as { Office?: OfficeLike }).Office;
}

/** Relative luminance of "#RRGGBB" below one half: a dark theme. */
export function isDarkColor(color: string | undefined): boolean | null {
  const match = /^#?([0-9a-f]{6})$/i.exec(color ?? "");
  if (!match) return null;
  const n = parseInt(match[1], 16);
  const [r, g, b] = [(n >> 16) & 255, (n >> 8) & 255, n & 255];
  return (0.2126 * r + 0.7152 * g + 0.0722 * b) / 255 < 0.5;
}

function viewOf(snapshot: WorkbookSnapshot, saved: SavedState | null): WorkbookView {
  return {
    grids: snapshot.grids,
    sheets: snapshot.sheets.map((s) => ({
      name: s.name,
      visible: s.visibility === "visible",
      empty: s.empty,
      report: s.report,
      protected: s.protected,
    })),
    activeSheet: snapshot.activeSheet,
    saved,
    reportSheets: snapshot.reportSheets.map((r) => ({
      name: r.name,
      kind: r.kind,
      edited: r.edited,
      fingerprint: r.fingerprint,
      writtenFingerprint: r.writtenFingerprint,
      writtenAt: r.writtenAt,
    })),
    highlightedSheets: snapshot.highlightedSheets,
    can: {
      saveSettings: canSaveState(),
      writeReport: supportsExcelApi("1.4"),
      highlight: supportsExcelApi("1.6"),
    },
    syncs: snapshot.syncs,
  };
}

function savedFromValues(settings: unknown, pane: unknown, comparison: unknown): SavedState | null {
  return settings === undefined && pane === undefined && comparison === undefined
    ? null
    : { settings, pane, comparison };
}

/** The adapter's writers load with the first report or highlight, not with the pane's first screen. */
const writing = () => import(/* webpackChunkName: "excel-write" */ "../excel/writeReport");
const highlighting = () => import(/* webpackChunkName: "excel-highlights" */ "../excel/highlights");

/** The gateway over src/excel (the only code that calls Office.js). Keeps the last read so a re-read costs one sync. */
export function createExcelGateway(): PaneGateway {
  let last: WorkbookSnapshot | undefined;

  return {
    async readWorkbook() {
      const { snapshot, state } = await runExcel((context) =>
        readWorkbookWithState(context, [SETTINGS_KEY, PANE_STATE_KEY, COMPARISON_KEY], { previous: last }),
      );
      last = snapshot;
      return viewOf(
        snapshot,
        savedFromValues(state[SETTINGS_KEY], state[PANE_STATE_KEY], state[COMPARISON_KEY]),
      );
    },

    async writeReport(plan, decisions, onProgress) {
      onProgress?.({ stage: "writing", sheets: plan.sheets.length });
      const { writeReport } = await writing();
      const result = await runExcel((context) =>
        writeReport(
          context,
          plan,
          decisions.map((d) => ({ planned: d.planned, action: d.action, name: d.name })),
        ),
      );
      onProgress?.({ stage: "done", sheets: result.sheets.length });
      return {
        sheets: result.sheets.map((s) => ({
          name: s.name,
          planName: s.planName,
          kind: s.kind,
          replaced: s.replaced,
        })),
        syncs: result.syncs,
        skipped: result.skipped.map(String),
      };
    },

    async applyHighlights(plan, alsoClear = []) {
      const { applyHighlights } = await highlighting();
      const result = await runExcel((context) => applyHighlights(context, plan, alsoClear));
      return { ...result };
    },

    async clearHighlights(sheets) {
      const { clearHighlights } = await highlighting();
      const result = await runExcel((context) => clearHighlights(context, sheets));
      return { ...result };
    },

    async saveSettings(state) {
      const entries: Record<string, unknown> = {
        [SETTINGS_KEY]: state.settings ?? null,
        [PANE_STATE_KEY]: state.pane ?? null,
      };
      if (state.comparison !== undefined) entries[COMPARISON_KEY] = state.comparison;
      await saveState(entries);
    },

    async goTo(target) {
      await selectRange(target.sheet, targetAddress(target));
    },

    async activateSheet(name) {
      await activateSheet(name);
    },

    async saveFile(file, language) {
      const route = downloadRoute();
      if (route === "pane") downloadInPage(file);
      // The pane's own page (taskpane.html, beside whatever page runs the pane), in the system browser, with
      // the file in the address's fragment.
      else if (route === "browser")
        openBrowserWindow(downloadPageUrl(file, new URL(PANE_PAGE, window.location.href).href, language));
      return route;
    },

    displayLanguage() {
      const language = office()?.context?.displayLanguage;
      return typeof language === "string" && language !== "" ? language : null;
    },

    officeTheme() {
      const dark = isDarkColor(office()?.context?.officeTheme?.bodyBackgroundColor);
      return dark === null ? null : dark ? "dark" : "light";
    },
  };
}

/**
 * The pane's gateway over a workbook file the page opened: the same interface the pane uses over Excel, so
 * the pane's steps, its model and the core run unchanged. The workbook is read once (nothing to sync); the
 * settings and the pane's choices are kept in the browser's localStorage (one entry for every file: a
 * province's settings serve each year's workbook) instead of the document. Writing into the workbook and
 * highlighting do not exist here: the page offers downloads instead (DownloadsTab).
 */
import type { PaneGateway, SavedState, WorkbookView } from "../taskpane/gateway";
import { parsePrefs, type PanePrefs } from "../taskpane/prefs";
import { sessionPrevious } from "../taskpane/session";
import type { CellTarget } from "../taskpane/gateway";
import type { OpenedBook } from "./book";
import { FORMULA_PASS } from "../core/analyseWorkbook";

export const SETTINGS_STORAGE_KEY = "cchc-standalone:settings";

/** Where the settings are kept between visits. */
export interface SettingsStore {
  load(): SavedState | null;
  /** False when the browser refuses (storage disabled or full). */
  save(state: SavedState): boolean;
  forget(): void;
}

export function browserStore(key = SETTINGS_STORAGE_KEY): SettingsStore {
  return {
    load() {
      try {
        const text = window.localStorage.getItem(key);
        if (text === null) return null;
        const stored = JSON.parse(text) as { settings?: unknown; pane?: unknown };
        return { settings: stored.settings, pane: stored.pane };
      } catch {
        return null;
      }
    },
    save(state) {
      try {
        window.localStorage.setItem(key, JSON.stringify({ settings: state.settings, pane: state.pane }));
        return true;
      } catch {
        return false;
      }
    },
    forget() {
      try {
        window.localStorage.removeItem(key);
      } catch {
        // Storage disabled: nothing was kept either.
      }
    },
  };
}

/**
 * The choices as kept: the page's language switch decides the language, and last year's file is never
 * kept (it is picked again in each visit), so "file" is not kept as the source either.
 */
function keptPrefs(prefs: PanePrefs): PanePrefs {
  const source = prefs.previous.source === "file" ? "auto" : prefs.previous.source;
  return { ...prefs, language: "auto", previous: { ...prefs.previous, source, file: null } };
}

export interface FileGatewayHooks {
  /** The user chose a place (a unit's row, a warning's cell): the page says where it is in the file. */
  onGoTo(target: CellTarget): void;
  /** The browser refused to keep the settings. */
  onSaveFailed(): void;
}

export function fileGateway(book: OpenedBook, store: SettingsStore, hooks: FileGatewayHooks): PaneGateway {
  // Never called: the page shows no step that writes into the workbook.
  const notHere = () => Promise.reject(new Error("The standalone page does not write into the workbook."));
  return {
    readWorkbook(): Promise<WorkbookView> {
      const stored = store.load();
      const prefs = keptPrefs(parsePrefs(stored?.pane));
      // Last year's file picked in this visit (before this workbook was opened) stays the source.
      const previous = sessionPrevious();
      const pane: PanePrefs =
        previous !== null
          ? { ...prefs, previous: { ...prefs.previous, source: "file", file: previous.fileName } }
          : prefs;
      const visible = book.sheets.filter((s) => s.state === "visible");
      return Promise.resolve({
        grids: book.grids,
        formulas: FORMULA_PASS,
        sheets: book.sheets.map((s, i) => ({
          name: s.name,
          visible: s.state === "visible",
          empty: (book.grids[i]?.values.length ?? 0) === 0,
          report: false,
          protected: null,
        })),
        activeSheet: (visible[0] ?? book.sheets[0])?.name ?? "",
        saved: stored === null && previous === null ? null : { settings: stored?.settings, pane },
        reportSheets: [],
        highlightedSheets: [],
        can: { saveSettings: true, writeReport: false, highlight: false },
        syncs: 0,
      });
    },
    writeReport: notHere,
    applyHighlights: notHere,
    clearHighlights: notHere,
    saveSettings(state) {
      // Last year's comparison is not kept: the file is picked again in each visit.
      const ok = store.save({ settings: state.settings, pane: keptPrefs(parsePrefs(state.pane)) });
      if (!ok) hooks.onSaveFailed();
      return Promise.resolve();
    },
    goTo(target) {
      hooks.onGoTo(target);
      return Promise.resolve();
    },
    activateSheet() {
      return Promise.resolve();
    },
    displayLanguage() {
      return null;
    },
    officeTheme() {
      return null;
    },
  };
}

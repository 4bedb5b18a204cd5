/**
 * The preview page: a toolbar (workbook picker, open a file, restore, language), the simulated workbook as
 * a grid and, on the right where Excel puts it, the real task pane mounted on the simulator. Changing the
 * workbook or the language remounts the pane on fresh globals.
 */
import { useCallback, useEffect, useRef, useState, useSyncExternalStore, type ChangeEvent } from "react";
import type { WorkbookState } from "./simulator";
import { XlsxReadError } from "../xlsx/errors";
import { EXAMPLE_FILES, EXAMPLE_FOLDER, exampleId, fileId, hashFor, idFromHash } from "./examples";
import { GridView } from "./GridView";
import { formulasNotComputed, workbookFromBytes } from "./load";
import { createExcelGateway, mountPane } from "./pane";
import { forget, loadSaved } from "./persist";
import { WorkbookSession } from "./session";
import { fill, previewStrings, type PreviewLanguage } from "./strings";

const LANGUAGE_KEY = "cchc-preview:language";

/**
 * The pane's width in CSS pixels, scroll bar included: 380 by default, or `?pane=320` — Excel's task pane is
 * 320–350 px wide, and the pane must fit it without scrolling sideways.
 */
function paneWidth(): number {
  const asked = Number(new URLSearchParams(window.location.search).get("pane"));
  return Number.isInteger(asked) && asked >= 240 && asked <= 1200 ? asked : 380;
}

function initialLanguage(): PreviewLanguage {
  try {
    return window.localStorage.getItem(LANGUAGE_KEY) === "en" ? "en" : "vi";
  } catch {
    return "vi";
  }
}

type Status =
  | { readonly kind: "loading"; readonly name: string }
  | { readonly kind: "error"; readonly name: string; readonly message: string }
  | { readonly kind: "ready" };

function errorMessage(error: unknown, language: PreviewLanguage): string {
  if (error instanceof XlsxReadError) return error.messageIn(language);
  return error instanceof Error ? error.message : String(error);
}

function displayName(id: string): string {
  return id.replace(/^example:/, "").replace(/^file:(.*):\d+$/, "$1");
}

/** How many cells are named in the note on formulas the preview could not compute. */
const NAMED_FORMULAS = 5;

function Workbook({ session, language }: { session: WorkbookSession; language: PreviewLanguage }) {
  const strings = previewStrings(language);
  useSyncExternalStore(session.subscribe, session.getVersion);
  // Excel computes every formula on opening a file; the simulator only the plain arithmetic (buildWorkbook).
  const uncomputed = formulasNotComputed(session.state);
  const named = uncomputed
    .slice(0, NAMED_FORMULAS)
    .map((f) => `${f.sheet}!${f.address} ${f.formula}`)
    .join("; ");
  return (
    <>
      {uncomputed.length > 0 && (
        <p className="status-line" role="note" data-testid="formulas-not-computed">
          {fill(strings.formulasNotComputed, {
            count: uncomputed.length,
            cells: uncomputed.length > NAMED_FORMULAS ? `${named}; …` : named,
          })}
        </p>
      )}
      <GridView workbook={session.state} strings={strings} onActivate={(id) => session.activate(id)} />
      <p className="status-line" data-testid="sync-count">
        {fill(strings.syncs, { count: session.sim.syncCount })} ·{" "}
        {session.saved ? strings.saved : strings.notSaved}
      </p>
    </>
  );
}

export function PreviewApp() {
  const [language, setLanguage] = useState<PreviewLanguage>(initialLanguage);
  const [id, setId] = useState(() => idFromHash(window.location.hash));
  const [reload, setReload] = useState(0);
  const [status, setStatus] = useState<Status>({ kind: "loading", name: displayName(id) });
  const [session, setSession] = useState<WorkbookSession | null>(null);
  const paneRef = useRef<HTMLDivElement>(null);
  const pendingFile = useRef<File | null>(null);
  const strings = previewStrings(language);
  // The language only changes the words of an error; it does not reopen the workbook.
  const languageRef = useRef(language);
  languageRef.current = language;

  // Open the chosen workbook: its saved state if this browser has one, else the file.
  useEffect(() => {
    let cancelled = false;
    const name = displayName(id);
    setStatus({ kind: "loading", name });
    setSession(null);
    const open = async (): Promise<WorkbookState> => {
      const saved = loadSaved(id);
      if (saved) return saved;
      if (id.startsWith("example:")) {
        const response = await fetch(EXAMPLE_FOLDER + encodeURIComponent(name));
        if (!response.ok) throw new Error(`HTTP ${response.status}: ${name}`);
        return workbookFromBytes(await response.arrayBuffer(), name);
      }
      const file = pendingFile.current;
      if (!file) {
        // A file opened before the page was reloaded and never saved: back to the default example.
        window.location.hash = hashFor(idFromHash(""));
        throw new Error(name);
      }
      return workbookFromBytes(await file.arrayBuffer(), file.name);
    };
    open().then(
      (state) => {
        if (cancelled) return;
        setSession(new WorkbookSession(id, state));
        setStatus({ kind: "ready" });
      },
      (error: unknown) => {
        if (!cancelled) setStatus({ kind: "error", name, message: errorMessage(error, languageRef.current) });
      },
    );
    return () => {
      cancelled = true;
    };
  }, [id, reload]);

  // Mount the pane on this workbook's globals; unmount it and remove them when either changes.
  useEffect(() => {
    const container = paneRef.current;
    if (!session || !container) return undefined;
    session.install(language === "en" ? "en-US" : "vi-VN");
    const pane = mountPane(container, createExcelGateway(), { language });
    const flush = () => session.saveNow();
    window.addEventListener("pagehide", flush);
    (window as unknown as Record<string, unknown>).__cchcPreview = {
      sheetNames: () => session.state.sheets.map((s) => s.name),
      sheetValues: (sheet: string) => sheetValues(session.state, sheet),
      settings: () => Object.fromEntries(session.state.settings),
      syncCount: () => session.sim.syncCount,
    };
    return () => {
      window.removeEventListener("pagehide", flush);
      pane.unmount();
      session.dispose();
    };
  }, [session, language]);

  useEffect(() => {
    const onHash = () => setId(idFromHash(window.location.hash));
    window.addEventListener("hashchange", onHash);
    return () => window.removeEventListener("hashchange", onHash);
  }, []);

  useEffect(() => {
    document.documentElement.lang = language;
    document.title = strings.title;
  }, [language, strings.title]);

  const choose = useCallback((next: string) => {
    window.location.hash = hashFor(next);
    setId(next);
  }, []);

  const onFile = (event: ChangeEvent<HTMLInputElement>) => {
    const file = event.target.files?.[0];
    event.target.value = "";
    if (!file) return;
    const next = fileId(file.name, file.size);
    forget(next);
    pendingFile.current = file;
    choose(next);
    setReload((n) => n + 1);
  };

  const restore = () => {
    forget(id);
    setReload((n) => n + 1);
  };

  const changeLanguage = (next: PreviewLanguage) => {
    setLanguage(next);
    try {
      window.localStorage.setItem(LANGUAGE_KEY, next);
    } catch {
      // Not kept: the page starts in Vietnamese next time.
    }
  };

  const userFile = id.startsWith("file:");
  return (
    <div className="preview">
      <header className="toolbar">
        <div className="titles">
          <h1>{strings.title}</h1>
          <p>{strings.subtitle}</p>
        </div>
        <div className="controls">
          <label>
            {strings.workbookLabel}
            <select data-testid="workbook-select" value={id} onChange={(e) => choose(e.target.value)}>
              {EXAMPLE_FILES.map((file) => (
                <option key={file} value={exampleId(file)}>
                  {strings.examples[file] ?? file}
                </option>
              ))}
              {userFile && <option value={id}>{fill(strings.userFile, { name: displayName(id) })}</option>}
            </select>
          </label>
          <label className="file-button">
            {strings.openFile}
            <input
              type="file"
              data-testid="open-file"
              accept=".xlsx,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
              onChange={onFile}
            />
          </label>
          <button type="button" onClick={restore} title={strings.resetHint} data-testid="restore">
            {strings.reset}
          </button>
          <label>
            {strings.languageLabel}
            <select
              value={language}
              onChange={(e) => changeLanguage(e.target.value === "en" ? "en" : "vi")}
              data-testid="language-select"
            >
              <option value="vi">Tiếng Việt</option>
              <option value="en">English</option>
            </select>
          </label>
        </div>
      </header>
      <div className="body">
        <div className="sheet-area">
          {status.kind === "loading" && (
            <p role="status" className="loading">
              {fill(strings.loading, { name: status.name })}
            </p>
          )}
          {status.kind === "error" && (
            <div role="alert" className="load-error" data-testid="load-error">
              <strong>{fill(strings.loadFailed, { name: status.name })}</strong>
              <p>{status.message}</p>
            </div>
          )}
          {session && <Workbook session={session} language={language} />}
        </div>
        {/* Not a landmark: the pane brings its own <main>, which must stay top-level. */}
        <div
          className="pane"
          data-testid="pane"
          title={strings.paneLabel}
          style={{ width: paneWidth(), boxSizing: "border-box" }}
        >
          <div ref={paneRef} className="pane-root" />
        </div>
      </div>
    </div>
  );
}

function sheetValues(state: WorkbookState, name: string): (string | number | boolean | null)[][] {
  const sheet = state.sheets.find((s) => s.name === name);
  if (!sheet) return [];
  const out: (string | number | boolean | null)[][] = [];
  for (const [key, cell] of sheet.cells) {
    const row = Math.floor(key / 16_384);
    const column = key % 16_384;
    const value = cell.value;
    (out[row] ??= [])[column] =
      value !== null && typeof value === "object" ? value.error : (value as string | number | boolean | null);
  }
  return Array.from(out, (line) => Array.from(line ?? [], (v) => v ?? null));
}

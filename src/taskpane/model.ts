/**
 * The pane's state as one hook: the workbook view (read through the gateway), the settings and the pane's
 * choices (saved in the document, a moment after each change), last year's file of this session, and the
 * analysis — memoised on those inputs, so it runs once per read and per change, never per render.
 */
import { createContext, useCallback, useContext, useEffect, useMemo, useRef, useState } from "react";
import { parseSettings, type Settings } from "../core/settings";
import { formatMessage, type Language, type MessageKey, type MessageParams } from "../i18n/messages";
import { paneText, type PaneKey } from "../i18n/pane";
import type { PaneGateway, WorkbookView } from "./gateway";
import { onPaneMessage, latestPaneMessage, type PaneMessage } from "./pane-messages";
import { DEFAULT_PREFS, languageOf, type PanePrefs } from "./prefs";
import { sessionPrevious, setSessionPrevious, type PreviousWorkbook } from "./session";
import { analyseView, errorText, loadSaved, savedStateOf, type AnalysisState } from "./workflow";
import { DEFAULT_SETTINGS } from "../core/settings";

/** How long after a change the settings are saved (typing in a field saves once). */
export const SAVE_DELAY_MS = 300;

export interface PaneModel {
  readonly gateway: PaneGateway;
  readonly language: Language;
  /** The pane's strings. */
  t(key: PaneKey, params?: MessageParams): string;
  /** The product's shared messages (problems, reasons…). */
  m(key: MessageKey, params?: MessageParams): string;
  errorText(error: unknown): string;
  readonly status: "loading" | "ready" | "failed";
  readonly readError: unknown;
  readonly view: WorkbookView | null;
  readonly settings: Settings;
  readonly prefs: PanePrefs;
  /** The saved settings could not be used (shown until the user changes or imports settings). */
  readonly settingsError: unknown;
  readonly analysis: AnalysisState | null;
  readonly previous: PreviousWorkbook | null;
  readonly notice: PaneMessage | null;
  /** Reads the workbook again (one sync after the first read); resolves with the fresh view, or null on failure. */
  reload(): Promise<WorkbookView | null>;
  /** Applies a change to the settings; returns the field-level message when the result is invalid. */
  updateSettings(change: (current: Settings) => unknown): string | null;
  updatePrefs(change: (current: PanePrefs) => PanePrefs): void;
  setPrevious(previous: PreviousWorkbook | null): void;
  notify(message: PaneMessage | null): void;
}

export function usePaneState(gateway: PaneGateway, forcedLanguage?: Language): PaneModel {
  const [status, setStatus] = useState<PaneModel["status"]>("loading");
  const [readError, setReadError] = useState<unknown>(null);
  const [view, setView] = useState<WorkbookView | null>(null);
  const [settings, setSettings] = useState<Settings>(DEFAULT_SETTINGS);
  const [prefs, setPrefs] = useState<PanePrefs>(DEFAULT_PREFS);
  const [settingsError, setSettingsError] = useState<unknown>(null);
  const [previous, setPreviousState] = useState<PreviousWorkbook | null>(sessionPrevious);
  const [notice, setNotice] = useState<PaneMessage | null>(latestPaneMessage() ?? null);
  const saved = useRef({ settings, prefs });
  const timer = useRef<ReturnType<typeof setTimeout> | null>(null);
  const firstRead = useRef(true);

  const displayLanguage = useMemo(() => gateway.displayLanguage(), [gateway]);
  const language = languageOf(prefs, forcedLanguage, displayLanguage);

  const save = useCallback(() => {
    timer.current = null;
    const { settings: s, prefs: p } = saved.current;
    gateway
      .saveSettings(savedStateOf(s, p))
      .catch((error: unknown) => setNotice({ intent: "error", text: errorText(error, language) }));
  }, [gateway, language]);

  const scheduleSave = useCallback(
    (next: { settings: Settings; prefs: PanePrefs }) => {
      saved.current = next;
      if (timer.current !== null) clearTimeout(timer.current);
      timer.current = setTimeout(save, SAVE_DELAY_MS);
    },
    [save],
  );

  // A pending save is not lost when the pane goes away.
  const saveRef = useRef(save);
  saveRef.current = save;
  useEffect(
    () => () => {
      if (timer.current !== null) {
        clearTimeout(timer.current);
        saveRef.current();
      }
    },
    [],
  );

  const reload = useCallback(async (): Promise<WorkbookView | null> => {
    setStatus((s) => (s === "ready" ? "ready" : "loading"));
    try {
      const next = await gateway.readWorkbook();
      setView(next);
      setReadError(null);
      if (firstRead.current) {
        firstRead.current = false;
        const loaded = loadSaved(next.saved);
        setSettings(loaded.settings);
        setPrefs(loaded.prefs);
        setSettingsError(loaded.settingsError);
        saved.current = { settings: loaded.settings, prefs: loaded.prefs };
      }
      setStatus("ready");
      return next;
    } catch (error) {
      setReadError(error);
      setStatus("failed");
      return null;
    }
  }, [gateway]);

  useEffect(() => {
    void reload();
  }, [reload]);

  // A message from the ribbon (a report written from there) also means the workbook changed.
  useEffect(
    () =>
      onPaneMessage((message) => {
        setNotice(message);
        void reload();
      }),
    [reload],
  );

  const analysis = useMemo(
    () => (view === null ? null : analyseView(view, settings, prefs, previous)),
    [view, settings, prefs, previous],
  );

  const updateSettings = useCallback(
    (change: (current: Settings) => unknown): string | null => {
      let next: Settings;
      try {
        next = parseSettings(change(saved.current.settings));
      } catch (error) {
        return errorText(error, language);
      }
      setSettings(next);
      setSettingsError(null);
      scheduleSave({ settings: next, prefs: saved.current.prefs });
      return null;
    },
    [language, scheduleSave],
  );

  const updatePrefs = useCallback(
    (change: (current: PanePrefs) => PanePrefs) => {
      const next = change(saved.current.prefs);
      setPrefs(next);
      scheduleSave({ settings: saved.current.settings, prefs: next });
    },
    [scheduleSave],
  );

  const setPrevious = useCallback((next: PreviousWorkbook | null) => {
    setSessionPrevious(next);
    setPreviousState(next);
  }, []);

  return {
    gateway,
    language,
    t: (key, params) => paneText(key, params, language),
    m: (key, params) => formatMessage(key, params, language),
    errorText: (error) => errorText(error, language),
    status,
    readError,
    view,
    settings,
    prefs,
    settingsError,
    analysis,
    previous,
    notice,
    reload,
    updateSettings,
    updatePrefs,
    setPrevious,
    notify: setNotice,
  };
}

export const PaneContext = createContext<PaneModel | null>(null);

export function usePane(): PaneModel {
  const model = useContext(PaneContext);
  if (model === null) throw new Error("usePane outside the pane");
  return model;
}

/**
 * The pane's own choices, kept in the document beside the settings: which sheet holds the score table, where
 * last year's ranks come from, and the pane's language. Whatever cannot be read falls back to its default
 * (three plain fields: checked by hand, so this module needs no schema library).
 */
import type { Language } from "../i18n/messages";

export const PREVIOUS_SOURCES = ["auto", "column", "sheet", "file"] as const;
export type PreviousSource = (typeof PREVIOUS_SOURCES)[number];

export interface PanePrefs {
  readonly version: 1;
  /** The score sheet chosen by the user; null = found automatically (the active sheet when ambiguous). */
  readonly sheet: string | null;
  readonly previous: {
    /** auto: last year's sheet of this workbook when there is one, else the table's column. */
    readonly source: PreviousSource;
    /** Last year's sheet of this workbook (source "sheet"). */
    readonly sheet: string | null;
    /** The name of last year's file (source "file"); the file itself is read again in each session. */
    readonly file: string | null;
  };
  /** The pane's language; auto follows Office's display language. */
  readonly language: "auto" | Language;
}

export const DEFAULT_PREFS: PanePrefs = {
  version: 1,
  sheet: null,
  previous: { source: "auto", sheet: null, file: null },
  language: "auto",
};

function name(value: unknown): string | null {
  return typeof value === "string" && value !== "" ? value : null;
}

function oneOf<T extends string>(value: unknown, allowed: readonly T[], fallback: T): T {
  return allowed.includes(value as T) ? (value as T) : fallback;
}

/** The saved choices, field by field; anything unreadable is the default. */
export function parsePrefs(input: unknown): PanePrefs {
  const raw = typeof input === "object" && input !== null ? (input as Record<string, unknown>) : {};
  const previous =
    typeof raw.previous === "object" && raw.previous !== null
      ? (raw.previous as Record<string, unknown>)
      : {};
  return {
    version: 1,
    sheet: name(raw.sheet),
    previous: {
      source: oneOf(previous.source, PREVIOUS_SOURCES, "auto"),
      sheet: name(previous.sheet),
      file: name(previous.file),
    },
    language: oneOf(raw.language, ["auto", "vi", "en"] as const, "auto"),
  };
}

/** The pane's language: the user's choice, else the one the host page asks for, else Office's (Vietnamese by default). */
export function languageOf(
  prefs: Pick<PanePrefs, "language">,
  forced: Language | undefined,
  displayLanguage: string | null,
): Language {
  if (prefs.language !== "auto") return prefs.language;
  if (forced !== undefined) return forced;
  if (displayLanguage === null || /^vi\b/i.test(displayLanguage)) return "vi";
  return "en";
}

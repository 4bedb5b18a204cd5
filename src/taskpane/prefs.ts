/**
 * The pane's own choices, kept in the document beside the settings: which sheet holds the score table, where
 * last year's ranks come from, and the pane's language. Unreadable saved state falls back to the defaults.
 */
import { z } from "zod";
import type { Language } from "../i18n/messages";

export const PREVIOUS_SOURCES = ["auto", "column", "sheet", "file"] as const;
export type PreviousSource = (typeof PREVIOUS_SOURCES)[number];

export const prefsSchema = z.object({
  version: z.literal(1).default(1),
  /** The score sheet chosen by the user; null = found automatically (the active sheet when ambiguous). */
  sheet: z.string().min(1).nullable().default(null),
  previous: z
    .object({
      /** auto: last year's sheet of this workbook when there is one, else the table's column. */
      source: z.enum(PREVIOUS_SOURCES).default("auto"),
      /** Last year's sheet of this workbook (source "sheet"). */
      sheet: z.string().min(1).nullable().default(null),
      /** The name of last year's file (source "file"); the file itself is read again in each session. */
      file: z.string().min(1).nullable().default(null),
    })
    .prefault({}),
  /** The pane's language; auto follows Office's display language. */
  language: z.enum(["auto", "vi", "en"]).default("auto"),
});

export type PanePrefs = z.infer<typeof prefsSchema>;

export const DEFAULT_PREFS: PanePrefs = prefsSchema.parse({});

export function parsePrefs(input: unknown): PanePrefs {
  const result = prefsSchema.safeParse(input ?? {});
  return result.success ? result.data : DEFAULT_PREFS;
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

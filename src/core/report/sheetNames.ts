/**
 * Names of the report sheets and what to do with each on a re-run: create it, replace the add-in's own
 * unchanged sheet, ask before replacing one the user edited, or write beside a user's sheet that merely
 * shares the name ("Xếp hạng 2021 (2)"). Excel compares sheet names without regard to case.
 */
import { formatMessage, type Language, type MessageKey } from "../../i18n/messages";
import type { ReportKind } from "../plan";

/** Excel's limit on a sheet name's length. */
export const MAX_SHEET_NAME = 31;

const FORBIDDEN = /[[\]:*?/\\]/g;

const NAME_KEYS: Readonly<Record<ReportKind, MessageKey>> = {
  ranking: "rpSheetRanking",
  actions: "rpSheetActions",
  components: "rpSheetComponents",
  breakthrough: "rpSheetBreakthrough",
  log: "rpSheetLog",
};

export const REPORT_KINDS: readonly ReportKind[] = [
  "ranking",
  "actions",
  "components",
  "breakthrough",
  "log",
];

/** A valid sheet name from a base and a suffix: forbidden characters become "-", the base is cut to fit. */
export function sheetName(base: string, suffix = ""): string {
  const clean = (text: string) => text.replace(FORBIDDEN, "-").replace(/\s+/g, " ");
  const tidy = (text: string) => text.replace(/^[\s']+|[\s']+$/g, "");
  const tail = clean(suffix);
  const head = clean(base)
    .slice(0, Math.max(0, MAX_SHEET_NAME - tail.length))
    .trimEnd();
  const name = tidy(head + tail);
  if (name !== "") return name;
  return tidy(`Sheet${tail}`.slice(0, MAX_SHEET_NAME)) || "Sheet";
}

/** Whether Excel accepts `name` as a sheet name. */
export function isValidSheetName(name: string): boolean {
  return (
    name.length > 0 &&
    name.length <= MAX_SHEET_NAME &&
    !/[[\]:*?/\\]/.test(name) &&
    !name.startsWith("'") &&
    !name.endsWith("'")
  );
}

/**
 * The report sheets' names for an index year: "Xếp hạng 2021", …, "Đăng ký đột phá 2022" (the next year's
 * tasks); no year when it is unknown.
 */
export function reportSheetNames(year: number | null, language: Language = "vi"): Record<ReportKind, string> {
  const names = {} as Record<ReportKind, string>;
  for (const kind of REPORT_KINDS) {
    const base = formatMessage(NAME_KEYS[kind], {}, language);
    const shown = year === null ? null : kind === "breakthrough" ? year + 1 : year;
    names[kind] = sheetName(base, shown === null ? "" : ` ${shown}`);
  }
  return names;
}

/** A sheet of the workbook as the adapter read it: its name and the fingerprint of its values now. */
export interface ExistingSheet {
  readonly name: string;
  /**
   * The fingerprint of its values now, computed as the adapter computed the marker's when it wrote the sheet
   * (src/excel's sheetFingerprint); null when not read (the adapter reads only sheets that carry a marker).
   */
  readonly fingerprint: string | null;
}

export type SheetAction =
  /** No sheet has the name: add it. */
  | { readonly planned: string; readonly action: "create"; readonly name: string }
  /** The add-in's own sheet, unchanged since it wrote it: replace it. */
  | { readonly planned: string; readonly action: "replace"; readonly name: string }
  /** The add-in's sheet, edited since: ask; `alternative` is the free name to write under if the user declines. */
  | { readonly planned: string; readonly action: "ask"; readonly name: string; readonly alternative: string }
  /** A user's sheet shares the name: leave it alone and write the report sheet under `name`. */
  | { readonly planned: string; readonly action: "rename"; readonly name: string };

const fold = (name: string) => name.toLocaleLowerCase("vi");

/**
 * Decides, for each planned sheet name, what to do given the workbook's sheets and the add-in's markers
 * (sheet name → fingerprint of the values the add-in wrote there).
 */
export function decideSheetActions(
  planned: readonly string[],
  existing: readonly ExistingSheet[],
  markers: Readonly<Record<string, string>>,
): SheetAction[] {
  const byName = new Map(existing.map((s) => [fold(s.name), s]));
  const markerOf = new Map(Object.entries(markers).map(([name, print]) => [fold(name), print]));
  const taken = new Set([...existing.map((s) => fold(s.name)), ...planned.map(fold)]);
  const freeName = (base: string): string => {
    for (let n = 2; ; n++) {
      const candidate = sheetName(base, ` (${n})`);
      if (!taken.has(fold(candidate))) {
        taken.add(fold(candidate));
        return candidate;
      }
    }
  };
  return planned.map((name): SheetAction => {
    const sheet = byName.get(fold(name));
    if (!sheet) return { planned: name, action: "create", name };
    const marker = markerOf.get(fold(name));
    if (marker === undefined) return { planned: name, action: "rename", name: freeName(name) };
    if (sheet.fingerprint !== null && sheet.fingerprint === marker)
      return { planned: name, action: "replace", name: sheet.name };
    return { planned: name, action: "ask", name: sheet.name, alternative: freeName(name) };
  });
}

/**
 * Last year's comparison kept in the workbook, so that reopening the file keeps it: the ranks of last year's
 * units as read from the file the user picked (name, group, rank), with the file's name, its sheets, the
 * fingerprint of their values and when it was read — in one document setting, far within Office's limit for
 * an add-in's settings (2 MB). On reopening, the kept ranks stand in for the file: they become a small
 * table (khối headings, names, ranks) that the core reads with the same rules as any last-year table, so
 * aliases and the matching still apply. It also remembers whether the last report compared with last year,
 * so that a report that would lose the comparison is not written without asking.
 */
import { previousRanks } from "../core/analyse";
import { sourceTables } from "../core/analyseGrids";
import type { CellValue, Grid } from "../core/grid";
import { InputError } from "../core/problems";
import { sourceFingerprint } from "../core/report/fingerprint";
import type { Settings } from "../core/settings";
import { utf8Length } from "../core/utf8";
import { findTables } from "../core/workbook";
import type { PreviousWorkbook } from "./session";

/** Document-setting key of the comparison (beside CCHC.settings and CCHC.pane). */
export const COMPARISON_KEY = "CCHC.comparison";

/**
 * Largest comparison kept, in UTF-8 bytes of its JSON: a quarter of the 2 MB Office gives an add-in's settings
 * (Office.Settings.set), leaving room for the settings and the report markers. Some 10,000 units fit.
 */
export const COMPARISON_LIMIT_BYTES = 512 * 1024;

/** A unit of last year's table: name, khối, rank (null when it had none). */
export type KeptRank = readonly [name: string, group: string, rank: number | null];

export interface KeptComparison {
  /** Last year's file as the user picked it. */
  readonly file: string;
  /** Its sheets that held the table. */
  readonly sheets: readonly string[];
  /** sourceFingerprint of those sheets' values. */
  readonly fingerprint: string;
  /** Last year's index year, when its title said. */
  readonly year: number | null;
  /** When the file was read (ISO). */
  readonly readAt: string;
  readonly units: readonly KeptRank[];
}

/** Where last year's ranks came from: a file, a sheet of this workbook, or the table's own column. */
export interface ComparedWith {
  readonly kind: "file" | "sheet" | "column";
  readonly name: string;
}

/** What the last report written from this workbook compared with (null: not compared). */
export interface LastReport {
  readonly at: string;
  readonly comparedWith: ComparedWith | null;
}

export interface ComparisonState {
  readonly version: 1;
  readonly previous: KeptComparison | null;
  readonly lastReport: LastReport | null;
}

export const NO_COMPARISON: ComparisonState = { version: 1, previous: null, lastReport: null };

function text(value: unknown): string | null {
  return typeof value === "string" ? value : null;
}

function rankOf(value: unknown): number | null | undefined {
  if (value === null) return null;
  return typeof value === "number" && Number.isInteger(value) && value > 0 ? value : undefined;
}

function keptRank(value: unknown): KeptRank | null {
  if (!Array.isArray(value) || value.length !== 3) return null;
  const [name, group, rank] = value as unknown[];
  const r = rankOf(rank);
  if (typeof name !== "string" || name === "" || typeof group !== "string" || r === undefined) return null;
  return [name, group, r];
}

function keptComparison(value: unknown): KeptComparison | null {
  if (typeof value !== "object" || value === null) return null;
  const v = value as Record<string, unknown>;
  const file = text(v.file);
  const fingerprint = text(v.fingerprint);
  const readAt = text(v.readAt);
  if (file === null || fingerprint === null || readAt === null || !Array.isArray(v.units)) return null;
  const units = v.units.map(keptRank);
  if (units.length === 0 || units.some((u) => u === null)) return null;
  return {
    file,
    sheets: Array.isArray(v.sheets) ? v.sheets.filter((s): s is string => typeof s === "string") : [],
    fingerprint,
    year: typeof v.year === "number" && Number.isInteger(v.year) ? v.year : null,
    readAt,
    units: units as KeptRank[],
  };
}

function comparedWith(value: unknown): ComparedWith | null {
  if (typeof value !== "object" || value === null) return null;
  const v = value as Record<string, unknown>;
  const name = text(v.name);
  const kind = v.kind === "file" || v.kind === "sheet" || v.kind === "column" ? v.kind : null;
  return kind === null || name === null ? null : { kind, name };
}

function lastReport(value: unknown): LastReport | null {
  if (typeof value !== "object" || value === null) return null;
  const v = value as Record<string, unknown>;
  const at = text(v.at);
  if (at === null) return null;
  return { at, comparedWith: comparedWith(v.comparedWith) };
}

/** The kept state as read from the document; anything unreadable counts as nothing kept. */
export function parseComparison(value: unknown): ComparisonState {
  if (typeof value !== "object" || value === null) return NO_COMPARISON;
  const v = value as Record<string, unknown>;
  return { version: 1, previous: keptComparison(v.previous), lastReport: lastReport(v.lastReport) };
}

/** Whether the state fits the room kept for it in the document. */
export function fitsInDocument(state: ComparisonState): boolean {
  return utf8Length(JSON.stringify(state)) <= COMPARISON_LIMIT_BYTES;
}

/**
 * The comparison to keep for last year's workbook, read as the analysis reads it (analyseWorkbook): formulas
 * saved without results computed first, the same table search, each table with every sheet its units lie on
 * (a scoring form per unit), and the same ranks. Throws what the core throws when the workbook holds no
 * usable table.
 */
export function keepComparison(
  previous: PreviousWorkbook,
  settings: Settings,
  now: Date = new Date(),
): KeptComparison {
  const year = settings.year !== null ? settings.year - 1 : null;
  const formulas = previous.formulas;
  if (formulas === undefined && previous.grids.some((g) => g.formulas !== undefined && g.formulas.size > 0))
    throw new Error("Last year's grids hold formulas without results but came without the formula pass.");
  const book = formulas ? formulas.resolve(previous.grids) : { grids: previous.grids, sheets: [] };
  const found = findTables(book.grids, { year, unitGroups: settings.unitGroups });
  // Throws when a formula of the table can be neither read nor computed, as the analysis does.
  formulas?.findings(book, found.current);
  const sheets = found.current.flatMap((t) => t.sheets ?? [t.sheet]);
  const ranks = previousRanks(sourceTables(found.current, book.grids), settings);
  // Numbers that cannot be true: the analysis refuses the file and says why; nothing is kept.
  if (ranks.refusal !== null) throw new InputError(ranks.refusal);
  return {
    file: previous.fileName,
    sheets,
    fingerprint: sourceFingerprint(previous.grids, sheets),
    year: found.current.find((t) => t.year !== null)?.year ?? null,
    readAt: now.toISOString(),
    units: ranks.units.map((u) => [u.name, u.group, u.rank] as const),
  };
}

const ROMAN = ["I", "II", "III", "IV", "V", "VI", "VII", "VIII", "IX", "X", "XI", "XII", "XIII", "XIV", "XV"];

/**
 * The kept ranks as last year's table: a header (STT, unit, rank), then per khối a title row (Roman numeral,
 * the khối's name) and its units with their ranks — the plainest layout the core reads.
 */
export function keptTable(kept: KeptComparison): Grid {
  const values: CellValue[][] = [["STT", "Tên cơ quan, đơn vị", "Xếp hạng"]];
  const groups = [...new Set(kept.units.map((u) => u[1]))];
  groups.forEach((group, g) => {
    values.push([ROMAN[g] ?? String(g + 1), group, null]);
    kept.units.filter((u) => u[1] === group).forEach((u, i) => values.push([i + 1, u[0], u[2]]));
  });
  return { sheet: kept.sheets[0] ?? kept.file, top: 1, left: 1, values, merges: [] };
}

/** Last year's workbook for the analysis: the file picked in this session, else the comparison kept. */
export function previousWorkbookFor(
  session: PreviousWorkbook | null,
  kept: KeptComparison | null,
): PreviousWorkbook | null {
  if (session !== null) return session;
  if (kept === null) return null;
  return { fileName: kept.file, grids: [keptTable(kept)], kept };
}

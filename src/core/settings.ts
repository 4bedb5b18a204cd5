/**
 * Settings: one validated, versioned schema with defaults — the same object the CLI reads from
 * `--settings file.json` and the pane keeps in the workbook.
 */
import "./zod";
import { z } from "zod";
import { DEFAULT_BANDS } from "./bands";
import { columnNumber, MAX_COLUMN, MAX_ROW } from "./grid";
import { HEAD_RATINGS } from "./ratings";
import { SettingsError } from "./settingsProblems";

/** Bounds of what a settings file may hold: names and lines, free text, and entries of a list or record. */
export const MAX_NAME = 500;
export const MAX_TEXT = 2_000;
export const MAX_ENTRIES = 5_000;

/** A name or a short line (unit, person, component, band label, letterhead line). */
const shortText = z.string().max(MAX_NAME);
/** Free text (where results go, a recipient line). */
const longText = z.string().max(MAX_TEXT);

/** A list of `min` to `max` items, counted before any item is read (a list of a million is refused at once). */
function list<T extends z.ZodType>(item: T, { min = 0, max = MAX_ENTRIES } = {}) {
  return z.array(z.unknown()).min(min).max(max).pipe(z.array(item));
}

const headRating = z.enum(HEAD_RATINGS);

/** "2022-03-15": a day of the calendar (not 2022-02-30). */
function isCalendarDate(value: string): boolean {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value);
  if (match === null) return false;
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  const date = new Date(Date.UTC(year, month - 1, day));
  return date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day;
}

const isoDate = z.string().superRefine((value, ctx) => {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(value))
    ctx.addIssue({ code: "custom", message: "YYYY-MM-DD", params: { key: "settingNotDate" } });
  else if (!isCalendarDate(value))
    ctx.addIssue({
      code: "custom",
      message: "not a calendar date",
      params: { key: "settingNoSuchDate", date: value },
    });
});

/** A column given as letters ("F"), A to XFD, in the mapping override. */
const columnLetters = z.string().refine((v) => /^[A-Za-z]{1,3}$/.test(v) && columnNumber(v) <= MAX_COLUMN, {
  message: "A column letter such as F",
  params: { key: "settingNotColumn" },
});

/** A 1-based sheet row. */
const sheetRow = z.number().int().positive().max(MAX_ROW);

/**
 * A record keyed by names the user typed (unit names → rating, person, last year's name). zod's own record
 * drops a key named "__proto__"; this one keeps every own key, so a unit named "__proto__", "toString" or
 * "constructor" is a name like any other. Look entries up with `entryOf`, never with `in` or `record[name]`.
 */
function nameRecord<V extends z.ZodType>(value: V) {
  return z.unknown().transform((input, ctx): Record<string, z.output<V>> => {
    if (typeof input !== "object" || input === null || Array.isArray(input)) {
      ctx.addIssue({ code: "invalid_type", expected: "record", input, message: "Expected an object" });
      return z.NEVER;
    }
    const all = Object.entries(input);
    if (all.length > MAX_ENTRIES) {
      ctx.addIssue({ code: "too_big", origin: "record", maximum: MAX_ENTRIES, inclusive: true, input });
      return z.NEVER;
    }
    const entries: [string, z.output<V>][] = [];
    for (const [key, raw] of all) {
      if (key.length > MAX_NAME) {
        ctx.addIssue({
          code: "too_big",
          origin: "string",
          maximum: MAX_NAME,
          inclusive: true,
          input: key,
          path: [key],
        });
        continue;
      }
      const result = value.safeParse(raw);
      if (result.success) entries.push([key, result.data]);
      else for (const issue of result.error.issues) ctx.addIssue({ ...issue, path: [key, ...issue.path] });
    }
    // Object.fromEntries defines own properties, "__proto__" included.
    return Object.fromEntries(entries);
  });
}

export const mappingSchema = z
  .object({
    /** 1-based sheet rows of the header band. */
    headerTop: sheetRow,
    headerBottom: sheetRow,
    name: columnLetters,
    group: columnLetters,
    total: columnLetters,
    index: columnLetters,
    unitMax: columnLetters,
    previousRank: columnLetters,
    rating: columnLetters,
    /** Component columns with optional names and maxima; replaces the detected ones. */
    components: list(
      z.object({
        column: columnLetters,
        name: shortText.min(1).optional(),
        max: z.number().positive().optional(),
      }),
    ),
    /** Columns detection chose that are not components. */
    ignore: list(columnLetters),
    /** Roles detection found that the table does not have after all (e.g. a "Xếp hạng" column that is not last year's). */
    clear: list(z.enum(["group", "total", "index", "unitMax", "previousRank", "rating"])),
  })
  .partial();

export const settingsSchema = z.object({
  version: z.literal(1).default(1),
  /** The index year; detected from the sheet's title when absent. */
  year: z.number().int().min(2000).max(2100).nullable().default(null),
  /** Threshold of the component check, in percent of the maximum (75) or as a fraction (0.75). */
  threshold: z.number().gt(0).max(100).default(75),
  /** Checked components: header texts (any case, with or without accents); null = the two of the seed. */
  checkedComponents: list(shortText.min(1)).nullable().default(null),
  /** "each": explain every component below the threshold; "both": only when all checked ones are. */
  explanationRule: z.enum(["each", "both"]).default("each"),
  /** Head ratings that call for a review meeting. */
  reviewRatings: list(headRating, { min: 1, max: 100 }).default(["HTNV", "KHTNV"]),
  /** Head ratings entered by the user, per unit name (when the sheet has no rating column). */
  ratings: nameRecord(headRating).default({}),
  /** Opt-in: derive head ratings from the index with `ratingBands` (every derived rating says so). */
  deriveRatings: z.boolean().default(false),
  ratingBands: list(z.object({ min: z.number().min(0).max(100), rating: headRating }), { min: 1 }).default([
    { min: 90, rating: "HTXSNV" },
    { min: 80, rating: "HTTNV" },
    { min: 70, rating: "HTNV" },
    { min: 0, rating: "KHTNV" },
  ]),
  /** Classification bands of the index (what =CCHC.RATING returns). */
  bands: list(z.object({ min: z.number().min(0).max(100), label: shortText.min(1) }), { min: 1 }).default(
    DEFAULT_BANDS.map((b) => ({ ...b })),
  ),
  tieMethod: z.enum(["competition", "dense"]).default("competition"),
  /** Rank on indices rounded to this many decimals; null = full precision. */
  rankDecimals: z.number().int().min(0).max(10).nullable().default(null),
  /** Deadline of the review meetings; null = 15 March of the year after the index year. */
  reviewDeadline: isoDate.nullable().default(null),
  /** Where review results and explanatory reports go (the seed's words). */
  sendTo: longText.min(1).default("Ban cán sự đảng UBND tỉnh (qua Sở Nội vụ)"),
  /** Who attends each unit's review meeting: unit name → person (wins over the defaults below). */
  attendees: nameRecord(shortText).default({}),
  /** Who attends by default in a group: group name → person (wins over the group kind's default). */
  groupAttendees: nameRecord(shortText).default({}),
  /**
   * Who attends by the kind of the unit (the seed): a provincial People's Committee leader for departments
   * (sở, ban, ngành), the standing-committee member in charge of the area for local People's Committees.
   */
  attendeesByKind: z
    .object({
      departments: shortText.min(1).default("Lãnh đạo UBND tỉnh"),
      localities: shortText.min(1).default("Ủy viên Ban Thường vụ Tỉnh ủy phụ trách địa bàn"),
    })
    .prefault({}),
  /** Highlight every component below the threshold, not only the checked ones (off: the sheet follows the lists). */
  highlightAllComponents: z.boolean().default(false),
  /** This year's name → last year's name, for renamed or merged units. */
  aliases: nameRecord(shortText).default({}),
  /** Units the user confirms are new this year (reported "mới" instead of "—"). */
  newUnits: list(shortText).default([]),
  /** Correct what detection chose. */
  mapping: mappingSchema.default({}),
  language: z.enum(["vi", "en"]).default("vi"),
  /**
   * Report sheets and the notice: the agency lines at the top left (the superior body, then the issuing
   * office), the document's number, place and date, the annex line, the signature, the recipients.
   */
  report: z
    .object({
      /** The agency lines; empty = the score sheet's own (its first rows), else "UBND TỈNH …", "SỞ NỘI VỤ". */
      agency: list(shortText, { max: 4 }).default([]),
      /** "THÔNG BÁO" or "BÁO CÁO": the notice's kind, its title and the letters of its number (TB, BC). */
      documentKind: z.enum(["THÔNG BÁO", "BÁO CÁO"]).default("THÔNG BÁO"),
      /** The number after "Số:"; empty = a blank for the number and the kind and agency letters ("     /TB-SNV"). */
      number: shortText.default(""),
      /** The place in the date line ("Hải Dương, ngày … tháng … năm …"); empty = from the superior body's name. */
      place: shortText.default(""),
      /** The date of the document; null = day and month left blank for the signer. */
      date: isoDate.nullable().default(null),
      /** The line under the report sheets' titles; null = "(Kèm theo <kind> số … của <agency>)", "" = none. */
      annex: longText.nullable().default(null),
      /** Lines above the signature ("KT. GIÁM ĐỐC", "PHÓ GIÁM ĐỐC"). */
      signerTitle: list(shortText).default(["GIÁM ĐỐC"]),
      signerName: shortText.default(""),
      /** "Nơi nhận:" lines at the bottom left. */
      recipients: list(longText).default(["- Như trên;", "- Lưu: VT."]),
    })
    .prefault({}),
});

export type Settings = z.infer<typeof settingsSchema>;
export type SettingsInput = z.input<typeof settingsSchema>;
export type ColumnMapping = z.infer<typeof mappingSchema>;

export const DEFAULT_SETTINGS: Settings = settingsSchema.parse({});

/** Validates settings from any source; the error names every wrong field. */
export function parseSettings(input: unknown): Settings {
  const result = settingsSchema.safeParse(input ?? {});
  if (result.success) return result.data;
  throw new SettingsError(result.error.issues);
}

/** The entry of a settings record for a name as typed: own entries only ("toString" is a unit, not a method). */
export function entryOf<T>(record: Readonly<Record<string, T>>, name: string): T | undefined {
  return Object.prototype.hasOwnProperty.call(record, name) ? record[name] : undefined;
}

/** A copy of a settings record with the entry of `name` set to `value`, or removed when `value` is undefined. */
export function withEntry<T>(
  record: Readonly<Record<string, T>>,
  name: string,
  value: T | undefined,
): Record<string, T> {
  const entries = Object.entries(record);
  const at = entries.findIndex(([key]) => key === name);
  if (value === undefined) {
    if (at >= 0) entries.splice(at, 1);
  } else if (at >= 0) entries[at] = [name, value];
  else entries.push([name, value]);
  return Object.fromEntries(entries);
}

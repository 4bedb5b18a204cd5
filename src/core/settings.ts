/**
 * Settings: one validated, versioned schema with defaults — the same object the CLI reads from
 * `--settings file.json` and the pane keeps in the workbook.
 */
import "./zod";
import { z } from "zod/mini";
import { DEFAULT_BANDS } from "./bands";
import { columnNumber, MAX_COLUMN, MAX_ROW } from "./grid";
import { HEAD_RATINGS } from "./ratings";
import { SettingsError } from "./settingsProblems";

/** Bounds of what a settings file may hold: names and lines, free text, and entries of a list or record. */
export const MAX_NAME = 500;
export const MAX_TEXT = 2_000;
export const MAX_ENTRIES = 5_000;

/** A name or a short line (unit, person, component, band label, letterhead line). */
const shortText = z.string().check(z.maxLength(MAX_NAME));
/** Free text (where results go, a recipient line). */
const longText = z.string().check(z.maxLength(MAX_TEXT));

/** A list of `min` to `max` items, counted before any item is read (a list of a million is refused at once). */
function list<T extends z.ZodMiniType>(item: T, { min = 0, max = MAX_ENTRIES } = {}) {
  return z.pipe(z.array(z.unknown()).check(z.minLength(min), z.maxLength(max)), z.array(item));
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

const isoDate = z.string().check(
  z.superRefine((value: string, ctx) => {
    if (!/^\d{4}-\d{2}-\d{2}$/.test(value))
      ctx.addIssue({ code: "custom", message: "YYYY-MM-DD", params: { key: "settingNotDate" } });
    else if (!isCalendarDate(value))
      ctx.addIssue({
        code: "custom",
        message: "not a calendar date",
        params: { key: "settingNoSuchDate", date: value },
      });
  }),
);

/** A column given as letters ("F"), A to XFD, in the mapping override. */
const columnLetters = z.string().check(
  z.refine((v: string) => /^[A-Za-z]{1,3}$/.test(v) && columnNumber(v) <= MAX_COLUMN, {
    message: "A column letter such as F",
    params: { key: "settingNotColumn" },
  }),
);

/** A 1-based sheet row. */
const sheetRow = z.int().check(z.positive(), z.lte(MAX_ROW));

/**
 * A record keyed by names the user typed (unit names → rating, person, last year's name). zod's own record
 * drops a key named "__proto__"; this one keeps every own key, so a unit named "__proto__", "toString" or
 * "constructor" is a name like any other. Look entries up with `entryOf`, never with `in` or `record[name]`.
 */
function nameRecord<V extends z.ZodMiniType>(value: V) {
  return z.pipe(
    z.unknown(),
    z.transform((input: unknown, ctx): Record<string, z.output<V>> => {
      if (typeof input !== "object" || input === null || Array.isArray(input)) {
        ctx.issues.push({ code: "invalid_type", expected: "record", input, message: "Expected an object" });
        return z.NEVER;
      }
      const all = Object.entries(input);
      if (all.length > MAX_ENTRIES) {
        ctx.issues.push({ code: "too_big", origin: "record", maximum: MAX_ENTRIES, inclusive: true, input });
        return z.NEVER;
      }
      const entries: [string, z.output<V>][] = [];
      for (const [key, raw] of all) {
        if (key.length > MAX_NAME) {
          ctx.issues.push({
            code: "too_big",
            origin: "string",
            maximum: MAX_NAME,
            inclusive: true,
            input: key,
            path: [key],
          });
          continue;
        }
        const result = z.safeParse(value, raw);
        if (result.success) entries.push([key, result.data]);
        else
          for (const issue of result.error.issues)
            ctx.issues.push({
              ...issue,
              input: issue.input,
              path: [key, ...issue.path],
            } as z.core.$ZodRawIssue);
      }
      // Object.fromEntries defines own properties, "__proto__" included.
      return Object.fromEntries(entries);
    }),
  );
}

/** A field with its default when absent. */
const or = z._default;

const roleColumns = ["group", "total", "index", "unitMax", "previousRank", "rating"] as const;

export const mappingSchema = z.partial(
  z.object({
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
    /**
     * Component columns with optional names and maxima; replaces the detected ones. `maxColumn`: the column of
     * the unit's own maximum of this field (paired layouts: “Điểm tối đa” beside “Điểm đạt”).
     */
    components: list(
      z.object({
        column: columnLetters,
        name: z.optional(shortText.check(z.minLength(1))),
        max: z.optional(z.number().check(z.positive())),
        maxColumn: z.optional(columnLetters),
      }),
    ),
    /** Columns detection chose that are not components. */
    ignore: list(columnLetters),
    /** Roles detection found that the table does not have after all (e.g. a "Xếp hạng" column that is not last year's). */
    clear: list(z.enum(roleColumns)),
  }),
);

const percent = z.number().check(z.gte(0), z.lte(100));
const nonEmpty = (text: typeof shortText) => text.check(z.minLength(1));

export const settingsSchema = z.object({
  version: or(z.literal(1), 1),
  /** The index year; detected from the sheet's title when absent. */
  year: or(z.nullable(z.int().check(z.gte(2000), z.lte(2100))), null),
  /** Threshold of the component check, in percent of the maximum (75) or as a fraction (0.75). */
  threshold: or(z.number().check(z.gt(0), z.lte(100)), 75),
  /** Checked components: header texts (any case, with or without accents); null = the two of the seed. */
  checkedComponents: or(z.nullable(list(nonEmpty(shortText))), null),
  /** "each": explain every component below the threshold; "both": only when all checked ones are. */
  explanationRule: or(z.enum(["each", "both"]), "each"),
  /** Head ratings that call for a review meeting. */
  reviewRatings: or(list(headRating, { min: 1, max: 100 }), ["HTNV", "KHTNV"]),
  /** Head ratings entered by the user, per unit name (when the sheet has no rating column). */
  ratings: or(nameRecord(headRating), {}),
  /** Opt-in: derive head ratings from the index with `ratingBands` (every derived rating says so). */
  deriveRatings: or(z.boolean(), false),
  ratingBands: or(list(z.object({ min: percent, rating: headRating }), { min: 1 }), [
    { min: 90, rating: "HTXSNV" },
    { min: 80, rating: "HTTNV" },
    { min: 70, rating: "HTNV" },
    { min: 0, rating: "KHTNV" },
  ]),
  /** Classification bands of the index (what =CCHC.RATING returns). */
  bands: or(list(z.object({ min: percent, label: nonEmpty(shortText) }), { min: 1 }), () =>
    DEFAULT_BANDS.map((b) => ({ ...b })),
  ),
  tieMethod: or(z.enum(["competition", "dense"]), "competition"),
  /** Rank on indices rounded to this many decimals; null = full precision. */
  rankDecimals: or(z.nullable(z.int().check(z.gte(0), z.lte(10))), null),
  /** Deadline of the review meetings; null = 15 March of the year after the index year. */
  reviewDeadline: or(z.nullable(isoDate), null),
  /** Where review results and explanatory reports go (the seed's words). */
  sendTo: or(longText.check(z.minLength(1)), "Ban cán sự đảng UBND tỉnh (qua Sở Nội vụ)"),
  /** Who attends each unit's review meeting: unit name → person (wins over the defaults below). */
  attendees: or(nameRecord(shortText), {}),
  /** Who attends by default in a group: group name → person (wins over the group kind's default). */
  groupAttendees: or(nameRecord(shortText), {}),
  /**
   * Who attends by the kind of the unit (the seed): a provincial People's Committee leader for departments
   * (sở, ban, ngành), the standing-committee member in charge of the area for local People's Committees.
   */
  attendeesByKind: z.prefault(
    z.object({
      departments: or(nonEmpty(shortText), "Lãnh đạo UBND tỉnh"),
      localities: or(nonEmpty(shortText), "Ủy viên Ban Thường vụ Tỉnh ủy phụ trách địa bàn"),
    }),
    {},
  ),
  /** Highlight every component below the threshold, not only the checked ones (off: the sheet follows the lists). */
  highlightAllComponents: or(z.boolean(), false),
  /** This year's name → last year's name, for renamed or merged units. */
  aliases: or(nameRecord(shortText), {}),
  /**
   * The group (khối) of each unit whose scoring form names none in its title (per-unit forms, issue 8 e): unit
   * name — or the form's sheet name — → group name. A group written in the form's title wins (a warning names
   * a setting that disagrees); a unit left without a group is ranked in "Các đơn vị", with a warning.
   */
  unitGroups: or(nameRecord(nonEmpty(shortText)), {}),
  /** Units the user confirms are new this year (reported "mới" instead of "—"). */
  newUnits: or(list(shortText), []),
  /** Correct what detection chose. */
  mapping: or(mappingSchema, {}),
  language: or(z.enum(["vi", "en"]), "vi"),
  /**
   * Report sheets and the notice: the agency lines at the top left (the superior body, then the issuing
   * office), the document's number, place and date, the annex line, the signature, the recipients.
   */
  report: z.prefault(
    z.object({
      /** The agency lines; empty = the score sheet's own (its first rows), else "UBND TỈNH …", "SỞ NỘI VỤ". */
      agency: or(list(shortText, { max: 4 }), []),
      /** "THÔNG BÁO" or "BÁO CÁO": the notice's kind, its title and the letters of its number (TB, BC). */
      documentKind: or(z.enum(["THÔNG BÁO", "BÁO CÁO"]), "THÔNG BÁO"),
      /** The number after "Số:"; empty = a blank for the number and the kind and agency letters ("     /TB-SNV"). */
      number: or(shortText, ""),
      /** The place in the date line ("Hải Dương, ngày … tháng … năm …"); empty = from the superior body's name. */
      place: or(shortText, ""),
      /** The date of the document; null = day and month left blank for the signer. */
      date: or(z.nullable(isoDate), null),
      /** The line under the report sheets' titles; null = "(Kèm theo <kind> số … của <agency>)", "" = none. */
      annex: or(z.nullable(longText), null),
      /** Lines above the signature ("KT. GIÁM ĐỐC", "PHÓ GIÁM ĐỐC"). */
      signerTitle: or(list(shortText), ["GIÁM ĐỐC"]),
      signerName: or(shortText, ""),
      /** "Nơi nhận:" lines at the bottom left. */
      recipients: or(list(longText), ["- Như trên;", "- Lưu: VT."]),
    }),
    {},
  ),
});

export type Settings = z.infer<typeof settingsSchema>;
export type SettingsInput = z.input<typeof settingsSchema>;
export type ColumnMapping = z.infer<typeof mappingSchema>;

export const DEFAULT_SETTINGS: Settings = z.parse(settingsSchema, {});

/** Validates settings from any source; the error names every wrong field. */
export function parseSettings(input: unknown): Settings {
  const result = z.safeParse(settingsSchema, input ?? {});
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

/**
 * What the user types in the pane's fields, read as the workbook's cells are: numbers through the core's one
 * cell reader ("9,5" and "9.5" are 9.5, "72,5%" is 72.5), dates as dd/mm/yyyy (also yyyy-mm-dd), and the
 * settings' own messages shown beside the field that caused them — without the field's label, which the
 * field already shows.
 */
import { readCell } from "../core/cellValue";
import { SettingsError } from "../core/settingsProblems";
import { formatMessage, type Language } from "../i18n/messages";
import type { PaneKey } from "../i18n/pane";
import { errorText } from "./workflow";

export type Read<T> =
  { readonly ok: true; readonly value: T } | { readonly ok: false; readonly problem: PaneKey };

/** A number typed in a field: blank is null; text that is not one number is refused with the reason. */
export function numberFromText(text: string): Read<number | null> {
  const cell = readCell(text);
  switch (cell.kind) {
    case "blank":
      return { ok: true, value: null };
    case "number":
      return { ok: true, value: cell.value };
    case "ambiguous":
      return { ok: false, problem: "inputAmbiguousNumber" };
    default:
      return { ok: false, problem: "inputNotNumber" };
  }
}

const DAY_MONTH_YEAR = /^(\d{1,2})\s*[/.-]\s*(\d{1,2})\s*[/.-]\s*(\d{4})$/;
const ISO = /^(\d{4})-(\d{1,2})-(\d{1,2})$/;

/** "15/3/2022" (or "2022-03-15") → "2022-03-15"; blank → null. Whether the day exists is the settings' check. */
export function dateFromText(text: string): Read<string | null> {
  const trimmed = text.trim();
  if (trimmed === "") return { ok: true, value: null };
  const dmy = DAY_MONTH_YEAR.exec(trimmed);
  const iso = ISO.exec(trimmed);
  const parts = dmy !== null ? [dmy[3], dmy[2], dmy[1]] : iso !== null ? [iso[1], iso[2], iso[3]] : null;
  if (parts === null) return { ok: false, problem: "inputNotDate" };
  const [year, month, day] = parts;
  return { ok: true, value: `${year}-${month.padStart(2, "0")}-${day.padStart(2, "0")}` };
}

/** "2022-03-15" → "15/03/2022" (the way Vietnamese and English users of this pane both write dates here). */
export function dateShown(iso: string | null): string {
  if (iso === null) return "";
  const match = /^(\d{4})-(\d{2})-(\d{2})/.exec(iso);
  return match === null ? iso : `${match[3]}/${match[2]}/${match[1]}`;
}

/**
 * A refused setting as the field beside it shows it: what is wrong ("không được lớn hơn 100"), in the user's
 * language. Other errors keep their whole message.
 */
export function fieldErrorText(error: unknown, language: Language): string {
  if (error instanceof SettingsError && error.problems.length > 0) {
    const text = [...new Set(error.problems.map((p) => formatMessage(p.key, p.params, language)))].join("; ");
    return text.charAt(0).toLocaleUpperCase(language) + text.slice(1);
  }
  return errorText(error, language);
}

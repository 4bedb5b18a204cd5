/**
 * Problems found in a workbook: where (sheet, row, column) and what (a message key), rendered in the
 * user's language. Warnings let the run go on; an InputError stops it (the CLI exits 2).
 */
import { formatMessage, type Language, type MessageKey, type MessageParams } from "../i18n/messages";
import { columnLetter } from "./grid";

export interface Problem {
  readonly sheet: string | null;
  /** 1-based sheet row. */
  readonly row: number | null;
  /** 1-based sheet column. */
  readonly column: number | null;
  readonly key: MessageKey;
  readonly params: MessageParams;
}

export function problem(
  key: MessageKey,
  params: MessageParams = {},
  where: { sheet?: string | null; row?: number | null; column?: number | null } = {},
): Problem {
  return { sheet: where.sheet ?? null, row: where.row ?? null, column: where.column ?? null, key, params };
}

/** "Trang tính “Sở”, ô F12: …" — the place first, then what is wrong. */
export function describeProblem(p: Problem, language: Language = "vi"): string {
  const message = formatMessage(p.key, p.params, language);
  const place = placeOf(p, language);
  return place ? `${place}: ${message}` : message;
}

export function placeOf(p: Pick<Problem, "sheet" | "row" | "column">, language: Language = "vi"): string {
  const parts: string[] = [];
  if (p.sheet !== null) parts.push(language === "vi" ? `Trang tính “${p.sheet}”` : `Sheet “${p.sheet}”`);
  if (p.row !== null && p.column !== null) {
    parts.push(
      language === "vi" ? `ô ${columnLetter(p.column)}${p.row}` : `cell ${columnLetter(p.column)}${p.row}`,
    );
  } else if (p.row !== null) {
    parts.push(language === "vi" ? `dòng ${p.row}` : `row ${p.row}`);
  } else if (p.column !== null) {
    parts.push(language === "vi" ? `cột ${columnLetter(p.column)}` : `column ${columnLetter(p.column)}`);
  }
  return parts.join(", ");
}

/** A problem that stops the run: nothing is written. */
export class InputError extends Error {
  constructor(readonly problem: Problem) {
    super(describeProblem(problem, "vi"));
    this.name = "InputError";
  }

  messageIn(language: Language): string {
    return describeProblem(this.problem, language);
  }
}

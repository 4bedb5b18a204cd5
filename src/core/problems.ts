/**
 * Problems found in a workbook: where (sheet, row, column) and what (a message key), rendered in the
 * user's language. Warnings let the run go on; a UserError stops it (the CLI exits 2).
 *
 * UserError is the one error a user ever reads: a message key, its parameters and where — formatted by
 * one formatter per language (describeProblem). Every layer's refusals are UserErrors (the core's
 * InputError and CchcError, the reader's XlsxReadError, the Excel adapter's ExcelAdapterError, the
 * CLI's FileError), so every shell catches one kind; anything else is a bug.
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
  const message = formatMessage(p.key, p.params, language).trim();
  const place = placeOf(p, language);
  // A message that starts with a parameter ("the selected file is …") starts a sentence.
  return place ? `${place}: ${message}` : message.charAt(0).toUpperCase() + message.slice(1);
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

/** Where a problem is: any of sheet, row, column (1-based). */
export interface Where {
  readonly sheet?: string | null;
  readonly row?: number | null;
  readonly column?: number | null;
}

/** The one user-facing error: what (a message key and its parameters) and where. Nothing is written. */
export class UserError extends Error {
  readonly problem: Problem;

  constructor(key: MessageKey, params: MessageParams = {}, where: Where = {}, options?: { cause?: unknown }) {
    const p = problem(key, params, where);
    super(describeProblem(p, "vi"), options);
    this.name = "UserError";
    this.problem = p;
  }

  get key(): MessageKey {
    return this.problem.key;
  }

  get params(): MessageParams {
    return this.problem.params;
  }

  messageIn(language: Language): string {
    return describeProblem(this.problem, language);
  }
}

export function isUserError(error: unknown): error is UserError {
  return error instanceof UserError;
}

/** A problem found in the workbook that stops the run. */
export class InputError extends UserError {
  constructor(p: Problem) {
    super(p.key, p.params, p);
    this.name = "InputError";
  }
}

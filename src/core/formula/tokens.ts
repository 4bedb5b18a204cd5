/**
 * The tokenizer of the formula subset the product evaluates (formulas saved without their results): numbers,
 * text, TRUE/FALSE, error literals, cell and range references (A1, $A$1, A1:B3, A:A, Sheet1!A1,
 * 'Sheet name'!A1:B2), function names, operators and parentheses, as OOXML stores them (comma-separated
 * arguments, "." decimals, no leading "="). Anything outside the subset is an Unsupported error naming it.
 */
import { MAX_COLUMN, MAX_ROW } from "../grid";

/** Why a formula is outside the subset (or cannot be computed exactly): a short, untranslated token. */
export class Unsupported extends Error {
  constructor(readonly reason: string) {
    super(reason);
    this.name = "Unsupported";
  }
}

/** A reference as written: 1-based sheet coordinates, `$` kept so shared formulas can be moved. */
export interface RefToken {
  readonly kind: "ref";
  readonly sheet: string | null;
  readonly top: number;
  readonly left: number;
  readonly bottom: number;
  readonly right: number;
  /** Which of top, left, bottom, right are absolute ($). */
  readonly absolute: readonly [boolean, boolean, boolean, boolean];
  /** A whole-column range (A:C). */
  readonly columns: boolean;
  /** Offset of the token in the text, and its length. */
  readonly at: number;
  readonly length: number;
}

export type Token =
  | { readonly kind: "number"; readonly value: number }
  | { readonly kind: "text"; readonly value: string }
  | { readonly kind: "boolean"; readonly value: boolean }
  | { readonly kind: "error"; readonly code: string }
  | RefToken
  | { readonly kind: "function"; readonly name: string }
  | { readonly kind: "op"; readonly op: string }
  | { readonly kind: "("; readonly at: number }
  | { readonly kind: ")" }
  | { readonly kind: "," };

const ERROR_LITERALS = ["#DIV/0!", "#N/A", "#NAME?", "#NULL!", "#NUM!", "#REF!", "#VALUE!"];
const NUMBER = /(\d+(\.\d*)?|\.\d+)([eE][+-]?\d+)?/y; // sticky: matched at an offset, no copies
const OPERATORS = ["<>", "<=", ">=", "+", "-", "*", "/", "^", "&", "%", "=", "<", ">"];

interface CellPart {
  readonly row: number;
  readonly column: number;
  readonly absRow: boolean;
  readonly absColumn: boolean;
  readonly length: number;
}

function isAsciiLetter(code: number): boolean {
  return (code >= 65 && code <= 90) || (code >= 97 && code <= 122);
}

function isDigit(code: number): boolean {
  return code >= 48 && code <= 57;
}

/** A character of a name (letters of any script, digits, "_", "."). */
function isNameChar(text: string, at: number): boolean {
  const code = text.charCodeAt(at);
  if (Number.isNaN(code)) return false;
  if (code < 128) return isAsciiLetter(code) || isDigit(code) || code === 95 || code === 46;
  return /[\p{L}\p{N}]/u.test(text.charAt(at));
}

/** Whether a reference may end before `at`: not inside a longer name, a function or a sheet prefix. */
function endsReference(text: string, at: number): boolean {
  const code = text.charCodeAt(at);
  return !isNameChar(text, at) && code !== 40 && code !== 33; // "(" and "!"
}

/** "$AB" at `at`: the column, whether absolute, and where it ends; null when there are no 1–3 letters. */
function lettersAt(text: string, at: number): { column: number; abs: boolean; end: number } | null {
  let i = at;
  const abs = text.charCodeAt(i) === 36; // "$"
  if (abs) i++;
  let column = 0;
  const first = i;
  while (i - first < 4 && isAsciiLetter(text.charCodeAt(i)))
    column = column * 26 + ((text.charCodeAt(i++) & 0xdf) - 64);
  return i === first || i - first > 3 ? null : { column, abs, end: i };
}

function cellAt(text: string, at: number): CellPart | null {
  const letters = lettersAt(text, at);
  if (letters === null) return null;
  let i = letters.end;
  const absRow = text.charCodeAt(i) === 36;
  if (absRow) i++;
  const digits = i;
  let row = 0;
  while (isDigit(text.charCodeAt(i)) && i - digits < 8) row = row * 10 + (text.charCodeAt(i++) - 48);
  if (i === digits || !endsReference(text, i)) return null;
  if (letters.column > MAX_COLUMN || row < 1 || row > MAX_ROW) return null;
  return { row, column: letters.column, absRow, absColumn: letters.abs, length: i - at };
}

function columnAt(text: string, at: number): { column: number; abs: boolean; length: number } | null {
  const letters = lettersAt(text, at);
  if (letters === null || !endsReference(text, letters.end) || letters.column > MAX_COLUMN) return null;
  return { column: letters.column, abs: letters.abs, length: letters.end - at };
}

/** A name at `at` (a function, TRUE/FALSE, an unquoted sheet name, a defined name); "" when none starts there. */
function nameAt(text: string, at: number): string {
  const code = text.charCodeAt(at);
  const starts =
    code < 128 ? isAsciiLetter(code) || code === 95 || code === 92 : /\p{L}/u.test(text.charAt(at));
  if (!starts) return "";
  let i = at + 1;
  while (isNameChar(text, i)) i++;
  return text.slice(at, i);
}

function matchAt(pattern: RegExp, text: string, at: number): RegExpExecArray | null {
  pattern.lastIndex = at;
  return pattern.exec(text);
}

/** A cell or range reference starting at `at` (after any sheet prefix), or null. */
function referenceAt(text: string, at: number, sheet: string | null, start: number): RefToken | null {
  const first = cellAt(text, at);
  if (first !== null) {
    let end = at + first.length;
    let last = first;
    if (text.charAt(end) === ":") {
      const second = cellAt(text, end + 1);
      if (second === null) throw new Unsupported(text.slice(start, end + 1));
      last = second;
      end += 1 + second.length;
    }
    return {
      kind: "ref",
      sheet,
      top: Math.min(first.row, last.row),
      bottom: Math.max(first.row, last.row),
      left: Math.min(first.column, last.column),
      right: Math.max(first.column, last.column),
      absolute: [first.absRow, first.absColumn, last.absRow, last.absColumn],
      columns: false,
      at: start,
      length: end - start,
    };
  }
  const from = columnAt(text, at);
  if (from !== null && text.charAt(at + from.length) === ":") {
    const to = columnAt(text, at + from.length + 1);
    if (to === null) return null;
    return {
      kind: "ref",
      sheet,
      top: 1,
      bottom: MAX_ROW,
      left: Math.min(from.column, to.column),
      right: Math.max(from.column, to.column),
      absolute: [true, from.abs, true, to.abs],
      columns: true,
      at: start,
      length: at + from.length + 1 + to.length - start,
    };
  }
  return null;
}

/** The tokens of a formula (without its leading "="); throws Unsupported for anything outside the subset. */
export function tokenize(text: string): Token[] {
  const tokens: Token[] = [];
  let i = 0;
  while (i < text.length) {
    const ch = text.charAt(i);
    if (ch === " " || ch === "\n" || ch === "\r" || ch === "\t") {
      i++;
      continue;
    }
    if (ch === "(" || ch === ")" || ch === ",") {
      tokens.push(ch === "(" ? { kind: "(", at: i } : { kind: ch });
      i++;
      continue;
    }
    if (ch === '"') {
      let value = "";
      let j = i + 1;
      for (;;) {
        if (j >= text.length) throw new Unsupported(text.slice(i));
        if (text.charAt(j) === '"') {
          if (text.charAt(j + 1) !== '"') break;
          value += '"';
          j += 2;
        } else {
          value += text.charAt(j++);
        }
      }
      tokens.push({ kind: "text", value });
      i = j + 1;
      continue;
    }
    if (ch === "#") {
      const code = ERROR_LITERALS.find((e) => text.toUpperCase().startsWith(e, i));
      if (code === undefined) throw new Unsupported(text.slice(i, i + 8));
      tokens.push({ kind: "error", code });
      i += code.length;
      continue;
    }
    if (ch === "'") {
      // 'Sheet name'!A1 — a quote inside the name is doubled.
      let name = "";
      let j = i + 1;
      for (;;) {
        if (j >= text.length) throw new Unsupported(text.slice(i));
        if (text.charAt(j) === "'") {
          if (text.charAt(j + 1) !== "'") break;
          name += "'";
          j += 2;
        } else {
          name += text.charAt(j++);
        }
      }
      if (text.charAt(j + 1) !== "!" || name.startsWith("[")) throw new Unsupported(text.slice(i, j + 2));
      const ref = referenceAt(text, j + 2, name, i);
      if (ref === null) throw new Unsupported(text.slice(i, j + 8));
      tokens.push(ref);
      i += ref.length;
      continue;
    }
    const number = (ch >= "0" && ch <= "9") || ch === "." ? matchAt(NUMBER, text, i) : null;
    if (number !== null) {
      if (text.charAt(i + number[0].length) === ":") throw new Unsupported(text.slice(i, i + 8));
      tokens.push({ kind: "number", value: Number(number[0]) });
      i += number[0].length;
      continue;
    }
    const op = "+-*/^&%=<>".includes(ch) ? OPERATORS.find((o) => text.startsWith(o, i)) : undefined;
    if (op !== undefined) {
      tokens.push({ kind: "op", op });
      i += op.length;
      continue;
    }
    const reference = referenceAt(text, i, null, i);
    if (reference !== null) {
      tokens.push(reference);
      i += reference.length;
      continue;
    }
    // A plain name: a sheet prefix, a function, TRUE/FALSE, or a defined name (unsupported).
    const name = nameAt(text, i);
    const after = i + name.length;
    if (name !== "" && text.charAt(after) === "!") {
      const ref = referenceAt(text, after + 1, name, i);
      if (ref === null) throw new Unsupported(text.slice(i, after + 8));
      tokens.push(ref);
      i += ref.length;
    } else if (name !== "" && text.charAt(after) === "(") {
      tokens.push({ kind: "function", name: name.toUpperCase() });
      i = after;
    } else if (/^(TRUE|FALSE)$/i.test(name)) {
      tokens.push({ kind: "boolean", value: name.toUpperCase() === "TRUE" });
      i = after;
    } else {
      throw new Unsupported(name || text.slice(i, i + 8));
    }
  }
  return tokens;
}

/**
 * The tokenizer of the formula subset the product evaluates (formulas saved without their results): numbers,
 * text, TRUE/FALSE, error literals, cell and range references (A1, $A$1, A1:B3, A:A, Sheet1!A1,
 * 'Sheet name'!A1:B2), function names, operators and parentheses, as OOXML stores them (comma-separated
 * arguments, "." decimals, no leading "="). Anything outside the subset is an Unsupported error naming it.
 */
import { columnNumber, MAX_COLUMN, MAX_ROW } from "../grid";

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
const NUMBER = /^(\d+(\.\d*)?|\.\d+)([eE][+-]?\d+)?/;
/** A name: a function, TRUE/FALSE, an unquoted sheet name (Vietnamese letters included) or a defined name. */
const NAME = /^[\p{L}_\\][\p{L}\p{N}_.]*/u;
const CELL = /^(\$?)([A-Za-z]{1,3})(\$?)(\d{1,7})/;
const COLUMN = /^(\$?)([A-Za-z]{1,3})(?![\p{L}\p{N}_.(!])/u;
/** What may not follow a reference (it would make it a name or a sheet prefix). */
const NAME_CHAR = /[\p{L}\p{N}_.(!]/u;
const OPERATORS = ["<>", "<=", ">=", "+", "-", "*", "/", "^", "&", "%", "=", "<", ">"];

interface CellPart {
  readonly row: number;
  readonly column: number;
  readonly absRow: boolean;
  readonly absColumn: boolean;
  readonly length: number;
}

function cellAt(text: string, at: number): CellPart | null {
  const m = CELL.exec(text.slice(at));
  if (m === null) return null;
  const next = text.charAt(at + m[0].length);
  if (NAME_CHAR.test(next)) return null;
  const column = columnNumber(m[2]);
  const row = Number(m[4]);
  if (column > MAX_COLUMN || row < 1 || row > MAX_ROW) return null;
  return { row, column, absRow: m[3] === "$", absColumn: m[1] === "$", length: m[0].length };
}

function columnAt(text: string, at: number): { column: number; abs: boolean; length: number } | null {
  const m = COLUMN.exec(text.slice(at));
  if (m === null) return null;
  const column = columnNumber(m[2]);
  return column > MAX_COLUMN ? null : { column, abs: m[1] === "$", length: m[0].length };
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
    const number = /[0-9.]/.test(ch) ? NUMBER.exec(text.slice(i)) : null;
    if (number !== null) {
      if (text.charAt(i + number[0].length) === ":") throw new Unsupported(text.slice(i, i + 8));
      tokens.push({ kind: "number", value: Number(number[0]) });
      i += number[0].length;
      continue;
    }
    const op = OPERATORS.find((o) => text.startsWith(o, i));
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
    const name = NAME.exec(text.slice(i))?.[0] ?? "";
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

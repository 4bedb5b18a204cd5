/**
 * Moves a shared formula from its master cell to another cell of the shared range, as Excel does: relative
 * references move by the offset, absolute ($) parts stay, and a reference moved off the sheet becomes #REF!.
 * Works on tokens, so text in quotes and sheet names are never touched.
 */
import { columnLetter, MAX_COLUMN, MAX_ROW } from "../grid";
import { tokenize, Unsupported, type RefToken } from "./tokens";

function part(abs: boolean, text: string): string {
  return abs ? `$${text}` : text;
}

function moved(ref: RefToken, text: string, rows: number, columns: number): string {
  const [absTop, absLeft, absBottom, absRight] = ref.absolute;
  const top = absTop ? ref.top : ref.top + rows;
  const bottom = absBottom ? ref.bottom : ref.bottom + rows;
  const left = absLeft ? ref.left : ref.left + columns;
  const right = absRight ? ref.right : ref.right + columns;
  const source = text.slice(ref.at, ref.at + ref.length);
  const bang = source.lastIndexOf("!");
  const prefix = bang < 0 ? "" : source.slice(0, bang + 1);
  if (left < 1 || right > MAX_COLUMN || (!ref.columns && (top < 1 || bottom > MAX_ROW))) return "#REF!";
  if (ref.columns) {
    return `${prefix}${part(absLeft, columnLetter(left))}:${part(absRight, columnLetter(right))}`;
  }
  const first = `${part(absLeft, columnLetter(left))}${part(absTop, String(top))}`;
  if (!source.slice(bang + 1).includes(":")) return prefix + first;
  return `${prefix}${first}:${part(absRight, columnLetter(right))}${part(absBottom, String(bottom))}`;
}

/**
 * The formula `text` (written for one cell) as it reads `rows` rows and `columns` columns away; null when it
 * holds something the tokenizer does not know (the caller keeps another rendering for the message).
 */
export function shiftFormula(text: string, rows: number, columns: number): string | null {
  let tokens;
  try {
    tokens = tokenize(text);
  } catch (error) {
    if (error instanceof Unsupported) return null;
    throw error;
  }
  let out = "";
  let at = 0;
  for (const token of tokens) {
    if (token.kind !== "ref") continue;
    out += text.slice(at, token.at) + moved(token, text, rows, columns);
    at = token.at + token.length;
  }
  return out + text.slice(at);
}

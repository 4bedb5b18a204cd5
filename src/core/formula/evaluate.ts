/**
 * Evaluates a parsed formula as Excel would, for plain arithmetic only: + − × ÷ %, unary minus,
 * comparisons, SUM, AVERAGE, MIN, MAX, ROUND, ROUNDUP, ROUNDDOWN, ABS and IF. IEEE double arithmetic
 * as in Excel (no rounding of our own but ROUND's), errors propagating left to right (#DIV/0!, #VALUE!,
 * #REF! …). Whatever Excel would compute differently by locale or by routines we cannot match exactly
 * (text read as a number, dates, "^", text functions, look-ups, names) is Unsupported, never a guess.
 */
import { toDecimal, decimalToNumber, compare15, roundHalfAwayFromZero } from "../precision";
import { isErrorValue, type ErrorValue } from "../grid";
import type { BinaryOp, Node } from "./parse";
import { Unsupported, type RefToken } from "./tokens";

/** A value inside a formula: null is a blank cell (a formula's own result is never blank). */
export type Value = number | string | boolean | null | ErrorValue;

/** Where references are read; both throw Unsupported for cells whose value cannot be known. */
export interface Cells {
  /** One cell's value (a formula cell saved without its result is evaluated first). */
  cell(sheet: string | null, row: number, column: number): Value;
  /** Calls `visit` with each non-blank cell of a range, row by row; stops when it returns false. */
  range(ref: RefToken, visit: (value: Value) => boolean): void;
}

const DIV0: ErrorValue = { error: "#DIV/0!" };
const VALUE: ErrorValue = { error: "#VALUE!" };
const NUM: ErrorValue = { error: "#NUM!" };

/** Excel's adjustment of a final addition or subtraction that cancels to binary noise: the result is 0. */
const CANCELLATION = 2 ** -49;

/** The formula's result as a cell shows it (a blank reference reads as 0). */
export function evaluate(node: Node, cells: Cells): Exclude<Value, null> {
  const value =
    node.kind === "binary" && (node.op === "+" || node.op === "-")
      ? arithmetic(node.op, node.left, node.right, cells, true)
      : scalar(node, cells);
  // A blank reference shows 0, and Excel has no negative zero.
  return value === null || value === 0 ? 0 : value;
}

function scalar(node: Node, cells: Cells): Value {
  switch (node.kind) {
    case "number":
    case "text":
    case "boolean":
      return node.value;
    case "error":
      return { error: node.code };
    case "ref":
      if (node.top !== node.bottom || node.left !== node.right) throw new Unsupported("range");
      return cells.cell(node.sheet, node.top, node.left);
    case "negate": {
      const x = toNumber(scalar(node.operand, cells));
      return typeof x === "number" ? -x : x;
    }
    case "plus":
      return scalar(node.operand, cells);
    case "percent": {
      const x = toNumber(scalar(node.operand, cells));
      return typeof x === "number" ? x / 100 : x;
    }
    case "binary":
      return node.op === "+" || node.op === "-" || node.op === "*" || node.op === "/"
        ? arithmetic(node.op, node.left, node.right, cells, false)
        : comparison(node.op, scalar(node.left, cells), scalar(node.right, cells));
    case "call":
      return call(node.name, node.args, cells);
  }
}

/** A value as a number: blank 0, TRUE 1; text that is not a whole number is #VALUE! or, when it holds digits, Unsupported (its reading depends on the locale). */
function toNumber(value: Value): number | ErrorValue {
  if (typeof value === "number") return value;
  if (value === null) return 0;
  if (typeof value === "boolean") return value ? 1 : 0;
  if (isErrorValue(value)) return value;
  if (/^\s*[+-]?\d+\s*$/.test(value)) return Number(value);
  if (/\d/.test(value)) throw new Unsupported("text");
  return VALUE;
}

function finite(x: number): number | ErrorValue {
  return Number.isFinite(x) ? x : NUM;
}

function arithmetic(op: BinaryOp, leftNode: Node, rightNode: Node, cells: Cells, final: boolean): Value {
  const left = toNumber(scalar(leftNode, cells));
  if (typeof left !== "number") return left;
  const right = toNumber(scalar(rightNode, cells));
  if (typeof right !== "number") return right;
  switch (op) {
    case "+":
    case "-": {
      const result = op === "+" ? left + right : left - right;
      const cancelled =
        final && result !== 0 && Math.abs(result) <= Math.max(Math.abs(left), Math.abs(right)) * CANCELLATION;
      return cancelled ? 0 : finite(result);
    }
    case "*":
      return finite(left * right);
    default:
      return right === 0 ? DIV0 : finite(left / right);
  }
}

/** Excel's order of types: numbers < text < logical values; a blank compares as the other side's zero. */
function comparison(op: BinaryOp, left: Value, right: Value): Value {
  if (isErrorValue(left)) return left;
  if (isErrorValue(right)) return right;
  const a = left ?? zeroLike(right);
  const b = right ?? zeroLike(left);
  const order = compareValues(a, b);
  switch (op) {
    case "=":
      return order === 0;
    case "<>":
      return order !== 0;
    case "<":
      return order < 0;
    case ">":
      return order > 0;
    case "<=":
      return order <= 0;
    default:
      return order >= 0;
  }
}

function zeroLike(other: Value): number | string | boolean {
  return typeof other === "string" ? "" : typeof other === "boolean" ? false : 0;
}

const TYPE_RANK = { number: 0, string: 1, boolean: 2 } as const;

function compareValues(a: number | string | boolean, b: number | string | boolean): number {
  const ta = TYPE_RANK[typeof a as keyof typeof TYPE_RANK];
  const tb = TYPE_RANK[typeof b as keyof typeof TYPE_RANK];
  if (ta !== tb) return ta - tb;
  if (typeof a === "number") return compare15(a, b as number);
  if (typeof a === "boolean") return Number(a) - Number(b);
  const x = a.normalize("NFC").toLowerCase();
  const y = (b as string).normalize("NFC").toLowerCase();
  if (x === y) return 0;
  if (x === "" || y === "") return x === "" ? -1 : 1;
  throw new Unsupported("text"); // the order of two texts follows the user's collation
}

/** Numbers of an aggregate's arguments: a reference contributes its numbers (text, logical values and blanks left out), a value its number. */
function collect(args: readonly Node[], cells: Cells): number[] | ErrorValue {
  const numbers: number[] = [];
  const found: { error: ErrorValue | null } = { error: null };
  for (const arg of args) {
    if (arg.kind === "ref") {
      cells.range(arg, (value) => {
        if (typeof value === "number") numbers.push(value);
        else if (isErrorValue(value)) found.error = value;
        // The reader turns dates into ISO text; Excel would add their serial numbers.
        else if (typeof value === "string" && /^\d{4}-\d{2}-\d{2}/.test(value)) throw new Unsupported("date");
        return found.error === null;
      });
      if (found.error !== null) return found.error;
    } else {
      const x = toNumber(scalar(arg, cells));
      if (typeof x !== "number") return x;
      numbers.push(x);
    }
  }
  return numbers;
}

function scalarNumber(node: Node, cells: Cells): number | ErrorValue {
  return toNumber(scalar(node, cells));
}

function arity(name: string, args: readonly Node[], min: number, max: number): void {
  if (args.length < min || args.length > max) throw new Unsupported(`${name}/${args.length}`);
}

function call(name: string, args: readonly Node[], cells: Cells): Value {
  switch (name) {
    case "SUM":
    case "AVERAGE":
    case "MIN":
    case "MAX": {
      arity(name, args, 1, 255);
      const numbers = collect(args, cells);
      if (!Array.isArray(numbers)) return numbers;
      if (name === "SUM") return finite(numbers.reduce((sum, x) => sum + x, 0));
      if (name === "AVERAGE") {
        return numbers.length === 0 ? DIV0 : finite(numbers.reduce((sum, x) => sum + x, 0) / numbers.length);
      }
      if (numbers.length === 0) return 0;
      return numbers.reduce((a, b) => (name === "MIN" ? Math.min(a, b) : Math.max(a, b)));
    }
    case "ROUND":
    case "ROUNDUP":
    case "ROUNDDOWN": {
      arity(name, args, 2, 2);
      const x = scalarNumber(args[0], cells);
      if (typeof x !== "number") return x;
      const places = scalarNumber(args[1], cells);
      if (typeof places !== "number") return places;
      return round(x, Math.trunc(places), name);
    }
    case "ABS": {
      arity(name, args, 1, 1);
      const x = scalarNumber(args[0], cells);
      return typeof x === "number" ? Math.abs(x) : x;
    }
    case "IF": {
      arity(name, args, 2, 3);
      const test = truth(scalar(args[0], cells));
      if (typeof test !== "boolean") return test;
      if (test) return scalar(args[1], cells) ?? 0;
      return args.length === 3 ? (scalar(args[2], cells) ?? 0) : false;
    }
    default:
      throw new Unsupported(name);
  }
}

function truth(value: Value): boolean | ErrorValue {
  if (typeof value === "boolean") return value;
  if (value === null) return false;
  if (typeof value === "number") return value !== 0;
  if (isErrorValue(value)) return value;
  const upper = value.toUpperCase();
  return upper === "TRUE" ? true : upper === "FALSE" ? false : VALUE;
}

/**
 * Excel's ROUND, ROUNDUP and ROUNDDOWN, decided on the value Excel shows (15 significant digits):
 * ROUND(2.675, 2) is 2.68, ROUNDUP away from zero, ROUNDDOWN toward it; negative places round left of the point.
 */
export function round(x: number, places: number, how: "ROUND" | "ROUNDUP" | "ROUNDDOWN"): number {
  if (x === 0) return 0;
  if (how === "ROUND" && places >= 0) return roundHalfAwayFromZero(x, places);
  const d = toDecimal(x);
  const drop = -places - d.exponent;
  if (drop <= 0) return decimalToNumber(d);
  if (drop > 400) return 0;
  const divisor = 10n ** BigInt(drop);
  const magnitude = d.mantissa < 0n ? -d.mantissa : d.mantissa;
  let quotient = magnitude / divisor;
  const rest = magnitude % divisor;
  if ((how === "ROUNDUP" && rest > 0n) || (how === "ROUND" && rest * 2n >= divisor)) quotient += 1n;
  if (quotient === 0n) return 0;
  return decimalToNumber({ mantissa: d.mantissa < 0n ? -quotient : quotient, exponent: -places });
}

/**
 * The parser of the formula subset (recursive descent over tokens.ts's tokens), with Excel's precedence:
 * comparison < "+ −" < "× ÷" < "%" < unary minus. "^" and "&" are recognised and refused (their results
 * depend on a power routine and on number-to-text formatting the product cannot match exactly).
 */
import { tokenize, Unsupported, type RefToken, type Token } from "./tokens";

export type Node =
  | { readonly kind: "number"; readonly value: number }
  | { readonly kind: "text"; readonly value: string }
  | { readonly kind: "boolean"; readonly value: boolean }
  | { readonly kind: "error"; readonly code: string }
  | RefToken
  | { readonly kind: "negate"; readonly operand: Node }
  | { readonly kind: "plus"; readonly operand: Node }
  | { readonly kind: "percent"; readonly operand: Node }
  | { readonly kind: "binary"; readonly op: BinaryOp; readonly left: Node; readonly right: Node }
  | { readonly kind: "call"; readonly name: string; readonly args: readonly Node[] };

export type BinaryOp = "+" | "-" | "*" | "/" | "=" | "<>" | "<" | ">" | "<=" | ">=";

const COMPARISONS = new Set(["=", "<>", "<", ">", "<=", ">="]);

/** Nesting deeper than this is refused rather than risking the stack (Excel allows 64 levels of functions). */
const MAX_DEPTH = 200;

class Parser {
  private at = 0;
  private depth = 0;

  constructor(private readonly tokens: readonly Token[]) {}

  parse(): Node {
    const node = this.comparison();
    if (this.at < this.tokens.length) throw new Unsupported(describe(this.tokens[this.at]));
    return node;
  }

  private peekOp(): string | null {
    const token = this.tokens[this.at];
    return token !== undefined && token.kind === "op" ? token.op : null;
  }

  private comparison(): Node {
    let left = this.additive();
    for (let op = this.peekOp(); op !== null && COMPARISONS.has(op); op = this.peekOp()) {
      this.at++;
      left = { kind: "binary", op: op as BinaryOp, left, right: this.additive() };
    }
    if (this.peekOp() === "&") throw new Unsupported("&");
    return left;
  }

  private additive(): Node {
    let left = this.term();
    for (let op = this.peekOp(); op === "+" || op === "-"; op = this.peekOp()) {
      this.at++;
      left = { kind: "binary", op, left, right: this.term() };
    }
    return left;
  }

  private term(): Node {
    let left = this.postfix();
    for (let op = this.peekOp(); op === "*" || op === "/"; op = this.peekOp()) {
      this.at++;
      left = { kind: "binary", op, left, right: this.postfix() };
    }
    if (this.peekOp() === "^") throw new Unsupported("^");
    return left;
  }

  private postfix(): Node {
    let node = this.prefix();
    while (this.peekOp() === "%") {
      this.at++;
      node = { kind: "percent", operand: node };
    }
    return node;
  }

  private prefix(): Node {
    const op = this.peekOp();
    if (op === "-" || op === "+") {
      this.at++;
      const operand = this.nested(() => this.prefix());
      return op === "-" ? { kind: "negate", operand } : { kind: "plus", operand };
    }
    return this.primary();
  }

  private nested(parse: () => Node): Node {
    if (++this.depth > MAX_DEPTH) throw new Unsupported("nesting");
    try {
      return parse();
    } finally {
      this.depth--;
    }
  }

  private primary(): Node {
    const token = this.tokens[this.at++];
    if (token === undefined) throw new Unsupported("end");
    switch (token.kind) {
      case "number":
      case "text":
      case "boolean":
      case "error":
      case "ref":
        return token;
      case "(": {
        const inner = this.nested(() => this.comparison());
        this.expect(")");
        return inner;
      }
      case "function": {
        this.expect("(");
        const args: Node[] = [];
        if (this.tokens[this.at]?.kind === ")") {
          this.at++;
          return { kind: "call", name: token.name, args };
        }
        for (;;) {
          if (this.tokens[this.at]?.kind === "," || this.tokens[this.at]?.kind === ")") {
            throw new Unsupported(`${token.name}(,)`); // an omitted argument
          }
          args.push(this.nested(() => this.comparison()));
          const next = this.tokens[this.at++];
          if (next?.kind === ")") return { kind: "call", name: token.name, args };
          if (next?.kind !== ",") throw new Unsupported(next === undefined ? "end" : describe(next));
        }
      }
      default:
        throw new Unsupported(describe(token));
    }
  }

  private expect(kind: "(" | ")"): void {
    const token = this.tokens[this.at++];
    if (token?.kind !== kind) throw new Unsupported(token === undefined ? "end" : describe(token));
  }
}

function describe(token: Token): string {
  switch (token.kind) {
    case "op":
      return token.op;
    case "function":
      return token.name;
    case "number":
    case "text":
    case "boolean":
      return String(token.value);
    case "error":
      return token.code;
    case "ref":
      return "ref";
    default:
      return token.kind;
  }
}

/** The syntax tree of a formula (without its leading "="); throws Unsupported outside the subset. */
export function parseFormula(text: string): Node {
  return new Parser(tokenize(text.startsWith("=") ? text.slice(1) : text)).parse();
}

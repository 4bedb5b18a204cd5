/**
 * The pre-pass over a workbook's grids before detection: every formula saved without its result
 * (Grid.formulas) that is plain arithmetic over cells of the same workbook is evaluated and its result
 * written into the grid's values; the others stay blank and are listed, with why. Dependencies are
 * followed in any order (a formula over other uncomputed formulas), cycles are refused, and long chains
 * are walked without deep recursion.
 */
import { columnLetter, type CellValue, type Grid } from "../grid";
import { evaluate, type Cells, type Value } from "./evaluate";
import { parseFormula, type Node } from "./parse";
import { Unsupported, type RefToken } from "./tokens";

export interface UnsupportedFormula {
  readonly row: number;
  readonly column: number;
  /** The formula as written in the file (without "="). */
  readonly formula: string;
  /** What put it outside the subset: a function's name, "circular", "text", "range", "sheet", … */
  readonly reason: string;
}

export interface SheetFormulas {
  readonly sheet: string;
  /** Formulas evaluated, counted per 1-based column, in column order. */
  readonly evaluated: readonly { readonly column: number; readonly count: number }[];
  /** Functions the evaluated formulas call, in the order first met. */
  readonly functions: readonly string[];
  /** Formulas left blank, in row order. */
  readonly unsupported: readonly UnsupportedFormula[];
}

export interface ResolvedBook {
  /** The grids with evaluated results filled in (the same objects where a sheet had nothing to evaluate). */
  readonly grids: readonly Grid[];
  /** One entry per sheet that has formulas without results. */
  readonly sheets: readonly SheetFormulas[];
}

type State = "pending" | "busy" | "done" | "failed";

interface Entry {
  readonly grid: number;
  readonly row: number;
  readonly column: number;
  readonly text: string;
  state: State;
  value: Value;
  reason: string;
  node: Node | null;
}

/** How many formula cells deep one evaluation may go before the chain is walked from its far end. */
const MAX_CHAIN = 100;

class TooDeep {
  constructor(readonly entry: Entry) {}
}

/** A cell's key within its grid's rectangle (a small integer: Maps keyed by them stay fast). */
function keyOf(grid: Grid, row: number, column: number): number {
  return (row - grid.top) * (grid.values[0]?.length ?? 0) + (column - grid.left);
}

/** "K12" → [12, 11]; null for anything else. */
function parseAddress(address: string): [number, number] | null {
  const m = /^([A-Z]{1,3})(\d{1,7})$/.exec(address);
  if (m === null) return null;
  let column = 0;
  for (const ch of m[1]) column = column * 26 + (ch.charCodeAt(0) - 64);
  return [Number(m[2]), column];
}

function bottomOf(grid: Grid): number {
  return grid.top + grid.values.length - 1;
}

function rightOf(grid: Grid): number {
  return grid.left + (grid.values[0]?.length ?? 0) - 1;
}

function inside(grid: Grid, row: number, column: number): boolean {
  return row >= grid.top && row <= bottomOf(grid) && column >= grid.left && column <= rightOf(grid);
}

class Book {
  /** Every formula cell, in sheet, row and column order. */
  readonly all: Entry[] = [];
  /** Per grid, its formula cells inside its rectangle by keyOf. */
  private readonly entries: Map<number, Entry>[];
  private readonly names = new Map<string, number>();
  /** Cells views by grid and depth, made once (evaluation creates no closures per formula). */
  private readonly views: Cells[][];

  constructor(readonly grids: readonly Grid[]) {
    this.entries = grids.map(() => new Map<number, Entry>());
    this.views = grids.map(() => []);
    grids.forEach((grid, g) => {
      this.names.set(grid.sheet, g);
      if (!this.names.has(grid.sheet.toLowerCase())) this.names.set(grid.sheet.toLowerCase(), g);
      for (const [address, text] of grid.formulas ?? []) {
        const at = parseAddress(address);
        if (at === null) continue;
        const entry: Entry = {
          grid: g,
          row: at[0],
          column: at[1],
          text,
          state: "pending",
          value: null,
          reason: "",
          node: null,
        };
        if (inside(grid, at[0], at[1])) this.entries[g].set(keyOf(grid, at[0], at[1]), entry);
        else Object.assign(entry, { state: "failed", reason: "outside" });
        this.all.push(entry);
      }
    });
    this.all.sort((a, b) => a.grid - b.grid || a.row - b.row || a.column - b.column);
  }

  private sheetIndex(sheet: string | null, from: number): number {
    if (sheet === null) return from;
    const g = this.names.get(sheet) ?? this.names.get(sheet.toLowerCase());
    if (g === undefined) throw new Unsupported("sheet");
    return g;
  }

  private valueAt(g: number, row: number, column: number, depth: number): Value {
    const grid = this.grids[g];
    if (!inside(grid, row, column)) {
      if (grid.valuesLeftOut === true) throw new Unsupported("outside");
      return null;
    }
    const entry = this.entries[g].get(keyOf(grid, row, column));
    if (entry !== undefined) return this.evaluateEntry(entry, depth);
    return grid.values[row - grid.top][column - grid.left];
  }

  private cells(from: number, depth: number): Cells {
    const made = this.views[from][depth];
    if (made !== undefined) return made;
    const view: Cells = {
      cell: (sheet, row, column) => this.valueAt(this.sheetIndex(sheet, from), row, column, depth),
      range: (ref: RefToken, visit) => {
        const g = this.sheetIndex(ref.sheet, from);
        const grid = this.grids[g];
        const top = Math.max(ref.top, grid.top);
        const bottom = Math.min(ref.bottom, bottomOf(grid));
        const left = Math.max(ref.left, grid.left);
        const right = Math.min(ref.right, rightOf(grid));
        const within = top === ref.top && bottom === ref.bottom && left === ref.left && right === ref.right;
        if (!within && grid.valuesLeftOut === true) throw new Unsupported("outside");
        for (let r = top; r <= bottom; r++) {
          for (let c = left; c <= right; c++) {
            const value = this.valueAt(g, r, c, depth);
            if (value !== null && !visit(value)) return;
          }
        }
      },
    };
    this.views[from][depth] = view;
    return view;
  }

  evaluateEntry(entry: Entry, depth: number): Value {
    if (entry.state === "done") return entry.value;
    if (entry.state === "failed") throw new Unsupported(entry.reason);
    if (entry.state === "busy") throw new Unsupported("circular");
    if (depth > MAX_CHAIN) throw new TooDeep(entry);
    entry.state = "busy";
    try {
      entry.node ??= parseFormula(entry.text);
      const value = evaluate(entry.node, this.cells(entry.grid, depth + 1));
      entry.state = "done";
      entry.value = value;
      return value;
    } catch (error) {
      if (error instanceof Unsupported) {
        entry.state = "failed";
        entry.reason = error.reason;
      } else {
        entry.state = "pending";
      }
      throw error;
    }
  }

  /** Evaluates `first`, walking a chain too long for one recursion from its far end back. */
  run(first: Entry): void {
    try {
      this.evaluateEntry(first, 0);
      return;
    } catch (error) {
      if (error instanceof Unsupported) return;
      if (!(error instanceof TooDeep) && !(error instanceof RangeError)) throw error;
    }
    // A chain too long for one recursion (or a stack that ran out): walked from its far end back.
    const stack = [first];
    const waiting = new Set<Entry>([first]);
    while (stack.length > 0) {
      const entry = stack[stack.length - 1];
      try {
        this.evaluateEntry(entry, 0);
      } catch (error) {
        if (error instanceof TooDeep) {
          if (waiting.has(error.entry)) {
            Object.assign(error.entry, { state: "failed", reason: "circular" });
          } else {
            stack.push(error.entry);
            waiting.add(error.entry);
          }
          continue;
        }
        if (error instanceof RangeError) {
          Object.assign(entry, { state: "failed", reason: "nesting" }); // the stack ran out: refused, not a crash
        } else if (!(error instanceof Unsupported)) {
          throw error;
        }
      }
      stack.pop();
      waiting.delete(entry);
    }
  }
}

/** Functions called in a formula, in order of appearance. */
function functionsOf(node: Node, into: string[]): void {
  if (node.kind === "call") {
    if (!into.includes(node.name)) into.push(node.name);
    node.args.forEach((arg) => functionsOf(arg, into));
  } else if (node.kind === "negate" || node.kind === "plus" || node.kind === "percent") {
    functionsOf(node.operand, into);
  } else if (node.kind === "binary") {
    functionsOf(node.left, into);
    functionsOf(node.right, into);
  }
}

function cellValue(value: Value): CellValue {
  return value === "" ? null : value;
}

/** Evaluates the formulas saved without results in `grids` (see the module comment). */
export function resolveFormulas(grids: readonly Grid[]): ResolvedBook {
  if (grids.every((g) => g.formulas === undefined || g.formulas.size === 0)) return { grids, sheets: [] };
  const book = new Book(grids);
  for (const entry of book.all) if (entry.state === "pending") book.run(entry);

  const resolved = grids.slice();
  const sheets: SheetFormulas[] = [];
  grids.forEach((grid, g) => {
    const own = book.all.filter((e) => e.grid === g);
    if (own.length === 0) return;
    const values = grid.values.map((row) => row.slice());
    const counts = new Map<number, number>();
    const functions: string[] = [];
    const unsupported: UnsupportedFormula[] = [];
    for (const e of own) {
      if (e.state === "done") {
        values[e.row - grid.top][e.column - grid.left] = cellValue(e.value);
        counts.set(e.column, (counts.get(e.column) ?? 0) + 1);
        if (e.node !== null) functionsOf(e.node, functions);
      } else {
        unsupported.push({ row: e.row, column: e.column, formula: e.text, reason: e.reason });
      }
    }
    resolved[g] = { ...grid, values };
    sheets.push({
      sheet: grid.sheet,
      evaluated: [...counts].sort((a, b) => a[0] - b[0]).map(([column, count]) => ({ column, count })),
      functions,
      unsupported,
    });
  });
  return { grids: resolved, sheets };
}

/** "K12" for 1-based coordinates (the notation the messages use). */
export function addressOf(row: number, column: number): string {
  return `${columnLetter(column)}${row}`;
}

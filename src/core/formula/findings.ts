/**
 * What the formula pre-pass means for a run, once the tables are known: a formula left uncomputed inside a
 * score table stops the run naming its cells (its value would otherwise be a blank the analysis reads as
 * "no score"); the formulas computed are a warning naming their columns; uncomputed ones elsewhere on a
 * table's sheet are a warning too (they are blank to the analysis, which does not use them).
 */
import { columnLetter } from "../grid";
import { InputError, problem, type Problem } from "../problems";
import { addressOf, type ResolvedBook, type UnsupportedFormula } from "./resolve";

/** The parts of a detected table that say where it lies. */
export interface TablePlace {
  readonly sheet: string;
  readonly headerTop: number;
  readonly maxRow: number | null;
  readonly roles: Readonly<Partial<Record<string, number>>>;
  readonly components: readonly { readonly columns: readonly number[] }[];
  readonly units: readonly { readonly row: number }[];
  /** Criteria as rows: the areas the table's cells lie in (one per sheet), instead of its columns and unit rows. */
  readonly areas?: readonly {
    readonly sheet: string;
    readonly top: number;
    readonly left: number;
    readonly bottom: number;
    readonly right: number;
  }[];
}

/** How many cells a message lists before "…". */
const LISTED = 5;
/** How much of a formula a message quotes. */
const QUOTED = 60;

function within(table: TablePlace, f: UnsupportedFormula, sheet: string): boolean {
  if (table.areas !== undefined)
    return table.areas.some(
      (a) =>
        a.sheet === sheet && f.row >= a.top && f.row <= a.bottom && f.column >= a.left && f.column <= a.right,
    );
  const columns = [
    ...Object.values(table.roles).filter((c): c is number => c !== undefined),
    ...table.components.flatMap((c) => c.columns),
  ];
  const rows = [table.headerTop, table.maxRow ?? table.headerTop, ...table.units.map((u) => u.row)];
  return (
    f.row >= Math.min(...rows) &&
    f.row <= Math.max(...rows) &&
    f.column >= Math.min(...columns) &&
    f.column <= Math.max(...columns)
  );
}

function listed(cells: readonly UnsupportedFormula[]): string {
  const names = cells.slice(0, LISTED).map((f) => addressOf(f.row, f.column));
  return cells.length > LISTED ? `${names.join(", ")}, …` : names.join(", ");
}

/** The formula as Excel shows it ("=…", an array formula "{=…}"), cut after QUOTED characters. */
function quoted(formula: string): string {
  const shown = formula.startsWith("{=") ? formula : `=${formula}`;
  return shown.length > QUOTED ? `${shown.slice(0, QUOTED)}…` : shown;
}

/**
 * Warnings for the sheets of `tables`; throws InputError when a formula inside one of them could not be
 * computed. `book` is the pre-pass of the workbook the tables were found in.
 */
export function formulaFindings(book: ResolvedBook, tables: readonly TablePlace[]): Problem[] {
  const warnings: Problem[] = [];
  const sheetsOf = (t: TablePlace) => (t.areas ? t.areas.map((a) => a.sheet) : [t.sheet]);
  const sheets = [...new Set(tables.flatMap(sheetsOf))];
  for (const name of sheets) {
    const found = book.sheets.find((s) => s.sheet === name);
    if (found === undefined) continue;
    const own = tables.filter((t) => sheetsOf(t).includes(name));
    const inTable = found.unsupported.filter((f) => own.some((t) => within(t, f, name)));
    if (inTable.length > 0) {
      const first = inTable[0];
      throw new InputError(
        problem(
          "formulasNotEvaluable",
          {
            count: inTable.length,
            cells: listed(inTable),
            first: addressOf(first.row, first.column),
            formula: quoted(first.formula),
          },
          { sheet: name },
        ),
      );
    }
    const count = found.evaluated.reduce((sum, c) => sum + c.count, 0);
    if (count > 0) {
      const columns = found.evaluated.map((c) => columnLetter(c.column));
      warnings.push(
        problem(
          "formulasEvaluated",
          {
            count,
            columns: columns.length > 12 ? `${columns.slice(0, 12).join(", ")}, …` : columns.join(", "),
            functions: found.functions.length > 0 ? found.functions.join(", ") : "+, −, ×, ÷",
          },
          { sheet: name },
        ),
      );
    }
    if (found.unsupported.length > 0) {
      warnings.push(
        problem(
          "formulasLeftBlank",
          { count: found.unsupported.length, cells: listed(found.unsupported) },
          { sheet: name },
        ),
      );
    }
  }
  return warnings;
}

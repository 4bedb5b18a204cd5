/**
 * What the .xlsx reader learnt while reading a sheet, as warnings for the user (Problems, like the
 * analysis's own): values ignored because they lie far from the table. A shell adds these to the
 * analysis's warnings for the sheets it uses.
 */
import { columnLetter } from "../core/grid";
import { problem, type Problem } from "../core/problems";
import type { SheetRead } from "./readWorkbook";

/** How many addresses a warning lists before "…". */
const LISTED = 5;

export function sheetReadProblems(read: SheetRead): Problem[] {
  const problems: Problem[] = [];
  if (read.ignoredCellCount > 0) {
    const { grid } = read;
    const width = grid.values[0]?.length ?? 0;
    const region =
      `${columnLetter(grid.left)}${grid.top}:` +
      `${columnLetter(grid.left + width - 1)}${grid.top + grid.values.length - 1}`;
    const listed = read.ignoredCells.slice(0, LISTED).join(", ");
    const cells = read.ignoredCellCount > LISTED ? `${listed}, …` : listed;
    problems.push(
      problem("xlsxIgnoredCells", { count: read.ignoredCellCount, region, cells }, { sheet: grid.sheet }),
    );
  }
  return problems;
}

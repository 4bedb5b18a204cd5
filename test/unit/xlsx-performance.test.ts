/**
 * Large generated workbooks are read completely: every commune-level unit of Vietnam (3,321 rows × 15
 * columns), and a 50,000-row sheet read and analysed to its last row rather than hanging or refused.
 * Speed is measured by `npm run bench` (and `npx tsx test/fixtures/benchRead.ts`), never asserted here.
 */
import { analyseWorkbook } from "../../src/core/analyseWorkbook";
import { DEFAULT_SETTINGS } from "../../src/core/settings";
import { readWorkbook } from "../../src/xlsx/readWorkbook";
import { makeLargeWorkbook } from "../fixtures/generate";

describe("reading large workbooks", () => {
  it("reads 3,321 units × 15 columns", async () => {
    const { bytes, model } = await makeLargeWorkbook(3321);
    const grid = (await readWorkbook(bytes)).grid(model.sheet);
    expect(grid.values[0]).toHaveLength(15);
    expect(grid.values).toHaveLength(model.groups.reduce((n, g) => n + g.units.length, 0) + 11);
  }, 60_000);

  it("reads and analyses a 50,000-row sheet to its last row", async () => {
    const { bytes, model } = await makeLargeWorkbook(50_000);
    const last = model.groups[model.groups.length - 1].units.at(-1)!;
    const book = await readWorkbook(bytes);
    const grid = book.grid(model.sheet);
    expect(grid.values.length).toBeGreaterThan(50_000);
    expect(grid.values[last.row - grid.top][1]).toBe(last.name);
    const analysis = analyseWorkbook({ grids: [grid], settings: DEFAULT_SETTINGS });
    expect(analysis.units).toHaveLength(50_000);
    expect(analysis.units.every((u) => u.rank !== null)).toBe(true);
  }, 180_000);
});

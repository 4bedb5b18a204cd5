/** @jest-environment jsdom */
/**
 * The pane on the layouts whose units are not rows (issue 8 d and e): go-to-cell selects a unit's column
 * (units across columns) or its scoring form (one sheet per unit), not a row; "Sửa cột…" becomes a note on how
 * the table was read, with no editor that cannot work; a refused analysis of such a table never points to
 * "Sửa cột".
 */
import { fireEvent, screen, waitFor, within } from "@testing-library/react";
import type { Grid } from "../../src/core/grid";
import { targetAddress } from "../../src/taskpane/places";
import { FakeGateway, fixtureGrids } from "./fakeGateway";
import { renderPane } from "./render";

jest.setTimeout(60_000);

const ACROSS = "test/fixtures/units-across-columns.xlsx";
const FORMS = "test/fixtures/unit-forms.xlsx";

function textAt(grid: Grid, row: number, column: number): string {
  const value = grid.values[row - grid.top]?.[column - grid.left];
  return typeof value === "string" ? value.trim() : "";
}

/** The row whose first cells say `label` ("Tổng điểm", "Xếp hạng"). */
function rowLabelled(grid: Grid, label: RegExp): number {
  const r = grid.values.findIndex((line) =>
    line.slice(0, 3).some((v) => typeof v === "string" && label.test(v)),
  );
  expect(r).toBeGreaterThanOrEqual(0);
  return grid.top + r;
}

async function openRanking(gateway: FakeGateway): Promise<void> {
  await renderPane(gateway);
  fireEvent.click(screen.getByRole("tab", { name: "Kết quả" }));
  await screen.findByTestId("ranking");
}

function chooseInRanking(name: string): void {
  const rows = within(screen.getByTestId("ranking")).getAllByRole("option");
  fireEvent.click(rows.find((r) => r.textContent?.startsWith(name)) as HTMLElement);
}

async function openTableReading(): Promise<HTMLElement> {
  fireEvent.click(await screen.findByRole("button", { name: "Xem cách đọc bảng…" }));
  return screen.findByTestId("table-reading");
}

describe("go-to-cell selects the unit's own cells", () => {
  test("units across columns: the unit's column, from its name down to its rank", async () => {
    const gateway = new FakeGateway(await fixtureGrids(ACROSS));
    await openRanking(gateway);
    chooseInRanking("Sở Tư pháp");
    expect(gateway.goTo).toHaveBeenCalledTimes(1);
    const target = gateway.goTo.mock.calls[0][0];
    const grid = gateway.grids.find((g) => g.sheet === target.sheet) as Grid;
    // One column (E, as the fixture's model says), the unit's name at the top, the rank row at the bottom.
    expect(target.column).toBe(5);
    expect(target.toColumn).toBe(5);
    expect(textAt(grid, target.row, 5)).toBe("Sở Tư pháp");
    expect(target.toRow).toBe(rowLabelled(grid, /^Xếp hạng/));
    expect(targetAddress(target)).toBe(`E${target.row}:E${target.toRow}`);
  });

  test("per-unit forms: the unit's form, on its own sheet, from its name to its total", async () => {
    const gateway = new FakeGateway(await fixtureGrids(FORMS));
    await openRanking(gateway);
    chooseInRanking("Sở Tư pháp");
    const target = gateway.goTo.mock.calls[0][0];
    // The form of Sở Tư pháp is the sheet "Phiếu 2" (the unit is named in its title).
    expect(target.sheet).toBe("Phiếu 2");
    const grid = gateway.grids.find((g) => g.sheet === "Phiếu 2") as Grid;
    expect(textAt(grid, target.row, target.column as number)).toMatch(/Sở Tư pháp/);
    const total = rowLabelled(grid, /^tổng điểm/i);
    expect(target.row).toBeLessThan(total);
    expect(target.toRow).toBeGreaterThanOrEqual(total);
    // Across the form's columns up to the appraisal (E, the points read).
    expect(target.toColumn).toBe(5);
    expect(target.column).toBeLessThan(5);
  });

  test("units as rows keep their row across the table", async () => {
    const gateway = new FakeGateway(await fixtureGrids("examples/hai-duong-2021.xlsx"));
    await openRanking(gateway);
    chooseInRanking("Huyện Ninh Giang");
    const target = gateway.goTo.mock.calls[0][0];
    expect(target.toRow).toBe(target.row);
    expect(target.column).toBeLessThan(target.toColumn as number);
  });
});

describe("how the table was read, in place of the column editor", () => {
  test("units across columns: the layout, the units' columns, the counts and the final score's row", async () => {
    const gateway = new FakeGateway(await fixtureGrids(ACROSS));
    await renderPane(gateway);
    expect(screen.queryByRole("button", { name: "Sửa cột…" })).toBeNull();
    const note = await openTableReading();
    const text = note.textContent ?? "";
    expect(text).toContain("Bảng được đọc theo mẫu “đơn vị theo cột”");
    expect(text).toContain("mỗi đơn vị một cột (cột D–S, tên đơn vị ở dòng 8)");
    expect(text).toContain("Đã đọc 16 đơn vị, 8 lĩnh vực");
    expect(text).toContain("tổng điểm) của mỗi đơn vị ở dòng 49");
    expect(text).toContain("Chỉ số (%) ở dòng 50.");
    expect(text).toContain("không sửa được ở đây");
    expect(within(note).getAllByRole("listitem")).toHaveLength(8);
    // No role or field editor: nothing to choose but the sheet.
    expect(screen.queryByTestId("roles")).toBeNull();
    expect(within(note).queryByRole("combobox")).toBeNull();
    expect(within(note).queryByRole("textbox")).toBeNull();
    fireEvent.click(screen.getByRole("button", { name: "Ẩn cách đọc bảng" }));
    await waitFor(() => expect(screen.queryByTestId("table-reading")).toBeNull());
  });

  test("per-unit forms: the layout, the forms' sheets and the appraisal column, in English too", async () => {
    const gateway = new FakeGateway(await fixtureGrids(FORMS));
    await renderPane(gateway);
    const text = (await openTableReading()).textContent ?? "";
    expect(text).toContain("Bảng được đọc theo mẫu “phiếu chấm điểm của từng đơn vị”");
    expect(text).toContain("mỗi đơn vị một trang (16 trang: “Sở Nội vụ” … “Huyện Quảng Xương”)");
    expect(text).toMatch(/trang “Sở Nội vụ”: cột E “[^”]*thẩm định[^”]*”/i);
    expect(text).toContain("Đã đọc 16 đơn vị, 8 lĩnh vực");
    expect(text).toContain("dòng “Tổng điểm” của phiếu");
    expect(screen.queryByTestId("roles")).toBeNull();

    fireEvent.click(screen.getByRole("button", { name: "English" }));
    await waitFor(() =>
      expect(screen.getByTestId("table-reading").textContent).toContain(
        "Read as “a scoring form per unit” (phiếu chấm điểm của từng đơn vị)",
      ),
    );
    expect(screen.getByTestId("table-reading").textContent).toContain("cannot be edited here");
  });

  test("units as rows still get the column editor", async () => {
    const gateway = new FakeGateway(await fixtureGrids("examples/hai-duong-2021.xlsx"));
    await renderPane(gateway);
    fireEvent.click(screen.getByRole("button", { name: "Sửa cột…" }));
    expect(await screen.findByTestId("roles")).toBeTruthy();
    expect(screen.queryByTestId("table-reading")).toBeNull();
  });
});

/** Every unit's index (%) tripled: the sheet's index disagrees with the computed one for every unit. */
function tripledIndices(grids: readonly Grid[], sheets: readonly string[]): Grid[] {
  return grids.map((g) => {
    if (!sheets.includes(g.sheet)) return g;
    const row = rowLabelled(g, /^Chỉ số/) - g.top;
    const values = g.values.map((line, r) =>
      r !== row ? line : line.map((v, c) => (typeof v === "number" && g.left + c > 3 ? v * 3 : v)),
    );
    return { ...g, values };
  });
}

describe("a refused analysis of such a table", () => {
  test.each([
    [ACROSS, (sheet: string) => sheet === "Tổng hợp điểm"],
    [FORMS, (sheet: string) => sheet !== "Hướng dẫn"],
  ])("%s: the message says to correct the workbook, never “Sửa cột”", async (file, scored) => {
    const grids = await fixtureGrids(file);
    const gateway = new FakeGateway(tripledIndices(grids, grids.map((g) => g.sheet).filter(scored)));
    await renderPane(gateway);
    const start = await screen.findByTestId("refusal");
    expect(start.textContent).toContain("được hiểu là chỉ số (%)");
    expect(start.textContent).toContain("hãy sửa các dòng, ô nêu trên trong bảng tính rồi đọc lại");
    expect(start.textContent).not.toContain("sửa cách đọc cột ở dưới");
    // The note on how the table was read stands open below it, with no editor.
    expect(await screen.findByTestId("table-reading")).toBeTruthy();
    expect(screen.queryByTestId("roles")).toBeNull();

    fireEvent.click(screen.getByRole("tab", { name: "Kết quả" }));
    const results = await within(screen.getByTestId("panel-results")).findByTestId("refusal");
    expect(results.textContent).toContain("cho đến khi số liệu được sửa trong bảng tính");
    expect(within(results).queryByRole("button", { name: "Sửa cột…" })).toBeNull();
    fireEvent.click(within(results).getByRole("button", { name: "Xem cách đọc bảng…" }));
    await waitFor(() => expect(screen.getByTestId("panel-start").hidden).toBe(false));
  });
});

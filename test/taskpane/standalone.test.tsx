/** @jest-environment jsdom */
/**
 * The standalone page (src/standalone) in the browser's place: once this year's workbook is open, last year's
 * picker is on the page once — the pane's own, in the first step's "So sánh với năm trước" — not a second copy
 * above the steps; what the reader left out of last year's file is said once, beside that picker. A place chosen
 * in a layout whose units are columns is told as the unit's range, with what its cells hold.
 */
import { fireEvent, screen, waitFor, within } from "@testing-library/react";
// First: it gives jsdom the TextEncoder the zip helpers below need.
import { renderWithTheme } from "./render";
import { StandaloneApp, placeText } from "../../src/standalone/StandaloneApp";
import type { SettingsStore } from "../../src/standalone/gateway";
import { withStrayValues } from "../fixtures/lib/hostileFiles";
import { fixtureBytes, fixtureGrids } from "./fakeGateway";

jest.setTimeout(60_000);

const memoryStore = (): SettingsStore => ({ load: () => null, save: () => true, forget: () => undefined });

async function openThisYear(): Promise<void> {
  const input = screen.getByTestId("current-file");
  const file = new File([fixtureBytes("examples/hai-duong-2021.xlsx")], "hai-duong-2021.xlsx");
  fireEvent.change(input, { target: { files: [file] } });
  await screen.findByTestId("found-summary", undefined, { timeout: 30_000 });
}

test("last year's picker is on the page once, its warnings beside it once", async () => {
  renderWithTheme(<StandaloneApp store={memoryStore()} />);
  // Before this year's workbook: where last year's goes, without a picker yet.
  expect(screen.getByText(/^Bảng điểm năm trước/)).toBeTruthy();
  expect(screen.queryByTestId("previous-file")).toBeNull();

  await openThisYear();
  expect(screen.getAllByTestId("previous-file")).toHaveLength(1);
  expect(screen.getAllByLabelText("Chọn tệp năm trước…")).toHaveLength(1);
  expect(screen.getAllByRole("button", { name: "Chọn tệp năm trước…" })).toHaveLength(1);
  // The one picker is the first step's.
  const compare = screen.getByRole("listitem", { name: /So sánh với năm trước/ });
  expect(within(compare).getByTestId("previous-file")).toBeTruthy();

  const stray = withStrayValues(fixtureBytes("examples/hai-duong-2020.xlsx"), [
    { row: 1_048_576, column: "XFD" },
  ]);
  fireEvent.change(screen.getByTestId("previous-file"), {
    target: { files: [new File([new Uint8Array(stray)], "hai-duong-2020.xlsx")] },
  });
  await waitFor(
    () => expect(screen.getByTestId("compare-status").textContent).toMatch(/hai-duong-2020\.xlsx/),
    {
      timeout: 20_000,
    },
  );
  expect(screen.getAllByText(/XFD1048576/)).toHaveLength(1);
  expect(within(compare).getByTestId("previous-file-problems").textContent).toContain("Đã bỏ qua 1 ô");
  expect(screen.queryByTestId("read-problems")).toBeNull();
});

test("a unit's column is told as its range and what its cells hold", async () => {
  const grids = await fixtureGrids("test/fixtures/units-across-columns.xlsx");
  const target = { sheet: "Tổng hợp điểm", row: 8, toRow: 51, column: 5, toColumn: 5 };
  const text = placeText({ grids }, target, "vi");
  expect(text).toMatch(/^Vị trí trong tệp: Trang tính “Tổng hợp điểm”, vùng E8:E51 — Sở Tư pháp \| 7\.5 \| /);
  expect(placeText({ grids }, target, "en")).toMatch(
    /^Place in the file: Sheet “Tổng hợp điểm”, range E8:E51 — /,
  );
  // A row, as before: the place and the whole row.
  expect(placeText({ grids }, { sheet: "Tổng hợp điểm", row: 8, column: 4, toColumn: 19 }, "vi")).toMatch(
    /^Vị trí trong tệp: Trang tính “Tổng hợp điểm”, ô D8 — /,
  );
});

/** @jest-environment jsdom */
/**
 * The column editor on a paired layout ("Điểm tối đa" + "Điểm đạt" per field, test/fixtures/paired-columns.xlsx):
 * each field shows the column of the units' own maxima it was read with, a correction keeps those columns in
 * the mapping (settings.mapping.components[].maxColumn) instead of dropping the units' own maxima, and the
 * column can be changed or cleared per field.
 */
import { fireEvent, screen, waitFor, within } from "@testing-library/react";
import type { Settings } from "../../src/core/settings";
import { FakeGateway, fixtureGrids } from "./fakeGateway";
import { renderPane } from "./render";

jest.setTimeout(60_000);

const TTHC = "Cải cách thủ tục hành chính";

function lastMapping(gateway: FakeGateway): Settings["mapping"] {
  const calls = gateway.saveSettings.mock.calls;
  return (calls[calls.length - 1][0].settings as Settings).mapping;
}

test("a paired field keeps its units' own maximum column through the editor", async () => {
  const gateway = new FakeGateway(await fixtureGrids("test/fixtures/paired-columns.xlsx"));
  await renderPane(gateway);
  fireEvent.click(await screen.findByRole("button", { name: "Sửa cột…" }));
  const list = await screen.findByTestId("components");
  const column = (component: string) =>
    within(list).getByRole("combobox", {
      name: `Cột điểm tối đa riêng của từng đơn vị, lĩnh vực ${component}`,
    }) as HTMLSelectElement;
  expect(column(TTHC).value).toBe("G");
  expect(column("Cải cách thể chế").value).toBe("E");

  fireEvent.change(column(TTHC), { target: { value: "" } });
  await waitFor(() => expect(gateway.saveSettings).toHaveBeenCalled());
  const cleared = lastMapping(gateway).components ?? [];
  expect(cleared.map((c) => [c.column, c.maxColumn])).toEqual([
    ["D", "C"],
    ["F", "E"],
    ["H", undefined],
    ["J", "I"],
    ["L", "K"],
    ["N", "M"],
    ["P", "O"],
    ["R", "Q"],
  ]);

  fireEvent.change(column(TTHC), { target: { value: "G" } });
  await waitFor(() =>
    expect(lastMapping(gateway).components?.[2]).toMatchObject({ column: "H", maxColumn: "G" }),
  );
  // Read as detection read it: no refusal, the first screen's summary is back.
  expect(screen.queryByTestId("refusal")).toBeNull();
  expect(await screen.findByTestId("found-summary")).toBeTruthy();
});

test("on a table read without pairs, the columns of the units' own maxima can be named", async () => {
  const gateway = new FakeGateway(await fixtureGrids("examples/hai-duong-2021.xlsx"));
  await renderPane(gateway);
  fireEvent.click(await screen.findByRole("button", { name: "Sửa cột…" }));
  const list = await screen.findByTestId("components");
  const name = `Cột điểm tối đa riêng của từng đơn vị, lĩnh vực ${TTHC}`;
  expect(within(list).queryByRole("combobox", { name })).toBeNull();
  fireEvent.click(screen.getByRole("checkbox", { name: /cột điểm tối đa riêng của từng đơn vị/ }));
  fireEvent.change(within(list).getByRole("combobox", { name }), { target: { value: "O" } });
  await waitFor(() => expect(gateway.saveSettings).toHaveBeenCalled());
  expect(lastMapping(gateway).components?.find((c) => c.name === TTHC)).toMatchObject({ maxColumn: "O" });
});

/** @jest-environment jsdom */
/**
 * The Table step on Hải Dương 2021: what detection found (18 + 12 units, the 8 components with their maxima,
 * the role columns), a mapping corrected from a dropdown re-analyses and is saved, and a warning's button goes
 * to its cell.
 */
import { fireEvent, screen, waitFor, within } from "@testing-library/react";
import { haiDuong2021 } from "./fakeGateway";
import { renderPane } from "./render";

/** Renders the pane and opens the column editor behind "Sửa cột…" on the first screen. */
async function renderWithColumns(gateway: Awaited<ReturnType<typeof haiDuong2021>>) {
  await renderPane(gateway);
  fireEvent.click(screen.getByRole("button", { name: "Sửa cột…" }));
  await screen.findByTestId("roles");
}

// The steps after the first load on first use; the machine running the tests may be busy.
jest.setTimeout(30_000);

describe("First screen and the column editor", () => {
  test("shows the units per group and the 8 components with their maxima", async () => {
    const gateway = await haiDuong2021();
    await renderWithColumns(gateway);
    const groups = within(screen.getByTestId("groups"))
      .getAllByRole("listitem")
      .map((li) => li.textContent);
    expect(groups).toEqual([
      "Khối “CÁC SỞ, BAN, NGÀNH”: 18 đơn vị",
      "Khối “UBND CÁC HUYỆN, THỊ XÃ, THÀNH PHỐ”: 12 đơn vị",
    ]);
    expect(screen.getByTestId("found-summary").textContent).toBe("30 đơn vị trong 2 khối, năm 2021");
    expect(
      within(screen.getByTestId("checked-components"))
        .getAllByRole("listitem")
        .map((li) => li.textContent),
    ).toEqual(["Cải cách thủ tục hành chính", "Xây dựng và phát triển chính quyền điện tử, chính quyền số"]);
    const rows = within(screen.getByTestId("components")).getAllByRole("listitem");
    expect(rows).toHaveLength(8);
    const tthc = rows.find((r) => /thủ tục hành chính/.test(r.textContent ?? ""));
    expect(tthc).toBeDefined();
    // Shown as a Vietnamese reads it.
    expect(within(tthc as HTMLElement).getByRole("textbox")).toHaveProperty("value", "9,8");
    // The two components the seed names are checked against the threshold, and say so in words.
    expect(within(screen.getByTestId("components")).getAllByText("✓ kiểm tra ngưỡng 75%")).toHaveLength(2);
    expect(gateway.readWorkbook).toHaveBeenCalledTimes(1);
  });

  test("a column chosen for a role leaves the role the mapping gave it before", async () => {
    const gateway = await haiDuong2021();
    await renderWithColumns(gateway);
    const select = (name: string) =>
      within(screen.getByTestId("roles")).getByRole("combobox", { name }) as HTMLSelectElement;
    const indexColumn = select("Chỉ số (%)").value;
    expect(indexColumn).not.toBe("");
    // The index mapped where detection found it, then the same column chosen as the total.
    fireEvent.change(select("Chỉ số (%)"), { target: { value: indexColumn } });
    await waitFor(() => expect(gateway.saveSettings).toHaveBeenCalled());
    fireEvent.change(select("Tổng điểm"), { target: { value: indexColumn } });
    await waitFor(() => expect(select("Tổng điểm").value).toBe(indexColumn));
    expect(screen.queryByTestId("analysis-error")).toBeNull();
    const savedMapping = () =>
      (gateway.saveSettings.mock.calls.at(-1)?.[0].settings as { mapping: Record<string, unknown> }).mapping;
    await waitFor(() => expect(savedMapping()).toMatchObject({ total: indexColumn }));
    expect(savedMapping().index).toBeUndefined();
  });

  test("the role columns are shown, and correcting one re-analyses and saves the mapping", async () => {
    const gateway = await haiDuong2021();
    await renderWithColumns(gateway);
    const roles = screen.getByTestId("roles");
    const total = within(roles).getByRole("combobox", { name: "Tổng điểm" }) as HTMLSelectElement;
    expect(total.value).not.toBe("");
    const rating = within(roles).getByRole("combobox", {
      name: "Xếp loại người đứng đầu",
    }) as HTMLSelectElement;
    expect(rating.value).not.toBe("");
    // Point the rating at the unit-name column: no rating can be read any more, so nobody must hold a review.
    const nameColumn = (within(roles).getByRole("combobox", { name: "Tên đơn vị" }) as HTMLSelectElement)
      .value;
    fireEvent.change(rating, { target: { value: nameColumn } });
    await waitFor(() =>
      expect(
        (
          within(screen.getByTestId("roles")).getByRole("combobox", {
            name: "Xếp loại người đứng đầu",
          }) as HTMLSelectElement
        ).value,
      ).toBe(nameColumn),
    );
    fireEvent.click(screen.getByRole("tab", { name: "Kết quả" }));
    expect(await screen.findByRole("heading", { name: "Phải kiểm điểm (0)" })).toBeTruthy();
    await waitFor(() => expect(gateway.saveSettings).toHaveBeenCalled());
    const saved = gateway.saveSettings.mock.calls.at(-1)?.[0].settings as {
      mapping: Record<string, unknown>;
    };
    expect(saved.mapping.rating).toBe(nameColumn);
  });

  test("“— không có —” clears a role detection found, and choosing a column brings it back", async () => {
    const gateway = await haiDuong2021();
    await renderWithColumns(gateway);
    const ratingBox = () =>
      within(screen.getByTestId("roles")).getByRole("combobox", {
        name: "Xếp loại người đứng đầu",
      }) as HTMLSelectElement;
    const detected = ratingBox().value;
    fireEvent.change(ratingBox(), { target: { value: "" } });
    await waitFor(() => expect(ratingBox().value).toBe(""));
    fireEvent.click(screen.getByRole("tab", { name: "Kết quả" }));
    expect(await screen.findByRole("heading", { name: "Phải kiểm điểm (0)" })).toBeTruthy();
    await waitFor(() =>
      expect(
        (gateway.saveSettings.mock.calls.at(-1)?.[0].settings as { mapping: { clear?: string[] } }).mapping
          .clear,
      ).toEqual(["rating"]),
    );
    fireEvent.click(screen.getByRole("tab", { name: "Bắt đầu" }));
    fireEvent.change(ratingBox(), { target: { value: detected } });
    await waitFor(() => expect(ratingBox().value).toBe(detected));
    fireEvent.click(screen.getByRole("tab", { name: "Kết quả" }));
    expect(await screen.findByRole("heading", { name: "Phải kiểm điểm (7)" })).toBeTruthy();
  });

  test("dropping a component from the list removes it from the analysis", async () => {
    const gateway = await haiDuong2021();
    await renderWithColumns(gateway);
    const rows = within(screen.getByTestId("components")).getAllByRole("listitem");
    const tthc = rows.find((r) => /thủ tục hành chính/.test(r.textContent ?? "")) as HTMLElement;
    fireEvent.click(within(tthc).getByRole("button", { name: /^Bỏ — không coi cột/ }));
    await waitFor(() =>
      expect(within(screen.getByTestId("components")).getAllByRole("listitem")).toHaveLength(7),
    );
    // The seed's component is gone: a warning says it cannot be checked, with no cell to go to.
    expect(screen.getByTestId("warnings").textContent).toMatch(/thủ tục hành chính/i);
  });

  test("a component's maximum typed with a decimal comma is read as the sheet's cells are", async () => {
    const gateway = await haiDuong2021();
    await renderWithColumns(gateway);
    const explanations = () => screen.getByText(/trường hợp phải giải trình/).textContent ?? "";
    expect(explanations()).toMatch(/8 trường hợp phải giải trình/);
    const max = screen.getByRole("textbox", { name: /Điểm tối đa của lĩnh vực Cải cách thủ tục hành chính/ });
    fireEvent.change(max, { target: { value: "9,5" } });
    fireEvent.blur(max);
    await waitFor(() => {
      const mapping = (
        gateway.saveSettings.mock.calls.at(-1)?.[0].settings as {
          mapping: { components?: { max?: number; name?: string }[] };
        }
      ).mapping;
      expect(mapping.components?.find((c) => /thủ tục/.test(c.name ?? ""))?.max).toBe(9.5);
    });
    // 9,5 is 9.5: 6 explanations as the core counts them for that maximum (95 would put every unit
    // below the threshold: 34).
    await waitFor(() => expect(explanations()).toMatch(/6 trường hợp phải giải trình/));
    // Text that is not a number is refused beside the field, in words.
    const again = screen.getByRole("textbox", {
      name: /Điểm tối đa của lĩnh vực Cải cách thủ tục hành chính/,
    });
    fireEvent.change(again, { target: { value: "chín" } });
    fireEvent.blur(again);
    expect(await screen.findByText("Không phải một số (ví dụ 9,5)")).toBeTruthy();
  });

  test("a warning's button goes to its cell", async () => {
    const gateway = await haiDuong2021();
    // A text in a score cell is a cell-level warning.
    const grid = gateway.grids[0];
    const sheet = grid.sheet;
    const values = grid.values.map((row) => [...row]);
    const r = values.findIndex((row) => row.some((v) => v === "Sở Y tế"));
    const c = values[r].findIndex((v, i) => i > 2 && typeof v === "number");
    values[r][c] = "chưa chấm";
    gateway.grids = [{ ...grid, values }];
    await renderWithColumns(gateway);
    const warnings = screen.getByTestId("warnings");
    expect(warnings.textContent).toMatch(/chưa chấm/);
    const button = within(warnings).getAllByRole("button", { name: /^Đến ô — Trang tính/ })[0];
    fireEvent.click(button);
    expect(gateway.goTo).toHaveBeenCalledWith({ sheet, row: grid.top + r, column: grid.left + c });
  });
});

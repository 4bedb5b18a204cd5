/** @jest-environment jsdom */
/**
 * The Results step on Hải Dương 2021, compared with the 2020 file picked through the Actions step's file
 * picker (read in the pane with the .xlsx reader): the dropped units (TP Chí Linh 1 → 3), the reviews and
 * the explanations; the group filter and the search; a row selects the unit's row in the sheet.
 */
import { fireEvent, screen, waitFor, within } from "@testing-library/react";
import { fixtureBytes, haiDuong2021, type FakeGateway } from "./fakeGateway";
import { renderPane } from "./render";

async function withLastYearFile(gateway: FakeGateway): Promise<void> {
  await renderPane(gateway);
  fireEvent.click(screen.getByRole("tab", { name: "Thao tác" }));
  const input = screen.getByTestId("previous-file") as HTMLInputElement;
  const file = new File([fixtureBytes("examples/hai-duong-2020.xlsx")], "hai-duong-2020.xlsx");
  fireEvent.change(input, { target: { files: [file] } });
  await waitFor(
    () => expect(screen.getByTestId("previous-file-name").textContent).toMatch(/hai-duong-2020\.xlsx/),
    {
      timeout: 10_000,
    },
  );
  fireEvent.click(screen.getByRole("tab", { name: "Kết quả" }));
}

function rowsOf(testId: string): string[] {
  return within(screen.getByTestId(testId))
    .getAllByRole("row")
    .slice(1)
    .map((r) => r.textContent ?? "");
}

describe("Results step", () => {
  test("lists the dropped units from last year's file, the reviews and the explanations", async () => {
    const gateway = await haiDuong2021();
    await withLastYearFile(gateway);
    const dropped = rowsOf("dropped");
    expect(dropped).toContain("TP Chí Linh▼ giảm 2 bậc (hạng 1 → 3)");
    expect(dropped).toContain("TX Kinh Môn▼ giảm 2 bậc (hạng 2 → 4)");
    expect(rowsOf("reviews")).toHaveLength(7);
    expect(rowsOf("reviews").find((r) => r.startsWith("Sở Y tế"))).toMatch(
      /Không hoàn thành nhiệm vụ.*Đứng cuối khối/,
    );
    const explanations = rowsOf("explanations");
    expect(explanations).toHaveLength(8);
    expect(explanations).toContain("Sở Xây dựngCải cách thủ tục hành chính73,47% (7,2/9,8 điểm)");
    // Words and symbols, never colour alone.
    expect(rowsOf("ranking").find((r) => r.includes("Sở Giao thông vận tải"))).toMatch(/= giữ nguyên/);
    // The choice is remembered in the document (the file itself is not).
    await waitFor(() => expect(gateway.saveSettings).toHaveBeenCalled());
    const pane = gateway.saveSettings.mock.calls.at(-1)?.[0].pane as {
      previous: { source: string; file: string };
    };
    expect(pane.previous).toEqual({ source: "file", sheet: null, file: "hai-duong-2020.xlsx" });
  });

  test("a unit missing from last year is never dropped; the user may confirm it is new", async () => {
    const gateway = await haiDuong2021();
    await withLastYearFile(gateway);
    const box = screen.getByRole("checkbox", {
      name: /Ban Quản lý các khu công nghiệp tỉnh.*không tìm thấy/,
    });
    expect(rowsOf("dropped").join(" ")).not.toMatch(/Ban Quản lý/);
    fireEvent.click(box);
    await waitFor(() =>
      expect(
        screen.getByRole("checkbox", { name: /Ban Quản lý các khu công nghiệp tỉnh.*mới/ }),
      ).toHaveProperty("checked", true),
    );
    await waitFor(() =>
      expect(
        (gateway.saveSettings.mock.calls.at(-1)?.[0].settings as { newUnits: string[] } | undefined)
          ?.newUnits,
      ).toEqual(["Ban Quản lý các khu công nghiệp tỉnh"]),
    );
  });

  test("a file that is not a workbook gets a clear message and changes nothing", async () => {
    const gateway = await haiDuong2021();
    await renderPane(gateway);
    fireEvent.click(screen.getByRole("tab", { name: "Thao tác" }));
    const file = new File([fixtureBytes("test/fixtures/not-xlsx.xlsx")], "nam-truoc.xlsx");
    fireEvent.change(screen.getByTestId("previous-file"), { target: { files: [file] } });
    const panel = screen.getByTestId("panel-actions");
    await waitFor(() =>
      expect(panel.textContent).toMatch(/"nam-truoc\.xlsx" không phải là sổ làm việc Excel/),
    );
    expect(screen.queryByTestId("previous-file-name")).toBeNull();
    expect(gateway.saveSettings).not.toHaveBeenCalled();
  });

  test("the same picker sits in Settings when last year's source is a file", async () => {
    const gateway = await haiDuong2021();
    await renderPane(gateway);
    fireEvent.click(screen.getByRole("tab", { name: "Thiết lập" }));
    fireEvent.click(screen.getByRole("radio", { name: "Tệp năm trước" }));
    const file = new File([fixtureBytes("examples/hai-duong-2020.xlsx")], "hai-duong-2020.xlsx");
    fireEvent.change(screen.getByTestId("settings-previous-file"), { target: { files: [file] } });
    await waitFor(() => expect(screen.getByText("Đang so sánh với bảng năm trước.")).toBeTruthy(), {
      timeout: 10_000,
    });
    fireEvent.click(screen.getByRole("tab", { name: "Kết quả" }));
    expect(screen.getByRole("heading", { name: /^Tụt hạng \(\d+\)$/ }).textContent).not.toBe("Tụt hạng (0)");
  });

  test("without last year, says where to get it and lists no drop", async () => {
    const gateway = await haiDuong2021();
    await renderPane(gateway);
    fireEvent.click(screen.getByRole("tab", { name: "Kết quả" }));
    expect(screen.getByRole("heading", { name: "Tụt hạng (0)" })).toBeTruthy();
    expect(screen.getByText(/Chưa có dữ liệu năm trước/)).toBeTruthy();
    // A dash to the eye, the words for a screen reader.
    expect(rowsOf("ranking")[0]).toMatch(/^1Sở Giao thông vận tải91,53—— không so sánh được$/);
  });

  test("filters by group and searches by name", async () => {
    const gateway = await haiDuong2021();
    await renderPane(gateway);
    fireEvent.click(screen.getByRole("tab", { name: "Kết quả" }));
    expect(rowsOf("ranking")).toHaveLength(30);
    fireEvent.change(screen.getByRole("combobox", { name: "Khối" }), {
      target: { value: "UBND CÁC HUYỆN, THỊ XÃ, THÀNH PHỐ" },
    });
    expect(rowsOf("ranking")).toHaveLength(12);
    expect(rowsOf("reviews").map((r) => r.split("Người")[0])).toEqual([
      "Huyện Bình Giang",
      "Huyện Thanh Miện",
      "Huyện Ninh Giang",
    ]);
    // Search ignores case and accents.
    fireEvent.change(screen.getByRole("searchbox", { name: "Tìm đơn vị" }), {
      target: { value: "ninh giang" },
    });
    expect(rowsOf("ranking")).toEqual([expect.stringMatching(/^12Huyện Ninh Giang74,22/)]);
    expect(rowsOf("explanations")).toHaveLength(2);
    fireEvent.change(screen.getByRole("combobox", { name: "Khối" }), { target: { value: "" } });
    fireEvent.change(screen.getByRole("searchbox", { name: "Tìm đơn vị" }), { target: { value: "SO Y TE" } });
    expect(rowsOf("ranking")).toEqual([expect.stringMatching(/^18Sở Y tế/)]);
  });

  test("a row selects the unit's row across the table in the sheet", async () => {
    const gateway = await haiDuong2021();
    await renderPane(gateway);
    fireEvent.click(screen.getByRole("tab", { name: "Kết quả" }));
    const grid = gateway.grids[0];
    const r = grid.values.findIndex((row) => row.includes("Huyện Ninh Giang"));
    const reviews = within(screen.getByTestId("reviews")).getAllByRole("row");
    const ninhGiang = reviews.find((row) => row.textContent?.startsWith("Huyện Ninh Giang")) as HTMLElement;
    fireEvent.click(within(ninhGiang).getByRole("button", { name: "Huyện Ninh Giang" }));
    expect(gateway.goTo).toHaveBeenCalledTimes(1);
    const target = gateway.goTo.mock.calls[0][0];
    expect(target).toMatchObject({ sheet: grid.sheet, row: grid.top + r });
    expect(target.column).toBeLessThan(target.toColumn as number);
    // A click elsewhere on the row selects too.
    fireEvent.click(within(ninhGiang).getAllByRole("cell")[1]);
    expect(gateway.goTo).toHaveBeenCalledTimes(2);
    expect(gateway.goTo.mock.calls[1][0]).toEqual(target);
  });
});

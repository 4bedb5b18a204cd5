/** @jest-environment jsdom */
/**
 * The Results step on Hải Dương 2021, compared with the 2020 file picked through the Actions step's file
 * picker (read in the pane with the .xlsx reader): the dropped units (TP Chí Linh 1 → 3), the reviews and
 * the explanations; the group filter and the search; a row selects the unit's row in the sheet.
 */
import { cleanup, fireEvent, screen, waitFor, within } from "@testing-library/react";
import { COMPARISON_LIMIT_BYTES } from "../../src/taskpane/comparison";
import { setSessionPrevious } from "../../src/taskpane/session";
import { fixtureBytes, haiDuong2021, type FakeGateway } from "./fakeGateway";
import { renderPane } from "./render";

async function withLastYearFile(gateway: FakeGateway): Promise<void> {
  await renderPane(gateway);
  // The first screen's first action: last year's file.
  const input = screen.getByTestId("previous-file") as HTMLInputElement;
  const file = new File([fixtureBytes("examples/hai-duong-2020.xlsx")], "hai-duong-2020.xlsx");
  fireEvent.change(input, { target: { files: [file] } });
  await waitFor(
    () => expect(screen.getByTestId("compare-status").textContent).toMatch(/hai-duong-2020\.xlsx/),
    { timeout: 10_000 },
  );
  fireEvent.click(screen.getByRole("tab", { name: "Kết quả" }));
  await screen.findByTestId("ranking");
}

/** Each unit of a list as its name and the line below it, run together. */
function rowsOf(testId: string): string[] {
  return within(screen.getByTestId(testId))
    .getAllByRole("option")
    .map((r) => r.textContent ?? "");
}

// The steps after the first load on first use; the machine running the tests may be busy.
jest.setTimeout(30_000);

describe("Results step", () => {
  test("lists the dropped units from last year's file, the reviews and the explanations", async () => {
    const gateway = await haiDuong2021();
    await withLastYearFile(gateway);
    const dropped = rowsOf("dropped");
    expect(dropped).toContain("TP Chí Linh▼ giảm 2 bậc (hạng 1 → 3)");
    expect(dropped).toContain("TX Kinh Môn▼ giảm 2 bậc (hạng 2 → 4)");
    // Focus went back to the picker's button once the file was read.
    fireEvent.click(screen.getByRole("tab", { name: "Bắt đầu" }));
    expect(document.activeElement).toBe(screen.getByRole("button", { name: "Chọn tệp năm trước…" }));
    fireEvent.click(screen.getByRole("tab", { name: "Kết quả" }));
    expect(rowsOf("reviews")).toHaveLength(7);
    expect(rowsOf("reviews").find((r) => r.startsWith("Sở Y tế"))).toMatch(
      /Không hoàn thành nhiệm vụ.*Đứng cuối khối/,
    );
    const explanations = rowsOf("explanations");
    expect(explanations).toHaveLength(8);
    expect(explanations).toContain("Sở Xây dựngCải cách thủ tục hành chính — 73,47% (7,2/9,8 điểm)");
    // Words and symbols, never colour alone.
    expect(rowsOf("ranking").find((r) => r.includes("Sở Giao thông vận tải"))).toMatch(/= giữ nguyên/);
    // The choice is remembered in the document (the file itself is not).
    await waitFor(() => expect(gateway.saveSettings).toHaveBeenCalled());
    const pane = gateway.saveSettings.mock.calls.at(-1)?.[0].pane as {
      previous: { source: string; file: string };
    };
    expect(pane.previous).toEqual({ source: "file", sheet: null, file: "hai-duong-2020.xlsx" });
  });

  test("the comparison is kept in the workbook: reopened without the file, the results are the same", async () => {
    const gateway = await haiDuong2021();
    await withLastYearFile(gateway);
    const before = { dropped: rowsOf("dropped"), ranking: rowsOf("ranking") };
    await waitFor(() => expect(gateway.saved?.comparison).toBeDefined());
    const kept = gateway.saved?.comparison as {
      previous: { file: string; fingerprint: string; units: unknown[] };
    };
    expect(kept.previous.file).toBe("hai-duong-2020.xlsx");
    expect(kept.previous.fingerprint).toMatch(/^[0-9a-f]{64}$/);
    expect(kept.previous.units).toHaveLength(30);
    expect(JSON.stringify(gateway.saved?.comparison).length).toBeLessThan(COMPARISON_LIMIT_BYTES);
    // Close the pane and the session (the file is gone), open the workbook again.
    cleanup();
    setSessionPrevious(null);
    await renderPane(gateway);
    expect(screen.getByTestId("compare-status").textContent).toMatch(
      /^Đang so sánh với tệp “hai-duong-2020\.xlsx” \(lưu trong bảng tính, đọc ngày \d\d\/\d\d\/\d{4}\)\.$/,
    );
    fireEvent.click(screen.getByRole("tab", { name: "Kết quả" }));
    await screen.findByTestId("ranking");
    expect(rowsOf("dropped")).toEqual(before.dropped);
    expect(rowsOf("ranking")).toEqual(before.ranking);
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
    const file = new File([fixtureBytes("test/fixtures/not-xlsx.xlsx")], "nam-truoc.xlsx");
    fireEvent.change(screen.getByTestId("previous-file"), { target: { files: [file] } });
    const panel = screen.getByTestId("panel-start");
    await waitFor(() =>
      expect(panel.textContent).toMatch(/"nam-truoc\.xlsx" không phải là sổ làm việc Excel/),
    );
    expect(screen.getByTestId("compare-status").textContent).toMatch(/^Chưa so sánh/);
    expect(gateway.saveSettings).not.toHaveBeenCalled();
  });

  test("the same picker sits in Settings when last year's source is a file", async () => {
    const gateway = await haiDuong2021();
    await renderPane(gateway);
    fireEvent.click(screen.getByRole("tab", { name: "Thiết lập" }));
    fireEvent.click(await screen.findByRole("radio", { name: "Tệp năm trước" }));
    const file = new File([fixtureBytes("examples/hai-duong-2020.xlsx")], "hai-duong-2020.xlsx");
    fireEvent.change(screen.getByTestId("settings-previous-file"), { target: { files: [file] } });
    await waitFor(() => expect(screen.getByText("Đang so sánh với bảng năm trước.")).toBeTruthy(), {
      timeout: 10_000,
    });
    fireEvent.click(screen.getByRole("tab", { name: "Kết quả" }));
    expect((await screen.findByRole("heading", { name: /^Tụt hạng \(\d+\)$/ })).textContent).not.toBe(
      "Tụt hạng (0)",
    );
  });

  test("without last year, says where to get it and lists no drop", async () => {
    const gateway = await haiDuong2021();
    await renderPane(gateway);
    fireEvent.click(screen.getByRole("tab", { name: "Kết quả" }));
    // "chưa so sánh", never 0.
    expect(await screen.findByRole("heading", { name: "Tụt hạng (chưa so sánh)" })).toBeTruthy();
    expect(screen.getByTestId("counts").textContent).toMatch(/Tụt hạng so với năm trướcchưa so sánh/);
    expect(screen.getByTestId("counts").textContent).not.toMatch(/Tụt hạng so với năm trước0/);
    expect(
      screen.getByText(/Chưa so sánh với năm trước: chọn tệp năm trước ở bước “Bắt đầu”, hoặc/),
    ).toBeTruthy();
    expect(rowsOf("ranking")[0]).toBe("Sở Giao thông vận tảiHạng 1 · 91,53% · chưa so sánh");
  });

  test("filters by group and searches by name", async () => {
    const gateway = await haiDuong2021();
    await renderPane(gateway);
    fireEvent.click(screen.getByRole("tab", { name: "Kết quả" }));
    await screen.findByTestId("ranking");
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
    expect(rowsOf("ranking")).toEqual([expect.stringMatching(/^Huyện Ninh GiangHạng 12 · 74,22%/)]);
    expect(rowsOf("explanations")).toHaveLength(2);
    fireEvent.change(screen.getByRole("combobox", { name: "Khối" }), { target: { value: "" } });
    fireEvent.change(screen.getByRole("searchbox", { name: "Tìm đơn vị" }), { target: { value: "SO Y TE" } });
    expect(rowsOf("ranking")).toEqual([expect.stringMatching(/^Sở Y tếHạng 18 ·/)]);
  });

  test("a row selects the unit's row across the table in the sheet", async () => {
    const gateway = await haiDuong2021();
    await renderPane(gateway);
    fireEvent.click(screen.getByRole("tab", { name: "Kết quả" }));
    const grid = gateway.grids[0];
    const r = grid.values.findIndex((row) => row.includes("Huyện Ninh Giang"));
    const reviews = within(await screen.findByTestId("reviews")).getAllByRole("option");
    const ninhGiang = reviews.find((row) => row.textContent?.startsWith("Huyện Ninh Giang")) as HTMLElement;
    fireEvent.click(ninhGiang);
    expect(gateway.goTo).toHaveBeenCalledTimes(1);
    const target = gateway.goTo.mock.calls[0][0];
    expect(target).toMatchObject({ sheet: grid.sheet, row: grid.top + r });
    expect(target.column).toBeLessThan(target.toColumn as number);
    expect(ninhGiang.getAttribute("aria-selected")).toBe("true");
  });
});

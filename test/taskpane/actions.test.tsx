/** @jest-environment jsdom */
/**
 * The Actions step: Create report writes the 5 planned sheets through the gateway and links to them; a report
 * sheet the user edited is replaced only after the confirm dialog; Highlight and Clear call the gateway with
 * the planned areas.
 */
import { act, fireEvent, screen, waitFor, within } from "@testing-library/react";
import { reportSheetNames } from "../../src/core/report";
import { haiDuong2021 } from "./fakeGateway";
import { renderPane } from "./render";

const NAMES = reportSheetNames(2021, "vi");

async function openActions() {
  fireEvent.click(screen.getByRole("tab", { name: "Thao tác" }));
  await screen.findByRole("button", { name: "Tạo báo cáo" });
}

// The steps after the first load on first use; the machine running the tests may be busy.
jest.setTimeout(30_000);

describe("Actions step", () => {
  test("Create report writes a plan of 5 sheets and links to them", async () => {
    const gateway = await haiDuong2021();
    await renderPane(gateway);
    await openActions();
    fireEvent.click(screen.getByRole("button", { name: "Tạo báo cáo" }));
    await waitFor(() => expect(screen.getByTestId("report-links")).toBeTruthy());
    expect(gateway.writeReport).toHaveBeenCalledTimes(1);
    const [plan, decisions] = gateway.writeReport.mock.calls[0];
    expect(plan.sheets.map((s) => s.kind)).toEqual([
      "ranking",
      "actions",
      "components",
      "breakthrough",
      "log",
    ]);
    expect(plan.sheets.map((s) => s.name)).toEqual(Object.values(NAMES));
    expect(plan.marker).toMatch(/^CCHC\.report\.v1:[0-9a-f]{64}$/);
    expect(decisions.map((d) => d.action)).toEqual(["create", "create", "create", "create", "create"]);
    const links = within(screen.getByTestId("report-links")).getAllByRole("button");
    expect(links.map((l) => l.textContent)).toEqual(Object.values(NAMES));
    fireEvent.click(links[1]);
    await waitFor(() => expect(gateway.activateSheet).toHaveBeenCalledWith(NAMES.actions));
    expect(screen.getByText("Đã tạo 5 trang báo cáo. Chọn tên trang để mở.")).toBeTruthy();
    // Read when the pane opened, again just before writing (fresh scores), and after (the new sheets are ours).
    expect(gateway.readWorkbook).toHaveBeenCalledTimes(3);
  });

  test("reads the workbook again before writing: a score fixed after the pane opened is in the report", async () => {
    const gateway = await haiDuong2021();
    await renderPane(gateway);
    await openActions();
    // The user corrects Sở Y tế's total (row 28, column K) in Excel after the pane has read the sheet.
    const grid = gateway.grids[0];
    const values = grid.values.map((row) => [...row]);
    const row = 28 - grid.top;
    const column = 11 - grid.left;
    expect(values[row][1]).toBe("Sở Y tế");
    values[row][column] = 95.5;
    gateway.grids = [{ ...grid, values }];
    fireEvent.click(screen.getByRole("button", { name: "Tạo báo cáo" }));
    await waitFor(() => expect(gateway.writeReport).toHaveBeenCalledTimes(1));
    const ranking = gateway.writeReport.mock.calls[0][0].sheets[0];
    const first = ranking.values.find((r) => r[0] === 1);
    expect(first?.[1]).toBe("Sở Y tế");
  });

  test("shows the progress while Excel writes", async () => {
    const gateway = await haiDuong2021();
    let finish: () => void = () => undefined;
    const real = gateway.writeReport.getMockImplementation();
    gateway.writeReport.mockImplementationOnce(
      (plan, decisions, onProgress) =>
        new Promise((resolve) => {
          finish = () => resolve(real?.(plan, decisions, onProgress) as never);
        }),
    );
    await renderPane(gateway);
    await openActions();
    fireEvent.click(screen.getByRole("button", { name: "Tạo báo cáo" }));
    expect(await screen.findByRole("progressbar", { name: "Đang ghi 5 trang báo cáo…" })).toBeTruthy();
    expect(screen.getByRole("button", { name: "Tạo báo cáo" })).toHaveProperty("disabled", true);
    await act(async () => finish());
    await waitFor(() => expect(screen.getByTestId("report-links")).toBeTruthy());
    expect(screen.queryByRole("progressbar")).toBeNull();
  });

  test("a second report replaces the add-in's unchanged sheets without asking", async () => {
    const gateway = await haiDuong2021();
    await renderPane(gateway);
    await openActions();
    fireEvent.click(screen.getByRole("button", { name: "Tạo báo cáo" }));
    await waitFor(() => expect(gateway.writeReport).toHaveBeenCalledTimes(1));
    await waitFor(() => expect(gateway.readWorkbook).toHaveBeenCalledTimes(3));
    fireEvent.click(screen.getByRole("button", { name: "Tạo báo cáo" }));
    await waitFor(() => expect(gateway.writeReport).toHaveBeenCalledTimes(2));
    expect(gateway.writeReport.mock.calls[1][1].map((d) => d.action)).toEqual(Array(5).fill("replace"));
    expect(screen.queryByRole("alertdialog")).toBeNull();
  });

  test("a report sheet the user edited asks first; keeping it writes beside it", async () => {
    const gateway = await haiDuong2021();
    gateway.reportSheets = [
      {
        name: NAMES.ranking,
        kind: "ranking",
        edited: true,
        fingerprint: "now",
        writtenFingerprint: "then",
        writtenAt: "2022-03-01T00:00:00.000Z",
      },
    ];
    await renderPane(gateway);
    await openActions();
    fireEvent.click(screen.getByRole("button", { name: "Tạo báo cáo" }));
    const dialog = await screen.findByRole("alertdialog");
    expect(
      within(dialog).getByText(
        new RegExp(`“${NAMES.ranking}” — nếu giữ lại, trang mới sẽ là “${NAMES.ranking} \\(2\\)”`),
      ),
    ).toBeTruthy();
    expect(gateway.writeReport).not.toHaveBeenCalled();
    // The dialog takes the focus, so the keyboard is in it.
    await waitFor(() => expect(dialog.contains(document.activeElement)).toBe(true));
    fireEvent.click(within(dialog).getByRole("button", { name: "Giữ trang cũ, ghi trang mới" }));
    await waitFor(() => expect(gateway.writeReport).toHaveBeenCalledTimes(1));
    const decisions = gateway.writeReport.mock.calls[0][1];
    expect(decisions[0]).toEqual({ planned: NAMES.ranking, action: "rename", name: `${NAMES.ranking} (2)` });
    expect(decisions.slice(1).map((d) => d.action)).toEqual(Array(4).fill("create"));
  });

  test("replacing an edited sheet needs the user's consent, and cancel writes nothing", async () => {
    const gateway = await haiDuong2021();
    gateway.reportSheets = [
      {
        name: NAMES.actions,
        kind: "actions",
        edited: true,
        fingerprint: "now",
        writtenFingerprint: "then",
        writtenAt: "2022-03-01T00:00:00.000Z",
      },
    ];
    await renderPane(gateway);
    await openActions();
    fireEvent.click(screen.getByRole("button", { name: "Tạo báo cáo" }));
    // Escape cancels, and the focus goes back to the button.
    const question = await screen.findByRole("alertdialog");
    fireEvent.keyDown(question, { key: "Escape" });
    await waitFor(() => expect(screen.queryByRole("alertdialog")).toBeNull());
    await waitFor(() =>
      expect(document.activeElement).toBe(screen.getByRole("button", { name: "Tạo báo cáo" })),
    );
    fireEvent.click(screen.getByRole("button", { name: "Tạo báo cáo" }));
    fireEvent.click(within(await screen.findByRole("alertdialog")).getByRole("button", { name: "Huỷ" }));
    await waitFor(() => expect(screen.queryByRole("alertdialog")).toBeNull());
    expect(gateway.writeReport).not.toHaveBeenCalled();
    fireEvent.click(screen.getByRole("button", { name: "Tạo báo cáo" }));
    fireEvent.click(
      within(await screen.findByRole("alertdialog")).getByRole("button", {
        name: "Thay thế",
      }),
    );
    await waitFor(() => expect(gateway.writeReport).toHaveBeenCalledTimes(1));
    expect(gateway.writeReport.mock.calls[0][1][1]).toEqual({
      planned: NAMES.actions,
      action: "replace",
      name: NAMES.actions,
    });
  });

  test("a failed write shows the adapter's message, never a stack", async () => {
    const gateway = await haiDuong2021();
    const { ExcelAdapterError } = await import("../../src/excel/errors");
    gateway.writeReport.mockRejectedValueOnce(new ExcelAdapterError("cellEditMode", "nothingWritten"));
    await renderPane(gateway);
    await openActions();
    fireEvent.click(screen.getByRole("button", { name: "Tạo báo cáo" }));
    const status = screen.getByTestId("action-status");
    await waitFor(() => expect(status.textContent).toMatch(/Excel đang ở chế độ sửa ô/));
    expect(status.textContent).not.toMatch(/at \w+ \(/);
  });

  test("on an older Excel the step says what needs a newer one", async () => {
    const gateway = await haiDuong2021();
    gateway.can = { saveSettings: true, writeReport: false, highlight: false };
    await renderPane(gateway);
    await openActions();
    const panel = screen.getByTestId("panel-actions");
    expect(within(panel).getByText(/“tạo trang báo cáo”.*ExcelApi 1\.4/)).toBeTruthy();
    expect(within(panel).getByText(/“tô màu bảng điểm”.*ExcelApi 1\.6/)).toBeTruthy();
  });

  test("Highlight sends the planned areas; Clear removes them", async () => {
    const gateway = await haiDuong2021();
    await renderPane(gateway);
    await openActions();
    fireEvent.click(screen.getByRole("button", { name: "Tô màu" }));
    await waitFor(() => expect(gateway.applyHighlights).toHaveBeenCalledTimes(1));
    const plan = gateway.applyHighlights.mock.calls[0][0];
    // No last year: no dropped rows; every component cell below 75% is marked (Sở Xây dựng's TTHC among them).
    const below = plan.areas.filter((a) => a.kind === "belowThreshold");
    expect(plan.areas).toHaveLength(below.length);
    expect(below.length).toBeGreaterThanOrEqual(8);
    expect(below.some((a) => a.note.startsWith("Cải cách thủ tục hành chính: 7,2/9,8 điểm = 73,47%"))).toBe(
      true,
    );
    expect(plan.areas.every((a) => a.sheet === gateway.grids[0].sheet)).toBe(true);
    await waitFor(() =>
      expect(screen.getByText(`Đã tô 0 dòng tụt hạng và ${below.length} vùng ô dưới ngưỡng.`)).toBeTruthy(),
    );
    fireEvent.click(screen.getByRole("button", { name: "Xoá tô màu" }));
    await waitFor(() => expect(gateway.clearHighlights).toHaveBeenCalledTimes(1));
    expect(gateway.clearHighlights).toHaveBeenCalledWith([gateway.grids[0].sheet]);
    await waitFor(() => expect(screen.getByText(/Đã xoá tô màu/)).toBeTruthy());
  });

  test("a report that would lose last year's comparison the previous report had is asked about first", async () => {
    const gateway = await haiDuong2021();
    // The last report compared with last year's file; the workbook keeps no ranks of it any more.
    gateway.saved = {
      settings: {},
      pane: {},
      comparison: {
        version: 1,
        previous: null,
        lastReport: {
          at: "2022-03-01T00:00:00.000Z",
          comparedWith: { kind: "file", name: "hai-duong-2020.xlsx" },
        },
      },
    };
    await renderPane(gateway);
    await openActions();
    fireEvent.click(screen.getByRole("button", { name: "Tạo báo cáo" }));
    const dialog = await screen.findByRole("alertdialog", {
      name: "Báo cáo mới sẽ không còn so sánh với năm trước",
    });
    expect(dialog.textContent).toMatch(/tệp “hai-duong-2020\.xlsx”/);
    expect(gateway.writeReport).not.toHaveBeenCalled();
    // Choosing last year's file goes to the first step's picker.
    fireEvent.click(within(dialog).getByRole("button", { name: "Chọn tệp năm trước…" }));
    await waitFor(() =>
      expect(screen.getByRole("tab", { name: "Bắt đầu" }).getAttribute("aria-selected")).toBe("true"),
    );
    expect(gateway.writeReport).not.toHaveBeenCalled();
    // Asked again, the user may write it anyway.
    await openActions();
    fireEvent.click(screen.getByRole("button", { name: "Tạo báo cáo" }));
    const again = await screen.findByRole("alertdialog");
    fireEvent.click(within(again).getByRole("button", { name: "Vẫn tạo báo cáo" }));
    await waitFor(() => expect(gateway.writeReport).toHaveBeenCalledTimes(1));
    // This report compared with nothing: the next one is not asked about.
    await waitFor(() =>
      expect(
        (gateway.saved?.comparison as { lastReport: { comparedWith: unknown } }).lastReport.comparedWith,
      ).toBeNull(),
    );
  });
});

/** @jest-environment jsdom */
/**
 * The Settings step: a change is saved in the document through the gateway and survives a re-mount; settings
 * round-trip through an exported JSON file; an invalid file shows the settings' field-level message; ratings
 * entered per unit and attendees imported from a sheet reach the review list; the group of a unit whose scoring
 * form names none; the language switch.
 */
import { act, fireEvent, screen, waitFor, within } from "@testing-library/react";
import type { CellValue, Grid } from "../../src/core/grid";
import { FakeGateway, haiDuong2021 } from "./fakeGateway";
import { renderPane } from "./render";

async function openSettings() {
  fireEvent.click(screen.getByRole("tab", { name: "Thiết lập" }));
  await screen.findByRole("heading", { name: "Chung" });
}

function commit(input: HTMLElement, value: string) {
  fireEvent.change(input, { target: { value } });
  fireEvent.blur(input);
}

function jsonFile(value: unknown, name = "thiet-lap.json"): File {
  return new File([typeof value === "string" ? value : JSON.stringify(value)], name, {
    type: "application/json",
  });
}

function blobText(blob: Blob): Promise<string> {
  return new Promise((resolve) => {
    const reader = new FileReader();
    reader.onload = () => resolve(String(reader.result));
    reader.readAsText(blob);
  });
}

// The steps after the first load on first use; the machine running the tests may be busy.
jest.setTimeout(30_000);

describe("Settings step", () => {
  test("a changed threshold is saved in the document and survives a re-mount", async () => {
    const gateway = await haiDuong2021();
    const first = await renderPane(gateway);
    await openSettings();
    commit(screen.getByRole("textbox", { name: "Ngưỡng giải trình (%)" }), "80");
    await waitFor(() => expect(gateway.saveSettings).toHaveBeenCalledTimes(1));
    expect(gateway.saveSettings.mock.calls[0][0].settings).toMatchObject({ threshold: 80 });
    first.unmount();

    await renderPane(gateway);
    fireEvent.click(screen.getByRole("tab", { name: "Kết quả" }));
    expect(await screen.findByRole("heading", { name: /^Phải báo cáo giải trình — dưới 80%/ })).toBeTruthy();
    await openSettings();
    expect(screen.getByRole("textbox", { name: "Ngưỡng giải trình (%)" })).toHaveProperty("value", "80");
  });

  test("numbers take a decimal comma; the deadline is written dd/mm/yyyy", async () => {
    const gateway = await haiDuong2021();
    await renderPane(gateway);
    await openSettings();
    commit(screen.getByRole("textbox", { name: "Ngưỡng giải trình (%)" }), "72,5");
    await waitFor(() => expect(gateway.saveSettings).toHaveBeenCalled());
    expect(gateway.saveSettings.mock.calls.at(-1)?.[0].settings).toMatchObject({ threshold: 72.5 });
    expect(screen.getByRole("textbox", { name: "Ngưỡng giải trình (%)" })).toHaveProperty("value", "72,5");
    const deadline = screen.getByRole("textbox", { name: /Hạn kiểm điểm/ });
    expect(deadline.getAttribute("type")).not.toBe("date");
    commit(deadline, "5/4/2022");
    await waitFor(() =>
      expect(gateway.saveSettings.mock.calls.at(-1)?.[0].settings).toMatchObject({
        reviewDeadline: "2022-04-05",
      }),
    );
    expect(screen.getByRole("textbox", { name: /Hạn kiểm điểm/ })).toHaveProperty("value", "05/04/2022");
    commit(screen.getByRole("textbox", { name: /Hạn kiểm điểm/ }), "31/02/2022");
    expect(await screen.findByText(/không phải là ngày có thật trên lịch/i)).toBeTruthy();
    commit(screen.getByRole("textbox", { name: /Hạn kiểm điểm/ }), "April 5");
    expect(screen.getByText("Ghi ngày dạng ngày/tháng/năm, ví dụ 15/03/2022")).toBeTruthy();
  });

  test("a value the settings refuse shows the field's message and is not saved", async () => {
    const gateway = await haiDuong2021();
    await renderPane(gateway);
    await openSettings();
    commit(screen.getByRole("textbox", { name: "Ngưỡng giải trình (%)" }), "150");
    // Beside the field, in words: what is wrong (the field's label is right above it).
    expect(screen.getByText("Không được lớn hơn 100")).toBeTruthy();
    await new Promise((r) => setTimeout(r, 400));
    expect(gateway.saveSettings).not.toHaveBeenCalled();
  });

  test("export and import round-trip; an invalid file names the wrong field", async () => {
    const gateway = await haiDuong2021();
    await renderPane(gateway);
    await openSettings();
    commit(screen.getByRole("textbox", { name: "Ngưỡng giải trình (%)" }), "70");
    commit(screen.getByRole("textbox", { name: "Gửi kết quả về" }), "Văn phòng UBND tỉnh");

    let exported: Blob | undefined;
    const created = jest.fn((blob: Blob) => {
      exported = blob;
      return "blob:settings";
    });
    Object.assign(URL, { createObjectURL: created, revokeObjectURL: jest.fn() });
    const clicked = jest.spyOn(HTMLAnchorElement.prototype, "click").mockImplementation(() => undefined);
    fireEvent.click(screen.getByRole("button", { name: "Xuất thiết lập" }));
    expect(created).toHaveBeenCalledTimes(1);
    expect((clicked.mock.instances[0] as unknown as HTMLAnchorElement).download).toBe(
      "thiet-lap-cchc-2021.json",
    );
    clicked.mockRestore();
    const text = await blobText(exported as Blob);
    expect(JSON.parse(text)).toMatchObject({ threshold: 70, sendTo: "Văn phòng UBND tỉnh", version: 1 });

    fireEvent.click(screen.getByRole("button", { name: "Đặt lại mặc định" }));
    await waitFor(() =>
      expect(screen.getByRole("textbox", { name: "Ngưỡng giải trình (%)" })).toHaveProperty("value", "75"),
    );

    const input = screen.getByTestId("settings-file");
    await act(async () => {
      fireEvent.change(input, { target: { files: [jsonFile(text)] } });
    });
    await waitFor(() => expect(screen.getByText("Đã nhập thiết lập từ “thiet-lap.json”.")).toBeTruthy());
    expect(screen.getByRole("textbox", { name: "Ngưỡng giải trình (%)" })).toHaveProperty("value", "70");
    expect(screen.getByRole("textbox", { name: "Gửi kết quả về" })).toHaveProperty(
      "value",
      "Văn phòng UBND tỉnh",
    );

    await act(async () => {
      fireEvent.change(input, {
        target: { files: [jsonFile({ threshold: 150, reviewDeadline: "15/3/2022" })] },
      });
    });
    const status = screen.getByTestId("settings-file-status");
    await waitFor(() => expect(status.textContent).toMatch(/Thiết lập không hợp lệ/));
    expect(status.textContent).toMatch(/Ngưỡng giải trình: không được lớn hơn 100/);
    expect(status.textContent).toMatch(/Hạn kiểm điểm: phải là một ngày dạng năm-tháng-ngày/);
    expect(status.textContent).not.toMatch(/threshold|reviewDeadline|expected/);
    // Nothing of the invalid file was applied.
    expect(screen.getByRole("textbox", { name: "Ngưỡng giải trình (%)" })).toHaveProperty("value", "70");

    await act(async () => {
      fireEvent.change(input, { target: { files: [jsonFile("{ not json", "hong.json")] } });
    });
    await waitFor(() =>
      expect(status.textContent).toMatch(/Tệp “hong.json” không phải tệp thiết lập \(JSON\) đọc được\./),
    );
  });

  test("a rating entered for a unit puts it on the review list", async () => {
    const gateway = await haiDuong2021();
    await renderPane(gateway);
    await openSettings();
    fireEvent.change(screen.getByRole("combobox", { name: "Xếp loại của Sở Tư pháp" }), {
      target: { value: "HTNV" },
    });
    fireEvent.click(screen.getByRole("tab", { name: "Kết quả" }));
    await waitFor(() => expect(screen.getByRole("heading", { name: "Phải kiểm điểm (8)" })).toBeTruthy());
    await waitFor(() => expect(gateway.saveSettings).toHaveBeenCalled());
    expect(gateway.saveSettings.mock.calls.at(-1)?.[0].settings).toMatchObject({
      ratings: { "Sở Tư pháp": "HTNV" },
    });
  });

  test("attendees are imported from a sheet of the workbook and shown with the reviews", async () => {
    const gateway = await haiDuong2021();
    gateway.grids = [
      ...gateway.grids,
      {
        sheet: "Phân công",
        top: 1,
        left: 1,
        merges: [],
        values: [
          ["Đơn vị", "Người dự"],
          ["UBND huyện Ninh Giang", "Đồng chí Phó Bí thư Tỉnh ủy"],
          ["Sở Y tế", "Đồng chí Chủ tịch UBND tỉnh"],
        ],
      },
    ];
    await renderPane(gateway);
    await openSettings();
    const section = screen.getByRole("region", { name: "Người dự họp kiểm điểm" });
    fireEvent.change(within(section).getByRole("combobox", { name: "Nhập từ trang" }), {
      target: { value: "Phân công" },
    });
    fireEvent.click(within(section).getByRole("button", { name: "Nhập" }));
    expect(within(section).getByText("Đã nhập 2 người dự từ trang “Phân công”.")).toBeTruthy();
    expect(within(section).getByRole("textbox", { name: "Huyện Ninh Giang" })).toHaveProperty(
      "value",
      "Đồng chí Phó Bí thư Tỉnh ủy",
    );
    fireEvent.click(screen.getByRole("tab", { name: "Kết quả" }));
    const reviews = within(await screen.findByTestId("reviews")).getAllByRole("option");
    expect(reviews.find((r) => r.textContent?.startsWith("Sở Y tế"))?.textContent).toMatch(
      /dự: Đồng chí Chủ tịch UBND tỉnh/,
    );
  });

  test("a unit whose scoring form names no group gets one typed in “Khối của đơn vị”; a title's group is only counted", async () => {
    const form = (sheet: string, unit: string, group: string | null, points: number[]): Grid => {
      const rows: CellValue[][] = [
        [`PHIẾU CHẤM ĐIỂM CHỈ SỐ CẢI CÁCH HÀNH CHÍNH NĂM 2024 của ${unit}`, null, null, null, null],
        [group === null ? null : `(${group})`, null, null, null, null],
        ["TT", "Lĩnh vực, tiêu chí", "Điểm tối đa", "Điểm tự đánh giá", "Điểm thẩm định"],
        ["1", "Công tác chỉ đạo, điều hành", 10, 10, points[0]],
        ["2", "Cải cách thủ tục hành chính", 20, 20, points[1]],
        [null, "Tổng điểm", 30, 30, points[0] + points[1]],
      ];
      return { sheet, top: 1, left: 1, values: rows, merges: [] };
    };
    const gateway = new FakeGateway([
      form("STP", "Sở Tư pháp", null, [8, 15]),
      form("Sở Y tế", "Sở Y tế", null, [9, 16]),
      form("TH", "UBND huyện Thanh Hà", "Khối UBND cấp huyện", [6, 14]),
    ]);
    await renderPane(gateway);
    await openSettings();
    const section = screen.getByRole("region", { name: "Khối của đơn vị" });
    expect(
      within(section).getByText(/chọn khối cho đơn vị có phiếu không ghi khối trong tiêu đề/),
    ).toBeTruthy();
    expect(within(section).getByText("1 đơn vị khác lấy khối từ tiêu đề phiếu.")).toBeTruthy();
    expect(within(section).queryByRole("combobox", { name: /Thanh Hà/ })).toBeNull();
    // A text box offering the groups met so far (a combobox), labelled by the unit and its sheet.
    const stp = within(section).getByRole("combobox", { name: "Sở Tư pháp (trang “STP”)" });
    expect(within(section).getAllByText("Để trống: khối “Các đơn vị”")).toHaveLength(2);

    commit(stp, "Khối sở, ban, ngành");
    await waitFor(() =>
      expect(gateway.saveSettings.mock.calls.at(-1)?.[0].settings).toMatchObject({
        unitGroups: { "Sở Tư pháp": "Khối sở, ban, ngành" },
      }),
    );
    commit(within(section).getByRole("combobox", { name: "Sở Y tế" }), "khối sở, ban, ngành ");
    await waitFor(() =>
      expect(
        (gateway.saveSettings.mock.calls.at(-1)?.[0].settings as { unitGroups?: unknown } | undefined)
          ?.unitGroups,
      ).toEqual({
        "Sở Tư pháp": "Khối sở, ban, ngành",
        "Sở Y tế": "khối sở, ban, ngành",
      }),
    );
    // Both ranked in one group (the first spelling met), the district in its own: the attendees per group show it.
    expect(await screen.findByRole("textbox", { name: "Khối “Khối sở, ban, ngành”" })).toBeTruthy();
    expect(screen.getByRole("textbox", { name: "Khối “Khối UBND cấp huyện”" })).toBeTruthy();
    expect(screen.queryByRole("textbox", { name: "Khối “Các đơn vị”" })).toBeNull();

    // Cleared: back to the shared group.
    commit(within(section).getByRole("combobox", { name: "Sở Tư pháp (trang “STP”)" }), "");
    await waitFor(() =>
      expect(
        (gateway.saveSettings.mock.calls.at(-1)?.[0].settings as { unitGroups?: unknown } | undefined)
          ?.unitGroups,
      ).toEqual({
        "Sở Y tế": "khối sở, ban, ngành",
      }),
    );
    expect(await screen.findByRole("textbox", { name: "Khối “Các đơn vị”" })).toBeTruthy();
  });

  test("a unitGroups entry the analysis does not apply (naming two units, or at odds with another) shows as no group, and as unused when it names none alone", async () => {
    const form = (sheet: string, unit: string, points: number[]): Grid => ({
      sheet,
      top: 1,
      left: 1,
      values: [
        [`PHIẾU CHẤM ĐIỂM CHỈ SỐ CẢI CÁCH HÀNH CHÍNH NĂM 2024 của ${unit}`, null, null, null, null],
        [null, null, null, null, null],
        ["TT", "Lĩnh vực, tiêu chí", "Điểm tối đa", "Điểm tự đánh giá", "Điểm thẩm định"],
        ["1", "Công tác chỉ đạo, điều hành", 10, 10, points[0]],
        ["2", "Cải cách thủ tục hành chính", 20, 20, points[1]],
        [null, "Tổng điểm", 30, 30, points[0] + points[1]],
      ],
      merges: [],
    });
    const gateway = new FakeGateway([
      form("P1", "UBND huyện Vị Xuyên", [8, 15]),
      form("P2", "Thị xã Vị Xuyên", [9, 16]),
      form("P3", "Sở Y tế", [7, 14]),
    ]);
    // “Vị Xuyên” names both Vị Xuyên units: ambiguous, applied to neither. The Sở Y tế's two entries disagree.
    gateway.saved = {
      settings: { unitGroups: { "Vị Xuyên": "Khối A", "Sở Y tế": "Khối B", P3: "Khối C" } },
      pane: {},
    };
    await renderPane(gateway);
    await openSettings();
    const section = screen.getByRole("region", { name: "Khối của đơn vị" });
    for (const name of [
      "UBND huyện Vị Xuyên (trang “P1”)",
      "Thị xã Vị Xuyên (trang “P2”)",
      "Sở Y tế (trang “P3”)",
    ])
      expect(within(section).getByRole("combobox", { name })).toHaveProperty("value", "");
    expect(within(section).getAllByText("Để trống: khối “Các đơn vị”")).toHaveLength(3);
    // The ambiguous entry matches no unit alone, so it is offered for removal.
    expect(within(section).getByRole("button", { name: /Vị Xuyên/ })).toBeTruthy();
    // The analysis agrees: everyone in the shared group.
    expect(await screen.findByRole("textbox", { name: "Khối “Các đơn vị”" })).toBeTruthy();
  });

  test("switching to English, and English by default under an English Office", async () => {
    const gateway = await haiDuong2021();
    const first = await renderPane(gateway);
    fireEvent.click(screen.getByRole("button", { name: "English" }));
    expect(screen.getByRole("tab", { name: "Results" })).toBeTruthy();
    expect(screen.getByText("30 units in 2 groups, year 2021")).toBeTruthy();
    fireEvent.click(screen.getByRole("tab", { name: "Results" }));
    expect(await screen.findByRole("heading", { name: "Must hold a review (7)" })).toBeTruthy();
    await waitFor(() => expect(gateway.saveSettings).toHaveBeenCalled());
    expect(gateway.saveSettings.mock.calls.at(-1)?.[0].pane).toMatchObject({ language: "en" });
    first.unmount();

    const english = await haiDuong2021();
    english.language = "en-US";
    await renderPane(english);
    expect(screen.getByRole("tab", { name: "Settings" })).toBeTruthy();
  });
});

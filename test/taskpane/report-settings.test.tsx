/** @jest-environment jsdom */
/**
 * The Settings step's fields for the report and the notice (issue 10): kind of document, number, date,
 * annex line, recipients; who attends by the unit's kind and per group, each per-unit field saying who
 * attends when it is left blank; highlighting every component below the threshold. Each is saved in the
 * document and reaches the analysis (the review list's attendees).
 */
import { fireEvent, screen, waitFor, within } from "@testing-library/react";
import type { Settings } from "../../src/core/settings";
import { haiDuong2021, type FakeGateway } from "./fakeGateway";
import { renderPane } from "./render";

jest.setTimeout(90_000);

async function openSettings() {
  fireEvent.click(screen.getByRole("tab", { name: "Thiết lập" }));
  await screen.findByRole("heading", { name: "Chung" });
}

function commit(input: HTMLElement, value: string) {
  fireEvent.change(input, { target: { value } });
  fireEvent.blur(input);
}

const textbox = (name: string | RegExp) => screen.getByRole("textbox", { name });

/** The settings the pane saved last. */
function lastSaved(gateway: FakeGateway): Settings {
  const calls = gateway.saveSettings.mock.calls;
  return calls[calls.length - 1][0].settings as Settings;
}

describe("report settings in the pane", () => {
  test("kind, number, date, annex line and recipients are saved", async () => {
    const gateway = await haiDuong2021();
    await renderPane(gateway);
    await openSettings();
    fireEvent.change(screen.getByRole("combobox", { name: "Loại văn bản" }), {
      target: { value: "BÁO CÁO" },
    });
    commit(textbox("Số văn bản"), " 15 ");
    commit(textbox(/^Ngày ban hành/), "10/03/2022");
    commit(textbox(/^Nơi nhận/), "- UBND tỉnh; | - Lưu: VT.");
    await waitFor(() =>
      expect(lastSaved(gateway).report).toMatchObject({
        documentKind: "BÁO CÁO",
        number: "15",
        date: "2022-03-10",
        recipients: ["- UBND tỉnh;", "- Lưu: VT."],
        annex: null,
      }),
    );
    // The annex line: the default says what it will be; unchecked, none.
    expect(screen.getByText("Để trống: “(Kèm theo Báo cáo số … của …)”.")).toBeTruthy();
    fireEvent.click(screen.getByRole("checkbox", { name: /Ghi dòng “Kèm theo …”/ }));
    await waitFor(() => expect(lastSaved(gateway).report.annex).toBe(""));
    expect(screen.queryByRole("textbox", { name: /^Dòng kèm theo/ })).toBeNull();
    // A date that is not one is refused beside its field.
    commit(textbox(/^Ngày ban hành/), "31/02/2022");
    expect(await screen.findByText(/2022-02-31 không phải là ngày có thật trên lịch/)).toBeTruthy();
  });

  test("attendees by kind and by group reach the review list; per-unit fields say who attends when blank", async () => {
    const gateway = await haiDuong2021();
    await renderPane(gateway);
    await openSettings();
    const section = screen.getByRole("heading", { name: "Người dự họp kiểm điểm" })
      .parentElement as HTMLElement;
    // Sở Y tế (a department) and Huyện Ninh Giang (a district) must hold reviews: the seed's defaults.
    expect(within(section).getAllByText("Để trống: Lãnh đạo UBND tỉnh").length).toBeGreaterThan(1);
    const ninhGiang = within(section).getByRole("textbox", { name: "Huyện Ninh Giang" });
    expect(ninhGiang.getAttribute("aria-describedby")).not.toBeNull();
    const hint = (input: HTMLElement) =>
      (input.getAttribute("aria-describedby") ?? "")
        .split(" ")
        .map((id) => document.getElementById(id)?.textContent ?? "")
        .join(" ");
    expect(hint(ninhGiang)).toContain("Để trống: Ủy viên Ban Thường vụ Tỉnh ủy phụ trách địa bàn");

    commit(
      within(section).getByRole("textbox", { name: /^UBND huyện, thị xã, thành phố/ }),
      "Đ/c Bí thư huyện",
    );
    await waitFor(() => expect(lastSaved(gateway).attendeesByKind.localities).toBe("Đ/c Bí thư huyện"));
    await waitFor(() =>
      expect(hint(within(section).getByRole("textbox", { name: "Huyện Ninh Giang" }))).toContain(
        "Đ/c Bí thư huyện",
      ),
    );

    commit(within(section).getByRole("textbox", { name: "Khối “CÁC SỞ, BAN, NGÀNH”" }), "Đ/c Phó Chủ tịch");
    await waitFor(() =>
      expect(lastSaved(gateway).groupAttendees).toEqual({ "CÁC SỞ, BAN, NGÀNH": "Đ/c Phó Chủ tịch" }),
    );
    expect(hint(within(section).getByRole("textbox", { name: "Sở Y tế" }))).toContain("Đ/c Phó Chủ tịch");

    // The review list shows them.
    fireEvent.click(screen.getByRole("tab", { name: "Kết quả" }));
    await screen.findByRole("heading", { name: /^Phải kiểm điểm/ });
    await waitFor(() => expect(screen.getAllByText(/Đ\/c Phó Chủ tịch/).length).toBeGreaterThan(0));
    expect(screen.getAllByText(/Đ\/c Bí thư huyện/).length).toBeGreaterThan(0);
  });

  test("highlighting every component below the threshold is a switch", async () => {
    const gateway = await haiDuong2021();
    await renderPane(gateway);
    await openSettings();
    const toggle = screen.getByRole("switch", { name: /tô cả các lĩnh vực khác dưới ngưỡng/ });
    expect(toggle).toHaveProperty("checked", false);
    fireEvent.click(toggle);
    await waitFor(() => expect(lastSaved(gateway).highlightAllComponents).toBe(true));
  });
});

/** @jest-environment jsdom */
/**
 * "Tải dự thảo thông báo (.docx)" on the Actions step: the notice is drafted from the analysis (a Word file,
 * named for the year, naming the units to review) and handed to the gateway, and the pane says where it went
 * — downloaded, opened in the browser, or nowhere with the other ways to get it.
 */
import JSZip from "jszip";
import { fireEvent, screen, waitFor, within } from "@testing-library/react";
import { haiDuong2021 } from "./fakeGateway";
import { renderPane } from "./render";

jest.setTimeout(60_000);

async function openActions() {
  fireEvent.click(screen.getByRole("tab", { name: "Thao tác" }));
  return screen.findByRole("button", { name: "Tải dự thảo thông báo (.docx)" });
}

describe("the drafted notice from the pane", () => {
  test("is a Word document of the analysis, saved through the gateway", async () => {
    const gateway = await haiDuong2021();
    gateway.saved = { settings: { report: { number: "15" } }, pane: {} };
    await renderPane(gateway);
    fireEvent.click(await openActions());
    await waitFor(() => expect(gateway.saveFile).toHaveBeenCalledTimes(1));
    const [file, language] = gateway.saveFile.mock.calls[0];
    expect(language).toBe("vi");
    expect(file.name).toBe("Thong-bao-Chi-so-CCHC-2021.docx");
    expect(file.mime).toBe("application/vnd.openxmlformats-officedocument.wordprocessingml.document");
    const zip = await JSZip.loadAsync(file.bytes);
    const xml = await zip.file("word/document.xml")!.async("string");
    const text = xml.replace(/<[^>]+>/g, "");
    expect(text).toContain("Số: 15");
    // The units whose heads were rated HTNV must hold reviews, with the seed's attendee by kind.
    expect(text).toContain("Lãnh đạo UBND tỉnh");
    expect(
      await within(screen.getByTestId("action-status")).findByText(
        "Đã tải “Thong-bao-Chi-so-CCHC-2021.docx” về máy (thư mục Tải xuống).",
      ),
    ).toBeTruthy();
  });

  test("says the browser was opened (Mac, iPad), or what else to do when no file can be saved", async () => {
    const gateway = await haiDuong2021();
    gateway.saveRoute = "browser";
    await renderPane(gateway);
    const button = await openActions();
    fireEvent.click(button);
    expect(
      (await within(screen.getByTestId("action-status")).findByText(/được mở trong trình duyệt/)).textContent,
    ).toContain("Thong-bao-Chi-so-CCHC-2021.docx");
    gateway.saveRoute = "none";
    await waitFor(() => expect(button).toHaveProperty("disabled", false));
    fireEvent.click(button);
    expect(
      (await within(screen.getByTestId("action-status")).findByText(/không cho bổ trợ tải tệp về máy/))
        .textContent,
    ).toContain("standalone.html");
  });
});

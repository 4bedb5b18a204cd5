/** @jest-environment jsdom */
/**
 * Saving the drafted notice from the pane on each host (src/excel/download.ts, src/taskpane/download.ts): the
 * route per Office platform (the web and Windows' WebView2 download in the pane; Mac and iPad open the system
 * browser; a Mac without OpenBrowserWindowApi cannot), the gateway doing what the
 * route says, and the download page the browser opens carrying the file's bytes intact in its fragment.
 */
import { TextDecoder, TextEncoder } from "util";
import { downloadRoute } from "../../src/excel/download";
import {
  DOWNLOAD_FRAGMENT,
  downloadPageUrl,
  fileFromFragment,
  showDownloadPage,
} from "../../src/taskpane/download";
import { createExcelGateway } from "../../src/taskpane/gateway";

Object.assign(globalThis, { TextDecoder, TextEncoder });

const opened: string[] = [];

/** An `Office` global for one host: its platform, and OpenBrowserWindowApi 1.1 when `browser`. */
function officeOn(platform: string | null, browser: boolean): void {
  (globalThis as Record<string, unknown>).Office =
    platform === null
      ? undefined
      : {
          context: {
            diagnostics: { platform },
            requirements: {
              isSetSupported: (name: string, version?: string) =>
                name === "OpenBrowserWindowApi" && browser && (version === undefined || version === "1.1"),
            },
            ui: { openBrowserWindow: (url: string) => opened.push(url) },
          },
        };
}

const NOTICE = {
  name: "Thong-bao-Chi-so-CCHC-2021.docx",
  mime: "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
  // A zip's first bytes, then every byte value (the fragment must carry binary intact).
  bytes: new Uint8Array([0x50, 0x4b, 0x03, 0x04, ...Array.from({ length: 256 }, (_, i) => i)]),
};

let clicked: { href: string; download: string }[] = [];
beforeEach(() => {
  opened.length = 0;
  clicked = [];
  Object.assign(URL, {
    createObjectURL: jest.fn(() => "blob:https://addin.example/1"),
    revokeObjectURL: jest.fn(),
  });
  jest.spyOn(HTMLAnchorElement.prototype, "click").mockImplementation(function (this: HTMLAnchorElement) {
    clicked.push({ href: this.href, download: this.download });
  });
});
afterEach(() => {
  jest.restoreAllMocks();
  delete (globalThis as Record<string, unknown>).Office;
});

describe("the route per host", () => {
  it.each<[string, string | null, boolean, string]>([
    ["Excel on the web", "OfficeOnline", false, "pane"],
    ["Windows (WebView2), even with OpenBrowserWindowApi", "PC", true, "pane"],
    ["Mac (WKWebView)", "Mac", true, "browser"],
    ["iPad", "iOS", true, "browser"],
    ["Mac without OpenBrowserWindowApi", "Mac", false, "none"],
    ["outside Office (the preview)", null, false, "pane"],
  ])("%s", (_host, platform, browser, route) => {
    officeOn(platform, browser);
    expect(downloadRoute()).toBe(route);
  });
});

describe("the gateway saves the file as the route says", () => {
  it("downloads from the pane on Excel on the web", async () => {
    officeOn("OfficeOnline", false);
    const route = await createExcelGateway().saveFile?.(NOTICE, "vi");
    expect(route).toBe("pane");
    expect(clicked).toEqual([{ href: "blob:https://addin.example/1", download: NOTICE.name }]);
    const blob = (URL.createObjectURL as jest.Mock).mock.calls[0][0] as Blob;
    expect(blob.type).toBe(NOTICE.mime);
    expect(blob.size).toBe(NOTICE.bytes.length);
    expect(opened).toEqual([]);
  });

  it("opens the pane's page in the system browser on a Mac, with the file in the fragment", async () => {
    officeOn("Mac", true);
    const route = await createExcelGateway().saveFile?.(NOTICE, "en");
    expect(route).toBe("browser");
    expect(clicked).toEqual([]);
    expect(opened).toHaveLength(1);
    const url = new URL(opened[0]);
    expect(url.href.startsWith(new URL("taskpane.html", window.location.href).href)).toBe(true);
    expect(url.hash.startsWith(DOWNLOAD_FRAGMENT)).toBe(true);
    const carried = fileFromFragment(url.hash);
    expect(carried?.language).toBe("en");
    expect(carried?.file.name).toBe(NOTICE.name);
    expect(carried?.file.mime).toBe(NOTICE.mime);
    expect(Array.from(carried?.file.bytes ?? [])).toEqual(Array.from(NOTICE.bytes));
  });

  it("says so when this Excel lets the add-in save nothing", async () => {
    officeOn("Mac", false);
    expect(await createExcelGateway().saveFile?.(NOTICE, "vi")).toBe("none");
    expect(clicked).toEqual([]);
    expect(opened).toEqual([]);
  });
});

describe("the download page", () => {
  it("offers the file from its fragment and downloads it at once and on the button", () => {
    const url = downloadPageUrl(NOTICE, "https://addin.example/taskpane.html?x=1#old", "vi");
    expect(url.startsWith(`https://addin.example/taskpane.html?x=1${DOWNLOAD_FRAGMENT}`)).toBe(true);
    const carried = fileFromFragment(new URL(url).hash);
    if (carried === null) throw new Error("no file");
    const root = document.createElement("div");
    document.body.appendChild(root);
    showDownloadPage(root, carried.file, carried.language);
    expect(document.title).toBe(`Tải tệp ${NOTICE.name}`);
    const button = root.querySelector("button") as HTMLButtonElement;
    expect(button.textContent).toBe(`Tải ${NOTICE.name}`);
    expect(clicked).toHaveLength(1);
    button.click();
    expect(clicked.map((c) => c.download)).toEqual([NOTICE.name, NOTICE.name]);
  });

  it("ignores fragments that carry no file", () => {
    expect(fileFromFragment("")).toBeNull();
    expect(fileFromFragment("#panel-start")).toBeNull();
    expect(fileFromFragment(`${DOWNLOAD_FRAGMENT}!!!&name=a.docx`)).toBeNull();
    expect(fileFromFragment(`${DOWNLOAD_FRAGMENT}UEsDBA&type=x`)).toBeNull();
    // A name cannot carry a path.
    expect(fileFromFragment(`${DOWNLOAD_FRAGMENT}UEsDBA&name=..%2F..%2Fa.docx`)?.file.name).toBe(
      ".._.._a.docx",
    );
  });
});

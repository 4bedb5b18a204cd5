/**
 * How a file the add-in makes in the pane (the drafted notice, .docx) reaches the user's disk on each Office
 * host — the only Office.js this needs: the platform, the OpenBrowserWindowApi requirement set and
 * Office.context.ui.openBrowserWindow. README chapter 4 ("Tải tệp từ ngăn tác vụ") gives the host matrix and
 * the sources behind it:
 * - Excel on the web: the pane is a page in the user's browser, which downloads a Blob link as any page does.
 * - Windows: the pane runs only in WebView2 (IE 11 and EdgeHTML get the legacy-host message instead), which
 *   downloads a Blob link itself; its download bar shows in the pane.
 * - Mac (WKWebView) and iPad: no download ever starts in an add-in's webview, pane or dialog alike ("by
 *   design", a WebKit limitation); Microsoft's advice is openBrowserWindow with a page of the add-in's own
 *   that makes the file in the full browser. A Blob or file URL cannot be handed over: openBrowserWindow
 *   takes only a web address.
 * The dialog API (displayDialogAsync) is no way out: its window is the same webview as the pane on desktop,
 * and a browser window on the web, where the pane downloads anyway.
 */

/** "pane": a download link in the pane; "browser": the system browser makes the file; "none": neither works. */
export type DownloadRoute = "pane" | "browser" | "none";

interface OfficeHost {
  readonly Office?: {
    readonly context?: {
      readonly platform?: string;
      readonly diagnostics?: { readonly platform?: string };
      readonly requirements?: { isSetSupported(name: string, minVersion?: string): boolean };
      readonly ui?: { openBrowserWindow?(url: string): void };
    };
  };
}

function officeContext() {
  return (globalThis as unknown as OfficeHost).Office?.context;
}

/** Office's platform name ("OfficeOnline", "PC", "Mac", "iOS"…), null outside Office. */
export function officePlatform(): string | null {
  const context = officeContext();
  const platform = context?.diagnostics?.platform ?? context?.platform;
  return typeof platform === "string" && platform !== "" ? platform : null;
}

/** Office can open the system browser (OpenBrowserWindowApi 1.1: Windows, Mac, iPad; not the web). */
export function canOpenBrowserWindow(): boolean {
  const context = officeContext();
  return (
    context?.requirements?.isSetSupported("OpenBrowserWindowApi", "1.1") === true &&
    typeof context.ui?.openBrowserWindow === "function"
  );
}

/** The way a file made in the pane gets saved on this host. */
export function downloadRoute(): DownloadRoute {
  switch (officePlatform()) {
    case "Mac":
    case "iOS":
      return canOpenBrowserWindow() ? "browser" : "none";
    default:
      // Excel on the web and WebView2 on Windows download; so does a page outside Office (the preview).
      return "pane";
  }
}

/** Opens `url` (an https page of the add-in's own) in the system browser. */
export function openBrowserWindow(url: string): void {
  const ui = officeContext()?.ui;
  if (typeof ui?.openBrowserWindow !== "function") throw new Error("openBrowserWindow is not available");
  ui.openBrowserWindow(url);
}

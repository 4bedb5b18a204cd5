/**
 * Files made in the pane (the drafted notice), saved to the user's disk: a Blob behind a download link where
 * the webview downloads (Excel on the web, Windows), or — where no webview of Office downloads (Mac, iPad) —
 * this same page opened in the system browser with the file in the address's fragment, which never leaves
 * the computer (browsers do not send it to the server), and a download button there. The route per host is
 * src/excel/download.ts's; README chapter 4 has the host matrix.
 */
import type { Language } from "../i18n/messages";
import { paneText } from "../i18n/pane";

export interface PaneFile {
  readonly name: string;
  readonly mime: string;
  readonly bytes: Uint8Array;
}

/** The fragment that turns the pane's page into the download page. */
export const DOWNLOAD_FRAGMENT = "#cchc-file=";

/** Starts the browser's download of `file` (a Blob link clicked once, released a minute later). */
export function downloadInPage(file: PaneFile, doc: Document = document): void {
  const url = URL.createObjectURL(new Blob([file.bytes as Uint8Array<ArrayBuffer>], { type: file.mime }));
  const link = doc.createElement("a");
  link.href = url;
  link.download = file.name;
  link.style.display = "none";
  doc.body.appendChild(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 60_000);
}

const CHUNK = 0x8000;

function toBase64Url(bytes: Uint8Array): string {
  let binary = "";
  for (let i = 0; i < bytes.length; i += CHUNK)
    binary += String.fromCharCode(...bytes.subarray(i, Math.min(i + CHUNK, bytes.length)));
  return btoa(binary).replace(/\+/g, "-").replace(/\//g, "_").replace(/=+$/, "");
}

function fromBase64Url(text: string): Uint8Array | null {
  if (!/^[A-Za-z0-9_-]*$/.test(text)) return null;
  try {
    const binary = atob(text.replace(/-/g, "+").replace(/_/g, "/"));
    const bytes = new Uint8Array(binary.length);
    for (let i = 0; i < binary.length; i++) bytes[i] = binary.charCodeAt(i);
    return bytes;
  } catch {
    return null;
  }
}

/** The address of `page` (the pane's own page) that offers `file` for download in a full browser. */
export function downloadPageUrl(file: PaneFile, page: string, language: Language): string {
  const params = new URLSearchParams({ name: file.name, type: file.mime, lang: language });
  return `${page.split("#")[0]}${DOWNLOAD_FRAGMENT}${toBase64Url(file.bytes)}&${params.toString()}`;
}

/** The file an address's fragment carries (downloadPageUrl's), null when it carries none. */
export function fileFromFragment(hash: string): { file: PaneFile; language: Language } | null {
  if (!hash.startsWith(DOWNLOAD_FRAGMENT)) return null;
  const rest = hash.slice(DOWNLOAD_FRAGMENT.length);
  const at = rest.indexOf("&");
  const bytes = fromBase64Url(at < 0 ? rest : rest.slice(0, at));
  const params = new URLSearchParams(at < 0 ? "" : rest.slice(at + 1));
  const name = (params.get("name") ?? "").replace(/[\\/:*?"<>|]/g, "_");
  if (bytes === null || bytes.length === 0 || name === "") return null;
  return {
    file: { name, mime: params.get("type") ?? "application/octet-stream", bytes },
    language: params.get("lang") === "en" ? "en" : "vi",
  };
}

/** The download page: the file's name, a button that saves it (pressed once at once), what to do next. */
export function showDownloadPage(container: HTMLElement, file: PaneFile, language: Language): void {
  const doc = container.ownerDocument;
  doc.documentElement.lang = language;
  doc.title = paneText("downloadPageTitle", { file: file.name }, language);
  const main = doc.createElement("main");
  main.style.fontFamily = '"Segoe UI", "Helvetica Neue", sans-serif';
  main.style.padding = "16px";
  main.style.maxWidth = "40em";
  const heading = doc.createElement("h1");
  heading.style.fontSize = "1.25em";
  heading.textContent = doc.title;
  const button = doc.createElement("button");
  button.type = "button";
  button.style.fontSize = "1em";
  button.style.padding = "6px 12px";
  button.textContent = paneText("downloadPageButton", { file: file.name }, language);
  button.addEventListener("click", () => downloadInPage(file, doc));
  const hint = doc.createElement("p");
  hint.textContent = paneText("downloadPageHint", {}, language);
  main.append(heading, button, hint);
  container.replaceChildren(main);
  button.focus();
  downloadInPage(file, doc);
}

/**
 * Entry of standalone.html, the one-file page for PCs whose Excel cannot run the add-in. The same script runs
 * twice: in the page, where it mounts the app, and as a worker started from its own text (client.ts), where
 * it reads and writes files — so the page holds each library once and still parses off the page's thread.
 */
import "../i18n/english"; // one file, both languages at once
import { setScriptText } from "./client";

if (typeof document === "undefined") {
  void import("./worker").then(({ serveJobs }) =>
    serveJobs(self as unknown as Parameters<typeof serveJobs>[0]),
  );
} else {
  // Read while this script runs: the page's inline script is the worker's source.
  setScriptText(document.currentScript?.textContent ?? null);
  void import("./page").then(({ startPage }) => startPage());
}

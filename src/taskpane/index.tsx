/**
 * Task pane entry (production): shows a line at once, mounts the pane over the Office gateway when Office is
 * ready, and says so plainly when the page runs outside Excel. Custom functions register from their own
 * bundle, which loads first and never waits for this one. Opened in the system browser with a file in its
 * fragment (Mac, iPad: src/taskpane/download.ts), the page offers that file for download instead.
 */
import { loadEnglish } from "../i18n/loadEnglish";
import { paneText } from "../i18n/pane";
import { fileFromFragment, showDownloadPage } from "./download";
import { createExcelGateway } from "./gateway";
import { mountPane } from "./mount";

function showOutside(container: HTMLElement): void {
  const line = document.createElement("p");
  line.setAttribute("role", "status");
  line.style.fontFamily = '"Segoe UI", sans-serif';
  line.style.padding = "12px";
  line.textContent = paneText("outsideExcel");
  container.replaceChildren(line);
}

const container = document.getElementById("root");
const download = fileFromFragment(window.location.hash);
if (container && download !== null) {
  const show = () => showDownloadPage(container, download.file, download.language);
  if (download.language === "en") loadEnglish().then(show, show);
  else show();
} else if (container) {
  if (typeof Office === "undefined" || typeof Office.onReady !== "function") {
    showOutside(container);
  } else {
    Office.onReady()
      .then((info) => {
        if (info.host === Office.HostType.Excel) {
          container.replaceChildren();
          mountPane(container, createExcelGateway());
        } else showOutside(container);
      })
      .catch((error: unknown) => {
        console.error("Office.onReady failed", error);
        showOutside(container);
      });
  }
}

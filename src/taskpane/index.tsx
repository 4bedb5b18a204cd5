/**
 * Task pane entry (production): shows a line at once, mounts the pane over the Office gateway when Office is
 * ready, and says so plainly when the page runs outside Excel. Custom functions register from their own
 * bundle, which loads first and never waits for this one.
 */
import { paneText } from "../i18n/pane";
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
if (container) {
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

/**
 * Task pane entry: renders at once (the pane never waits for Office to show something), then
 * updates the status when Office.onReady says where it runs. Works without office.js too.
 */
import { createRoot } from "react-dom/client";
import { FluentProvider, webLightTheme } from "@fluentui/react-components";
import { App, type HostStatus } from "./App";

function render(root: ReturnType<typeof createRoot>, status: HostStatus): void {
  root.render(
    <FluentProvider theme={webLightTheme}>
      <App status={status} />
    </FluentProvider>,
  );
}

const container = document.getElementById("root");
if (container) {
  const root = createRoot(container);
  if (typeof Office === "undefined" || typeof Office.onReady !== "function") {
    render(root, "outside");
  } else {
    render(root, "connecting");
    Office.onReady()
      .then((info) => render(root, info.host === Office.HostType.Excel ? "excel" : "outside"))
      .catch((error: unknown) => {
        console.error("Office.onReady failed", error);
        render(root, "outside");
      });
  }
}

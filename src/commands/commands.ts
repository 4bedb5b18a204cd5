/**
 * Ribbon commands (ExecuteFunction buttons in manifest.xml), run in the shared runtime on the pane's page.
 * "Tạo báo cáo" → createReport: the one-click report with the settings saved in the document (read →
 * analyse → plan → write, through the same gateway as the pane), then the pane opens with the result or the
 * error. A report sheet the user edited is never replaced from here: the message says to decide in the pane.
 * Every handler calls event.completed(), whatever happens. This bundle only associates the commands: what a
 * command does loads when it is first used (./report), so the pane's page starts lighter.
 */
import type { PaneGateway } from "../taskpane/gateway";
import { postPaneMessage } from "../taskpane/pane-messages";

/** The manifest's <FunctionName> for each command. */
export const COMMAND_IDS = { createReport: "createReport" } as const;

function officeAvailable(): boolean {
  return typeof Office !== "undefined";
}

async function showPane(): Promise<void> {
  if (officeAvailable() && Office.addin && typeof Office.addin.showAsTaskpane === "function") {
    await Office.addin.showAsTaskpane();
  }
}

export async function createReport(event?: Office.AddinCommands.Event, gateway?: PaneGateway): Promise<void> {
  try {
    // The report's code (reading, analysing, planning, writing) loads on the first press, not with the page.
    const { createExcelGateway, reportMessage } = await import(
      /* webpackChunkName: "command-report" */ "./report"
    );
    postPaneMessage(await reportMessage(gateway ?? createExcelGateway()));
    await showPane();
  } catch (error) {
    // The message is in the pane already; the pane simply could not be opened from here.
    console.error("createReport: could not show the task pane", error);
  } finally {
    event?.completed();
  }
}

/**
 * Associates every command with its handler; a no-op where Office.js is absent (plain browser, tests). Where Excel
 * has no shared runtime (Excel 2019: the pane opened from My Add-ins, no ribbon) an association that fails is
 * logged and the page goes on: the pane loads after this bundle.
 */
export function registerCommands(): boolean {
  if (!officeAvailable() || !Office.actions || typeof Office.actions.associate !== "function") return false;
  try {
    Office.actions.associate(COMMAND_IDS.createReport, (event: Office.AddinCommands.Event) =>
      createReport(event),
    );
    return true;
  } catch (error) {
    console.error("registerCommands: the ribbon command could not be associated", error);
    return false;
  }
}

registerCommands();

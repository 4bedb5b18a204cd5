/**
 * Ribbon commands (ExecuteFunction buttons in manifest.xml). Runs in the shared runtime, on the
 * same page as the pane. "Tạo báo cáo" → createReport: until reports exist it opens the pane
 * with a message saying so. Every handler calls event.completed(), whatever happens.
 */
import { postPaneMessage } from "../taskpane/pane-messages";
import { commandStrings } from "../taskpane/strings";

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

export async function createReport(event?: Office.AddinCommands.Event): Promise<void> {
  try {
    postPaneMessage({ intent: "info", text: commandStrings.reportComingSoon });
    await showPane();
  } catch (error) {
    // The message is in the pane already; the pane simply could not be opened from here.
    console.error("createReport: could not show the task pane", error);
  } finally {
    event?.completed();
  }
}

/** Associates every command with its handler; a no-op where Office.js is absent (plain browser, tests). */
export function registerCommands(): boolean {
  if (!officeAvailable() || !Office.actions || typeof Office.actions.associate !== "function") return false;
  Office.actions.associate(COMMAND_IDS.createReport, createReport);
  return true;
}

registerCommands();

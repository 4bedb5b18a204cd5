/**
 * Ribbon commands (ExecuteFunction buttons in manifest.xml), run in the shared runtime on the pane's page.
 * "Tạo báo cáo" → createReport: the one-click report with the settings saved in the document (read →
 * analyse → plan → write, through the same gateway as the pane), then the pane opens with the result or the
 * error. A report sheet the user edited is never replaced from here: the message says to decide in the pane.
 * Every handler calls event.completed(), whatever happens.
 */
import { paneText } from "../i18n/pane";
import { createExcelGateway, type PaneGateway } from "../taskpane/gateway";
import { postPaneMessage, type PaneMessage } from "../taskpane/pane-messages";
import { DEFAULT_PREFS, languageOf } from "../taskpane/prefs";
import { errorText, oneClickReport } from "../taskpane/workflow";

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

/** Runs the one-click report and says how it went, as a message for the pane. */
export async function reportMessage(gateway: PaneGateway, now = new Date()): Promise<PaneMessage> {
  try {
    const result = await oneClickReport(gateway, now);
    const language = result.language;
    if (result.kind === "consent") {
      const sheets = result.sheets.map((s) => `“${s}”`).join(", ");
      return { intent: "warning", text: paneText("cmdReportConsent", { sheets }, language) };
    }
    const sheets = result.outcome.sheets.map((s) => `“${s.name}”`).join(", ");
    return {
      intent: "success",
      text: paneText("cmdReportWritten", { count: String(result.outcome.sheets.length), sheets }, language),
    };
  } catch (error) {
    const language = languageOf(DEFAULT_PREFS, undefined, gateway.displayLanguage());
    return {
      intent: "error",
      text: paneText("cmdReportFailed", { message: errorText(error, language) }, language),
    };
  }
}

export async function createReport(
  event?: Office.AddinCommands.Event,
  gateway: PaneGateway = createExcelGateway(),
): Promise<void> {
  try {
    postPaneMessage(await reportMessage(gateway));
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

/**
 * The ribbon's "Tạo báo cáo", loaded when the button is first pressed (not with the pane's page): the one-click
 * report with the settings saved in the document through the same gateway as the pane, and its outcome as a
 * message for the pane.
 */
import { loadEnglish } from "../i18n/loadEnglish";
import { paneText } from "../i18n/pane";
import { createExcelGateway, type PaneGateway } from "../taskpane/gateway";
import type { PaneMessage } from "../taskpane/pane-messages";
import { DEFAULT_PREFS, languageOf } from "../taskpane/prefs";
import { errorText, oneClickReport } from "../taskpane/workflow";

export { createExcelGateway };

/** Runs the one-click report and says how it went, as a message for the pane. */
export async function reportMessage(gateway: PaneGateway, now = new Date()): Promise<PaneMessage> {
  // The report and its message may be in English (the saved language, or Office's): have English at hand.
  await loadEnglish().catch((error: unknown) =>
    console.error("The English strings could not be loaded", error),
  );
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

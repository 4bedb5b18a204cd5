/**
 * The ribbon's "Tạo báo cáo" on the Excel simulator: the one-click report with the settings saved in the
 * document, the result or the error posted to the pane in Vietnamese, the pane shown, event.completed()
 * always called — and a report sheet the user edited never replaced from the ribbon.
 */
import {
  createSimulator,
  installExcelGlobals,
  newWorkbook,
  type Simulator,
} from "../../src/preview/simulator";
import { reportSheetNames } from "../../src/core/report";
import { createReport } from "../../src/commands/commands";
import { createExcelGateway, SETTINGS_KEY } from "../../src/taskpane/gateway";
import { latestPaneMessage } from "../../src/taskpane/pane-messages";
import { compareVersions, workbookFromXlsx } from "../excel/helpers";

// Reading fixture workbooks takes a while on a busy machine.
jest.setTimeout(30_000);

const NAMES = Object.values(reportSheetNames(2021, "vi"));
let sim: Simulator;
let uninstall: () => void;
let showAsTaskpane: jest.Mock;

function installOffice(displayLanguage = "vi-VN") {
  showAsTaskpane = jest.fn(() => Promise.resolve());
  (globalThis as Record<string, unknown>).Office = {
    context: {
      displayLanguage,
      requirements: {
        isSetSupported: (name: string, version?: string) =>
          name === "ExcelApi" && compareVersions(version ?? "1.1", "1.17") <= 0,
      },
    },
    addin: { showAsTaskpane },
  };
}

async function start(workbook?: Parameters<typeof createSimulator>[0]) {
  sim = createSimulator(workbook ?? (await workbookFromXlsx("examples/hai-duong-2021.xlsx")));
  uninstall = installExcelGlobals(sim);
  installOffice();
  delete (globalThis as Record<symbol, unknown>)[Symbol.for("cchc.pane-message.latest")];
}

afterEach(() => {
  uninstall();
  delete (globalThis as Record<string, unknown>).Office;
});

async function click(): Promise<jest.Mock> {
  const completed = jest.fn();
  await createReport({ completed } as unknown as Office.AddinCommands.Event, createExcelGateway());
  return completed;
}

describe("ribbon: Tạo báo cáo", () => {
  test("writes the five report sheets with the saved settings and says so in the pane", async () => {
    await start();
    sim.state.settings.set(SETTINGS_KEY, JSON.stringify({ sendTo: "Văn phòng UBND tỉnh", language: "vi" }));
    const completed = await click();
    expect(completed).toHaveBeenCalledTimes(1);
    expect(showAsTaskpane).toHaveBeenCalledTimes(1);
    expect(sim.state.sheets.map((s) => s.name).slice(1)).toEqual(NAMES);
    expect(latestPaneMessage()).toEqual({
      intent: "success",
      text: `Đã tạo 5 trang báo cáo: ${NAMES.map((n) => `“${n}”`).join(", ")}.`,
    });
  });

  test("a second click replaces its own sheets; an edited one is left alone and the pane says why", async () => {
    await start();
    await click();
    await click();
    expect(sim.state.sheets.map((s) => s.name).slice(1)).toEqual(NAMES);
    await Excel.run(async (context) => {
      context.workbook.worksheets.getItem(NAMES[1]).getRange("A1").values = [["Đã sửa tay"]];
      await context.sync();
    });
    const completed = await click();
    expect(completed).toHaveBeenCalledTimes(1);
    expect(sim.state.sheets.map((s) => s.name).slice(1)).toEqual(NAMES);
    expect(latestPaneMessage()?.intent).toBe("warning");
    expect(latestPaneMessage()?.text).toMatch(
      new RegExp(`Chưa tạo báo cáo: các trang “${NAMES[1]}” đã bị sửa`),
    );
  });

  test("a workbook without a score table: a clear message, nothing written, the event completed", async () => {
    const book = newWorkbook();
    await start(book);
    const completed = await click();
    expect(completed).toHaveBeenCalledTimes(1);
    expect(sim.state.sheets).toHaveLength(1);
    const message = latestPaneMessage();
    expect(message?.intent).toBe("error");
    expect(message?.text).toMatch(/^Không tạo được báo cáo\. /);
    expect(message?.text).not.toMatch(/\n\s+at /);
  });

  test("invalid saved settings stop the report with the field's message", async () => {
    await start();
    sim.state.settings.set(SETTINGS_KEY, JSON.stringify({ threshold: 0 }));
    const completed = await click();
    expect(completed).toHaveBeenCalledTimes(1);
    expect(sim.state.sheets).toHaveLength(1);
    expect(latestPaneMessage()?.text).toMatch(/Thiết lập không hợp lệ — Ngưỡng giải trình:/);
  });

  test("completes the event even when Excel fails and the pane cannot be shown", async () => {
    await start();
    showAsTaskpane.mockRejectedValueOnce(new Error("not here"));
    sim.injectFailure({ code: "InvalidOperationInCellEditMode" });
    const logged = jest.spyOn(console, "error").mockImplementation(() => undefined);
    const completed = await click();
    logged.mockRestore();
    expect(completed).toHaveBeenCalledTimes(1);
    expect(latestPaneMessage()?.text).toMatch(/chế độ sửa ô/);
  });
});

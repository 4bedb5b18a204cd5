/**
 * The standalone page's gateway (src/standalone/gateway.ts) under the pane's own workflow: a workbook whose
 * totals and indices are formulas saved without results gives the pane's analysis exactly the `cchc report`
 * JSON (the core's formula pre-pass runs on the file's Grids, warnings included), this year against last
 * year's file too; settings are kept without last year's file, the comparison or the language. And the
 * preview's loader (src/preview/load.ts) puts such a formula in the simulated workbook with the value Excel
 * would show.
 */
import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { report } from "../../src/cli/main";
import { toJson, type ReportJson } from "../../src/cli/json";
import { DEFAULT_SETTINGS } from "../../src/core/settings";
import { workbookFromBytes } from "../../src/preview/load";
import type { OpenedBook } from "../../src/standalone/book";
import { fileGateway, type SettingsStore } from "../../src/standalone/gateway";
import { withReadProblems } from "../../src/standalone/plans";
import type { SavedState } from "../../src/taskpane/gateway";
import { DEFAULT_PREFS, parsePrefs } from "../../src/taskpane/prefs";
import { setSessionPrevious } from "../../src/taskpane/session";
import { analyseView, loadSaved } from "../../src/taskpane/workflow";
import { readWorkbook } from "../../src/xlsx/readWorkbook";
import { editPart } from "../fixtures/lib/hostileFiles";

const root = path.resolve(__dirname, "../..");
const tmp = mkdtempSync(path.join(os.tmpdir(), "cchc-standalone-"));
const THIS_YEAR = path.join(root, "examples/hai-duong-2021.xlsx");
const LAST_YEAR = path.join(root, "examples/hai-duong-2020.xlsx");

/** Every formula's cached result removed from the first sheet, as a program other than Excel writes it. */
function withoutResults(source: string): string {
  const file = path.join(tmp, `no-results-${path.basename(source)}`);
  const bytes = editPart(new Uint8Array(readFileSync(source)), "xl/worksheets/sheet1.xml", (xml) =>
    xml.replace(/(<f[^>]*>[^<]*<\/f>|<f[^>]*\/>)<v>[^<]*<\/v>/g, "$1"),
  );
  writeFileSync(file, bytes);
  return file;
}

async function cliJson(workbook: string, previous?: string): Promise<ReportJson> {
  let stdout = "";
  const code = await report(
    workbook,
    { sheet: [], previousSheet: [], strict: false, lang: "vi", json: "-", previous },
    { stdout: (t) => (stdout += t), stderr: () => undefined },
  );
  expect(code).toBe(0);
  return JSON.parse(stdout) as ReportJson;
}

async function opened(file: string): Promise<OpenedBook> {
  const book = await readWorkbook(readFileSync(file), { fileName: path.basename(file) });
  return {
    fileName: path.basename(file),
    sheets: book.sheets,
    grids: book.sheets.map((s) => book.grid(s.name)),
  };
}

function memoryStore(): SettingsStore & { kept: SavedState | null } {
  return {
    kept: null,
    load() {
      return this.kept;
    },
    save(state) {
      this.kept = JSON.parse(JSON.stringify(state)) as SavedState;
      return true;
    },
    forget() {
      this.kept = null;
    },
  };
}

const hooks = { onGoTo: () => undefined, onSaveFailed: () => undefined };

afterEach(() => setSessionPrevious(null));

describe("formulas saved without results, read through the page's gateway", () => {
  test("give the pane's analysis the CLI's JSON, warnings included", async () => {
    const thisYear = withoutResults(THIS_YEAR);
    const lastYear = withoutResults(LAST_YEAR);
    const expected = await cliJson(thisYear, lastYear);
    expect(expected.warnings.length).toBeGreaterThan(0);

    const book = await opened(thisYear);
    const previous = await opened(lastYear);
    setSessionPrevious({ fileName: previous.fileName, grids: previous.grids });
    const view = await fileGateway(book, memoryStore(), hooks).readWorkbook();
    const { settings, prefs } = loadSaved(view.saved);
    expect(prefs.previous.source).toBe("file");
    const state = analyseView(view, settings, prefs, { fileName: previous.fileName, grids: previous.grids });
    if (!state.ok) throw state.error;
    expect(toJson(withReadProblems(state, book), "vi")).toEqual(expected);
  });
});

describe("the settings kept in the browser", () => {
  test("keep the settings and the sheet chosen, never last year's file, the comparison or the language", async () => {
    const store = memoryStore();
    const gateway = fileGateway(await opened(THIS_YEAR), store, hooks);
    const settings = { ...DEFAULT_SETTINGS, threshold: 80 };
    await gateway.saveSettings({
      settings,
      pane: {
        ...DEFAULT_PREFS,
        sheet: "Sheet1",
        language: "en",
        previous: { source: "file", sheet: null, file: "x.xlsx" },
      },
      comparison: { previous: { file: "x.xlsx" } },
    });
    expect(store.kept?.comparison).toBeUndefined();
    expect(parsePrefs(store.kept?.pane)).toEqual({
      ...DEFAULT_PREFS,
      sheet: "Sheet1",
      previous: { source: "auto", sheet: null, file: null },
    });
    const view = await gateway.readWorkbook();
    expect(loadSaved(view.saved).settings.threshold).toBe(80);
    expect(view.can).toEqual({ saveSettings: true, writeReport: false, highlight: false });
  });

  test("nothing kept and no file picked: the pane starts from the defaults", async () => {
    const view = await fileGateway(await opened(THIS_YEAR), memoryStore(), hooks).readWorkbook();
    expect(view.saved).toBeNull();
    expect(view.activeSheet).toBe(view.sheets[0].name);
  });
});

describe("the preview's loader", () => {
  test("puts a formula saved without its result in the workbook with the value Excel would show", async () => {
    const stripped = withoutResults(THIS_YEAR);
    const original = await readWorkbook(readFileSync(THIS_YEAR));
    const read = await readWorkbook(readFileSync(stripped));
    const sheet = read.sheets[0].name;
    const [address, formula] = [...(read.grid(sheet).formulas ?? new Map<string, string>())][0];
    const bytes = readFileSync(stripped);
    const state = await workbookFromBytes(
      bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength),
      "x.xlsx",
    );
    const [, letters, digits] = /^([A-Z]+)(\d+)$/.exec(address) as RegExpExecArray;
    const row = Number(digits) - 1;
    const column = letters.charCodeAt(0) - 65;
    const cell = state.sheets.find((s) => s.name === sheet)?.cells.get(row * 16_384 + column);
    const grid = original.grid(sheet);
    expect(cell?.formula).toBe(`=${formula}`);
    expect(cell?.value).toBe(grid.values[Number(digits) - grid.top][letters.charCodeAt(0) - 64 - grid.left]);
  });
});

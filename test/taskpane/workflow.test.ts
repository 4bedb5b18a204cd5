/**
 * The pane's work without React (src/taskpane/workflow.ts): the active sheet when a workbook holds several
 * tables, last year's sources, the run log's fingerprint (the same as the CLI's), consent answers, attendees
 * read from a sheet, saved state that cannot be used, and the pane's language.
 */
import { DEFAULT_SETTINGS, parseSettings } from "../../src/core/settings";
import type { SheetAction } from "../../src/core/report";
import { DEFAULT_PREFS, languageOf, parsePrefs } from "../../src/taskpane/prefs";
import { planReportFor, resolveDecisions, sourceFingerprint } from "../../src/taskpane/reportDraft";
import { analyseView, attendeesFromGrid, loadSaved } from "../../src/taskpane/workflow";
import { fixtureGrids } from "./fakeGateway";

// Reading fixture workbooks takes a while on a busy machine.
jest.setTimeout(30_000);

describe("analyseView", () => {
  test("several tables of the same groups: the active sheet's is used, and the pane says so", async () => {
    const [grid] = await fixtureGrids("examples/hai-duong-2021.xlsx");
    const copy = { ...grid, sheet: "Bản sao" };
    const state = analyseView(
      { grids: [grid, copy], activeSheet: "Bản sao" },
      DEFAULT_SETTINGS,
      DEFAULT_PREFS,
      null,
    );
    expect(state.ok && state.usedActiveSheet).toBe(true);
    expect(state.ok && state.analysis.sheets).toEqual(["Bản sao"]);
    // A sheet chosen by the user wins; an unknown choice falls back to the automatic reading.
    const chosen = analyseView(
      { grids: [grid, copy], activeSheet: "Bản sao" },
      DEFAULT_SETTINGS,
      {
        ...DEFAULT_PREFS,
        sheet: grid.sheet,
      },
      null,
    );
    expect(chosen.ok && chosen.analysis.sheets).toEqual([grid.sheet]);
    expect(chosen.ok && chosen.usedActiveSheet).toBe(false);
  });

  test("never throws: a workbook without a table is a failed state with the core's error", () => {
    const state = analyseView(
      {
        grids: [{ sheet: "Trống", top: 1, left: 1, values: [["xin chào"]], merges: [] }],
        activeSheet: "Trống",
      },
      DEFAULT_SETTINGS,
      DEFAULT_PREFS,
      null,
    );
    expect(state.ok).toBe(false);
    expect(!state.ok && (state.error as Error).name).toBe("InputError");
  });

  test("a table in which no unit can be ranked is shown, to be corrected, and its report refused", () => {
    // No maxima anywhere: nobody's index can be computed until the user enters them in the Table step.
    const grid = {
      sheet: "Sở",
      top: 1,
      left: 1,
      merges: [],
      values: [
        ["STT", "Tên cơ quan, đơn vị", "Lĩnh vực 1", "Lĩnh vực 2"],
        [1, "Sở A", 8, 6],
        [2, "Sở B", 7, 5],
      ],
    };
    const view = { grids: [grid], activeSheet: "Sở", sheets: [], reportSheets: [] };
    const state = analyseView(view, DEFAULT_SETTINGS, DEFAULT_PREFS, null);
    if (!state.ok) throw state.error;
    expect(state.analysis.units.map((u) => u.rank)).toEqual([null, null]);
    expect(() => planReportFor(view, state, null, new Date("2022-02-25T08:30:00Z"))).toThrow(
      /Không xếp hạng được đơn vị nào trong 2 đơn vị/,
    );
    const fixed = analyseView(
      view,
      parseSettings({
        mapping: {
          components: [
            { column: "C", max: 10 },
            { column: "D", max: 10 },
          ],
        },
      }),
      DEFAULT_PREFS,
      null,
    );
    if (!fixed.ok) throw fixed.error;
    expect(planReportFor(view, fixed, null, new Date("2022-02-25T08:30:00Z")).plan.sheets).toHaveLength(5);
  });

  test("last year from a file, from a sheet of this workbook, or flagged missing", async () => {
    const grids = await fixtureGrids("examples/hai-duong-2021.xlsx");
    const previous = await fixtureGrids("examples/hai-duong-2020.xlsx");
    const fromFile = analyseView(
      { grids, activeSheet: grids[0].sheet },
      DEFAULT_SETTINGS,
      {
        ...DEFAULT_PREFS,
        previous: { source: "file", sheet: null, file: "2020.xlsx" },
      },
      { fileName: "2020.xlsx", grids: previous },
    );
    expect(fromFile.ok && fromFile.analysis.dropped.find((d) => d.unit === "TP Chí Linh")).toMatchObject({
      from: 1,
      to: 3,
    });
    const missing = analyseView(
      { grids, activeSheet: grids[0].sheet },
      DEFAULT_SETTINGS,
      {
        ...DEFAULT_PREFS,
        previous: { source: "file", sheet: null, file: "2020.xlsx" },
      },
      null,
    );
    expect(missing.ok && missing.previousFileMissing).toBe(true);
    expect(missing.ok && missing.analysis.previousSource).toBeNull();
    const sameBook = [...grids, ...previous];
    const fromSheet = analyseView(
      { grids: sameBook, activeSheet: grids[0].sheet },
      DEFAULT_SETTINGS,
      {
        ...DEFAULT_PREFS,
        previous: { source: "sheet", sheet: previous[0].sheet, file: null },
      },
      null,
    );
    expect(fromSheet.ok && fromSheet.analysis.previousSource).toBe("table");
    expect(fromSheet.ok && fromSheet.analysis.sheets).toEqual([grids[0].sheet]);
    expect(fromSheet.ok && fromSheet.analysis.dropped.map((d) => d.unit)).toContain("TP Chí Linh");
  });
});

test("the run log's fingerprint changes with one value of the source, and only then", async () => {
  const grids = await fixtureGrids("examples/hai-duong-2021.xlsx");
  const sheets = [grids[0].sheet];
  const again = await fixtureGrids("examples/hai-duong-2021.xlsx");
  expect(sourceFingerprint(again, sheets)).toBe(sourceFingerprint(grids, sheets));
  const values = grids[0].values.map((row) => [...row]);
  values[10][2] = 11.17;
  const edited = [{ ...grids[0], values }];
  expect(sourceFingerprint(edited, sheets)).not.toBe(sourceFingerprint(grids, sheets));
  expect(sourceFingerprint(grids, sheets)).toMatch(/^[0-9a-f]{64}$/);
});

test("consent: ask becomes replace or a write beside, the rest passes through", () => {
  const actions: SheetAction[] = [
    { planned: "A", action: "create", name: "A" },
    { planned: "B", action: "ask", name: "B", alternative: "B (2)" },
    { planned: "C", action: "ask", name: "C", alternative: "C (2)" },
    { planned: "D", action: "rename", name: "D (2)" },
  ];
  expect(resolveDecisions(actions, { B: "replace" })).toEqual([
    { planned: "A", action: "create", name: "A" },
    { planned: "B", action: "replace", name: "B" },
    { planned: "C", action: "rename", name: "C (2)" },
    { planned: "D", action: "rename", name: "D (2)" },
  ]);
});

test("attendees are read from any sheet that names the units (any spelling) with a person after them", () => {
  const found = attendeesFromGrid(
    {
      sheet: "Phân công",
      top: 1,
      left: 1,
      merges: [],
      values: [
        ["STT", "Đơn vị", "Người dự"],
        [1, "UBND huyện Ninh Giang", "Đ/c Nguyễn Văn A"],
        [2, "TP. Chí Linh", "Đ/c Trần Thị B"],
        [3, "Sở Không Có", "Đ/c C"],
        [4, "Sở Y tế", null],
      ],
    },
    ["Huyện Ninh Giang", "TP Chí Linh", "Sở Y tế"],
  );
  expect(found).toEqual({ "Huyện Ninh Giang": "Đ/c Nguyễn Văn A", "TP Chí Linh": "Đ/c Trần Thị B" });
});

test("attendees of units named like object properties are kept as names", () => {
  const found = attendeesFromGrid(
    {
      sheet: "Phân công",
      top: 1,
      left: 1,
      merges: [],
      values: [
        ["__proto__", "Đ/c A"],
        ["toString", "Đ/c B"],
      ],
    },
    ["__proto__", "toString", "constructor"],
  );
  expect(Object.entries(found)).toEqual([
    ["__proto__", "Đ/c A"],
    ["toString", "Đ/c B"],
  ]);
  expect(Object.getPrototypeOf(found)).toBe(Object.prototype);
});

test("saved state: unusable settings fall back to the defaults with the field's message; bad pane state is ignored", () => {
  const loaded = loadSaved({ settings: { threshold: "cao" }, pane: { language: "fr" } });
  expect(loaded.settings).toEqual(DEFAULT_SETTINGS);
  expect((loaded.settingsError as Error).message).toBe(
    "Thiết lập không hợp lệ — Ngưỡng giải trình: phải là một số",
  );
  expect(loaded.prefs).toEqual(DEFAULT_PREFS);
  const good = loadSaved({ settings: { threshold: 80 }, pane: { language: "en", sheet: "Sở" } });
  expect(good.settings).toEqual(parseSettings({ threshold: 80 }));
  expect(good.prefs).toMatchObject({ language: "en", sheet: "Sở" });
  expect(loadSaved(null)).toEqual({
    settings: DEFAULT_SETTINGS,
    prefs: DEFAULT_PREFS,
    settingsError: null,
    comparison: { version: 1, previous: null, lastReport: null },
  });
});

test("the pane's language: the user's choice, else the host's, else Office's, Vietnamese by default", () => {
  expect(languageOf(parsePrefs({ language: "en" }), "vi", "vi-VN")).toBe("en");
  expect(languageOf(DEFAULT_PREFS, "en", "vi-VN")).toBe("en");
  expect(languageOf(DEFAULT_PREFS, undefined, "en-US")).toBe("en");
  expect(languageOf(DEFAULT_PREFS, undefined, "vi-VN")).toBe("vi");
  expect(languageOf(DEFAULT_PREFS, undefined, null)).toBe("vi");
});

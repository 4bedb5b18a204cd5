/**
 * Helpers for the Office adapter tests: an `Office.context.requirements` stub answering isSetSupported up to a
 * given ExcelApi version, simulator workbooks built from the fixture .xlsx files (formulas with their cached
 * results, merges, number formats, hidden sheets), and the analysis → plans glue the tests share.
 */
import { readFile } from "node:fs/promises";
import path from "node:path";
import ExcelJS from "exceljs";
import { toGridValue } from "../../src/xlsx/cells";
import {
  buildWorkbook,
  type SheetSpec,
  type Simulator,
  type WorkbookState,
} from "../../src/preview/simulator";
import { analyseWorkbook } from "../../src/core/analyseWorkbook";
import { decideSheetActions, planHighlights, planReport } from "../../src/core/report";
import { parseSettings } from "../../src/core/settings";
import { findTables } from "../../src/core/workbook";
import { decisionInputs, readWorkbook } from "../../src/excel";
import type { Grid } from "../../src/core/grid";
import { readWorkbook as readXlsx } from "../../src/xlsx/readWorkbook";

export const ROOT = path.resolve(__dirname, "../..");

function versionParts(version: string): [number, number] {
  const [major, minor] = version.split(".").map(Number);
  return [major, minor ?? 0];
}

export function compareVersions(a: string, b: string): number {
  const [am, an] = versionParts(a);
  const [bm, bn] = versionParts(b);
  return am !== bm ? am - bm : an - bn;
}

/** Installs a global `Office` whose requirements support ExcelApi up to `maxVersion`; returns an uninstall function. */
export function installOffice(maxVersion = "1.17"): () => void {
  const g = globalThis as Record<string, unknown>;
  const previous = g.Office;
  g.Office = {
    context: {
      requirements: {
        isSetSupported: (name: string, version?: string) =>
          name === "ExcelApi" && compareVersions(version ?? "1.1", maxVersion) <= 0,
      },
    },
  };
  return () => {
    g.Office = previous;
  };
}

type SpecCell = unknown;

/** A simulator workbook with the sheets of an .xlsx file: formulas keep their text and cached result. */
export async function workbookFromXlsx(file: string | Uint8Array): Promise<WorkbookState> {
  const bytes = typeof file === "string" ? await readFile(path.resolve(ROOT, file)) : file;
  const book = new ExcelJS.Workbook();
  await book.xlsx.load(bytes as unknown as Parameters<typeof book.xlsx.load>[0]);
  const spec: Record<string, SheetSpec> = {};
  // Cached results as the .xlsx reader reads them (a formula saved without one reads as it would compute).
  const read = await readXlsx(bytes);
  for (const ws of book.worksheets) {
    const grid = read.grid(ws.name);
    const rows: SpecCell[][] = [];
    const formulaValues: Record<string, ReturnType<typeof toGridValue>> = {};
    const numberFormats: Record<string, string> = {};
    ws.eachRow({ includeEmpty: false }, (row, r) => {
      row.eachCell({ includeEmpty: false }, (cell, c) => {
        if (cell.isMerged && cell.master.address !== cell.address) return;
        while (rows.length < r) rows.push([]);
        const line = rows[r - 1];
        while (line.length < c) line.push(null);
        const raw = cell.value as unknown;
        const formula = cell.formula;
        if (typeof formula === "string" && formula !== "") {
          line[c - 1] = `=${formula}`;
          const cached = grid.values[Number(cell.row) - grid.top]?.[Number(cell.col) - grid.left];
          formulaValues[cell.address] = cached === undefined ? toGridValue(raw) : cached;
        } else {
          const value = toGridValue(raw);
          // Text stays text ("9" typed as text), errors become errors.
          line[c - 1] =
            typeof value === "object" && value !== null
              ? value.error
              : typeof value === "string"
                ? `'${value}`
                : value;
        }
        if (cell.numFmt && cell.numFmt !== "General") numberFormats[cell.address] = cell.numFmt;
      });
    });
    const merges = ((ws.model as { merges?: string[] }).merges ?? []).slice();
    spec[ws.name] = {
      values: rows,
      formulaValues,
      numberFormats,
      merges,
      visibility: ws.state === "hidden" ? "Hidden" : ws.state === "veryHidden" ? "VeryHidden" : "Visible",
    };
  }
  return buildWorkbook(spec);
}

/** Reads, analyses and plans — the pane's path — on a simulator; returns each step's result. */
export async function readAndPlan(
  sim: Simulator,
  previousGrids: readonly Grid[] | undefined = HAI_DUONG_2020,
) {
  const snapshot = await sim.run((context) => readWorkbook(context));
  const readSyncs = sim.lastRunSyncCount;
  const settings = parseSettings({});
  const analysis = analyseWorkbook({ grids: snapshot.grids, previousGrids, settings });
  const tables = findTables(snapshot.grids).current;
  const plan = planReport(analysis, {
    settings,
    file: null,
    fingerprint: "0".repeat(64),
    generatedAt: "2022-03-01T08:00:00.000Z",
    chartsSupported: true,
  });
  const highlights = planHighlights(analysis, tables);
  const { existing, markers } = decisionInputs(snapshot);
  const decisions = decideSheetActions(
    plan.sheets.map((s) => s.name),
    existing,
    markers,
  );
  return { snapshot, readSyncs, analysis, plan, highlights, decisions };
}

/** The names of the workbook's sheets, in tab order. */
export function sheetNames(state: WorkbookState): string[] {
  return state.sheets.map((s) => s.name);
}

/** Last year's Hải Dương workbook as grids (the pane reads last year's file apart). */
export let HAI_DUONG_2020: readonly Grid[] | undefined;

export async function loadHaiDuong2020(): Promise<readonly Grid[]> {
  const book = await readXlsx(await readFile(path.resolve(ROOT, "examples/hai-duong-2020.xlsx")));
  HAI_DUONG_2020 = book.sheets.map((s) => book.grid(s.name));
  return HAI_DUONG_2020;
}

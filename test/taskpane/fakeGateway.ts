/**
 * A PaneGateway in memory, built from real fixture workbooks (read with src/xlsx): it records every call
 * (jest mocks), keeps what the pane saves, and answers reads with what it holds — the saved state, the report
 * sheets it "wrote", the sheets it "highlighted".
 */
import { readFileSync } from "fs";
import path from "path";
import type { Grid } from "../../src/core/grid";
import type { HighlightPlan, ReportPlan } from "../../src/core/plan";
import type {
  CellTarget,
  PaneGateway,
  ReportDecision,
  ReportProgress,
  ReportSheetSummary,
  SavedState,
  SaveRoute,
  WorkbookView,
} from "../../src/taskpane/gateway";
import type { PaneFile } from "../../src/taskpane/download";
import { readWorkbook } from "../../src/xlsx/readWorkbook";

export const ROOT = path.resolve(__dirname, "../..");

export async function fixtureGrids(file: string): Promise<Grid[]> {
  const book = await readWorkbook(readFileSync(path.resolve(ROOT, file)), { fileName: path.basename(file) });
  return book.sheets.map((s) => book.grid(s.name));
}

export function fixtureBytes(file: string): Uint8Array<ArrayBuffer> {
  return new Uint8Array(readFileSync(path.resolve(ROOT, file)));
}

export class FakeGateway implements PaneGateway {
  grids: Grid[];
  activeSheet: string;
  saved: SavedState | null = null;
  reportSheets: ReportSheetSummary[] = [];
  extraSheets: string[] = [];
  highlighted: string[] = [];
  language: string | null = "vi-VN";
  can = { saveSettings: true, writeReport: true, highlight: true };

  constructor(grids: Grid[]) {
    this.grids = grids;
    this.activeSheet = grids[0].sheet;
  }

  view(): WorkbookView {
    return {
      grids: this.grids,
      sheets: [
        ...this.grids.map((g) => ({
          name: g.sheet,
          visible: true,
          empty: g.values.length === 0,
          report: false,
          protected: false,
        })),
        ...this.reportSheets.map((r) => ({
          name: r.name,
          visible: true,
          empty: false,
          report: true,
          protected: false,
        })),
        ...this.extraSheets.map((name) => ({
          name,
          visible: true,
          empty: false,
          report: false,
          protected: false,
        })),
      ],
      activeSheet: this.activeSheet,
      saved: this.saved === null ? null : JSON.parse(JSON.stringify(this.saved)),
      reportSheets: this.reportSheets,
      highlightedSheets: this.highlighted,
      can: this.can,
      syncs: 0,
    };
  }

  readWorkbook = jest.fn(async (): Promise<WorkbookView> => this.view());

  writeReport = jest.fn(
    async (
      plan: ReportPlan,
      decisions: readonly ReportDecision[],
      onProgress?: (p: ReportProgress) => void,
    ) => {
      onProgress?.({ stage: "writing", sheets: plan.sheets.length });
      const sheets = plan.sheets.map((s) => {
        const decision = decisions.find((d) => d.planned === s.name);
        if (decision === undefined || decision.action === "ask") throw new Error(`undecided ${s.name}`);
        return {
          name: decision.name,
          planName: s.name,
          kind: s.kind,
          replaced: decision.action === "replace",
        };
      });
      const written = new Set(sheets.map((s) => s.name));
      this.reportSheets = [
        ...this.reportSheets.filter((r) => !written.has(r.name)),
        ...sheets.map((s) => ({
          name: s.name,
          kind: s.kind,
          edited: false,
          fingerprint: `print-${s.name}`,
          writtenFingerprint: `print-${s.name}`,
          writtenAt: "2022-03-01T00:00:00.000Z",
        })),
      ];
      onProgress?.({ stage: "done", sheets: sheets.length });
      return { sheets, syncs: 2, skipped: [] };
    },
  );

  applyHighlights = jest.fn(async (plan: HighlightPlan, alsoClear: readonly string[] = []) => {
    const sheets = [...new Set(plan.areas.map((a) => a.sheet))];
    this.highlighted = sheets;
    return { sheets: [...sheets, ...alsoClear], added: plan.areas.length, removed: 0, syncs: 2 };
  });

  clearHighlights = jest.fn(async (sheets?: readonly string[]) => {
    const cleared = sheets ?? this.highlighted;
    this.highlighted = [];
    return { sheets: cleared, added: 0, removed: cleared.length, syncs: 2 };
  });

  saveSettings = jest.fn(async (state: SavedState) => {
    this.saved = JSON.parse(JSON.stringify(state));
  });

  goTo = jest.fn(async (_target: CellTarget) => undefined);

  activateSheet = jest.fn(async (_name: string) => undefined);

  /** Where saveFile says the file went (the host's route), and the files saved. */
  saveRoute: SaveRoute = "pane";
  saved_files: PaneFile[] = [];

  saveFile = jest.fn(async (file: PaneFile, _language: string): Promise<SaveRoute> => {
    this.saved_files.push(file);
    return this.saveRoute;
  });

  displayLanguage = () => this.language;

  officeTheme = (): "light" | "dark" | null => null;
}

export async function haiDuong2021(): Promise<FakeGateway> {
  return new FakeGateway(await fixtureGrids("examples/hai-duong-2021.xlsx"));
}

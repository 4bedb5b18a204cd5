/**
 * readWorkbook: the workbook as plain data — a Grid per sheet (values with error cells as { error }, merged
 * areas, number formats, top-left of the used range) plus what must be checked before writing: every
 * sheet's name, visibility and protection, the add-in's markers (its report sheets with their fingerprints,
 * and whether the user edited them), the highlights it left, and whether the workbook's structure is
 * protected.
 *
 * Round trips: the list of a workbook's sheets is not known before a first sync, and a sheet's cells can only
 * be queued for loading through a Worksheet proxy (getItem by name or id, getActiveWorksheet, getFirst / getNext,
 * getLast) — a collection load reaches navigation properties of the items, never their ranges. So the first
 * request queues the sheet list, the settings and the cells of the sheets it can name: the active sheet, or
 * every sheet of `previous` (the last read). One sync when that covers the workbook (a one-sheet workbook,
 * or any re-read); a second sync reads the sheets the first one revealed (a first read of a workbook with
 * several sheets). Walking getFirst().getNextOrNullObject() blindly would need calls on null objects, whose
 * behaviour the documentation leaves open.
 */
import { isErrorValue, type CellValue, type Grid, type MergedArea } from "../core/grid";
import type { ReportKind } from "../core/plan";
import { parseRangeAddress } from "./addresses";
import { utf8Length } from "../core/utf8";
import { adapterError, richApiCode } from "./errors";
import { sheetFingerprint } from "./fingerprint";
import { readRowChunks, tooLargeToRead, type CellBlock, type ChunkTarget } from "./readChunks";
import { REPORT_MARKER_KEY, isHighlightRuleFormula, parseReportMarker, type ReportMarker } from "./markers";
import { supportsExcelApi } from "./requirements";

export type SheetVisibility = "visible" | "hidden" | "veryHidden";

export interface SheetInfo {
  readonly name: string;
  readonly id: string;
  /** 0-based tab position. */
  readonly position: number;
  readonly visibility: SheetVisibility;
  /** Worksheet protection; null when this Excel cannot tell (ExcelApi below 1.2). */
  readonly protected: boolean | null;
  /** No cell holds a value. */
  readonly empty: boolean;
  /** One of the add-in's own report sheets (by its marker); such sheets have no Grid. */
  readonly report: boolean;
  /** Conditional formats of the add-in's highlights on the sheet (0 below ExcelApi 1.6: not looked at). */
  readonly highlightRules: number;
}

export interface ReportSheetState {
  readonly id: string;
  /** The sheet's name now (the user may have renamed it). */
  readonly name: string;
  /** The name the add-in gave it. */
  readonly writtenName: string;
  readonly kind: ReportKind;
  readonly marker: string;
  readonly writtenAt: string;
  /** The content differs from what the add-in wrote: replace only with the user's consent. */
  readonly edited: boolean;
  /** sheetFingerprint of the sheet now, and as the add-in wrote it. */
  readonly fingerprint: string;
  readonly writtenFingerprint: string;
}

export interface WorkbookSnapshot {
  /** A Grid per sheet in tab order (hidden and empty sheets included), except the add-in's report sheets. */
  readonly grids: readonly Grid[];
  readonly sheets: readonly SheetInfo[];
  readonly activeSheet: string;
  /** The add-in's report sheets that still exist. */
  readonly reportSheets: readonly ReportSheetState[];
  /** Sheets carrying the add-in's highlights (pass them to clearHighlights). */
  readonly highlightedSheets: readonly string[];
  /** Workbook structure protection; null when this Excel cannot tell (ExcelApi below 1.7). */
  readonly structureProtected: boolean | null;
  /** False below ExcelApi 1.13: merged areas could not be read and grids list none. */
  readonly mergesKnown: boolean;
  /** False below ExcelApi 1.4: no document settings, so no markers (every sheet counts as the user's). */
  readonly markersKnown: boolean;
  /** context.sync calls this read made. */
  readonly syncs: number;
}

export interface ReadOptions {
  /** The last read of this workbook: its sheets are queued in the first request, so a re-read costs one sync. */
  readonly previous?: WorkbookSnapshot;
  /** Response size limit; default Excel on the web's 5 MB. */
  readonly payloadLimitBytes?: number;
}

/** Excel on the web's response limit ("Excel JavaScript API performance optimization", Microsoft Learn). */
export const RESPONSE_LIMIT_BYTES = 5 * 1024 * 1024;
/** Share of the limit a response may fill by the estimate (the estimate leaves out the envelope). */
const BUDGET_SHARE = 0.8;

interface SheetRead {
  readonly used: Excel.Range;
  readonly formulasOnly: boolean;
  readonly withFormulas: boolean;
  readonly merged?: Excel.RangeAreas;
  readonly rules?: Excel.ConditionalFormatCollection;
  /** Cells read in row chunks (large sheets); otherwise they come with `used`. */
  block?: CellBlock;
}

/**
 * Queues the loads of one sheet's cells (and merges and conditional formats unless formulasOnly); with
 * `cells` false, only where the cells are (the large path reads them in chunks afterwards).
 */
function queueSheetRead(
  sheet: Excel.Worksheet,
  withFormulas: boolean,
  formulasOnly: boolean,
  cells = true,
): SheetRead {
  let used: Excel.Range;
  if (supportsExcelApi("1.4")) used = sheet.getUsedRangeOrNullObject(true);
  else used = sheet.getUsedRange();
  if (!cells) used.load("address");
  else if (formulasOnly) used.load("address,formulas");
  else if (withFormulas) used.load("address,values,valueTypes,numberFormat,formulas");
  else used.load("address,values,valueTypes,numberFormat");
  if (formulasOnly) return { used, formulasOnly, withFormulas: true };
  let merged: Excel.RangeAreas | undefined;
  if (supportsExcelApi("1.13")) {
    merged = sheet.getRange().getMergedAreasOrNullObject();
    merged.load("areas/items/address");
  }
  let rules: Excel.ConditionalFormatCollection | undefined;
  if (supportsExcelApi("1.6")) {
    rules = sheet.getRange().conditionalFormats;
    rules.load("items/type,items/customOrNullObject/rule/formula");
  }
  return { used, formulasOnly, withFormulas, merged, rules };
}

/** Where the sheet's cells are (1-based), or null for a blank sheet (a null object, or ExcelApi 1.1's lone A1). */
function usedArea(read: SheetRead): { top: number; left: number; bottom: number; right: number } | null {
  if (supportsExcelApi("1.4") && read.used.isNullObject) return null;
  return parseRangeAddress(read.used.address);
}

/** The sheet's cells as loaded, from the used range or from its row chunks. */
function cellsOf(read: SheetRead): CellBlock {
  if (read.block !== undefined) return read.block;
  const used = read.used;
  if (read.formulasOnly) return { values: [], valueTypes: [], numberFormat: [], formulas: used.formulas };
  return {
    values: used.values,
    valueTypes: used.valueTypes as string[][],
    numberFormat: used.numberFormat,
    formulas: read.withFormulas ? used.formulas : [],
  };
}

/** The used range as loaded, or null for a blank sheet. */
function usedCells(read: SheetRead): { top: number; left: number; bottom: number; right: number } | null {
  const rect = usedArea(read);
  if (rect === null) return null;
  if (!read.formulasOnly && cellsOf(read).valueTypes.every((row) => row.every((t) => t === "Empty")))
    return null;
  return rect;
}

/** Past five million cells Excel may answer Range.values with null instead of an error (office-js-docs-pr#5821). */
class CellsWithheld extends Error {}

function checkAnswered(read: SheetRead): void {
  if (read.block !== undefined || usedArea(read) === null) return;
  const cells = read.formulasOnly ? read.used.formulas : read.used.values;
  if (cells === null || cells === undefined) throw new CellsWithheld();
}

function cellValue(value: unknown, type: string): CellValue {
  switch (type) {
    case "Empty":
      return null;
    case "Error":
      return { error: String(value) };
    case "Double":
      return typeof value === "number" ? value : Number(value);
    case "Boolean":
      return value === true || value === "TRUE" || value === "True";
    default:
      if (isErrorValue(value)) return value;
      return value === "" || value === null || value === undefined
        ? null
        : (value as string | number | boolean);
  }
}

function gridOf(name: string, read: SheetRead): Grid {
  const rect = usedCells(read);
  if (rect === null) return { sheet: name, top: 1, left: 1, values: [], merges: [], numberFormats: [] };
  const cells = cellsOf(read);
  const types = cells.valueTypes;
  const values = cells.values.map((row, r) => row.map((value, c) => cellValue(value, types[r][c])));
  const numberFormats = cells.numberFormat.map((row) => row.map((format) => String(format ?? "General")));
  return { sheet: name, top: rect.top, left: rect.left, values, merges: mergesOf(read, rect), numberFormats };
}

function mergesOf(
  read: SheetRead,
  used: { top: number; left: number; bottom: number; right: number },
): MergedArea[] {
  const merged = read.merged;
  if (merged === undefined || !supportsExcelApi("1.13") || merged.isNullObject) return [];
  const areas: MergedArea[] = [];
  for (const area of merged.areas.items) {
    const rect = parseRangeAddress(area.address);
    if (rect === null) continue;
    const intersects =
      rect.top <= used.bottom &&
      rect.bottom >= used.top &&
      rect.left <= used.right &&
      rect.right >= used.left;
    if (intersects) areas.push(rect);
  }
  return areas;
}

function fingerprintOf(read: SheetRead): string {
  const rect = usedCells(read);
  if (rect === null) return sheetFingerprint(1, 1, []);
  return sheetFingerprint(
    rect.top,
    rect.left,
    cellsOf(read).formulas as (string | number | boolean | null)[][],
  );
}

function highlightRulesOf(read: SheetRead): number {
  if (read.rules === undefined || !supportsExcelApi("1.6")) return 0;
  return read.rules.items.filter(
    (rule) =>
      rule.type === "Custom" &&
      !rule.customOrNullObject.isNullObject &&
      isHighlightRuleFormula(rule.customOrNullObject.rule.formula),
  ).length;
}

const VISIBILITY: Record<string, SheetVisibility> = {
  Visible: "visible",
  Hidden: "hidden",
  VeryHidden: "veryHidden",
};

/**
 * Reads the workbook; throws an ExcelAdapterError (with a Vietnamese message) when Excel refuses. One request
 * (two on a first read of several sheets) while the answer fits Excel's response limit; beyond it — known
 * from the last read's size, or from Excel refusing the answer as too large — the sheets' cells are read in
 * row chunks (readChunks.ts), each answer under the limit.
 */
export async function readWorkbook(
  context: Excel.RequestContext,
  options: ReadOptions = {},
): Promise<WorkbookSnapshot> {
  const budget = Math.floor((options.payloadLimitBytes ?? RESPONSE_LIMIT_BYTES) * BUDGET_SHARE);
  const counter = { syncs: 0 };
  const large = options.previous !== undefined && estimatedBytes(options.previous) > budget;
  try {
    return await read(context, options.previous, large ? budget : null, counter);
  } catch (error) {
    // Too large for one answer: read again, the cells in row chunks.
    if (tooLargeToRead(error) || error instanceof CellsWithheld) {
      try {
        return await read(context, undefined, budget, counter);
      } catch (again) {
        throw adapterError(again, null);
      }
    }
    // A sheet of the last read was renamed or deleted since: read afresh.
    if (options.previous !== undefined && richApiCode(error) === "ItemNotFound") {
      try {
        return await read(context, undefined, null, counter);
      } catch (again) {
        if (tooLargeToRead(again) || again instanceof CellsWithheld)
          try {
            return await read(context, undefined, budget, counter);
          } catch (last) {
            throw adapterError(last, null);
          }
        throw adapterError(again, null);
      }
    }
    throw adapterError(error, null);
  }
}

/** The answer a re-read would get, estimated from the last read's grids. */
function estimatedBytes(previous: WorkbookSnapshot): number {
  let bytes = 0;
  for (const grid of previous.grids) {
    const cells = grid.values.reduce((n, row) => n + row.length, 0);
    bytes += utf8Length(JSON.stringify(grid.values)) + utf8Length(JSON.stringify(grid.numberFormats));
    bytes += cells * 10;
  }
  return bytes;
}

/**
 * One reading of the workbook. `chunkBudget` null: the cells come with the requests that find the sheets;
 * a number: those requests only locate the cells, which are then read in row chunks of that many bytes.
 */
async function read(
  context: Excel.RequestContext,
  previous: WorkbookSnapshot | undefined,
  chunkBudget: number | null,
  counter: { syncs: number },
): Promise<WorkbookSnapshot> {
  const cells = chunkBudget === null;
  const workbook = context.workbook;
  const withProtection = supportsExcelApi("1.2");
  const list = workbook.worksheets;
  if (withProtection)
    list.load("items/name,items/id,items/position,items/visibility,items/protection/protected");
  else list.load("items/name,items/id,items/position,items/visibility");
  const active = list.getActiveWorksheet();
  active.load("name");

  let reportSetting: Excel.Setting | undefined;
  if (supportsExcelApi("1.4")) {
    reportSetting = workbook.settings.getItemOrNullObject(REPORT_MARKER_KEY);
    reportSetting.load("value");
  }
  let structure: Excel.WorkbookProtection | undefined;
  if (supportsExcelApi("1.7")) {
    structure = workbook.protection;
    structure.load("protected");
  }

  // The first request reads every sheet it can name: those of the last read, or else the active one.
  const reads = new Map<string, SheetRead>();
  let activeRead: SheetRead | undefined;
  if (previous !== undefined) {
    const reportNames = new Set(previous.reportSheets.map((s) => s.name));
    for (const sheet of previous.sheets)
      reads.set(
        sheet.id,
        queueSheetRead(
          list.getItem(sheet.name),
          reportNames.has(sheet.name),
          reportNames.has(sheet.name),
          cells,
        ),
      );
  } else activeRead = queueSheetRead(active, false, false, cells);
  counter.syncs++;
  await context.sync();

  const marker: ReportMarker = parseReportMarker(
    supportsExcelApi("1.4") && reportSetting?.isNullObject === false ? reportSetting.value : null,
  );
  const sheets = list.items;
  const reportIds = new Set(marker.sheets.map((m) => m.id));
  if (activeRead !== undefined) {
    const activeSheet = sheets.find((s) => s.name === active.name);
    if (activeSheet !== undefined) reads.set(activeSheet.id, activeRead);
  }

  // What the first request could not read: sheets it did not know, and report sheets read without formulas.
  const pending = new Map<string, SheetRead>();
  for (const sheet of sheets) {
    const done = reads.get(sheet.id);
    const isReport = reportIds.has(sheet.id);
    if (done === undefined) pending.set(sheet.id, queueSheetRead(sheet, isReport, isReport, cells));
    else if (isReport && !done.withFormulas) pending.set(sheet.id, queueSheetRead(sheet, true, true, cells));
    else if (!isReport && done.formulasOnly)
      pending.set(sheet.id, queueSheetRead(sheet, false, false, cells));
  }
  if (pending.size > 0) {
    counter.syncs++;
    await context.sync();
    for (const [id, sheetRead] of pending) reads.set(id, sheetRead);
  }
  if (chunkBudget === null) for (const sheetRead of reads.values()) checkAnswered(sheetRead);
  else {
    const targets: ChunkTarget[] = [];
    const byName = new Map<string, SheetRead>();
    for (const sheet of sheets) {
      const sheetRead = reads.get(sheet.id) as SheetRead;
      const area = usedArea(sheetRead);
      if (area === null) continue;
      byName.set(sheet.name, sheetRead);
      targets.push({
        name: sheet.name,
        area: { top: area.top - 1, left: area.left - 1, bottom: area.bottom - 1, right: area.right - 1 },
        formulasOnly: sheetRead.formulasOnly,
        withFormulas: sheetRead.withFormulas,
      });
    }
    const chunked = await readRowChunks(context, targets, chunkBudget);
    counter.syncs += chunked.syncs;
    for (const [name, block] of chunked.blocks) (byName.get(name) as SheetRead).block = block;
  }

  const grids: Grid[] = [];
  const infos: SheetInfo[] = [];
  const reportSheets: ReportSheetState[] = [];
  for (const sheet of sheets) {
    const sheetRead = reads.get(sheet.id) as SheetRead;
    const isReport = reportIds.has(sheet.id);
    const mark = marker.sheets.find((m) => m.id === sheet.id);
    let empty: boolean;
    if (isReport && mark !== undefined) {
      const fingerprint = fingerprintOf(sheetRead);
      empty = fingerprint === "empty";
      reportSheets.push({
        id: sheet.id,
        name: sheet.name,
        writtenName: mark.name,
        kind: mark.kind,
        marker: mark.marker,
        writtenAt: mark.writtenAt,
        edited: fingerprint !== mark.fingerprint,
        fingerprint,
        writtenFingerprint: mark.fingerprint,
      });
    } else {
      const grid = gridOf(sheet.name, sheetRead);
      empty = grid.values.length === 0;
      grids.push(grid);
    }
    infos.push({
      name: sheet.name,
      id: sheet.id,
      position: sheet.position,
      visibility: VISIBILITY[sheet.visibility] ?? "visible",
      protected: withProtection ? sheet.protection.protected : null,
      empty,
      report: isReport,
      highlightRules: sheetRead.formulasOnly ? 0 : highlightRulesOf(sheetRead),
    });
  }
  const highlighted = infos.filter((s) => s.highlightRules > 0).map((s) => s.name);

  return {
    grids,
    sheets: infos,
    activeSheet: active.name,
    reportSheets,
    highlightedSheets: highlighted,
    structureProtected: supportsExcelApi("1.7") && structure !== undefined ? structure.protected : null,
    mergesKnown: supportsExcelApi("1.13"),
    markersKnown: supportsExcelApi("1.4"),
    syncs: counter.syncs,
  };
}

/**
 * What the planner's decideSheetActions needs from a read: every sheet with its fingerprint now (report
 * sheets only; others null) and the add-in's markers by current sheet name.
 */
export function decisionInputs(snapshot: WorkbookSnapshot): {
  existing: { name: string; fingerprint: string | null }[];
  markers: Record<string, string>;
} {
  const reports = new Map(snapshot.reportSheets.map((r) => [r.id, r]));
  return {
    existing: snapshot.sheets.map((s) => ({
      name: s.name,
      fingerprint: reports.get(s.id)?.fingerprint ?? null,
    })),
    markers: Object.fromEntries(snapshot.reportSheets.map((r) => [r.name, r.writtenFingerprint])),
  };
}

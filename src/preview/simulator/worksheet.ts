/**
 * Excel.Worksheet and Excel.WorksheetCollection: sheets by name or id (getItem), the active one, add with
 * name checks (ItemAlreadyExists), delete, rename, move, hide, activate, and the ranges a sheet hands out
 * (getRange with A1 / whole-row / whole-column addresses, getRanges, getUsedRange).
 */
import { parseAddress } from "./address";
import { SimChartCollection } from "./charts";
import { SimCollection, SimObject } from "./client-object";
import type { ExecEnv, SimContext } from "./context";
import { simError } from "./errors";
import { SimFreezePanes } from "./freeze-panes";
import { assertNameFree, nextSheetName, validateSheetName } from "./names";
import { SimPageBreakCollection } from "./page-breaks";
import { SimPageLayout } from "./page-layout";
import { SimWorksheetProtection } from "./protection";
import { SimRange, SimRangeAreas } from "./range";
import { MAX_COLUMNS, MAX_ROWS } from "./rect";
import { SimShapeCollection } from "./shapes";
import { usedRect } from "./sheet-cells";
import { SheetState, WorkbookState, findSheet, newSheet, sheetById } from "./state";
import { assertStructureEditable } from "./workbook-protection";

const VISIBILITIES = ["Visible", "Hidden", "VeryHidden"];

function visibleSheets(state: WorkbookState): SheetState[] {
  return state.sheets.filter((s) => s.visibility === "Visible");
}

export class SimWorksheet extends SimObject {
  protected readonly scalarNames = ["id", "name", "position", "visibility"] as const;
  protected override readonly writableNames = ["name", "position", "visibility"] as const;
  private sheetId: string | undefined;
  private readonly children: Record<string, SimObject> = {};

  constructor(
    ctx: SimContext,
    private readonly find: (env: ExecEnv) => SheetState | undefined,
    private readonly lookupLocation: string,
    nullable = false,
  ) {
    super(ctx, "Worksheet", nullable);
  }

  /** @internal The sheet's state, once located during a sync. */
  sheet(env: ExecEnv): SheetState {
    if (!this.locate(env)) throw simError("ItemNotFound", undefined, this.lookupLocation);
    return sheetById(env.state, this.sheetId as string) as SheetState;
  }

  protected locate(env: ExecEnv): boolean {
    if (this.sheetId !== undefined) return sheetById(env.state, this.sheetId) !== undefined;
    const sheet = this.find(env);
    if (!sheet) {
      if (this.nullable) return false;
      throw simError("ItemNotFound", undefined, this.lookupLocation);
    }
    this.sheetId = sheet.id;
    return true;
  }

  private child<T extends SimObject>(name: string, make: () => T): T {
    if (!this.children[name]) this.children[name] = make();
    return this.children[name] as T;
  }

  get freezePanes(): SimFreezePanes {
    return this.child("freezePanes", () => new SimFreezePanes(this.ctx, this));
  }

  get pageLayout(): SimPageLayout {
    return this.child("pageLayout", () => new SimPageLayout(this.ctx, this));
  }

  get protection(): SimWorksheetProtection {
    return this.child("protection", () => new SimWorksheetProtection(this.ctx, this));
  }

  get charts(): SimChartCollection {
    return this.child("charts", () => new SimChartCollection(this.ctx, this));
  }

  get shapes(): SimShapeCollection {
    return this.child("shapes", () => new SimShapeCollection(this.ctx, this));
  }

  get horizontalPageBreaks(): SimPageBreakCollection {
    return this.child("horizontalPageBreaks", () => new SimPageBreakCollection(this.ctx, this));
  }

  protected override navigation(name: string): SimObject | undefined {
    if (["freezePanes", "pageLayout", "protection", "charts", "shapes"].includes(name))
      return Reflect.get(this, name) as SimObject;
    return undefined;
  }

  get id(): string {
    return this.prop("id");
  }
  get name(): string {
    return this.prop("name");
  }
  set name(value: string) {
    this.assign("name", value);
  }
  get position(): number {
    return this.prop("position");
  }
  set position(value: number) {
    this.assign("position", value);
  }
  get visibility(): string {
    return this.prop("visibility");
  }
  set visibility(value: string) {
    this.assign("visibility", value);
  }
  protected readScalar(env: ExecEnv, name: string): unknown {
    const sheet = this.sheet(env);
    switch (name) {
      case "id":
        return sheet.id;
      case "name":
        return sheet.name;
      case "position":
        return env.state.sheets.indexOf(sheet);
      default:
        return sheet.visibility;
    }
  }

  protected override writeScalar(env: ExecEnv, name: string, value: unknown): void {
    const sheet = this.sheet(env);
    const location = `Worksheet.${name}`;
    if (name === "name" || name === "position" || name === "visibility")
      assertStructureEditable(env.state, location);
    if (name === "name") {
      const newName = validateSheetName(value, location);
      assertNameFree(env.state, newName, sheet.id, location);
      sheet.name = newName;
    } else if (name === "position") {
      if (
        typeof value !== "number" ||
        !Number.isInteger(value) ||
        value < 0 ||
        value >= env.state.sheets.length
      )
        throw simError("InvalidArgument", undefined, location);
      env.state.sheets.splice(env.state.sheets.indexOf(sheet), 1);
      env.state.sheets.splice(value, 0, sheet);
    } else if (name === "visibility") {
      if (!VISIBILITIES.includes(String(value))) throw simError("InvalidArgument", undefined, location);
      if (value !== "Visible" && sheet.visibility === "Visible" && visibleSheets(env.state).length === 1)
        throw simError(
          "InvalidOperation",
          "A workbook must contain at least one visible worksheet.",
          location,
        );
      sheet.visibility = value as SheetState["visibility"];
      if (value !== "Visible" && env.state.activeSheetId === sheet.id) activateFirstVisible(env.state);
    }
  }

  activate(): void {
    this.queue("activate", undefined, (env) => {
      const sheet = this.sheet(env);
      if (sheet.visibility !== "Visible")
        throw simError("InvalidOperation", "A hidden worksheet cannot be activated.", "Worksheet.activate");
      env.state.activeSheetId = sheet.id;
      env.state.selection = { sheetId: sheet.id, rect: { top: 0, left: 0, bottom: 0, right: 0 } };
    });
  }

  delete(): void {
    this.queue("delete", undefined, (env) => {
      const sheet = this.sheet(env);
      assertStructureEditable(env.state, "Worksheet.delete");
      if (sheet.visibility === "Visible" && visibleSheets(env.state).length === 1)
        throw simError(
          "InvalidOperation",
          "A workbook must contain at least one visible worksheet.",
          "Worksheet.delete",
        );
      env.state.sheets.splice(env.state.sheets.indexOf(sheet), 1);
      if (env.state.activeSheetId === sheet.id) activateFirstVisible(env.state);
    });
  }

  /** getRange(): the whole sheet; getRange("B2:C3"), "A:C", "2:4"; a sheet-qualified address must name this sheet. */
  getRange(address?: string): SimRange {
    return new SimRange(this.ctx, (env) => {
      const sheet = this.sheet(env);
      if (address === undefined || address === "")
        return { sheet, rect: { top: 0, left: 0, bottom: MAX_ROWS - 1, right: MAX_COLUMNS - 1 } };
      const parsed = typeof address === "string" ? parseAddress(address) : null;
      if (!parsed)
        throw simError(
          "InvalidArgument",
          `'${String(address)}' is not a valid range address.`,
          "Worksheet.getRange",
        );
      if (parsed.sheet !== undefined && parsed.sheet.toLowerCase() !== sheet.name.toLowerCase())
        throw simError(
          "InvalidArgument",
          `The address '${address}' refers to another worksheet.`,
          "Worksheet.getRange",
        );
      return { sheet, rect: parsed.rect };
    });
  }

  /** getRanges("B2:C3, E5:E9"): the areas as one RangeAreas (ExcelApi 1.9); each must be on this sheet. */
  getRanges(address: string): SimRangeAreas {
    return new SimRangeAreas(this.ctx, (env) => {
      const sheet = this.sheet(env);
      const areas = String(address)
        .split(",")
        .map((part) => {
          const parsed = parseAddress(part);
          if (
            !parsed ||
            (parsed.sheet !== undefined && parsed.sheet.toLowerCase() !== sheet.name.toLowerCase())
          )
            throw simError(
              "InvalidArgument",
              "The argument is invalid or missing or has an incorrect format.",
              "Worksheet.getRanges",
            );
          return parsed.rect;
        });
      return { sheet, areas };
    });
  }

  /** The used range; on a blank sheet, the top-left cell A1 (it does not throw). */
  getUsedRange(valuesOnly?: boolean): SimRange {
    return new SimRange(this.ctx, (env) => {
      const sheet = this.sheet(env);
      return {
        sheet,
        rect: usedRect(sheet, valuesOnly === true) ?? { top: 0, left: 0, bottom: 0, right: 0 },
      };
    });
  }

  /** The used range, or a null object when the sheet is blank. */
  getUsedRangeOrNullObject(valuesOnly?: boolean): SimRange {
    return new SimRange(
      this.ctx,
      (env) => {
        const sheet = this.sheet(env);
        const rect = usedRect(sheet, valuesOnly === true);
        return rect ? { sheet, rect } : null;
      },
      true,
    );
  }
}

function activateFirstVisible(state: WorkbookState): void {
  const next = visibleSheets(state)[0];
  if (next) {
    state.activeSheetId = next.id;
    state.selection = { sheetId: next.id, rect: { top: 0, left: 0, bottom: 0, right: 0 } };
  }
}

export class SimWorksheetCollection extends SimCollection<SimWorksheet> {
  protected readonly scalarNames: readonly string[] = [];

  constructor(ctx: SimContext) {
    super(ctx, "WorksheetCollection");
  }

  protected itemKeys(env: ExecEnv): string[] {
    return env.state.sheets.map((s) => s.id);
  }

  protected createItem(key: string): SimWorksheet {
    return new SimWorksheet(this.ctx, (env) => sheetById(env.state, key), "WorksheetCollection.items");
  }

  /** Adds a sheet at the end; a name already in use (any case) fails with ItemAlreadyExists on sync. */
  add(name?: string): SimWorksheet {
    let addedId: string | undefined;
    this.queue("add", { name }, (env) => {
      assertStructureEditable(env.state, "WorksheetCollection.add");
      const sheetName =
        name === undefined ? nextSheetName(env.state) : validateSheetName(name, "WorksheetCollection.add");
      assertNameFree(env.state, sheetName, undefined, "WorksheetCollection.add");
      const sheet = newSheet(env.state, sheetName);
      env.state.sheets.push(sheet);
      addedId = sheet.id;
    });
    return new SimWorksheet(
      this.ctx,
      (env) => (addedId ? sheetById(env.state, addedId) : undefined),
      "WorksheetCollection.add",
    );
  }

  getItem(key: string): SimWorksheet {
    return new SimWorksheet(this.ctx, (env) => findSheet(env.state, key), "WorksheetCollection.getItem");
  }

  getActiveWorksheet(): SimWorksheet {
    return new SimWorksheet(
      this.ctx,
      (env) => sheetById(env.state, env.state.activeSheetId),
      "WorksheetCollection.getActiveWorksheet",
    );
  }
}

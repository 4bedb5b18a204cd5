/**
 * Excel.Workbook and Excel.Application: the root proxy (worksheets, settings, names, properties, selection)
 * and the calculation controls the add-in calls before bulk writes.
 */
import { SimCollection, SimObject } from "./client-object";
import type { ExecEnv, SimContext } from "./context";
import { simError } from "./errors";
import { SimRange } from "./range";
import { SimSettingCollection } from "./settings";
import { sheetById } from "./state";
import { SimTableCollection } from "./tables";
import { SimWorkbookProtection } from "./workbook-protection";
import { SimWorksheetCollection } from "./worksheet";

export class SimApplication extends SimObject {
  protected readonly scalarNames = ["calculationMode"] as const;
  protected override readonly writableNames = ["calculationMode"] as const;

  constructor(ctx: SimContext) {
    super(ctx, "Application");
  }

  get calculationMode(): string {
    return this.prop("calculationMode");
  }

  set calculationMode(value: string) {
    this.assign("calculationMode", value);
  }

  /** Marks the next sync as running with calculation suspended (SyncRecord.calculationSuspended). */
  suspendApiCalculationUntilNextSync(): void {
    this.queue("suspendApiCalculationUntilNextSync", undefined, (env) => {
      env.core.calculationSuspended = true;
    });
  }

  suspendScreenUpdatingUntilNextSync(): void {
    this.queue("suspendScreenUpdatingUntilNextSync", undefined, () => undefined);
  }

  calculate(_calculationType: string): void {
    this.queue("calculate", undefined, () => undefined);
  }

  protected locate(): boolean {
    return true;
  }

  protected readScalar(env: ExecEnv): unknown {
    return env.state.calculationMode;
  }

  protected override writeScalar(env: ExecEnv, _name: string, value: unknown): void {
    if (!["Automatic", "AutomaticExceptTables", "Manual"].includes(String(value)))
      throw simError("InvalidArgument", undefined, "Application.calculationMode");
    env.state.calculationMode = String(value);
  }
}

const PROPERTY_NAMES = [
  "title",
  "subject",
  "author",
  "keywords",
  "comments",
  "category",
  "manager",
  "company",
] as const;

/** Excel.DocumentProperties: the writable text properties of the document. */
export class SimDocumentProperties extends SimObject {
  protected readonly scalarNames = PROPERTY_NAMES;
  protected override readonly writableNames = PROPERTY_NAMES;

  constructor(ctx: SimContext) {
    super(ctx, "DocumentProperties");
    for (const name of PROPERTY_NAMES)
      Object.defineProperty(this, name, {
        get: () => this.prop(name),
        set: (value: string) => this.assign(name, value),
        enumerable: true,
      });
  }

  protected locate(): boolean {
    return true;
  }

  protected readScalar(env: ExecEnv, name: string): unknown {
    return env.state.properties[name] ?? "";
  }

  protected override writeScalar(env: ExecEnv, name: string, value: unknown): void {
    if (typeof value !== "string") throw simError("InvalidArgument", undefined, `DocumentProperties.${name}`);
    env.state.properties[name] = value;
  }
}

export class SimWorkbook extends SimObject {
  protected readonly scalarNames = ["name", "readOnly", "isDirty"] as const;
  private readonly children: {
    worksheets: SimWorksheetCollection;
    settings: SimSettingCollection;
    application: SimApplication;
    properties: SimDocumentProperties;
    tables: SimTableCollection;
    protection: SimWorkbookProtection;
  };

  constructor(ctx: SimContext) {
    super(ctx, "Workbook");
    this.children = {
      worksheets: new SimWorksheetCollection(ctx),
      settings: new SimSettingCollection(ctx),
      application: new SimApplication(ctx),
      properties: new SimDocumentProperties(ctx),
      tables: new SimTableCollection(ctx, undefined),
      protection: new SimWorkbookProtection(ctx),
    };
  }

  get worksheets(): SimWorksheetCollection {
    return this.children.worksheets;
  }

  get settings(): SimSettingCollection {
    return this.children.settings;
  }

  get application(): SimApplication {
    return this.children.application;
  }

  get properties(): SimDocumentProperties {
    return this.children.properties;
  }

  get tables(): SimTableCollection {
    return this.children.tables;
  }

  get protection(): SimWorkbookProtection {
    return this.children.protection;
  }

  get name(): string {
    return this.prop("name");
  }

  get readOnly(): boolean {
    return this.prop("readOnly");
  }

  get isDirty(): boolean {
    return this.prop("isDirty");
  }

  getSelectedRange(): SimRange {
    return new SimRange(this.ctx, (env) => {
      const { sheetId, rect } = env.state.selection;
      const sheet = sheetById(env.state, sheetId);
      if (!sheet)
        throw simError(
          "InvalidSelection",
          "The current selection is invalid for this operation.",
          "Workbook.getSelectedRange",
        );
      return { sheet, rect };
    });
  }

  getActiveCell(): SimRange {
    return new SimRange(this.ctx, (env) => {
      const { sheetId, rect } = env.state.selection;
      const sheet = sheetById(env.state, sheetId);
      if (!sheet) throw simError("InvalidSelection", undefined, "Workbook.getActiveCell");
      return { sheet, rect: { top: rect.top, left: rect.left, bottom: rect.top, right: rect.left } };
    });
  }

  protected override navigation(name: string): SimObject | undefined {
    return (this.children as Record<string, SimObject>)[name];
  }

  protected locate(): boolean {
    return true;
  }

  protected readScalar(_env: ExecEnv, name: string): unknown {
    if (name === "name") return "Book1.xlsx";
    return false;
  }
}

export type { SimCollection };

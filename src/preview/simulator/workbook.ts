/**
 * Excel.Workbook and Excel.Application: the root proxy (worksheets, settings, structure protection) and the
 * calculation controls the add-in calls before bulk writes.
 */
import { SimCollection, SimObject } from "./client-object";
import type { SimContext } from "./context";
import { SimSettingCollection } from "./settings";
import { SimWorkbookProtection } from "./workbook-protection";
import { SimWorksheetCollection } from "./worksheet";

export class SimApplication extends SimObject {
  protected readonly scalarNames: readonly string[] = [];

  constructor(ctx: SimContext) {
    super(ctx, "Application");
  }

  /** Marks the next sync as running with calculation suspended (SyncRecord.calculationSuspended). */
  suspendApiCalculationUntilNextSync(): void {
    this.queue("suspendApiCalculationUntilNextSync", undefined, (env) => {
      env.core.calculationSuspended = true;
    });
  }

  calculate(_calculationType: string): void {
    this.queue("calculate", undefined, () => undefined);
  }

  protected locate(): boolean {
    return true;
  }

  protected readScalar(): unknown {
    return undefined;
  }
}

export class SimWorkbook extends SimObject {
  protected readonly scalarNames: readonly string[] = [];
  private readonly children: {
    worksheets: SimWorksheetCollection;
    settings: SimSettingCollection;
    application: SimApplication;
    protection: SimWorkbookProtection;
  };

  constructor(ctx: SimContext) {
    super(ctx, "Workbook");
    this.children = {
      worksheets: new SimWorksheetCollection(ctx),
      settings: new SimSettingCollection(ctx),
      application: new SimApplication(ctx),
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

  get protection(): SimWorkbookProtection {
    return this.children.protection;
  }

  protected override navigation(name: string): SimObject | undefined {
    return (this.children as Record<string, SimObject>)[name];
  }

  protected locate(): boolean {
    return true;
  }

  protected readScalar(): unknown {
    return undefined;
  }
}

export type { SimCollection };

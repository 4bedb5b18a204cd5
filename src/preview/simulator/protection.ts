/**
 * Excel.WorksheetProtection, read only: whether the sheet is protected and with which options (the user
 * protects it; the state says so). What a protected sheet refuses is in protection-rules.ts.
 */
import type { ExecEnv, SimContext } from "./context";
import { SheetPart } from "./sheet-part";
import type { SimWorksheet } from "./worksheet";

export class SimWorksheetProtection extends SheetPart {
  protected readonly scalarNames = ["protected", "options"] as const;

  constructor(ctx: SimContext, worksheet: SimWorksheet) {
    super(ctx, "WorksheetProtection", worksheet);
  }

  get protected(): boolean {
    return this.prop("protected");
  }
  get options(): Excel.WorksheetProtectionOptions {
    return this.prop("options");
  }

  protected readScalar(env: ExecEnv, name: string): unknown {
    const protection = this.sheet(env).protection;
    return name === "protected" ? protection.protected : { ...protection.options };
  }
}

/**
 * Excel.WorkbookProtection: whether the workbook's structure is protected (the user protects it; the state
 * says so). While it is, adding, deleting, renaming, moving, hiding or unhiding a sheet fails with AccessDenied.
 */
import { SimObject } from "./client-object";
import type { ExecEnv, SimContext } from "./context";
import { simError } from "./errors";
import type { WorkbookState } from "./state";

export class SimWorkbookProtection extends SimObject {
  protected readonly scalarNames = ["protected"] as const;

  constructor(ctx: SimContext) {
    super(ctx, "WorkbookProtection");
  }

  get protected(): boolean {
    return this.prop("protected");
  }

  protected locate(): boolean {
    return true;
  }

  protected readScalar(env: ExecEnv): unknown {
    return env.state.structureProtection.protected;
  }
}

/** Throws AccessDenied when the workbook's structure is protected. */
export function assertStructureEditable(state: WorkbookState, location: string): void {
  if (state.structureProtection.protected)
    throw simError(
      "AccessDenied",
      "The workbook's structure is protected. To add, delete, rename, move or hide sheets, unprotect the workbook.",
      location,
    );
}

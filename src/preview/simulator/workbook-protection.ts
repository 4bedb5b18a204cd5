/**
 * Excel.WorkbookProtection: protect / unprotect the workbook's structure. While it is protected, adding,
 * deleting, renaming, moving, hiding or unhiding a sheet fails with AccessDenied.
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

  protect(password?: string): void {
    this.queue("protect", { password: password === undefined ? undefined : "***" }, (env) => {
      const protection = env.state.structureProtection;
      if (protection.protected)
        throw simError("AccessDenied", "The workbook is already protected.", "WorkbookProtection.protect");
      env.state.structureProtection = { protected: true, password: password || undefined };
    });
  }

  unprotect(password?: string): void {
    this.queue("unprotect", undefined, (env) => {
      const protection = env.state.structureProtection;
      if (protection.password && protection.password !== password)
        throw simError("InvalidArgument", "The password is incorrect.", "WorkbookProtection.unprotect");
      env.state.structureProtection = { protected: false };
    });
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

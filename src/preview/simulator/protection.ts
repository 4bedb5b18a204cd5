/**
 * Excel.WorksheetProtection: protect (with options and password) and unprotect. Protecting a protected sheet
 * or unprotecting an unprotected one fails with AccessDenied (what current Excel builds do), a wrong password
 * with InvalidArgument.
 */
import type { ExecEnv, SimContext } from "./context";
import { simError } from "./errors";
import { SheetPart } from "./sheet-part";
import type { SimWorksheet } from "./worksheet";

export class SimWorksheetProtection extends SheetPart {
  protected readonly scalarNames = ["protected", "options", "isPasswordProtected"] as const;

  constructor(ctx: SimContext, worksheet: SimWorksheet) {
    super(ctx, "WorksheetProtection", worksheet);
  }

  get protected(): boolean {
    return this.prop("protected");
  }
  get options(): Excel.WorksheetProtectionOptions {
    return this.prop("options");
  }
  get isPasswordProtected(): boolean {
    return this.prop("isPasswordProtected");
  }

  protected readScalar(env: ExecEnv, name: string): unknown {
    const protection = this.sheet(env).protection;
    if (name === "protected") return protection.protected;
    if (name === "isPasswordProtected") return protection.protected && !!protection.password;
    return { ...protection.options };
  }

  protect(options?: Excel.WorksheetProtectionOptions, password?: string): void {
    this.queue("protect", { options, password: password === undefined ? undefined : "***" }, (env) => {
      const protection = this.sheet(env).protection;
      if (protection.protected)
        throw simError("AccessDenied", "The worksheet is already protected.", "WorksheetProtection.protect");
      protection.protected = true;
      protection.options = { ...(options ?? {}) };
      protection.password = password || undefined;
    });
  }

  unprotect(password?: string): void {
    this.queue("unprotect", undefined, (env) => {
      const protection = this.sheet(env).protection;
      if (!protection.protected)
        throw simError("AccessDenied", "The worksheet is not protected.", "WorksheetProtection.unprotect");
      if (protection.password && protection.password !== password)
        throw simError("InvalidArgument", "The password is incorrect.", "WorksheetProtection.unprotect");
      protection.protected = false;
      delete protection.password;
    });
  }
}

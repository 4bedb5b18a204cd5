/**
 * Base for objects that belong to one worksheet (freeze panes, page layout, protection, charts, shapes):
 * located through the sheet proxy.
 */
import { SimObject } from "./client-object";
import type { ExecEnv, SimContext } from "./context";
import type { SheetState } from "./state";
import type { SimWorksheet } from "./worksheet";

export abstract class SheetPart extends SimObject {
  constructor(
    ctx: SimContext,
    entity: string,
    protected readonly worksheet: SimWorksheet,
    nullable = false,
  ) {
    super(ctx, entity, nullable);
  }

  protected locate(env: ExecEnv): boolean {
    this.worksheet.sheet(env);
    return true;
  }

  protected sheet(env: ExecEnv): SheetState {
    return this.worksheet.sheet(env);
  }
}

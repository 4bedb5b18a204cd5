/**
 * Excel.PageBreakCollection (ExcelApi 1.9), as far as the report writer uses it: Worksheet.horizontalPageBreaks
 * .add(range), a manual break before the range's top row, kept in the sheet's state. Adding a break where one
 * is changes nothing.
 */
import { parseAddress } from "./address";
import { SimObject } from "./client-object";
import type { ExecEnv, SimContext } from "./context";
import { simError } from "./errors";
import type { SimRange } from "./range";
import { assertEditable } from "./protection-rules";
import type { SimWorksheet } from "./worksheet";

export class SimPageBreakCollection extends SimObject {
  protected readonly scalarNames: readonly string[] = [];

  constructor(
    ctx: SimContext,
    private readonly worksheet: SimWorksheet,
  ) {
    super(ctx, "PageBreakCollection");
  }

  protected locate(env: ExecEnv): boolean {
    this.worksheet.sheet(env);
    return true;
  }

  protected readScalar(): unknown {
    return undefined;
  }

  /** Adds a page break before the top-left cell of the range (row 1 cannot take one). */
  add(pageBreakRange: SimRange | string): void {
    const location = "PageBreakCollection.add";
    this.queue(
      "add",
      { pageBreakRange: typeof pageBreakRange === "string" ? pageBreakRange : "range" },
      (env) => {
        const sheet = this.worksheet.sheet(env);
        let top: number;
        if (typeof pageBreakRange === "string") {
          const parsed = parseAddress(pageBreakRange);
          if (
            !parsed ||
            (parsed.sheet !== undefined && parsed.sheet.toLowerCase() !== sheet.name.toLowerCase())
          )
            throw simError("InvalidArgument", undefined, location);
          top = parsed.rect.top;
        } else top = pageBreakRange.target(env).rect.top;
        if (top < 1) throw simError("InvalidArgument", undefined, location);
        assertEditable(sheet, null, "format", location);
        if (!sheet.horizontalPageBreaks.includes(top)) {
          sheet.horizontalPageBreaks.push(top);
          sheet.horizontalPageBreaks.sort((a, b) => a - b);
        }
      },
    );
  }
}

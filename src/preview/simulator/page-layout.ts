/**
 * Excel.PageLayout: orientation, paper size, zoom (set as a whole object, fit-to-pages included), centering,
 * margins in points (setPrintMargins converts inches / centimeters), print titles, print area, headers/footers.
 */
import { parseAddress } from "./address";
import type { ExecEnv, SimContext } from "./context";
import { simError } from "./errors";
import { SimRange, SimRangeAreas } from "./range";
import type { Rect } from "./rect";
import { SheetPart } from "./sheet-part";
import type { PageLayoutState } from "./state";
import type { SimWorksheet } from "./worksheet";

const ORIENTATIONS = ["Portrait", "Landscape"];
const PAPER = [
  "Letter",
  "LetterSmall",
  "Tabloid",
  "Ledger",
  "Legal",
  "Statement",
  "Executive",
  "A3",
  "A4",
  "A4Small",
  "A5",
  "B4",
  "B5",
  "Folio",
  "Quatro",
  "Paper10x14",
  "Paper11x17",
  "Note",
  "Envelope9",
  "Envelope10",
  "Envelope11",
  "Envelope12",
  "Envelope14",
  "Csheet",
  "Dsheet",
  "Esheet",
  "EnvelopeDL",
  "EnvelopeC5",
  "EnvelopeC3",
  "EnvelopeC4",
  "EnvelopeC6",
  "EnvelopeC65",
  "EnvelopeB4",
  "EnvelopeB5",
  "EnvelopeB6",
  "EnvelopeItaly",
  "EnvelopeMonarch",
  "EnvelopePersonal",
  "FanfoldUS",
  "FanfoldStdGerman",
  "FanfoldLegalGerman",
];
const BOOLEANS = [
  "centerHorizontally",
  "centerVertically",
  "printGridlines",
  "printHeadings",
  "blackAndWhite",
  "draftMode",
] as const;
const MARGINS = [
  "topMargin",
  "bottomMargin",
  "leftMargin",
  "rightMargin",
  "headerMargin",
  "footerMargin",
] as const;
const WRITABLE = ["orientation", "paperSize", "zoom", ...BOOLEANS, ...MARGINS];

export class SimPageLayout extends SheetPart {
  protected readonly scalarNames = WRITABLE;
  protected override readonly writableNames = WRITABLE;
  private headersFootersObject: SimHeaderFooterGroup | undefined;

  constructor(ctx: SimContext, worksheet: SimWorksheet) {
    super(ctx, "PageLayout", worksheet);
    for (const name of WRITABLE)
      Object.defineProperty(this, name, {
        get: () => this.prop(name),
        set: (value: unknown) => this.assign(name, value),
        enumerable: true,
      });
  }

  get headersFooters(): SimHeaderFooterGroup {
    this.headersFootersObject ??= new SimHeaderFooterGroup(this.ctx, this.worksheet);
    return this.headersFootersObject;
  }

  protected override navigation(name: string): SheetPart | undefined {
    return name === "headersFooters" ? this.headersFooters : undefined;
  }

  protected readScalar(env: ExecEnv, name: string): unknown {
    const layout = this.sheet(env).pageLayout;
    const value = layout[name as keyof PageLayoutState];
    return name === "zoom" ? { ...(value as object) } : value;
  }

  protected override writeScalar(env: ExecEnv, name: string, value: unknown): void {
    const layout = this.sheet(env).pageLayout;
    const location = `PageLayout.${name}`;
    if (name === "orientation" || name === "paperSize") {
      if (typeof value !== "string" || !(name === "orientation" ? ORIENTATIONS : PAPER).includes(value))
        throw simError("InvalidArgument", undefined, location);
      layout[name] = value;
    } else if (name === "zoom") {
      if (!value || typeof value !== "object") throw simError("InvalidArgument", undefined, location);
      const zoom = value as PageLayoutState["zoom"];
      if (zoom.scale !== undefined && (zoom.scale < 10 || zoom.scale > 400))
        throw simError("InvalidArgument", undefined, location);
      const fit = zoom.horizontalFitToPages !== undefined || zoom.verticalFitToPages !== undefined;
      layout.zoom = fit
        ? {
            horizontalFitToPages: zoom.horizontalFitToPages ?? 0,
            verticalFitToPages: zoom.verticalFitToPages ?? 0,
          }
        : { scale: zoom.scale ?? 100 };
    } else if ((BOOLEANS as readonly string[]).includes(name)) {
      if (typeof value !== "boolean") throw simError("InvalidArgument", undefined, location);
      (layout as unknown as Record<string, unknown>)[name] = value;
    } else {
      if (typeof value !== "number" || value < 0) throw simError("InvalidArgument", undefined, location);
      (layout as unknown as Record<string, unknown>)[name] = value;
    }
  }

  /** Margins given in "Points", "Inches" or "Centimeters". */
  setPrintMargins(unit: string, marginOptions: Excel.PageLayoutMarginOptions): void {
    this.queue("setPrintMargins", { unit, marginOptions }, (env) => {
      const factor =
        unit === "Points" ? 1 : unit === "Inches" ? 72 : unit === "Centimeters" ? 72 / 2.54 : NaN;
      if (Number.isNaN(factor)) throw simError("InvalidArgument", undefined, "PageLayout.setPrintMargins");
      const layout = this.sheet(env).pageLayout;
      const keys: Record<string, (typeof MARGINS)[number]> = {
        top: "topMargin",
        bottom: "bottomMargin",
        left: "leftMargin",
        right: "rightMargin",
        header: "headerMargin",
        footer: "footerMargin",
      };
      for (const [option, key] of Object.entries(keys)) {
        const v = (marginOptions as Record<string, number | undefined>)[option];
        if (v !== undefined) layout[key] = v * factor;
      }
    });
  }

  private rectOf(env: ExecEnv, input: SimRange | string, location: string): Rect {
    if (typeof input !== "string") return input.target(env).rect;
    const parsed = parseAddress(input);
    if (!parsed) throw simError("InvalidArgument", undefined, location);
    return parsed.rect;
  }

  /** Rows repeated at the top of each printed page, e.g. "$1:$3". */
  setPrintTitleRows(printTitleRows: SimRange | string): void {
    this.queue(
      "setPrintTitleRows",
      { printTitleRows: String(typeof printTitleRows === "string" ? printTitleRows : "range") },
      (env) => {
        const rect = this.rectOf(env, printTitleRows, "PageLayout.setPrintTitleRows");
        this.sheet(env).pageLayout.printTitleRows = { ...rect, left: 0, right: 16_383 };
      },
    );
  }

  setPrintTitleColumns(printTitleColumns: SimRange | string): void {
    this.queue(
      "setPrintTitleColumns",
      { printTitleColumns: String(typeof printTitleColumns === "string" ? printTitleColumns : "range") },
      (env) => {
        const rect = this.rectOf(env, printTitleColumns, "PageLayout.setPrintTitleColumns");
        this.sheet(env).pageLayout.printTitleColumns = { ...rect, top: 0, bottom: 1_048_575 };
      },
    );
  }

  setPrintArea(printArea: SimRange | string): void {
    this.queue("setPrintArea", { printArea: typeof printArea === "string" ? printArea : "range" }, (env) => {
      const areas =
        typeof printArea === "string"
          ? printArea.split(",").map((a) => this.rectOf(env, a.trim(), "PageLayout.setPrintArea"))
          : [printArea.target(env).rect];
      this.sheet(env).pageLayout.printArea = areas;
    });
  }

  private titles(which: "printTitleRows" | "printTitleColumns", nullable: boolean): SimRange {
    return new SimRange(
      this.ctx,
      (env) => {
        const sheet = this.sheet(env);
        const rect = sheet.pageLayout[which];
        if (!rect) {
          if (nullable) return null;
          throw simError(
            "ItemNotFound",
            undefined,
            `PageLayout.get${which[0].toUpperCase()}${which.slice(1)}`,
          );
        }
        return { sheet, rect };
      },
      nullable,
    );
  }

  getPrintTitleRows(): SimRange {
    return this.titles("printTitleRows", false);
  }
  getPrintTitleRowsOrNullObject(): SimRange {
    return this.titles("printTitleRows", true);
  }
  getPrintTitleColumns(): SimRange {
    return this.titles("printTitleColumns", false);
  }
  getPrintTitleColumnsOrNullObject(): SimRange {
    return this.titles("printTitleColumns", true);
  }

  getPrintAreaOrNullObject(): SimRangeAreas {
    return new SimRangeAreas(
      this.ctx,
      (env) => {
        const sheet = this.sheet(env);
        return sheet.pageLayout.printArea ? { sheet, areas: sheet.pageLayout.printArea } : null;
      },
      true,
    );
  }
}

const HEADER_FOOTER_KEYS = [
  "centerHeader",
  "centerFooter",
  "leftHeader",
  "rightHeader",
  "leftFooter",
  "rightFooter",
] as const;

/** The default header/footer texts, as PageLayout.headersFooters.defaultForAllPages. */
export class SimHeaderFooter extends SheetPart {
  protected readonly scalarNames = HEADER_FOOTER_KEYS;
  protected override readonly writableNames = HEADER_FOOTER_KEYS;

  constructor(ctx: SimContext, worksheet: SimWorksheet) {
    super(ctx, "HeaderFooter", worksheet);
    for (const name of HEADER_FOOTER_KEYS)
      Object.defineProperty(this, name, {
        get: () => this.prop(name),
        set: (value: unknown) => this.assign(name, value),
        enumerable: true,
      });
  }

  protected readScalar(env: ExecEnv, name: string): unknown {
    return this.sheet(env).pageLayout.headersFooters[name as (typeof HEADER_FOOTER_KEYS)[number]];
  }

  protected override writeScalar(env: ExecEnv, name: string, value: unknown): void {
    if (typeof value !== "string") throw simError("InvalidArgument", undefined, `HeaderFooter.${name}`);
    this.sheet(env).pageLayout.headersFooters[name as (typeof HEADER_FOOTER_KEYS)[number]] = value;
  }
}

export class SimHeaderFooterGroup extends SheetPart {
  protected readonly scalarNames: readonly string[] = [];
  private defaultObject: SimHeaderFooter | undefined;

  constructor(ctx: SimContext, worksheet: SimWorksheet) {
    super(ctx, "HeaderFooterGroup", worksheet);
  }

  get defaultForAllPages(): SimHeaderFooter {
    this.defaultObject ??= new SimHeaderFooter(this.ctx, this.worksheet);
    return this.defaultObject;
  }

  protected override navigation(name: string): SheetPart | undefined {
    return name === "defaultForAllPages" ? this.defaultForAllPages : undefined;
  }

  protected readScalar(): unknown {
    return undefined;
  }
}

/**
 * Excel.PageLayout, as far as the report writer sets it up: orientation, paper size, zoom (set as a whole
 * object, fit-to-pages included), margins (setPrintMargins, kept in points), print title rows, and the footer's
 * centre section (headersFooters.defaultForAllPages.centerFooter).
 */
import { parseAddress } from "./address";
import type { ExecEnv, SimContext } from "./context";
import { simError } from "./errors";
import type { SimRange } from "./range";
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
const MARGINS = {
  top: "topMargin",
  bottom: "bottomMargin",
  left: "leftMargin",
  right: "rightMargin",
  header: "headerMargin",
  footer: "footerMargin",
} as const;

export class SimPageLayout extends SheetPart {
  protected readonly scalarNames = ["orientation", "paperSize", "zoom"] as const;
  protected override readonly writableNames = ["orientation", "paperSize", "zoom"] as const;
  private headersFootersObject: SimHeaderFooterGroup | undefined;

  constructor(ctx: SimContext, worksheet: SimWorksheet) {
    super(ctx, "PageLayout", worksheet);
  }

  get orientation(): string {
    return this.prop("orientation");
  }
  set orientation(value: string) {
    this.assign("orientation", value);
  }
  get paperSize(): string {
    return this.prop("paperSize");
  }
  set paperSize(value: string) {
    this.assign("paperSize", value);
  }
  get zoom(): PageLayoutState["zoom"] {
    return this.prop("zoom");
  }
  set zoom(value: PageLayoutState["zoom"]) {
    this.assign("zoom", value);
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
    if (name === "orientation") return layout.orientation;
    if (name === "paperSize") return layout.paperSize;
    return { ...layout.zoom };
  }

  protected override writeScalar(env: ExecEnv, name: string, value: unknown): void {
    const layout = this.sheet(env).pageLayout;
    const location = `PageLayout.${name}`;
    if (name === "orientation" || name === "paperSize") {
      if (typeof value !== "string" || !(name === "orientation" ? ORIENTATIONS : PAPER).includes(value))
        throw simError("InvalidArgument", undefined, location);
      layout[name] = value;
      return;
    }
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
  }

  /** Margins given in "Points", "Inches" or "Centimeters"; those not given stay. */
  setPrintMargins(unit: string, marginOptions: Excel.PageLayoutMarginOptions): void {
    this.queue("setPrintMargins", { unit, marginOptions }, (env) => {
      const factor =
        unit === "Points" ? 1 : unit === "Inches" ? 72 : unit === "Centimeters" ? 72 / 2.54 : NaN;
      if (Number.isNaN(factor)) throw simError("InvalidArgument", undefined, "PageLayout.setPrintMargins");
      const layout = this.sheet(env).pageLayout;
      for (const [option, key] of Object.entries(MARGINS)) {
        const v = (marginOptions as Record<string, number | undefined>)[option];
        if (v !== undefined) layout[key] = v * factor;
      }
    });
  }

  /** Rows repeated at the top of each printed page, e.g. "$1:$3". */
  setPrintTitleRows(printTitleRows: SimRange | string): void {
    this.queue(
      "setPrintTitleRows",
      { printTitleRows: typeof printTitleRows === "string" ? printTitleRows : "range" },
      (env) => {
        let rect: Rect;
        if (typeof printTitleRows === "string") {
          const parsed = parseAddress(printTitleRows);
          if (!parsed) throw simError("InvalidArgument", undefined, "PageLayout.setPrintTitleRows");
          rect = parsed.rect;
        } else rect = printTitleRows.target(env).rect;
        this.sheet(env).pageLayout.printTitleRows = { ...rect, left: 0, right: 16_383 };
      },
    );
  }
}

/** HeaderFooterGroup: the headers and footers of every page (defaultForAllPages). */
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

/** HeaderFooter: the footer's centre section. */
export class SimHeaderFooter extends SheetPart {
  protected readonly scalarNames = ["centerFooter"] as const;
  protected override readonly writableNames = ["centerFooter"] as const;

  constructor(ctx: SimContext, worksheet: SimWorksheet) {
    super(ctx, "HeaderFooter", worksheet);
  }

  get centerFooter(): string {
    return this.prop("centerFooter");
  }
  set centerFooter(value: string) {
    this.assign("centerFooter", value);
  }

  protected readScalar(env: ExecEnv): unknown {
    return this.sheet(env).pageLayout.centerFooter;
  }

  protected override writeScalar(env: ExecEnv, _name: string, value: unknown): void {
    if (typeof value !== "string") throw simError("InvalidArgument", undefined, "HeaderFooter.centerFooter");
    this.sheet(env).pageLayout.centerFooter = value;
  }
}

/**
 * The NoticePlan → .docx renderer (the only code that calls the `docx` library, as src/xlsx is for ExcelJS):
 * an editable Word document in the administrative format of Nghị định 30/2020/NĐ-CP — A4 portrait; Times
 * New Roman, 14 pt body; margins top and bottom 20 mm, left 30 mm, right 15 mm; a two-column header without
 * borders (superior body, issuing agency, "Số: …" | national motto, place and date); the title and its
 * subject centred in bold; justified paragraphs with a first-line indent; lists as Word tables; "Nơi nhận"
 * and the signature block side by side. Works in Node and in a browser: it returns bytes and loads `docx`
 * lazily.
 */
import type {
  IParagraphOptions,
  ITableCellOptions,
  Paragraph as ParagraphType,
  Table as TableType,
  TextRun as TextRunType,
} from "docx";
import type { NoticeBlock, NoticePlan } from "../core/notice/plan";

type Docx = typeof import("docx");

/** Half-points (docx's unit of font size). */
const pt = (points: number) => points * 2;
const FONT = "Times New Roman";
const BODY = 14;
/** A4 in twips, and the text width between the margins. */
const MM = 56.6929;
const PAGE = { width: 11906, height: 16838 };
const MARGIN = { top: 20, bottom: 20, left: 30, right: 15 };
const TEXT_WIDTH = Math.round(PAGE.width - (MARGIN.left + MARGIN.right) * MM);

/** The notice as .docx bytes. */
export async function renderNotice(plan: NoticePlan): Promise<Uint8Array> {
  const docx = await import("docx");
  const document = buildNotice(docx, plan);
  return new Uint8Array(await docx.Packer.toArrayBuffer(document));
}

function run(
  d: Docx,
  text: string,
  options: { bold?: boolean; italic?: boolean; size?: number; underline?: boolean } = {},
): TextRunType {
  return new d.TextRun({
    text,
    font: FONT,
    size: pt(options.size ?? BODY),
    bold: options.bold,
    italics: options.italic,
    underline: options.underline ? { type: d.UnderlineType.SINGLE } : undefined,
  });
}

function line(
  d: Docx,
  text: string,
  options: {
    bold?: boolean;
    italic?: boolean;
    size?: number;
    underline?: boolean;
    align?: "left" | "center" | "right" | "both";
    after?: number;
    before?: number;
    indent?: boolean;
    keepNext?: boolean;
  } = {},
): ParagraphType {
  const alignment = {
    left: d.AlignmentType.LEFT,
    center: d.AlignmentType.CENTER,
    right: d.AlignmentType.RIGHT,
    both: d.AlignmentType.JUSTIFIED,
  }[options.align ?? "left"];
  const paragraph: IParagraphOptions = {
    alignment,
    spacing: { before: (options.before ?? 0) * 20, after: (options.after ?? 0) * 20, line: 276 },
    indent: options.indent ? { firstLine: Math.round(10 * MM) } : undefined,
    keepNext: options.keepNext,
    children: [run(d, text, options)],
  };
  return new d.Paragraph(paragraph);
}

const NO_BORDERS = (d: Docx) => ({
  top: { style: d.BorderStyle.NONE, size: 0, color: "FFFFFF" },
  bottom: { style: d.BorderStyle.NONE, size: 0, color: "FFFFFF" },
  left: { style: d.BorderStyle.NONE, size: 0, color: "FFFFFF" },
  right: { style: d.BorderStyle.NONE, size: 0, color: "FFFFFF" },
  insideHorizontal: { style: d.BorderStyle.NONE, size: 0, color: "FFFFFF" },
  insideVertical: { style: d.BorderStyle.NONE, size: 0, color: "FFFFFF" },
});

/**
 * A borderless two-column table: the left and right blocks of the header, or of the signature. It reaches
 * 8 mm into each margin, as the header of an administrative document usually does, so the motto keeps to
 * one line.
 */
function twoBlocks(d: Docx, left: ParagraphType[], right: ParagraphType[], leftShare: number): TableType {
  const outset = Math.round(8 * MM);
  const total = TEXT_WIDTH + 2 * outset;
  const leftWidth = Math.round(total * leftShare);
  const none = { style: d.BorderStyle.NONE, size: 0, color: "FFFFFF" };
  const cell = (children: ParagraphType[], width: number): ITableCellOptions => ({
    children: children.length > 0 ? children : [new d.Paragraph({})],
    width: { size: width, type: d.WidthType.DXA },
    margins: { left: 40, right: 40 },
    borders: { top: none, bottom: none, left: none, right: none },
  });
  return new d.Table({
    width: { size: total, type: d.WidthType.DXA },
    indent: { size: -outset, type: d.WidthType.DXA },
    columnWidths: [leftWidth, total - leftWidth],
    layout: d.TableLayoutType.FIXED,
    borders: NO_BORDERS(d),
    rows: [
      new d.TableRow({
        children: [new d.TableCell(cell(left, leftWidth)), new d.TableCell(cell(right, total - leftWidth))],
      }),
    ],
  });
}

/** A short rule under the issuing agency and the motto (a bottom border on an empty, tight paragraph). */
function rule(d: Docx, widthShare: number): ParagraphType {
  const side = Math.round(((1 - widthShare) / 2) * 100) / 100;
  return new d.Paragraph({
    spacing: { before: 0, after: 120, line: 120 },
    indent: { left: Math.round(side * 4000), right: Math.round(side * 4000) },
    border: { top: { style: d.BorderStyle.SINGLE, size: 6, color: "000000", space: 1 } },
    children: [],
  });
}

function header(d: Docx, plan: NoticePlan): TableType {
  const head = plan.head;
  const agency = head.agency;
  const left: ParagraphType[] = agency.map((text, i) =>
    line(d, text, {
      bold: i === agency.length - 1,
      size: i === agency.length - 1 ? 13 : 12,
      align: "center",
    }),
  );
  left.push(rule(d, 0.35));
  left.push(line(d, head.numberLine, { size: 13, align: "center" }));
  const right: ParagraphType[] = [
    line(d, "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", { bold: true, size: 12, align: "center" }),
    line(d, "Độc lập - Tự do - Hạnh phúc", { bold: true, size: 13, align: "center" }),
    rule(d, 0.6),
    line(d, head.dateLine, { italic: true, size: 14, align: "center" }),
  ];
  return twoBlocks(d, left, right, 0.43);
}

function table(d: Docx, block: Extract<NoticeBlock, { kind: "table" }>): TableType {
  const total = block.columns.reduce((n, c) => n + c.width, 0);
  const widths = block.columns.map((c) => Math.round((TEXT_WIDTH * c.width) / total));
  const border = { style: d.BorderStyle.SINGLE, size: 4, color: "000000" };
  const align = (a: "left" | "center" | "right") =>
    a === "left" ? d.AlignmentType.LEFT : a === "right" ? d.AlignmentType.RIGHT : d.AlignmentType.CENTER;
  const cell = (text: string, width: number, a: "left" | "center" | "right", bold: boolean) =>
    new d.TableCell({
      width: { size: width, type: d.WidthType.DXA },
      verticalAlign: d.VerticalAlign.CENTER,
      margins: { left: 80, right: 80, top: 20, bottom: 20 },
      children: [
        new d.Paragraph({
          alignment: align(a),
          spacing: { before: 0, after: 0 },
          children: [run(d, text, { size: 12, bold })],
        }),
      ],
    });
  return new d.Table({
    width: { size: TEXT_WIDTH, type: d.WidthType.DXA },
    columnWidths: widths,
    layout: d.TableLayoutType.FIXED,
    borders: {
      top: border,
      bottom: border,
      left: border,
      right: border,
      insideHorizontal: border,
      insideVertical: border,
    },
    rows: [
      new d.TableRow({
        tableHeader: true,
        cantSplit: true,
        children: block.columns.map((c, i) => cell(c.header, widths[i], "center", true)),
      }),
      ...block.rows.map(
        (row) =>
          new d.TableRow({
            cantSplit: true,
            children: block.columns.map((c, i) => cell(row[i] ?? "", widths[i], c.align, false)),
          }),
      ),
    ],
  });
}

function signature(d: Docx, plan: NoticePlan): TableType {
  const left: ParagraphType[] = [];
  if (plan.recipients.length > 0) {
    left.push(line(d, "Nơi nhận:", { bold: true, italic: true, size: 12 }));
    for (const r of plan.recipients) left.push(line(d, r, { size: 11 }));
  }
  const right: ParagraphType[] = plan.signerTitle.map((t) =>
    line(d, t, { bold: true, size: 14, align: "center" }),
  );
  for (let i = 0; i < 4; i++) right.push(line(d, "", { size: 14 }));
  right.push(line(d, plan.signerName, { bold: true, size: 14, align: "center" }));
  return twoBlocks(d, left, right, 0.5);
}

export function buildNotice(d: Docx, plan: NoticePlan): InstanceType<Docx["Document"]> {
  const children: (ParagraphType | TableType)[] = [header(d, plan)];
  children.push(line(d, plan.title, { bold: true, size: 14, align: "center", before: 18 }));
  children.push(line(d, plan.subject, { bold: true, size: 14, align: "center", after: 6 }));
  children.push(rule(d, 0.3));
  for (const block of plan.blocks) {
    if (block.kind === "heading")
      children.push(
        line(d, block.text, { bold: true, align: "both", before: 6, after: 3, indent: true, keepNext: true }),
      );
    else if (block.kind === "paragraph")
      children.push(line(d, block.text, { align: "both", after: 6, indent: true }));
    else {
      children.push(table(d, block));
      children.push(line(d, "", { size: 6 }));
    }
  }
  children.push(line(d, "", { size: 8 }));
  children.push(signature(d, plan));
  return new d.Document({
    creator: "Chỉ số CCHC",
    title: `${plan.title} ${plan.subject}`,
    styles: { default: { document: { run: { font: FONT, size: pt(BODY) } } } },
    sections: [
      {
        properties: {
          page: {
            size: { width: PAGE.width, height: PAGE.height, orientation: d.PageOrientation.PORTRAIT },
            margin: {
              top: Math.round(MARGIN.top * MM),
              bottom: Math.round(MARGIN.bottom * MM),
              left: Math.round(MARGIN.left * MM),
              right: Math.round(MARGIN.right * MM),
            },
          },
        },
        footers: {
          default: new d.Footer({
            children: [
              new d.Paragraph({
                alignment: d.AlignmentType.CENTER,
                children: [
                  new d.TextRun({
                    font: FONT,
                    size: pt(12),
                    children: ["Trang ", d.PageNumber.CURRENT, "/", d.PageNumber.TOTAL_PAGES],
                  }),
                ],
              }),
            ],
          }),
        },
        children,
      },
    ],
  });
}

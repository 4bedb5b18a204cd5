/**
 * The parts of a Vietnamese administrative document around a report table (Nghị định 30/2020/NĐ-CP): the
 * agency lines and "Số: …" (top left), the national motto and the place and date line (top right), the
 * title, the annex line and the explanatory line; under the table, the recipients (left) and the signer
 * (right).
 */
import type { Settings } from "../settings";
import type { SheetBuilder } from "./builder";
import type { Texts } from "./context";
import type { DocumentHead } from "./document";

/** Columns of the left block (agency, recipients): the STT and unit-name columns. */
const LEFT_BLOCK_RIGHT = 1;

/** Appends the agency and motto rows, the number and date, the title, the annex and the subtitle; returns the title's row. */
export function letterhead(
  b: SheetBuilder,
  head: DocumentHead,
  tx: Texts,
  title: string,
  subtitle: string | null,
): number {
  const agency = head.agency;
  const motto = [tx.t("rpMottoCountry"), tx.t("rpMottoWords")];
  const lines = Math.max(agency.length, motto.length);
  const rightLeft = Math.min(LEFT_BLOCK_RIGHT + 1, b.width - 1);
  const top = b.next;
  for (let i = 0; i < lines; i++) {
    const r = b.row();
    // The issuing office (the last agency line) is bold and underlined, as the motto's second line.
    const agencyLine = agency[i] ?? null;
    const lastAgency = i === agency.length - 1;
    b.put(r, 0, LEFT_BLOCK_RIGHT, agencyLine, {
      bold: lastAgency,
      underline: lastAgency,
      horizontal: "center",
      wrap: true,
      numberFormat: "@",
    });
    b.put(r, rightLeft, b.width - 1, motto[i] ?? null, {
      bold: true,
      underline: i === 1,
      horizontal: "center",
      wrap: true,
      numberFormat: "@",
    });
  }
  const dated = b.row();
  b.put(dated, 0, LEFT_BLOCK_RIGHT, head.numberLine, { horizontal: "center", wrap: true, numberFormat: "@" });
  b.put(dated, rightLeft, b.width - 1, head.dateLine, {
    italic: true,
    horizontal: "center",
    wrap: true,
    numberFormat: "@",
  });
  b.style(top, 0, b.next - 1, b.width - 1, { vertical: "center" });
  const titleRow = b.merged(
    title,
    { bold: true, fontSize: 14, horizontal: "center", vertical: "center", wrap: true, numberFormat: "@" },
    0,
    b.width - 1,
    36,
  );
  if (head.annex !== null)
    b.merged(
      head.annex,
      { italic: true, horizontal: "center", vertical: "center", wrap: true, numberFormat: "@" },
      0,
      b.width - 1,
    );
  if (subtitle !== null) {
    b.merged(
      subtitle,
      { italic: true, horizontal: "center", vertical: "center", wrap: true, numberFormat: "@" },
      0,
      b.width - 1,
    );
  }
  return titleRow;
}

/** Appends the signature block under a table: recipients on the left, the signer's titles and name on the right. */
export function signature(b: SheetBuilder, settings: Settings, tx: Texts): void {
  const report = settings.report;
  const rightLeft = Math.min(Math.max(LEFT_BLOCK_RIGHT + 1, b.width - 4), b.width - 1);
  const right = b.width - 1;
  b.row();
  const rightLines: { text: string; bold: boolean; italic: boolean }[] = [
    ...report.signerTitle.map((text) => ({ text, bold: true, italic: false })),
    { text: "", bold: false, italic: false },
    { text: "", bold: false, italic: false },
    { text: "", bold: false, italic: false },
    { text: report.signerName, bold: true, italic: false },
  ];
  const leftLines = report.recipients.length > 0 ? [tx.t("rpRecipients"), ...report.recipients] : [];
  const top = b.next;
  const count = Math.max(rightLines.length, leftLines.length);
  for (let i = 0; i < count; i++) b.row();
  // One area per line on the right (a handful), one for the recipients' lines on the left.
  rightLines.forEach((line, i) => {
    b.put(top + i, rightLeft, right, line.text === "" ? null : line.text, {
      bold: line.bold,
      italic: line.italic,
      horizontal: "center",
      wrap: true,
      numberFormat: "@",
    });
  });
  leftLines.forEach((line, i) => {
    b.put(top + i, 0, Math.max(0, rightLeft - 1), line, {
      bold: i === 0,
      italic: i === 0,
      fontSize: i === 0 ? 12 : 11,
      horizontal: "left",
      wrap: true,
      numberFormat: "@",
    });
  });
}

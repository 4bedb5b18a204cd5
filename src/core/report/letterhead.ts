/**
 * The parts of a Vietnamese administrative document around a report table: the agency lines (top left)
 * and the national motto (top right), the title and its explanatory line, and the signature block with
 * the place and date line and the recipients.
 */
import type { Settings } from "../settings";
import type { SheetBuilder } from "./builder";
import type { Texts } from "./context";

/** Columns of the left block (agency, recipients): the STT and unit-name columns. */
const LEFT_BLOCK_RIGHT = 1;

/** Appends the agency and motto rows, the title and the subtitle; returns the title's row. */
export function letterhead(
  b: SheetBuilder,
  settings: Settings,
  tx: Texts,
  title: string,
  subtitle: string | null,
): number {
  const agency = settings.report.agency;
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
    });
    b.put(r, rightLeft, b.width - 1, motto[i] ?? null, {
      bold: true,
      underline: i === 1,
      horizontal: "center",
    });
  }
  b.style(top, 0, b.next - 1, b.width - 1, { vertical: "center" });
  const titleRow = b.merged(
    title,
    { bold: true, fontSize: 14, horizontal: "center", vertical: "center", wrap: true },
    0,
    b.width - 1,
    36,
  );
  if (subtitle !== null) {
    b.merged(
      subtitle,
      { italic: true, horizontal: "center", vertical: "center", wrap: true },
      0,
      b.width - 1,
      32,
    );
  }
  return titleRow;
}

/** Appends the signature block under a table: recipients on the left, the place, date and signer on the right. */
export function signature(b: SheetBuilder, settings: Settings, tx: Texts, year: number): void {
  const report = settings.report;
  const rightLeft = Math.min(Math.max(LEFT_BLOCK_RIGHT + 1, b.width - 4), b.width - 1);
  const right = b.width - 1;
  b.row();
  const place = report.place.trim() === "" ? tx.t("rpPlaceUnknown") : report.place.trim();
  const rightLines: { text: string; bold: boolean; italic: boolean }[] = [
    { text: tx.t("rpPlaceDate", { place, year: String(year) }), bold: false, italic: true },
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
      numberFormat: "@",
    });
  });
  leftLines.forEach((line, i) => {
    b.put(top + i, 0, Math.max(0, rightLeft - 1), line, {
      bold: i === 0,
      italic: i === 0,
      fontSize: i === 0 ? 12 : 11,
      horizontal: "left",
      numberFormat: "@",
    });
  });
}

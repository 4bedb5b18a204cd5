/**
 * The drafted follow-up notice — what staff write by hand every year (the seed is one): its content as plain
 * data, in the order of the seed's sections, for an adapter to render (src/docx writes it as a Word
 * document per Nghị định 30/2020/NĐ-CP). Vietnamese only: it is an administrative document of a
 * Vietnamese agency. Every number goes through the core's ROUND (textsFor().num), as on the sheets.
 *
 *   header: agency lines and "Số: …" | national motto and the place and date line
 *   title:  THÔNG BÁO (or BÁO CÁO) and what it is about
 *   1. results by group: first and last units, rank changes, strongest and weakest components; a table
 *   2. the units that dropped in rank (a table)
 *   3. the review meetings: who, who attends, the deadline, where results go (a table)
 *   4. the explanatory reports: units, components, points (a table)
 *   5. the breakthrough-task registration
 *   recipients | signature
 */
import type { Analysis, UnitResult } from "../analyse";
import type { Grid } from "../grid";
import { HEAD_RATING_LABELS } from "../ratings";
import { attendeeResolver } from "../report/attendees";
import { displayDate, textsFor, thresholdPercentOf, type Texts } from "../report/context";
import { documentHead, inSentence, type DocumentHead } from "../report/document";
import { sourceLetterhead } from "../report/source";
import { changeLabel, unitsByGroup } from "../report/units";
import { componentInsights } from "../report/weakest";
import type { Settings } from "../settings";

export interface NoticeColumn {
  readonly header: string;
  /** Share of the table's width, in percent. */
  readonly width: number;
  readonly align: "left" | "center" | "right";
}

export type NoticeBlock =
  | { readonly kind: "heading"; readonly text: string }
  | { readonly kind: "paragraph"; readonly text: string }
  | {
      readonly kind: "table";
      readonly columns: readonly NoticeColumn[];
      readonly rows: readonly (readonly string[])[];
    };

export interface NoticePlan {
  readonly head: DocumentHead;
  /** "THÔNG BÁO". */
  readonly title: string;
  /** What it is about, in bold under the title. */
  readonly subject: string;
  readonly blocks: readonly NoticeBlock[];
  /** "Nơi nhận:" lines. */
  readonly recipients: readonly string[];
  /** The signer's titles ("T/M …", "GIÁM ĐỐC") and name. */
  readonly signerTitle: readonly string[];
  readonly signerName: string;
}

export interface NoticeContext {
  readonly settings: Settings;
  /** ISO time of the run: the year the notice is made. */
  readonly generatedAt: string;
  /** The score workbook's grids, for the agency lines of its first rows. */
  readonly sourceGrids?: readonly Grid[];
}

/** "CÁC SỞ, BAN, NGÀNH" → "các sở, ban, ngành"; "UBND CÁC HUYỆN…" → "UBND các huyện…". */
function groupWords(group: string): string {
  const lower = group.toLocaleLowerCase("vi");
  return lower.replace(/\bubnd\b/gu, "UBND").replace(/^khối /u, "khối ");
}

/** "Khối các sở, ban, ngành"; a group already named "KHỐI PHƯỜNG" is "Khối phường". */
function groupHeading(group: string): string {
  const words = groupWords(group);
  return words.startsWith("khối ") ? `K${words.slice(1)}` : `Khối ${words}`;
}

function joinWords(items: readonly string[]): string {
  if (items.length <= 1) return items.join("");
  return `${items.slice(0, -1).join(", ")} và ${items[items.length - 1]}`;
}

/** A number rounded by the core's ROUND and shown with exactly `decimals` decimals, as the sheets' 0.00 shows it. */
function fixed(tx: Texts, value: number, decimals = 2): string {
  const text = tx.num(value, decimals);
  const separator = tx.language === "vi" ? "," : ".";
  const [whole, part = ""] = text.split(separator);
  return `${whole}${separator}${part.padEnd(decimals, "0")}`;
}

const percentText = (tx: Texts, value: number | null) => (value === null ? "—" : `${fixed(tx, value)}%`);

function groupSection(
  analysis: Analysis,
  tx: Texts,
  year: number | null,
  blocks: NoticeBlock[],
  insights: ReturnType<typeof componentInsights>,
): void {
  const withPrevious = analysis.previousSource !== null;
  unitsByGroup(analysis, "rank").forEach(({ group, units }, g) => {
    const ranked = units.filter(
      (u): u is UnitResult & { index: number; rank: number } => u.index !== null && u.rank !== null,
    );
    blocks.push({ kind: "heading", text: `1.${g + 1}. ${groupHeading(group)} (${units.length} đơn vị)` });
    if (ranked.length === 0) {
      blocks.push({ kind: "paragraph", text: "Chưa có đơn vị nào được xếp hạng." });
      return;
    }
    const mean = ranked.reduce((n, u) => n + u.index, 0) / ranked.length;
    const first = ranked[0];
    const last = ranked[ranked.length - 1];
    const sentences = [
      `Chỉ số CCHC${year !== null ? ` năm ${year}` : ""} trung bình của khối đạt ${percentText(tx, mean)}; ` +
        `cao nhất là ${first.name} (${percentText(tx, first.index)}), thấp nhất là ${last.name} (${percentText(tx, last.index)}).`,
    ];
    if (withPrevious) {
      const up = units.filter((u) => u.comparable && (u.rankChange ?? 0) > 0).length;
      const down = units.filter((u) => u.comparable && (u.rankChange ?? 0) < 0).length;
      const same = units.filter((u) => u.comparable && u.rankChange === 0).length;
      const other = units.length - up - down - same;
      sentences.push(
        `So với năm ${year !== null ? year - 1 : "trước"}: ${up} đơn vị tăng hạng, ${down} đơn vị giảm hạng, ${same} đơn vị giữ nguyên` +
          (other > 0 ? `, ${other} đơn vị không so sánh được` : "") +
          ".",
      );
    }
    const means = analysis.components
      .map((c) => ({ name: c.name, percent: insights.meanPercent(group, c.name) }))
      .filter((c): c is { name: string; percent: number } => c.percent !== null)
      .sort((a, b) => b.percent - a.percent);
    if (means.length >= 2) {
      const strong = means[0];
      const weak = means[means.length - 1];
      sentences.push(
        `Lĩnh vực có tỷ lệ điểm trung bình cao nhất là “${strong.name}” (${percentText(tx, strong.percent)} điểm tối đa); ` +
          `thấp nhất là “${weak.name}” (${percentText(tx, weak.percent)} điểm tối đa).`,
      );
    }
    blocks.push({ kind: "paragraph", text: sentences.join(" ") });
    const columns: NoticeColumn[] = [
      { header: "STT", width: 8, align: "center" },
      { header: "Cơ quan, đơn vị", width: withPrevious ? 44 : 56, align: "left" },
      { header: "Chỉ số (%)", width: 16, align: "center" },
      { header: "Xếp hạng", width: 14, align: "center" },
    ];
    if (withPrevious) columns.push({ header: "Tăng (▲) / giảm (▼)", width: 18, align: "center" });
    // Two units ranked apart whose indices show the same two decimals show three (TP Hải Dương and Nam Sách).
    const shownRanks = new Map<string, Set<number>>();
    for (const u of ranked)
      shownRanks.set(tx.num(u.index, 2), (shownRanks.get(tx.num(u.index, 2)) ?? new Set()).add(u.rank));
    const indexText = (index: number) =>
      fixed(tx, index, (shownRanks.get(tx.num(index, 2))?.size ?? 0) > 1 ? 3 : 2);
    blocks.push({
      kind: "table",
      columns,
      rows: units.map((u, i) => {
        const row = [
          String(i + 1),
          u.name,
          u.index === null ? "—" : indexText(u.index),
          u.rank === null ? "—" : String(u.rank),
        ];
        if (withPrevious) row.push(u.rank === null ? "—" : changeLabel(u, tx));
        return row;
      }),
    });
  });
}

export function planNotice(analysis: Analysis, context: NoticeContext): NoticePlan {
  const settings = context.settings;
  const tx = textsFor("vi");
  const y = analysis.year;
  const madeIn = Number(context.generatedAt.slice(0, 4));
  const signYear = Number.isInteger(madeIn) && madeIn > 1900 ? madeIn : (y ?? 0) + 1;
  const head = documentHead(settings, sourceLetterhead(context.sourceGrids, analysis), tx, signYear);
  const issuer = head.agency[head.agency.length - 1];
  const insights = componentInsights(analysis);
  const groups = analysis.groups.map((g) => groupWords(g.name));
  const yearText = y !== null ? ` năm ${y}` : "";
  const previousYear = y !== null ? `năm ${y - 1}` : "năm trước";
  const threshold = tx.num(thresholdPercentOf(settings), 10);
  const blocks: NoticeBlock[] = [];

  blocks.push({
    kind: "paragraph",
    text:
      `Căn cứ kết quả đánh giá, xác định Chỉ số cải cách hành chính (CCHC)${yearText} của ${joinWords(groups)}, ` +
      `${inSentence(issuer)} ${head.kind === "BÁO CÁO" ? "báo cáo" : "thông báo"} kết quả và các nội dung cần thực hiện như sau:`,
  });

  // 1. Results by group.
  blocks.push({ kind: "heading", text: `1. Kết quả Chỉ số CCHC${yearText} theo từng khối` });
  groupSection(analysis, tx, y, blocks, insights);

  // 2. Dropped units.
  blocks.push({ kind: "heading", text: `2. Các cơ quan, đơn vị tụt hạng so với ${previousYear}` });
  if (analysis.previousSource === null)
    blocks.push({ kind: "paragraph", text: "Không có dữ liệu năm trước để so sánh thứ hạng." });
  else if (analysis.dropped.length === 0)
    blocks.push({ kind: "paragraph", text: "Không có cơ quan, đơn vị nào tụt hạng." });
  else {
    blocks.push({
      kind: "paragraph",
      text:
        `Có ${analysis.dropped.length} cơ quan, đơn vị tụt hạng so với ${previousYear}. Đề nghị các cơ quan, đơn vị ` +
        "phân tích, đánh giá nguyên nhân, chỉ rõ hạn chế, yếu kém và trách nhiệm người đứng đầu; có giải pháp khắc phục trong thời gian tới.",
    });
    const index = new Map(analysis.units.map((u) => [`${u.group}\u0000${u.name}`, u]));
    blocks.push({
      kind: "table",
      columns: [
        { header: "STT", width: 8, align: "center" },
        { header: "Cơ quan, đơn vị", width: 40, align: "left" },
        { header: "Khối", width: 22, align: "left" },
        { header: `Hạng ${previousYear}`, width: 10, align: "center" },
        { header: `Hạng${yearText}`, width: 10, align: "center" },
        { header: "Chỉ số (%)", width: 10, align: "center" },
      ],
      rows: analysis.dropped.map((d, i) => {
        const u = index.get(`${d.group}\u0000${d.unit}`);
        return [
          String(i + 1),
          d.unit,
          groupWords(d.group),
          String(d.from),
          String(d.to),
          u?.index !== null && u?.index !== undefined ? fixed(tx, u.index) : "—",
        ];
      }),
    });
  }

  // 3. Review meetings.
  const deadline = analysis.reviewDeadline !== null ? displayDate(analysis.reviewDeadline) : "…/…/…";
  const ratings = settings.reviewRatings.map((r) => `“${HEAD_RATING_LABELS[r].toLocaleLowerCase("vi")}”`);
  blocks.push({ kind: "heading", text: "3. Kiểm điểm, làm rõ trách nhiệm cá nhân" });
  const attendee = attendeeResolver(analysis, settings);
  if (analysis.reviews.length === 0) {
    blocks.push({
      kind: "paragraph",
      text:
        analysis.reviewsNote !== null
          ? `Chưa có kết quả xếp loại người đứng đầu về công tác CCHC nên chưa xác định được cơ quan, đơn vị phải kiểm điểm.`
          : "Không có cơ quan, đơn vị nào mà người đứng đầu được xếp loại ở mức phải kiểm điểm.",
    });
  } else {
    blocks.push({
      kind: "paragraph",
      text:
        `Đối với các cơ quan, đơn vị mà người đứng đầu được đánh giá, xếp loại ở mức ${joinWords(ratings)} về công tác ` +
        `cải cách hành chính${yearText} (${analysis.reviews.length} cơ quan, đơn vị, danh sách dưới đây): tổ chức kiểm điểm, ` +
        "làm rõ trách nhiệm cá nhân có liên quan, nhất là trách nhiệm người đứng đầu về những hạn chế, yếu kém trong " +
        `cải cách hành chính. Việc kiểm điểm phải hoàn thành trước ngày ${deadline}; đồng thời gửi kết quả về ${settings.sendTo}.`,
    });
    blocks.push({
      kind: "table",
      columns: [
        { header: "STT", width: 7, align: "center" },
        { header: "Cơ quan, đơn vị", width: 29, align: "left" },
        { header: "Xếp loại người đứng đầu", width: 20, align: "center" },
        { header: "Chỉ số (%)", width: 11, align: "center" },
        { header: "Thành phần dự họp kiểm điểm", width: 33, align: "left" },
      ],
      rows: analysis.reviews.map((r, i) => [
        String(i + 1),
        r.unit,
        HEAD_RATING_LABELS[r.rating] + (r.ratingDerived ? " (suy ra từ chỉ số)" : ""),
        r.index === null ? "—" : fixed(tx, r.index),
        attendee(r),
      ]),
    });
  }

  // 4. Explanatory reports.
  const checked = analysis.components.filter((c) => c.checked).map((c) => `“${c.name}”`);
  blocks.push({ kind: "heading", text: "4. Báo cáo giải trình" });
  if (analysis.explanations.length === 0) {
    blocks.push({
      kind: "paragraph",
      text: `Không có cơ quan, đơn vị nào có điểm lĩnh vực ${joinWords(checked)} đạt dưới ${threshold}% so với điểm tối đa.`,
    });
  } else {
    const units = new Set(analysis.explanations.map((e) => `${e.group}\u0000${e.unit}`)).size;
    blocks.push({
      kind: "paragraph",
      text:
        `Đối với các cơ quan, đơn vị có điểm lĩnh vực ${joinWords(checked)} đạt dưới ${threshold}% so với điểm tối đa ` +
        `(${units} cơ quan, đơn vị, danh sách dưới đây): phải có báo cáo giải trình làm rõ nguyên nhân, trách nhiệm các ` +
        `cá nhân có liên quan, gửi về ${settings.sendTo}${analysis.reviewDeadline !== null ? ` trước ngày ${deadline}` : ""}.`,
    });
    blocks.push({
      kind: "table",
      columns: [
        { header: "STT", width: 7, align: "center" },
        { header: "Cơ quan, đơn vị", width: 30, align: "left" },
        { header: "Lĩnh vực", width: 35, align: "left" },
        { header: "Điểm đạt / tối đa", width: 15, align: "center" },
        { header: "Tỷ lệ", width: 13, align: "center" },
      ],
      rows: analysis.explanations.map((e, i) => [
        String(i + 1),
        e.unit,
        e.component,
        `${tx.num(e.score, 2)} / ${tx.num(e.max, 2)}`,
        percentText(tx, e.percent),
      ]),
    });
  }

  // 5. Breakthrough tasks.
  const nextYear = y !== null ? ` năm ${y + 1}` : "";
  const weakest = analysis.groups
    .map((g) => {
      const means = analysis.components
        .map((c) => ({ name: c.name, percent: insights.meanPercent(g.name, c.name) }))
        .filter((c): c is { name: string; percent: number } => c.percent !== null)
        .sort((a, b) => a.percent - b.percent);
      // Mid-sentence: only the heading's first letter is lowered ("khối UBND các huyện").
      const heading = groupHeading(g.name);
      const inSentence = heading.charAt(0).toLocaleLowerCase("vi") + heading.slice(1);
      return means.length > 0 ? `${inSentence}: “${means[0].name}”` : null;
    })
    .filter((t): t is string => t !== null);
  blocks.push({ kind: "heading", text: `5. Đăng ký công việc đột phá, sáng tạo${nextYear}` });
  blocks.push({
    kind: "paragraph",
    text:
      `Thủ trưởng các cơ quan, đơn vị đăng ký công việc đột phá, sáng tạo${nextYear}, trong đó tập trung đăng ký rõ ` +
      "các công việc nhằm cải thiện Chỉ số CCHC của cơ quan, đơn vị mình" +
      (weakest.length > 0 ? `, nhất là ở lĩnh vực có tỷ lệ điểm thấp nhất (${weakest.join("; ")})` : "") +
      ".",
  });
  blocks.push({
    kind: "paragraph",
    text: "Đề nghị các cơ quan, đơn vị nghiêm túc triển khai thực hiện các nội dung trên.",
  });

  const recipients = settings.report.recipients;
  return {
    head,
    title: head.kind,
    subject: `Kết quả xác định Chỉ số cải cách hành chính${yearText} của ${joinWords(groups)}`,
    blocks,
    recipients,
    signerTitle: settings.report.signerTitle,
    signerName: settings.report.signerName,
  };
}

/** The notice as plain text (headings, paragraphs, table rows joined by " | "): what the golden tests compare. */
export function noticeText(plan: NoticePlan): string {
  const lines: string[] = [
    ...plan.head.agency,
    plan.head.numberLine,
    "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
    "Độc lập - Tự do - Hạnh phúc",
    plan.head.dateLine,
    "",
    plan.title,
    plan.subject,
    "",
  ];
  for (const block of plan.blocks) {
    if (block.kind === "table") {
      lines.push(block.columns.map((c) => c.header).join(" | "));
      for (const row of block.rows) lines.push(row.join(" | "));
    } else lines.push(block.text);
  }
  lines.push("", "Nơi nhận:", ...plan.recipients, "", ...plan.signerTitle, plan.signerName);
  return lines.join("\n") + "\n";
}

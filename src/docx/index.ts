/**
 * The drafted follow-up notice as .docx bytes, from an analysis: for the `cchc` command (--docx), the task
 * pane's download and the standalone page (in a browser: the bytes become a Blob to download).
 */
import type { Analysis } from "../core/analyse";
import { planNotice, type NoticeContext } from "../core/notice/plan";
import { renderNotice } from "./renderNotice";

export { renderNotice } from "./renderNotice";
export { planNotice, noticeText, type NoticePlan, type NoticeContext } from "../core/notice/plan";

/** The MIME type of a .docx file. */
export const DOCX_MIME = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";

/** The notice's file name: "Thong-bao-CCHC-2021.docx" (ASCII, safe on every system). */
export function noticeFileName(year: number | null): string {
  return `Thong-bao-Chi-so-CCHC${year !== null ? `-${year}` : ""}.docx`;
}

export async function noticeDocx(analysis: Analysis, context: NoticeContext): Promise<Uint8Array> {
  return renderNotice(planNotice(analysis, context));
}

/**
 * The page's step in place of the pane's Actions: download the report (.xlsx, the five sheets of
 * `cchc report --out`) and the drafted follow-up notice (.docx, as `--docx`). The plans come from the core in
 * the page; the files are rendered in the worker (or in the page without one), with progress meanwhile.
 */
import { useState } from "react";
import {
  Body1,
  Button,
  Caption1,
  MessageBar,
  MessageBarBody,
  ProgressBar,
  Subtitle2,
  makeStyles,
  tokens,
} from "@fluentui/react-components";
import { DOCX_MIME, noticeFileName } from "../docx";
import { usePane } from "../taskpane/model";
import type { PaneMessage } from "../taskpane/pane-messages";
import { standaloneText } from "./strings";
import type { OpenedBook } from "./book";
import { renderBytes } from "./client";
import { XLSX_MIME, noticePlanFor, reportFileName, reportPlanFor, saveBytes } from "./plans";

const useStyles = makeStyles({
  section: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalS },
  buttons: { display: "flex", gap: tokens.spacingHorizontalS, flexWrap: "wrap" },
});

type Busy = "report" | "notice" | null;

export function DownloadsTab({ book }: { book: OpenedBook }) {
  const model = usePane();
  const styles = useStyles();
  const { language, analysis: state } = model;
  const [busy, setBusy] = useState<Busy>(null);
  const [status, setStatus] = useState<PaneMessage | null>(null);
  const s = (key: Parameters<typeof standaloneText>[0], params = {}) => standaloneText(key, language, params);
  const ready = state !== null && state.ok ? state : null;

  const download = async (what: "report" | "notice") => {
    if (ready === null) return;
    setBusy(what);
    setStatus(null);
    try {
      const now = new Date();
      const year = ready.analysis.year;
      let name: string;
      let bytes: Uint8Array;
      if (what === "report") {
        name = reportFileName(year);
        bytes = await renderBytes({ op: "report", plan: reportPlanFor(ready, book, model.previous, now) });
        saveBytes(bytes, name, XLSX_MIME);
      } else {
        name = noticeFileName(year);
        bytes = await renderBytes({ op: "notice", plan: noticePlanFor(ready, book, now) });
        saveBytes(bytes, name, DOCX_MIME);
      }
      setStatus({ intent: "success", text: s("downloaded", { file: name }) });
    } catch (error) {
      setStatus({ intent: "error", text: model.errorText(error) });
    } finally {
      setBusy(null);
    }
  };

  return (
    <section className={styles.section} aria-labelledby="downloads-heading">
      <Subtitle2 as="h2" id="downloads-heading">
        {s("downloadsHeading")}
      </Subtitle2>
      <Body1>{s("downloadsHint")}</Body1>
      {ready === null && (
        <MessageBar intent="warning">
          <MessageBarBody>{s("reportNeedsTable")}</MessageBarBody>
        </MessageBar>
      )}
      <div className={styles.buttons}>
        <Button
          id="create-report"
          appearance="primary"
          disabled={ready === null || busy !== null}
          onClick={() => void download("report")}
        >
          {s("downloadReport")}
        </Button>
        <Button disabled={ready === null || busy !== null} onClick={() => void download("notice")}>
          {s("downloadNotice")}
        </Button>
      </div>
      {busy !== null && (
        <>
          <ProgressBar
            aria-label={s(busy === "report" ? "makingReport" : "makingNotice")}
            thickness="large"
          />
          <Caption1 role="status">{s(busy === "report" ? "makingReport" : "makingNotice")}</Caption1>
        </>
      )}
      <div aria-live="polite" data-testid="download-status">
        {status !== null && (
          <MessageBar intent={status.intent}>
            <MessageBarBody>{status.text}</MessageBarBody>
          </MessageBar>
        )}
      </div>
    </section>
  );
}

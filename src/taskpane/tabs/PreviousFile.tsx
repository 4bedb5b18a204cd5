/**
 * Last year's workbook from a file: a picker that reads the .xlsx or .xls right here in the pane (ExcelJS loaded on
 * first use, as its own chunk), keeps the grids for this session and makes the file the source of last
 * year's ranks. The file is never sent anywhere nor stored in the document: the workbook keeps only its
 * name, fingerprint and last year's ranks (src/taskpane/comparison.ts). When the file has been read, focus
 * goes back to the picker's button (not to the page), so keyboard and screen-reader users stay in place.
 */
import { useEffect, useRef, useState } from "react";
import { Button, Caption1, MessageBar, MessageBarBody, makeStyles, tokens } from "@fluentui/react-components";
import type { Grid } from "../../core/grid";
import { usePane } from "../model";
import type { PaneMessage } from "../pane-messages";

const useStyles = makeStyles({
  buttons: { display: "flex", gap: tokens.spacingHorizontalS, flexWrap: "wrap" },
});

/** The bytes of a picked file (Blob.arrayBuffer where the browser has it, else FileReader). */
export function fileBytes(file: Blob): Promise<ArrayBuffer> {
  if (typeof file.arrayBuffer === "function") return file.arrayBuffer();
  return new Promise((resolve, reject) => {
    const reader = new FileReader();
    reader.onload = () => resolve(reader.result as ArrayBuffer);
    reader.onerror = () => reject(reader.error);
    reader.readAsArrayBuffer(file);
  });
}

/** Reads an .xlsx file into Grids; ExcelJS is loaded on first use only (a separate chunk). */
export async function readXlsxGrids(file: Blob, fileName: string): Promise<Grid[]> {
  const bytes = await fileBytes(file);
  const { readWorkbook } = await import(/* webpackChunkName: "xlsx" */ "../../xlsx/readWorkbook");
  const book = await readWorkbook(bytes, { fileName });
  return book.sheets.map((s) => book.grid(s.name));
}

export function PreviousFilePicker({ testId = "previous-file" }: { testId?: string }) {
  const model = usePane();
  const styles = useStyles();
  const { t } = model;
  const [reading, setReading] = useState(false);
  const [status, setStatus] = useState<PaneMessage | null>(null);
  const input = useRef<HTMLInputElement>(null);
  const button = useRef<HTMLButtonElement>(null);
  const wasReading = useRef(false);
  useEffect(() => {
    if (wasReading.current && !reading) button.current?.focus();
    wasReading.current = reading;
  }, [reading]);

  const pick = async (file: File | undefined) => {
    if (file === undefined) {
      // The dialog was cancelled: back to the button.
      button.current?.focus();
      return;
    }
    setReading(true);
    setStatus(null);
    try {
      const grids = await readXlsxGrids(file, file.name);
      model.setPrevious({ fileName: file.name, grids });
      model.updatePrefs((p) => ({ ...p, previous: { ...p.previous, source: "file", file: file.name } }));
      setStatus({ intent: "success", text: t("previousFileLoaded", { file: file.name }) });
    } catch (error) {
      setStatus({ intent: "error", text: model.errorText(error) });
    } finally {
      setReading(false);
      if (input.current) input.current.value = "";
    }
  };

  return (
    <>
      <input
        ref={input}
        type="file"
        accept=".xlsx,.xls,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet,application/vnd.ms-excel"
        hidden
        aria-label={t("comparePick")}
        data-testid={testId}
        onChange={(event) => void pick(event.currentTarget.files?.[0])}
      />
      <div className={styles.buttons}>
        <Button ref={button} id={`${testId}-pick`} disabled={reading} onClick={() => input.current?.click()}>
          {t("comparePick")}
        </Button>
        {model.previous !== null && (
          <Button
            disabled={reading}
            onClick={() => {
              model.setPrevious(null);
              setStatus(null);
              model.updatePrefs((p) => ({ ...p, previous: { ...p.previous, source: "auto", file: null } }));
              setTimeout(() => button.current?.focus(), 0);
            }}
          >
            {t("compareForget")}
          </Button>
        )}
      </div>
      <div aria-live="polite">
        {reading && <Caption1 role="status">{t("compareReading")}</Caption1>}
        {status !== null && (
          <MessageBar intent={status.intent} layout="multiline">
            <MessageBarBody>{status.text}</MessageBarBody>
          </MessageBar>
        )}
      </div>
    </>
  );
}

/**
 * Last year's workbook from a file: a picker that reads the .xlsx or .xls right here in the pane (ExcelJS loaded on
 * first use, as its own chunk), keeps the grids for this session and makes the file the source of last
 * year's ranks. The file is never sent anywhere nor stored in the document: the workbook keeps only its
 * name, fingerprint and last year's ranks (src/taskpane/comparison.ts). What the reader left out of the file
 * (values far from its table) is shown beside it as warnings. When the file has been read, focus goes back to
 * the picker's button (not to the page), so keyboard and screen-reader users stay in place.
 */
import { useEffect, useRef, useState } from "react";
import { Button, Caption1, MessageBar, MessageBarBody, makeStyles, tokens } from "@fluentui/react-components";
import { describeProblem, type Problem } from "../../core/problems";
import { usePane } from "../model";
import type { PaneMessage } from "../pane-messages";
import type { PreviousWorkbook } from "../session";
import type { AnalysisState } from "../workflow";

const useStyles = makeStyles({
  buttons: { display: "flex", gap: tokens.spacingHorizontalS, flexWrap: "wrap" },
  list: { margin: 0, paddingLeft: "1.2em" },
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

/**
 * Reads last year's .xlsx file into Grids, with what the reader learnt about each sheet as warnings (values far
 * from the table, left out — what `cchc report` and the standalone page say); ExcelJS is loaded on first use
 * only (a separate chunk).
 */
export async function readPreviousFile(file: Blob, fileName: string): Promise<PreviousWorkbook> {
  const bytes = await fileBytes(file);
  const [{ readWorkbook }, { sheetReadProblems }, { FORMULA_PASS }] = await Promise.all([
    import(/* webpackChunkName: "xlsx" */ "../../xlsx/readWorkbook"),
    import(/* webpackChunkName: "xlsx" */ "../../xlsx/readProblems"),
    import(/* webpackChunkName: "xlsx" */ "../../core/analyseWorkbook"),
  ]);
  const book = await readWorkbook(bytes, { fileName });
  return {
    fileName,
    grids: book.sheets.map((s) => book.grid(s.name)),
    readProblems: book.sheets.flatMap((s) => sheetReadProblems(book.sheet(s.name))),
    formulas: FORMULA_PASS,
  };
}

/**
 * The reader's warnings about last year's file to show beside the comparison: those of the sheets the analysis
 * took last year's ranks from (as the CLI reports them); all of them while no sheet of the file is used (they
 * may say why its table was not found).
 */
export function previousFileProblems(
  state: AnalysisState | null,
  previous: PreviousWorkbook | null,
): Problem[] {
  const problems = previous?.readProblems ?? [];
  if (problems.length === 0 || previous === null) return [];
  const used =
    state !== null && state.ok && state.input.previousGrids === previous.grids
      ? state.analysis.previousSheets
      : [];
  return used.length === 0
    ? [...problems]
    : problems.filter((p) => p.sheet !== null && used.includes(p.sheet));
}

export function PreviousFilePicker({ testId = "previous-file" }: { testId?: string }) {
  const model = usePane();
  const styles = useStyles();
  const { t, language } = model;
  const [reading, setReading] = useState(false);
  const [status, setStatus] = useState<PaneMessage | null>(null);
  const input = useRef<HTMLInputElement>(null);
  const button = useRef<HTMLButtonElement>(null);
  const wasReading = useRef(false);
  const problems = previousFileProblems(model.analysis, model.previous);
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
      model.setPrevious(await readPreviousFile(file, file.name));
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
      {problems.length > 0 && model.previous !== null && (
        <MessageBar intent="warning" layout="multiline" data-testid={`${testId}-problems`}>
          <MessageBarBody>
            {t("previousReadProblems", { file: model.previous.fileName })}
            <ul className={styles.list}>
              {problems.map((p, i) => (
                <li key={i}>{describeProblem(p, language)}</li>
              ))}
            </ul>
          </MessageBarBody>
        </MessageBar>
      )}
    </>
  );
}

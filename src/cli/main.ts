/**
 * The `cchc` command: the same reading and analysis as the add-in, on .xlsx files where Excel is absent.
 *   cchc report <workbook.xlsx> [--sheet NAME]... [--previous <last-year.xlsx> [--previous-sheet NAME]]
 *               [--settings <file.json>] [--out <report.xlsx>] [--docx <notice.docx>] [--json <file | ->]
 *               [--force] [--strict]
 *               [--lang vi|en]
 * Exit 0 on success (warnings allowed), 2 for an input problem that stops the run (nothing written),
 * 1 only for a bug.
 */
import "../i18n/english"; // --lang en from the start
import { Command, Option } from "commander";
import path from "node:path";
import { analyseWorkbook } from "../core/analyseWorkbook";
import type { Grid } from "../core/grid";
import { UserError, type Problem } from "../core/problems";
import { planReport, sourceFingerprint } from "../core/report";
import { parseSettings, type Settings } from "../core/settings";
import { formatMessage, type Language } from "../i18n/messages";
import { sheetReadProblems } from "../xlsx/readProblems";
import { readWorkbook, type SheetInfo } from "../xlsx/readWorkbook";
import { renderReport, XLSX_CHARTS_SUPPORTED } from "../xlsx/writeReport";
import { renderNotice } from "../docx/renderNotice";
import { planNotice } from "../core/notice/plan";
import {
  checkOutputs,
  FileError,
  MAX_SETTINGS_BYTES,
  MAX_WORKBOOK_BYTES,
  readInput,
  removeLeftovers,
  sameFile,
  writeOutputs,
  type OutputFile,
  type OutputRequest,
} from "./files";
import { toJson } from "./json";
import { summarise } from "./summary";
import { visibleLines } from "./terminal";

export interface ReportOptions {
  sheet: string[];
  previous?: string;
  previousSheet: string[];
  settings?: string;
  out?: string;
  docx?: string;
  json?: string;
  force?: boolean;
  strict: boolean;
  lang: Language;
}

export interface Io {
  stdout: (text: string) => void;
  stderr: (text: string) => void;
}

interface LoadedBook {
  readonly grids: Grid[];
  readonly sheets: readonly SheetInfo[];
  /** What the reader learnt about a sheet (values far from the table, left out), as warnings. */
  readProblems(sheet: string): Problem[];
}

async function loadBook(file: string): Promise<LoadedBook> {
  const book = await readWorkbook(readInput(file, MAX_WORKBOOK_BYTES), { fileName: path.basename(file) });
  return {
    grids: book.sheets.map((s) => book.grid(s.name)),
    sheets: book.sheets,
    readProblems: (sheet) => sheetReadProblems(book.sheet(sheet)),
  };
}

function loadSettings(file: string | undefined): Settings {
  if (file === undefined) return parseSettings({});
  let raw: unknown;
  try {
    raw = JSON.parse(new TextDecoder("utf-8").decode(readInput(file, MAX_SETTINGS_BYTES)));
  } catch (error) {
    if (error instanceof FileError) throw error;
    throw new UserError("cliSettingsNotJson", { file, detail: (error as Error).message });
  }
  return parseSettings(raw);
}

/** The output files the options ask for (`--json -` is standard output, not a file). */
function requestedOutputs(options: ReportOptions): OutputRequest[] {
  const outputs: OutputRequest[] = [];
  if (options.out !== undefined) outputs.push({ option: "--out", file: options.out, extension: ".xlsx" });
  if (options.docx !== undefined) outputs.push({ option: "--docx", file: options.docx, extension: ".docx" });
  if (options.json !== undefined && options.json !== "-")
    outputs.push({ option: "--json", file: options.json, extension: null });
  return outputs;
}

/** Runs `cchc report`; returns the exit code. Human output has the workbook's control characters escaped. */
export async function report(workbook: string, options: ReportOptions, rawIo: Io): Promise<number> {
  const io: Io = { stdout: rawIo.stdout, stderr: (text) => rawIo.stderr(visibleLines(text)) };
  const language = options.lang;
  const human = options.json === "-" ? io.stderr : (text: string) => io.stdout(visibleLines(text));
  const force = options.force === true;
  try {
    // Every output is checked before any work: a run that cannot write its results does not start.
    const inputs = [workbook, options.previous, options.settings].filter((f): f is string => f !== undefined);
    const outputs = requestedOutputs(options);
    const problem = checkOutputs(outputs, inputs, force);
    if (problem !== null) throw new FileError(problem);
    const leftovers = removeLeftovers(outputs.map((o) => o.file));
    if (leftovers.length > 0)
      io.stderr(formatMessage("cliLeftoversRemoved", { files: leftovers.join(", ") }, language) + "\n");

    const settings = loadSettings(options.settings);
    const current = await loadBook(workbook);
    let previousFile = options.previous;
    if (previousFile !== undefined && sameFile(previousFile, workbook)) {
      io.stderr(formatMessage("cliPreviousIsInput", {}, language) + "\n");
      previousFile = undefined;
    }
    const previous = previousFile !== undefined ? await loadBook(previousFile) : undefined;
    const analysed = analyseWorkbook({
      grids: current.grids,
      previousGrids: previous?.grids,
      sheets: options.sheet,
      previousSheets: options.previousSheet,
      settings,
    });
    // The reader's findings on the sheets used come first: they say what the analysis did not see.
    const analysis = {
      ...analysed,
      warnings: [
        ...analysed.sheets.flatMap((s) => current.readProblems(s)),
        ...analysed.previousSheets.flatMap((s) => (previous ?? current).readProblems(s)),
        ...analysed.warnings,
      ],
    };
    const summaryContext = {
      file: path.basename(workbook),
      previousFile: previousFile ? path.basename(previousFile) : undefined,
      threshold: settings.threshold,
      sendTo: settings.sendTo,
      hiddenSheets: analysis.sheets.filter((name) =>
        current.sheets.some((s) => s.name === name && s.state !== "visible"),
      ),
    };
    if (options.strict && analysis.warnings.length > 0) {
      human(summarise(analysis, summaryContext, language));
      io.stderr(formatMessage("cliStrictStop", { count: String(analysis.warnings.length) }, language) + "\n");
      return 2;
    }

    // Every output is made in memory, then all are written at once, whole, or none.
    const files: OutputFile[] = [];
    let sheetCount = 0;
    if (options.out !== undefined) {
      const plan = planReport(analysis, {
        settings,
        file: path.basename(workbook),
        previous: previousFile ? { file: path.basename(previousFile), sheets: options.previousSheet } : null,
        fingerprint: sourceFingerprint(current.grids, analysis.sheets),
        generatedAt: new Date().toISOString(),
        chartsSupported: XLSX_CHARTS_SUPPORTED,
        sourceGrids: current.grids,
      });
      sheetCount = plan.sheets.length;
      files.push({ option: "--out", file: options.out, data: await renderReport(plan) });
    }
    if (options.docx !== undefined) {
      const notice = planNotice(analysis, {
        settings,
        generatedAt: new Date().toISOString(),
        sourceGrids: current.grids,
      });
      files.push({ option: "--docx", file: options.docx, data: await renderNotice(notice) });
    }
    const json =
      options.json !== undefined ? JSON.stringify(toJson(analysis, language), null, 2) + "\n" : null;
    if (json !== null && options.json !== "-")
      files.push({ option: "--json", file: options.json as string, data: json });
    writeOutputs(files, force);

    if (options.out !== undefined) {
      io.stderr(
        formatMessage("cliOutWritten", { file: options.out, sheets: String(sheetCount) }, language) + "\n",
      );
    }
    if (options.docx !== undefined)
      io.stderr(formatMessage("cliDocxWritten", { file: options.docx }, language) + "\n");
    human(summarise(analysis, summaryContext, language));
    if (json !== null) {
      if (options.json === "-") io.stdout(json);
      else io.stderr(formatMessage("cliJsonWritten", { file: options.json as string }, language) + "\n");
    }
    return 0;
  } catch (error) {
    // Every refusal is a UserError (the file, the reader, the settings, the table): exit 2, nothing written.
    if (error instanceof UserError) {
      io.stderr(error.messageIn(language) + "\n");
      return 2;
    }
    io.stderr(
      formatMessage("cliBug", { detail: error instanceof Error ? error.message : String(error) }, language) +
        "\n",
    );
    if (process.env.CCHC_DEBUG && error instanceof Error) io.stderr(`${error.stack}\n`);
    return 1;
  }
}

export function program(io: Io, exit: (code: number) => void): Command {
  const cli = new Command("cchc")
    .description(
      "Chỉ số CCHC — xếp hạng, so sánh với năm trước, danh sách kiểm điểm và giải trình từ tệp .xlsx",
    )
    .exitOverride()
    .configureOutput({ writeOut: io.stdout, writeErr: io.stderr });
  cli
    .command("report")
    .description(
      "Đọc bảng điểm, xếp hạng và lập danh sách / read the score table, rank, and list the follow-up",
    )
    .argument("<workbook>", "bảng điểm năm nay (.xlsx)")
    .option("--sheet <name>", "trang tính chứa bảng điểm (lặp lại khi mỗi khối một trang)", collect, [])
    .option("--previous <file>", "bảng điểm năm trước (.xlsx)")
    .option(
      "--previous-sheet <name>",
      "trang tính năm trước (trong tệp năm trước, hoặc trong tệp này)",
      collect,
      [],
    )
    .option("--settings <file>", "thiết lập (JSON)")
    .option("--out <file>", "ghi các trang báo cáo ra tệp .xlsx mới")
    .option("--docx <file>", "ghi dự thảo thông báo kết quả ra tệp Word (.docx)")
    .option("--json <file>", "ghi kết quả JSON ra tệp, hoặc - cho đầu ra chuẩn")
    .option("--force", "cho phép ghi đè tệp kết quả đã có", false)
    .option("--strict", "dừng khi có cảnh báo", false)
    .addOption(new Option("--lang <lang>", "ngôn ngữ / language").choices(["vi", "en"]).default("vi"))
    .action(async (workbook: string, options: ReportOptions) => {
      exit(await report(workbook, options, io));
    });
  return cli;
}

function collect(value: string, previous: string[]): string[] {
  return [...previous, value];
}

/** Entry point of the `cchc` binary. */
export async function run(): Promise<void> {
  const io: Io = { stdout: (t) => process.stdout.write(t), stderr: (t) => process.stderr.write(t) };
  let code = 0;
  try {
    await program(io, (c) => (code = c)).parseAsync(process.argv);
  } catch (error) {
    // commander's own messages (unknown option, missing argument) are input problems.
    const exitCode = (error as { exitCode?: number }).exitCode;
    code = exitCode === 0 ? 0 : 2;
  }
  process.exitCode = code;
}

if (require.main === module) void run();

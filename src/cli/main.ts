/**
 * The `cchc` command: the same reading and analysis as the add-in, on .xlsx files where Excel is absent.
 *   cchc report <workbook.xlsx> [--sheet NAME]... [--previous <last-year.xlsx> [--previous-sheet NAME]]
 *               [--settings <file.json>] [--out <report.xlsx>] [--json <file | ->] [--strict] [--lang vi|en]
 * Exit 0 on success (warnings allowed), 2 for an input problem that stops the run (nothing written),
 * 1 only for a bug.
 */
import { Command, Option } from "commander";
import { existsSync, readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import { analyseWorkbook } from "../core/analyseWorkbook";
import { CchcError } from "../core/errors";
import type { Grid } from "../core/grid";
import { InputError } from "../core/problems";
import { planReport } from "../core/report";
import { parseSettings, type Settings } from "../core/settings";
import { formatMessage, type Language, type MessageKey, type MessageParams } from "../i18n/messages";
import { isXlsxReadError } from "../xlsx/errors";
import { readWorkbook } from "../xlsx/readWorkbook";
import {
  checkReportTarget,
  REPORT_TARGET_MESSAGES,
  ReportFileError,
  sourceFingerprint,
  writeReportFile,
} from "../xlsx/reportFile";
import { renderReport, XLSX_CHARTS_SUPPORTED } from "../xlsx/writeReport";
import { toJson } from "./json";
import { summarise } from "./summary";

export interface ReportOptions {
  sheet: string[];
  previous?: string;
  previousSheet: string[];
  settings?: string;
  out?: string;
  json?: string;
  strict: boolean;
  lang: Language;
}

export interface Io {
  stdout: (text: string) => void;
  stderr: (text: string) => void;
}

/** A stop with a message for the user (exit 2); nothing is written. */
class Stop extends Error {
  constructor(message: string) {
    super(message);
  }
}

function stop(key: MessageKey, params: MessageParams, language: Language): never {
  throw new Stop(formatMessage(key, params, language));
}

async function loadGrids(file: string, language: Language): Promise<Grid[]> {
  if (!existsSync(file)) stop("cliFileNotFound", { file }, language);
  const book = await readWorkbook(readFileSync(file), { fileName: path.basename(file) });
  return book.sheets.map((s) => book.grid(s.name));
}

function loadSettings(file: string | undefined, language: Language): Settings {
  if (file === undefined) return parseSettings({});
  if (!existsSync(file)) stop("cliFileNotFound", { file }, language);
  let raw: unknown;
  try {
    raw = JSON.parse(readFileSync(file, "utf8"));
  } catch (error) {
    stop("cliSettingsNotJson", { file, detail: (error as Error).message }, language);
  }
  return parseSettings(raw);
}

/** Runs `cchc report`; returns the exit code. */
export async function report(workbook: string, options: ReportOptions, io: Io): Promise<number> {
  const language = options.lang;
  const summaryOut = options.json === "-" ? io.stderr : io.stdout;
  try {
    const settings = loadSettings(options.settings, language);
    const grids = await loadGrids(workbook, language);
    const previousGrids = options.previous ? await loadGrids(options.previous, language) : undefined;
    const analysis = analyseWorkbook({
      grids,
      previousGrids,
      sheets: options.sheet,
      previousSheets: options.previousSheet,
      settings,
    });
    const summaryContext = {
      file: path.basename(workbook),
      previousFile: options.previous ? path.basename(options.previous) : undefined,
      threshold: settings.threshold,
      sendTo: settings.sendTo,
    };
    if (options.strict && analysis.warnings.length > 0) {
      summaryOut(summarise(analysis, summaryContext, language));
      io.stderr(formatMessage("cliStrictStop", { count: String(analysis.warnings.length) }, language) + "\n");
      return 2;
    }
    if (options.out !== undefined) {
      // The report goes to a new file, checked first and written whole, or not at all.
      const out = options.out;
      const target = checkReportTarget(out, {
        inputs: [workbook, options.previous, options.settings],
        json: options.json,
      });
      if (target !== null) stop(REPORT_TARGET_MESSAGES[target.kind], target, language);
      const plan = planReport(analysis, {
        settings,
        file: path.basename(workbook),
        previous: options.previous
          ? { file: path.basename(options.previous), sheets: options.previousSheet }
          : null,
        fingerprint: sourceFingerprint(grids, analysis.sheets),
        generatedAt: new Date().toISOString(),
        chartsSupported: XLSX_CHARTS_SUPPORTED,
      });
      const bytes = await renderReport(plan);
      try {
        writeReportFile(out, bytes);
      } catch (error) {
        if (error instanceof ReportFileError) {
          stop(REPORT_TARGET_MESSAGES[error.problem.kind], error.problem, language);
        }
        throw error;
      }
      io.stderr(
        formatMessage("cliOutWritten", { file: out, sheets: String(plan.sheets.length) }, language) + "\n",
      );
    }
    summaryOut(summarise(analysis, summaryContext, language));
    if (options.json !== undefined) {
      const text = JSON.stringify(toJson(analysis, language), null, 2) + "\n";
      if (options.json === "-") io.stdout(text);
      else {
        writeFileSync(options.json, text);
        io.stderr(formatMessage("cliJsonWritten", { file: options.json }, language) + "\n");
      }
    }
    return 0;
  } catch (error) {
    if (error instanceof Stop) {
      io.stderr(error.message + "\n");
      return 2;
    }
    if (error instanceof InputError || error instanceof CchcError) {
      io.stderr(error.messageIn(language) + "\n");
      return 2;
    }
    if (isXlsxReadError(error)) {
      io.stderr((language === "vi" ? error.messageVi : error.messageEn) + "\n");
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
    .option("--json <file>", "ghi kết quả JSON ra tệp, hoặc - cho đầu ra chuẩn")
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

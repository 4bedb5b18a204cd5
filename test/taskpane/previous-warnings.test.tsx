/** @jest-environment jsdom */
/**
 * What the .xlsx reader leaves out of last year's file (values far from its table) is said in the pane beside
 * the comparison, in the CLI's words: the same message `cchc report --previous` gives, under the picker that
 * read the file; the pane's report carries it in its warnings as the CLI's does. A clean file says nothing.
 */
import { mkdtempSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { fireEvent, screen, waitFor, within } from "@testing-library/react";
// First: it gives jsdom the TextEncoder the zip helpers below need.
import { renderPane } from "./render";
import { report } from "../../src/cli/main";
import type { ReportJson } from "../../src/cli/json";
import { DEFAULT_PREFS } from "../../src/taskpane/prefs";
import { planReportFor } from "../../src/taskpane/reportDraft";
import { sessionPrevious } from "../../src/taskpane/session";
import { analyseView } from "../../src/taskpane/workflow";
import { parseSettings } from "../../src/core/settings";
import { withStrayValues } from "../fixtures/lib/hostileFiles";
import { ROOT, fixtureBytes, haiDuong2021 } from "./fakeGateway";

jest.setTimeout(60_000);

const LAST_YEAR = "examples/hai-duong-2020.xlsx";

/** Last year's file with one value far below and right of its table (XFD1048576), which the reader leaves out. */
function strayFile(): { file: string; bytes: Uint8Array<ArrayBuffer> } {
  const bytes = withStrayValues(fixtureBytes(LAST_YEAR), [{ row: 1_048_576, column: "XFD" }]);
  const file = path.join(mkdtempSync(path.join(os.tmpdir(), "cchc-previous-")), "hai-duong-2020.xlsx");
  writeFileSync(file, bytes);
  return { file, bytes: new Uint8Array(bytes) };
}

async function cliWarnings(previous: string): Promise<string[]> {
  let stdout = "";
  const code = await report(
    path.resolve(ROOT, "examples/hai-duong-2021.xlsx"),
    { sheet: [], previousSheet: [], strict: false, lang: "vi", json: "-", previous },
    { stdout: (t) => (stdout += t), stderr: () => undefined },
  );
  expect(code).toBe(0);
  // As the pane and the standalone page list warnings: the place, then the CLI's message.
  return (JSON.parse(stdout) as ReportJson).warnings.map((w) =>
    w.sheet !== null && w.row === null ? `Trang tính “${w.sheet}”: ${w.message}` : w.message,
  );
}

async function pickLastYear(bytes: Uint8Array<ArrayBuffer>): Promise<void> {
  fireEvent.change(screen.getByTestId("previous-file"), {
    target: { files: [new File([bytes], "hai-duong-2020.xlsx")] },
  });
  await waitFor(
    () => expect(screen.getByTestId("compare-status").textContent).toMatch(/hai-duong-2020\.xlsx/),
    {
      timeout: 20_000,
    },
  );
}

test("values left out of last year's file are said beside the comparison, as the CLI says them", async () => {
  const stray = strayFile();
  const expected = (await cliWarnings(stray.file)).filter((m) => m.includes("XFD1048576"));
  expect(expected).toHaveLength(1);

  const gateway = await haiDuong2021();
  await renderPane(gateway);
  await pickLastYear(stray.bytes);
  const problems = await screen.findByTestId("previous-file-problems");
  expect(problems.textContent).toMatch(/^Khi đọc tệp “hai-duong-2020\.xlsx”:/);
  expect(
    within(problems)
      .getAllByRole("listitem")
      .map((li) => li.textContent),
  ).toEqual(expected);
  // The comparison itself stands: the table was read.
  expect(screen.getByTestId("compare-status").textContent).toBe(
    "Đang so sánh với tệp “hai-duong-2020.xlsx”.",
  );

  // The report written from the pane lists it with its warnings, as `cchc report --out` does.
  const state = analyseView(
    gateway.view(),
    parseSettings({}),
    { ...DEFAULT_PREFS, previous: { source: "file", sheet: null, file: "hai-duong-2020.xlsx" } },
    sessionPrevious(),
  );
  if (!state.ok) throw state.error;
  expect(JSON.stringify(state.analysis.warnings)).not.toContain("XFD1048576");
  const draft = planReportFor(gateway.view(), state, sessionPrevious(), new Date("2022-03-01T00:00:00Z"));
  expect(JSON.stringify(draft.plan)).toContain("XFD1048576");
});

test("a clean file brings no such warning", async () => {
  const gateway = await haiDuong2021();
  await renderPane(gateway);
  await pickLastYear(fixtureBytes(LAST_YEAR));
  expect(screen.queryByTestId("previous-file-problems")).toBeNull();
});

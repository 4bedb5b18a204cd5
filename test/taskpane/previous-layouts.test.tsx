/** @jest-environment jsdom */
/**
 * Last year's workbook in the layouts whose units are not rows (issue 8 d, e), picked in the pane: per-unit
 * scoring forms (unit-forms-2023.xlsx, last year of units-across-columns.xlsx) and units across columns
 * (units-across-columns-2023.xlsx, last year of unit-forms.xlsx) give the ranks and changes `cchc report
 * --previous` gives; the comparison kept in the workbook holds every form's unit (not only the first sheet's)
 * and gives the same results after a reload without the file.
 */
import path from "node:path";
import { cleanup, fireEvent, screen, waitFor, within } from "@testing-library/react";
import { report } from "../../src/cli/main";
import type { ReportJson } from "../../src/cli/json";
import { changeText } from "../../src/taskpane/format";
import { setSessionPrevious } from "../../src/taskpane/session";
import { FakeGateway, ROOT, fixtureBytes, fixtureGrids } from "./fakeGateway";
import { renderPane } from "./render";

jest.setTimeout(90_000);

async function cliJson(workbook: string, previous: string): Promise<ReportJson> {
  let stdout = "";
  const code = await report(
    path.resolve(ROOT, workbook),
    {
      sheet: [],
      previousSheet: [],
      strict: false,
      lang: "vi",
      json: "-",
      previous: path.resolve(ROOT, previous),
    },
    { stdout: (t) => (stdout += t), stderr: () => undefined },
  );
  expect(code).toBe(0);
  return JSON.parse(stdout) as ReportJson;
}

function rankingRows(): string[] {
  return within(screen.getByTestId("ranking"))
    .getAllByRole("option")
    .map((r) => r.textContent ?? "");
}

async function openResults(): Promise<string[]> {
  fireEvent.click(screen.getByRole("tab", { name: "Kết quả" }));
  await screen.findByTestId("ranking");
  return rankingRows();
}

test.each([
  ["test/fixtures/units-across-columns.xlsx", "test/fixtures/unit-forms-2023.xlsx"],
  ["test/fixtures/unit-forms.xlsx", "test/fixtures/units-across-columns-2023.xlsx"],
])("%s compared with last year's %s, as the CLI does, kept across a reload", async (current, last) => {
  const expected = await cliJson(current, last);
  // Every unit of last year's table was read: all but the new one have a previous rank.
  expect(expected.units.filter((u) => u.previousRank !== null)).toHaveLength(expected.units.length - 1);

  const gateway = new FakeGateway(await fixtureGrids(current));
  await renderPane(gateway);
  const name = path.basename(last);
  fireEvent.change(screen.getByTestId("previous-file"), {
    target: { files: [new File([fixtureBytes(last)], name)] },
  });
  await waitFor(() => expect(screen.getByTestId("compare-status").textContent).toContain(name), {
    timeout: 20_000,
  });
  const rows = await openResults();
  for (const unit of expected.units) {
    const row = rows.find((r) => r.startsWith(unit.name));
    expect([unit.name, row]).toEqual([unit.name, expect.stringContaining(`Hạng ${unit.rank} ·`)]);
    expect([unit.name, row]).toEqual([unit.name, expect.stringContaining(changeText(unit, "vi"))]);
  }

  // What the workbook keeps: last year's ranks of every unit, on every sheet the table lay on.
  await waitFor(() => expect(gateway.saved?.comparison).toBeDefined());
  const kept = (
    gateway.saved?.comparison as {
      previous: { file: string; units: [string, string, number | null][] };
    }
  ).previous;
  expect(kept.file).toBe(name);
  for (const unit of expected.units.filter((u) => u.previousRank !== null))
    expect(kept.units.find((k) => k[0] === unit.name)?.[2]).toBe(unit.previousRank);

  // Reopened without the file: the kept comparison gives the same results.
  cleanup();
  setSessionPrevious(null);
  await renderPane(gateway);
  expect(screen.getByTestId("compare-status").textContent).toMatch(
    new RegExp(`^Đang so sánh với tệp “${name.replace(/\./g, "\\.")}” \\(lưu trong bảng tính`),
  );
  expect(await openResults()).toEqual(rows);
});

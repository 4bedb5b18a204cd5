/** @jest-environment jsdom */
/**
 * A table whose numbers cannot be true (issue 8, part 1): the pane blocks — the gate's message naming the
 * column on the first screen with the column editor open, the same message on Results and Actions with no
 * ranking, report or highlight — until the mapping is corrected in the editor; highlightPlanFor refuses such
 * an analysis like the report does.
 */
import { fireEvent, screen, waitFor, within } from "@testing-library/react";
import { InputError } from "../../src/core/problems";
import { DEFAULT_PREFS } from "../../src/taskpane/prefs";
import { highlightPlanFor } from "../../src/taskpane/reportDraft";
import { analyseView } from "../../src/taskpane/workflow";
import { parseSettings } from "../../src/core/settings";
import { haiDuong2021, type FakeGateway } from "./fakeGateway";
import { renderPane } from "./render";

jest.setTimeout(30_000);

/** Column D (a field of 8,64 points for most units) taken as each unit's maximum: indices above 1,000. */
const MISREAD = { mapping: { unitMax: "D" } };

async function misread(): Promise<FakeGateway> {
  const gateway = await haiDuong2021();
  gateway.saved = { settings: MISREAD, pane: {} };
  return gateway;
}

describe("a refused analysis in the pane", () => {
  test("the first screen shows the gate's message and the column editor, nothing else to do", async () => {
    const gateway = await misread();
    await renderPane(gateway);
    const refusal = await screen.findByTestId("refusal");
    expect(refusal.textContent).toContain("Cột D được hiểu là điểm tối đa của đơn vị");
    expect(refusal.textContent).toContain("hãy sửa cách đọc cột ở dưới");
    // The editor is open at once; the summary and the three actions are not offered.
    expect(await screen.findByTestId("roles")).toBeTruthy();
    expect(screen.queryByTestId("found-summary")).toBeNull();
    expect(screen.queryByRole("button", { name: "Sửa cột…" })).toBeNull();
    expect(screen.queryByRole("button", { name: "Xem kết quả" })).toBeNull();
  });

  test("Results and Actions show the same message; no report, no highlight", async () => {
    const gateway = await misread();
    await renderPane(gateway);
    fireEvent.click(screen.getByRole("tab", { name: "Kết quả" }));
    const results = await within(screen.getByTestId("panel-results")).findByTestId("refusal");
    expect(results.textContent).toContain("Cột D được hiểu là điểm tối đa của đơn vị");
    expect(within(screen.getByTestId("panel-results")).queryByTestId("counts")).toBeNull();

    fireEvent.click(screen.getByRole("tab", { name: "Thao tác" }));
    const actions = screen.getByTestId("panel-actions");
    await within(actions).findByRole("button", { name: "Tạo báo cáo" });
    expect(within(actions).getByTestId("refusal").textContent).toContain("Cột D");
    expect(within(actions).getByRole("button", { name: "Tạo báo cáo" })).toHaveProperty("disabled", true);
    expect(within(actions).getByRole("button", { name: "Tô màu" })).toHaveProperty("disabled", true);
    expect(gateway.writeReport).not.toHaveBeenCalled();
    expect(gateway.applyHighlights).not.toHaveBeenCalled();

    // "Sửa cột…" in the message goes back to the first screen.
    fireEvent.click(within(actions).getByRole("button", { name: "Sửa cột…" }));
    await waitFor(() => expect(screen.getByTestId("panel-start").hidden).toBe(false));
  });

  test("correcting the column in the editor lifts the block", async () => {
    const gateway = await misread();
    await renderPane(gateway);
    await screen.findByTestId("refusal");
    const roles = await screen.findByTestId("roles");
    const unitMax = within(roles).getByRole("combobox", {
      name: "Điểm tối đa của đơn vị",
    }) as HTMLSelectElement;
    expect(unitMax.value).toBe("D");
    fireEvent.change(unitMax, { target: { value: "" } });
    await waitFor(() => expect(screen.queryByTestId("refusal")).toBeNull());
    expect(screen.getByTestId("found-summary").textContent).toBe("30 đơn vị trong 2 khối, năm 2021");
  });

  test("highlightPlanFor refuses the analysis the gates refused", async () => {
    const gateway = await misread();
    const state = analyseView(gateway.view(), parseSettings(MISREAD), DEFAULT_PREFS, null);
    if (!state.ok) throw state.error;
    expect(state.analysis.refusal).not.toBeNull();
    expect(() => highlightPlanFor(state, "vi")).toThrow(InputError);
  });
});

describe("the highlight plan follows the settings", () => {
  test("other components below the threshold are marked only when the settings ask", async () => {
    const gateway = await haiDuong2021();
    const plan = (settings: object) => {
      const state = analyseView(gateway.view(), parseSettings(settings), DEFAULT_PREFS, null);
      if (!state.ok) throw state.error;
      return highlightPlanFor(state, "vi").areas.filter((a) => a.kind === "belowOther").length;
    };
    expect(plan({})).toBe(0);
    expect(plan({ highlightAllComponents: true })).toBeGreaterThan(0);
  });
});

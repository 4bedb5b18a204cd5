/** @jest-environment jsdom */
/**
 * Keyboard-only use: Tab reaches every control of a step in order, arrow keys move between the steps, Enter
 * and Space activate buttons; and every control has a name a screen reader can say.
 */
import { screen, waitFor, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { computeAccessibleName } from "dom-accessibility-api";
import { haiDuong2021 } from "./fakeGateway";
import { renderPane } from "./render";

const CONTROL_ROLES = [
  "button",
  "combobox",
  "textbox",
  "spinbutton",
  "searchbox",
  "radio",
  "checkbox",
  "switch",
  "tab",
];

function controlsIn(container: HTMLElement): HTMLElement[] {
  return CONTROL_ROLES.flatMap((role) => within(container).queryAllByRole(role)).filter(
    (el) => !(el as HTMLButtonElement).disabled,
  );
}

/** Presses Tab until focus comes back to where it started; returns the elements focused, in order. */
async function tabCycle(user: ReturnType<typeof userEvent.setup>, limit = 400): Promise<Element[]> {
  const seen: Element[] = [];
  for (let i = 0; i < limit; i++) {
    await user.tab();
    const active = document.activeElement;
    if (active === null || active === document.body) continue;
    if (seen.includes(active)) break;
    seen.push(active);
  }
  return seen;
}

describe("keyboard and labels", () => {
  test("Tab reaches every control of each step; arrow keys move between steps", async () => {
    const user = userEvent.setup();
    const gateway = await haiDuong2021();
    await renderPane(gateway);
    for (const name of ["Bảng", "Kết quả", "Thao tác", "Thiết lập"]) {
      const tab = screen.getByRole("tab", { name });
      if (tab.getAttribute("aria-selected") !== "true") {
        // From the selected tab, the arrow keys move along the steps; Enter opens one.
        screen.getByRole("tab", { selected: true }).focus();
        await user.keyboard("{ArrowRight}");
        expect(document.activeElement).toBe(tab);
        await user.keyboard("{Enter}");
        await waitFor(() => expect(tab.getAttribute("aria-selected")).toBe("true"));
      }
      (document.activeElement as HTMLElement | null)?.blur();
      const focused = await tabCycle(user);
      const panel = screen.getByRole("tabpanel");
      const expected = [...controlsIn(screen.getByRole("banner")), ...controlsIn(panel)].filter(
        (el) => el.getAttribute("role") !== "tab" && el.getAttribute("type") !== "radio",
      );
      for (const control of expected) expect(focused).toContain(control);
      // Radio groups are one tab stop: the checked radio (or the first) is reached.
      for (const group of within(panel).queryAllByRole("radiogroup")) {
        expect(focused.some((el) => group.contains(el))).toBe(true);
      }
      // The steps are one tab stop too.
      expect(focused).toContain(tab);
    }
  }, 60_000);

  test("Enter and Space activate buttons", async () => {
    const user = userEvent.setup();
    const gateway = await haiDuong2021();
    await renderPane(gateway);
    await user.click(screen.getByRole("tab", { name: "Thao tác" }));
    screen.getByRole("button", { name: "Tô màu" }).focus();
    await user.keyboard(" ");
    await waitFor(() => expect(gateway.applyHighlights).toHaveBeenCalledTimes(1));
    await waitFor(() =>
      expect(screen.getByRole("button", { name: "Tạo báo cáo" })).toHaveProperty("disabled", false),
    );
    screen.getByRole("button", { name: "Tạo báo cáo" }).focus();
    await user.keyboard("{Enter}");
    await waitFor(() => expect(gateway.writeReport).toHaveBeenCalledTimes(1));
    // The links to the new sheets work from the keyboard too.
    const link = await screen.findByRole("button", { name: /^Xếp hạng 2021$/ });
    link.focus();
    await user.keyboard("{Enter}");
    await waitFor(() => expect(gateway.activateSheet).toHaveBeenCalledWith("Xếp hạng 2021"));
    // A unit's row in the results is selected with the keyboard.
    await user.click(screen.getByRole("tab", { name: "Kết quả" }));
    const row = within(screen.getByTestId("reviews")).getByRole("button", { name: "Sở Y tế" });
    row.focus();
    await user.keyboard("{Enter}");
    await waitFor(() => expect(gateway.goTo).toHaveBeenCalledTimes(1));
  });

  test("every control of every step has a name", async () => {
    const user = userEvent.setup();
    const gateway = await haiDuong2021();
    await renderPane(gateway);
    for (const name of ["Bảng", "Kết quả", "Thao tác", "Thiết lập"]) {
      await user.click(screen.getByRole("tab", { name }));
      const controls = [
        ...controlsIn(screen.getByRole("banner")),
        ...controlsIn(screen.getByRole("tabpanel")),
      ];
      expect(controls.length).toBeGreaterThan(3);
      const unnamed = controls
        .filter((el) => computeAccessibleName(el).trim() === "")
        .map((el) => el.outerHTML);
      expect(unnamed).toEqual([]);
      // What a button shows is part of its name (speech input users say what they see).
      const mismatched = controls
        .filter((el) => el.tagName === "BUTTON" && (el.textContent ?? "").trim() !== "")
        .filter((el) => !computeAccessibleName(el).includes((el.textContent ?? "").trim()))
        .map((el) => `${el.textContent} ≠ ${computeAccessibleName(el)}`);
      expect(mismatched).toEqual([]);
    }
  }, 30_000);
});

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
  "option",
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
    // A dropdown's <option>s belong to their <select>.
    (el) => !(el as HTMLButtonElement).disabled && el.tagName !== "OPTION",
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

// The steps after the first load on first use; the machine running the tests may be busy.
jest.setTimeout(30_000);

describe("keyboard and labels", () => {
  test("Tab reaches every control of each step; arrow keys move between steps", async () => {
    const user = userEvent.setup();
    const gateway = await haiDuong2021();
    await renderPane(gateway);
    for (const name of ["Bắt đầu", "Kết quả", "Thao tác", "Thiết lập"]) {
      const tab = screen.getByRole("tab", { name });
      if (tab.getAttribute("aria-selected") !== "true") {
        // From the selected tab, the arrow keys move along the steps; Enter opens one.
        screen.getByRole("tab", { selected: true }).focus();
        await user.keyboard("{ArrowRight}");
        expect(document.activeElement).toBe(tab);
        await user.keyboard("{Enter}");
        await waitFor(() => expect(tab.getAttribute("aria-selected")).toBe("true"));
      }
      // A step after the first loads on first use.
      await waitFor(() => expect(within(screen.getByRole("tabpanel")).queryByText("Đang mở…")).toBeNull());
      (document.activeElement as HTMLElement | null)?.blur();
      const focused = await tabCycle(user);
      const panel = screen.getByRole("tabpanel");
      const expected = [...controlsIn(screen.getByRole("banner")), ...controlsIn(panel)].filter(
        (el) =>
          el.getAttribute("role") !== "tab" &&
          el.getAttribute("role") !== "option" &&
          el.getAttribute("type") !== "radio",
      );
      for (const control of expected) expect(focused).toContain(control);
      // A list of units is one tab stop: one of its options is reached, no other.
      for (const list of within(panel).queryAllByRole("listbox")) {
        expect(focused.filter((el) => list.contains(el))).toHaveLength(1);
      }
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
    (await screen.findByRole("button", { name: "Tô màu" })).focus();
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
    const row = within(await screen.findByTestId("reviews")).getByRole("option", { name: /^Sở Y tế/ });
    row.focus();
    await user.keyboard("{Enter}");
    await waitFor(() => expect(gateway.goTo).toHaveBeenCalledTimes(1));
  });

  test("a list of units is one Tab stop: the arrow keys move, Enter selects the unit's row", async () => {
    const user = userEvent.setup();
    const gateway = await haiDuong2021();
    await renderPane(gateway);
    await user.click(screen.getByRole("tab", { name: "Kết quả" }));
    const ranking = await screen.findByTestId("ranking");
    const options = within(ranking).getAllByRole("option");
    expect(options).toHaveLength(30);
    expect(options.filter((o) => o.tabIndex === 0)).toHaveLength(1);
    // Grouped by khối, each group named by its heading.
    const groups = within(ranking).getAllByRole("group");
    expect(groups.map((g) => computeAccessibleName(g))).toEqual([
      "CÁC SỞ, BAN, NGÀNH (18)",
      "UBND CÁC HUYỆN, THỊ XÃ, THÀNH PHỐ (12)",
    ]);
    options[0].focus();
    await user.keyboard("{ArrowDown}{ArrowDown}");
    expect(document.activeElement).toBe(options[2]);
    await user.keyboard("{End}");
    expect(document.activeElement).toBe(options[29]);
    await user.keyboard("{Enter}");
    await waitFor(() => expect(gateway.goTo).toHaveBeenCalledTimes(1));
    expect(options[29].getAttribute("aria-selected")).toBe("true");
    // Tab leaves the list at once.
    await user.tab();
    expect(ranking.contains(document.activeElement)).toBe(false);
  });

  test("every control of every step has a name", async () => {
    const user = userEvent.setup();
    const gateway = await haiDuong2021();
    await renderPane(gateway);
    for (const name of ["Bắt đầu", "Kết quả", "Thao tác", "Thiết lập"]) {
      await user.click(screen.getByRole("tab", { name }));
      await waitFor(() => expect(within(screen.getByRole("tabpanel")).queryByText("Đang mở…")).toBeNull());
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

/** @jest-environment jsdom */
/**
 * The contract the browser preview relies on: mountPane(container, gateway, { language }) renders the pane
 * there and unmount() removes it; the pane follows Office's dark theme.
 */
import { act, screen, waitFor } from "@testing-library/react";
import { webDarkTheme } from "@fluentui/react-components";
import { mountPane } from "../../src/taskpane/mount";
import { haiDuong2021 } from "./fakeGateway";
import "./render";

// Reading fixture workbooks takes a while on a busy machine.
jest.setTimeout(30_000);

test("mounts into a container in the language asked for, and unmounts", async () => {
  const gateway = await haiDuong2021();
  const container = document.createElement("div");
  document.body.appendChild(container);
  let mounted: { unmount(): void } | undefined;
  act(() => {
    mounted = mountPane(container, gateway, { language: "en" });
  });
  await waitFor(() => expect(screen.getByRole("tab", { name: "Start" })).toBeTruthy());
  expect(container.querySelector("h1")?.textContent).toBe("Chỉ số CCHC");
  act(() => mounted?.unmount());
  expect(container.childElementCount).toBe(0);
  container.remove();
});

test("Office's dark theme gives the pane Fluent's dark theme", async () => {
  const gateway = await haiDuong2021();
  gateway.officeTheme = () => "dark";
  const container = document.createElement("div");
  document.body.appendChild(container);
  let mounted: { unmount(): void } | undefined;
  act(() => {
    mounted = mountPane(container, gateway);
  });
  await waitFor(() => expect(screen.getByRole("tab", { name: "Bắt đầu" })).toBeTruthy());
  const css = [...document.querySelectorAll("style")].map((s) => s.textContent ?? "").join("\n");
  const rules = [...document.styleSheets]
    .flatMap((sheet) => [...sheet.cssRules].map((r) => r.cssText))
    .join("\n");
  expect(`${css}\n${rules}`).toContain(`--colorNeutralBackground1: ${webDarkTheme.colorNeutralBackground1}`);
  act(() => mounted?.unmount());
  container.remove();
});

/**
 * Test helpers of the pane: renderWithTheme (Testing Library's render inside the Fluent theme, as Script Lab
 * does), the jsdom gaps the pane's code paths meet (TextEncoder / TextDecoder for the .xlsx reader), and
 * mounting the whole pane over a gateway.
 */
import { TextDecoder, TextEncoder } from "util";
import type { ReactElement } from "react";
import { render, screen, waitFor, type RenderResult } from "@testing-library/react";
import { FluentProvider, webLightTheme } from "@fluentui/react-components";
import type { Language } from "../../src/i18n/messages";
import type { PaneGateway } from "../../src/taskpane/gateway";
import { Pane } from "../../src/taskpane/Pane";

Object.assign(globalThis, { TextDecoder, TextEncoder });

/** jsdom has no layout: Fluent's MessageBar observes its size to reflow; nothing changes size here. */
class NoResizeObserver {
  observe(): void {}
  unobserve(): void {}
  disconnect(): void {}
}
if (typeof globalThis.ResizeObserver === "undefined")
  Object.assign(globalThis, { ResizeObserver: NoResizeObserver });

export function renderWithTheme(ui: ReactElement): RenderResult {
  return render(<FluentProvider theme={webLightTheme}>{ui}</FluentProvider>);
}

/** Renders the pane and waits until the workbook has been read and analysed. */
export async function renderPane(
  gateway: PaneGateway,
  options: { language?: Language } = {},
): Promise<RenderResult> {
  const result = renderWithTheme(<Pane gateway={gateway} language={options.language} />);
  await waitFor(() => expect(screen.getByRole("tablist")).toBeTruthy());
  return result;
}

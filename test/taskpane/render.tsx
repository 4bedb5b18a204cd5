/**
 * Test helpers of the pane: renderWithTheme (Testing Library's render inside the Fluent theme, as Script Lab
 * does), the jsdom gaps the pane's code paths meet (TextEncoder / TextDecoder for the .xlsx reader), and
 * mounting the whole pane over a gateway.
 */
import { TextDecoder, TextEncoder } from "util";
import type { ReactElement } from "react";
import { act, configure, render, screen, waitFor, type RenderResult } from "@testing-library/react";
import { FluentProvider, webLightTheme } from "@fluentui/react-components";
import type { Language } from "../../src/i18n/messages";
import type { PaneGateway } from "../../src/taskpane/gateway";
import { Pane } from "../../src/taskpane/Pane";
import { setSessionPrevious } from "../../src/taskpane/session";

Object.assign(globalThis, { TextDecoder, TextEncoder });

// The pane's later steps load on first use (a module compiled on first import under jest): findBy… and
// waitFor wait for them as long as a busy machine needs.
configure({ asyncUtilTimeout: 15_000 });

/** jsdom has no layout: Fluent's MessageBar observes its size to reflow; nothing changes size here. */
class NoResizeObserver {
  observe(): void {}
  unobserve(): void {}
  disconnect(): void {}
}
if (typeof globalThis.ResizeObserver === "undefined")
  Object.assign(globalThis, { ResizeObserver: NoResizeObserver });

/**
 * jsdom has no layout, so Fluent's focus manager (tabster) finds every element invisible and moves focus
 * nowhere: give elements the offsetParent a browser would (none inside a hidden or display:none subtree) and
 * the body a size.
 */
function inHiddenSubtree(element: HTMLElement): boolean {
  for (let el: HTMLElement | null = element; el !== null; el = el.parentElement) {
    if (el.hidden || getComputedStyle(el).display === "none") return true;
  }
  return false;
}
if (typeof HTMLElement !== "undefined" && !("laidOut" in HTMLElement.prototype)) {
  Object.defineProperty(HTMLElement.prototype, "laidOut", { value: true });
  Object.defineProperty(HTMLElement.prototype, "offsetParent", {
    configurable: true,
    get(this: HTMLElement) {
      return inHiddenSubtree(this) ? null : (this.parentElement ?? this.ownerDocument.body);
    },
  });
  const bodyRect = HTMLBodyElement.prototype.getBoundingClientRect;
  HTMLBodyElement.prototype.getBoundingClientRect = function (this: HTMLBodyElement) {
    const rect = bodyRect.call(this);
    return rect.width === 0 && rect.height === 0 ? new DOMRect(0, 0, 1024, 768) : rect;
  };
}

/** Fluent's tab indicator updates its state in an animation frame: run those frames inside act(). */
if (typeof window !== "undefined" && !(window.requestAnimationFrame as { acted?: boolean }).acted) {
  const frame = window.requestAnimationFrame.bind(window);
  const acted = (callback: FrameRequestCallback) => frame((time) => act(() => callback(time)));
  window.requestAnimationFrame = Object.assign(acted, { acted: true });
}

// Last year's file and the ribbon's last message live page-wide (one runtime): each test starts without them.
afterEach(() => {
  setSessionPrevious(null);
  delete (globalThis as Record<symbol, unknown>)[Symbol.for("cchc.pane-message.latest")];
});

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

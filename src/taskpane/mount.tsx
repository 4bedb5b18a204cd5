/**
 * Mounts the pane into a container with a given gateway: the production entry (index.tsx) passes the Office
 * gateway, the browser preview the same gateway over the simulator, tests a fake.
 */
import { createRoot } from "react-dom/client";
import type { Language } from "../i18n/messages";
import type { PaneGateway } from "./gateway";
import { Pane } from "./Pane";

export interface MountOptions {
  /** The pane's language when the user has not chosen one (default: Office's display language, else Vietnamese). */
  readonly language?: Language;
}

export function mountPane(
  container: HTMLElement,
  gateway: PaneGateway,
  options: MountOptions = {},
): { unmount(): void } {
  const root = createRoot(container);
  root.render(<Pane gateway={gateway} language={options.language} />);
  return { unmount: () => root.unmount() };
}

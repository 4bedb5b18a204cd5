/**
 * The pane's message area as a page-wide channel: ribbon commands (and later the functions) post a
 * message, the pane shows the latest one. Each webpack entry has its own module instances, so the
 * state lives on globalThis and changes travel as DOM events: whichever bundle posts, the pane hears,
 * and a message posted before the pane mounts is shown when it does.
 */

export type PaneMessageIntent = "info" | "success" | "warning" | "error";

export interface PaneMessage {
  readonly text: string;
  readonly intent: PaneMessageIntent;
}

const EVENT = "cchc:pane-message";
const LATEST = Symbol.for("cchc.pane-message.latest");

type Store = typeof globalThis & { [LATEST]?: PaneMessage };

export function postPaneMessage(message: PaneMessage): void {
  (globalThis as Store)[LATEST] = message;
  if (typeof window !== "undefined" && typeof CustomEvent === "function") {
    window.dispatchEvent(new CustomEvent<PaneMessage>(EVENT, { detail: message }));
  }
}

export function latestPaneMessage(): PaneMessage | undefined {
  return (globalThis as Store)[LATEST];
}

/** Calls `listener` with every message posted from now on; returns the unsubscribe function. */
export function onPaneMessage(listener: (message: PaneMessage) => void): () => void {
  if (typeof window === "undefined") return () => undefined;
  const handler = (event: Event) => listener((event as CustomEvent<PaneMessage>).detail);
  window.addEventListener(EVENT, handler);
  return () => window.removeEventListener(EVENT, handler);
}

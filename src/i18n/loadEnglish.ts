/**
 * English on demand, for the Office pages (pane, ribbon command): a chunk of its own, so that the pane's first
 * bundle carries Vietnamese only. Resolves once English is registered; loads once.
 */
import { englishMessagesLoaded } from "./messages";

let loading: Promise<void> | null = null;

export function loadEnglish(): Promise<void> {
  if (englishMessagesLoaded()) return Promise.resolve();
  loading ??= import(/* webpackChunkName: "english" */ "./english").then(() => undefined);
  return loading;
}

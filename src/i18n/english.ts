/**
 * English registered at once, for the shells that need it from the start and carry their own bundle (the CLI, the
 * standalone page, the preview, tests): import this module for its effect.
 */
import { registerEnglishMessages } from "./messages";
import { en } from "./messages-en";
import { registerEnglishPane } from "./pane";
import { paneEn } from "./pane-en";

registerEnglishMessages(en);
registerEnglishPane(paneEn);

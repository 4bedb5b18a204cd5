/**
 * zod's global configuration, applied once before any schema is built: without JIT, so the pane's Content
 * Security Policy (no 'unsafe-eval') never sees zod's `new Function` probe. Modules that validate import
 * this file first, then `z` from "zod/mini" — zod's functional build, in which only the checks a schema
 * names are bundled (re-exporting `z` from here would keep webpack from dropping the parts the add-in
 * does not use).
 */
import { config } from "zod/mini";

config({ jitless: true });

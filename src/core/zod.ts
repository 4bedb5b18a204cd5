/**
 * zod's global configuration, applied once before any schema is built: without JIT, so the pane's Content
 * Security Policy (no 'unsafe-eval') never sees zod's `new Function` probe. Modules that validate import
 * this file first, then `z` from "zod" (re-exporting `z` from here would keep webpack from dropping the
 * parts of zod the add-in does not use).
 */
import { config } from "zod";

config({ jitless: true });

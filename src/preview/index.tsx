/**
 * Entry of preview.html (`npm run preview`, and `npm start` on Linux): the browser preview of the add-in
 * where Excel is absent — the real pane against the Excel simulator, beside a grid view of the workbook.
 */
import "../i18n/english"; // the preview page carries both languages
import { createRoot } from "react-dom/client";
import { PreviewApp } from "./PreviewApp";

const container = document.getElementById("preview-root");
if (container) createRoot(container).render(<PreviewApp />);

/** The workbooks the preview offers, served beside preview.html by the preview build (webpack.config.js). */
export const EXAMPLE_FILES = [
  "hai-duong-2021.xlsx",
  "hai-phong-2025.xlsx",
  "four-groups.xlsx",
  "hai-duong-2020.xlsx",
  "messy.xlsx",
  "no-table.xlsx",
  "legacy.xls",
] as const;

export const DEFAULT_EXAMPLE = "hai-duong-2021.xlsx";

export const EXAMPLE_FOLDER = "preview-workbooks/";

/** Where a workbook's state is kept in localStorage and how the page's address names it. */
export function exampleId(file: string): string {
  return `example:${file}`;
}

export function fileId(name: string, size: number): string {
  return `file:${name}:${size}`;
}

/** The workbook named by the address (`#workbook=…`), or the default example. */
export function idFromHash(hash: string): string {
  const match = /(?:^#|&)workbook=([^&]+)/.exec(hash);
  const id = match ? decodeURIComponent(match[1]) : "";
  if (id.startsWith("file:")) return id;
  const file = id.replace(/^example:/, "");
  return exampleId((EXAMPLE_FILES as readonly string[]).includes(file) ? file : DEFAULT_EXAMPLE);
}

export function hashFor(id: string): string {
  return `#workbook=${encodeURIComponent(id)}`;
}

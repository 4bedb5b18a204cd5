/**
 * Cell borders as shared edges: the edge below A1 is the edge above A2, so a bottom border set on one range
 * reads as the top border of the range beneath (as in Excel's grid). Edges of a range by Excel.BorderIndex.
 */
import { simError } from "./errors";
import { Rect, isUnbounded } from "./rect";
import { BorderLine, SheetState, cellKey, edgeKey } from "./state";

export const BORDER_INDEXES = [
  "EdgeTop",
  "EdgeBottom",
  "EdgeLeft",
  "EdgeRight",
  "InsideVertical",
  "InsideHorizontal",
  "DiagonalDown",
  "DiagonalUp",
] as const;
export type BorderIndex = (typeof BORDER_INDEXES)[number];

export const LINE_STYLES = [
  "None",
  "Continuous",
  "Dash",
  "DashDot",
  "DashDotDot",
  "Dot",
  "Double",
  "SlantDashDot",
];
export const WEIGHTS = ["Hairline", "Thin", "Medium", "Thick"];

interface EdgeRef {
  map: Map<number, BorderLine>;
  key: number;
}

/** The grid edges a border index covers on a range. */
export function edgesOf(sheet: SheetState, r: Rect, index: BorderIndex, location: string): EdgeRef[] {
  if (isUnbounded(r))
    throw simError(
      "NotImplemented",
      "The simulator does not keep borders of whole rows or columns.",
      location,
    );
  if (index === "DiagonalDown" || index === "DiagonalUp")
    throw simError("NotImplemented", "The simulator does not keep diagonal borders.", location);
  const out: EdgeRef[] = [];
  const horizontal = (row: number) => {
    for (let c = r.left; c <= r.right; c++) out.push({ map: sheet.horizontalBorders, key: cellKey(row, c) });
  };
  const vertical = (column: number) => {
    for (let row = r.top; row <= r.bottom; row++)
      out.push({ map: sheet.verticalBorders, key: edgeKey(row, column) });
  };
  if (index === "EdgeTop") horizontal(r.top);
  else if (index === "EdgeBottom") horizontal(r.bottom + 1);
  else if (index === "InsideHorizontal") for (let row = r.top + 1; row <= r.bottom; row++) horizontal(row);
  else if (index === "EdgeLeft") vertical(r.left);
  else if (index === "EdgeRight") vertical(r.right + 1);
  else for (let column = r.left + 1; column <= r.right; column++) vertical(column);
  return out;
}

export function readEdges<K extends keyof BorderLine>(
  edges: EdgeRef[],
  key: K,
  fallback: BorderLine[K],
): BorderLine[K] | null {
  let shared: BorderLine[K] | undefined;
  for (const edge of edges) {
    const value = edge.map.get(edge.key)?.[key] ?? fallback;
    if (shared === undefined) shared = value;
    else if (shared !== value) return null;
  }
  return shared ?? fallback;
}

/** Sets one attribute on every edge; a style of "None" removes the line, color or weight draw a continuous one. */
export function writeEdges(edges: EdgeRef[], key: keyof BorderLine, value: string): void {
  for (const edge of edges) {
    if (key === "style" && value === "None") {
      edge.map.delete(edge.key);
      continue;
    }
    const line = edge.map.get(edge.key) ?? { style: "Continuous", color: "#000000", weight: "Thin" };
    line[key] = value;
    edge.map.set(edge.key, line);
  }
}

/**
 * Detection, stage 3 — body rows: under the header, which rows are units (with the cells their values come
 * from), which are group headings ("I. CÁC SỞ, BAN, NGÀNH", "KHỐI PHƯỜNG", merged across), and where the
 * table ends (totals, averages, notes, signatures, the next table's header). A group column ("Khối") names
 * each unit's group when the sheet has one.
 */
import { readCell } from "../cellValue";
import { cleanText, isRomanNumeral, unitKey } from "../names";
import { problem, type Problem } from "../problems";
import type { SheetView } from "../sheetView";
import {
  columnRole,
  isEndOfTable,
  isFooterLabel,
  isMaxRowLabel,
  looksLikeGroupTitle,
  type ColumnRole,
} from "../vocabulary";
import type { ColumnLayout } from "./columns";
import { rowLabels } from "./columns";
import type { BodyRow, CellRef, Stage, UnitCells } from "./model";

export interface Body {
  readonly units: readonly BodyRow[];
  readonly groups: readonly { readonly name: string; readonly row: number | null }[];
}

/** "I. CÁC SỞ, BAN, NGÀNH" → "CÁC SỞ, BAN, NGÀNH". */
function groupName(label: string): string {
  return cleanText(label.replace(/^\s*([IVXLC]+|[A-Z]|\d+)\s*[.)/-]\s*/u, "")) || cleanText(label);
}

/** A function that gives a unit row its cells, built once per table. */
function cellsOfRow(sheet: string, layout: ColumnLayout): (row: number) => UnitCells {
  const { roles } = layout;
  const at = (row: number, column: number | undefined): CellRef | null =>
    column === undefined ? null : { sheet, row, column };
  return (row) => ({
    name: { sheet, row, column: roles.name as number },
    group: at(row, roles.group),
    total: at(row, roles.total),
    index: at(row, roles.index),
    unitMax: at(row, roles.unitMax),
    previousRank: at(row, roles.previousRank),
    rank: at(row, roles.rank),
    rating: at(row, roles.rating),
    components: layout.components.map((c) => ({
      points: c.columns.map((column) => ({ sheet, row, column })),
      max: c.maxColumns ? { sheet, row, column: c.maxColumns[0] } : null,
    })),
  });
}

export function readBody(view: SheetView, layout: ColumnLayout): Stage<Body> {
  const warnings: Problem[] = [];
  const { roles, components } = layout;
  const nameColumn = roles.name as number;
  const cellsOf = cellsOfRow(view.sheet, layout);
  const dataColumns = [
    ...components.flatMap((c) => [...c.columns, ...(c.maxColumns ?? [])]),
    ...(["total", "index", "unitMax"] as const satisfies readonly ColumnRole[])
      .map((r) => roles[r])
      .filter((c): c is number => c !== undefined),
  ];
  const units: BodyRow[] = [];
  const groupList: { name: string; row: number | null }[] = [];
  let group: string | null = null;
  const listed = new Set<string>();
  /** The maxima row of the current group, when the group has its own (a "Điểm tối đa" row under its title). */
  let groupMaxRow: number | null = null;
  const withGroupMaxima = (cells: UnitCells, maxRow: number): UnitCells => {
    const total = roles.total;
    const unitMax =
      cells.unitMax === null && total !== undefined && readCell(view.value(maxRow, total)).kind === "number"
        ? { sheet: view.sheet, row: maxRow, column: total }
        : cells.unitMax;
    return {
      ...cells,
      unitMax,
      components: cells.components.map((c) =>
        c.max === null && c.points.length === 1
          ? { ...c, max: { sheet: view.sheet, row: maxRow, column: c.points[0].column } }
          : c,
      ),
    };
  };
  // A group column's spellings of one group ("Sở, ngành", "SỞ, NGÀNH", "Sở ngành") are one group, named as first
  // written; the other spellings are named in a warning.
  const spellings = new Map<string, { name: string; row: number; others: string[] }>();
  const groupIn = (text: string, row: number): string => {
    const k = unitKey(text);
    const known = spellings.get(k);
    if (known === undefined) {
      spellings.set(k, { name: text, row, others: [] });
      return text;
    }
    if (text !== known.name && !known.others.includes(text)) known.others.push(text);
    return known.name;
  };
  const addUnit = (row: number, written: string): void => {
    // A footnote mark after the name ("Sở Y tế (*)") is not part of it.
    const name =
      written.endsWith("*") || written.endsWith("*)")
        ? written.replace(/\s*(\(\*+\)|\*+)$/u, "") || written
        : written;
    let unitGroup = group ?? view.sheet;
    if (roles.group !== undefined) {
      const g = view.text(row, roles.group);
      if (g !== "") unitGroup = groupIn(g, row);
    }
    if (!listed.has(unitGroup)) {
      listed.add(unitGroup);
      groupList.push({ name: unitGroup, row: null });
    }
    const cells = cellsOf(row);
    units.push({
      row,
      name,
      group: unitGroup,
      cells: groupMaxRow === null ? cells : withGroupMaxima(cells, groupMaxRow),
    });
  };
  for (let r = layout.bodyStart; r <= view.bottom; r++) {
    const name = view.value(r, nameColumn);
    // The common case first: a numbered row with a name and a number in a data column is a unit.
    if (
      typeof name === "string" &&
      roles.stt !== undefined &&
      typeof view.value(r, roles.stt) === "number" &&
      dataColumns.some((c) => typeof view.value(r, c) === "number") &&
      !view.mergeAt(r, nameColumn)
    ) {
      const clean = cleanText(name);
      if (clean !== "" && !isFooterLabel(clean)) {
        addUnit(r, clean);
        continue;
      }
    }
    const nameText = typeof name === "string" ? cleanText(name) : "";
    const sttText = roles.stt !== undefined ? view.text(r, roles.stt) : "";
    const labels = rowLabels(view, r);
    if (labels.length === 0 && !dataColumns.some((c) => view.value(r, c) !== null)) continue;
    const label = nameText || labels[0] || "";
    if (isEndOfTable(label)) break;
    if (nameText !== "" && columnRole(nameText, null) === "name") break; // the next table's header
    const hasData = dataColumns.some((c) => readCell(view.value(r, c)).kind !== "blank");
    const merged = view.mergeAt(r, nameColumn);
    const mergedAcross = merged !== undefined && merged.right - merged.left >= 2;
    if (
      !hasData &&
      (isRomanNumeral(sttText) || mergedAcross || (looksLikeGroupTitle(label) && !/^\d+$/.test(sttText))) &&
      label !== ""
    ) {
      group = groupName(label);
      groupList.push({ name: group, row: r });
      listed.add(group);
      groupMaxRow = null;
      continue;
    }
    if (isRomanNumeral(sttText) && !hasData) continue;
    if (isFooterLabel(label) || (sttText !== "" && isFooterLabel(sttText))) continue;
    // A maxima row in the body ("Điểm tối đa" under a group's title) gives the maxima of that group's units;
    // it is never a unit.
    if (isMaxRowLabel(nameText || label)) {
      groupMaxRow = r;
      continue;
    }
    if (nameText === "" || readCell(name).kind === "number") {
      if (hasData)
        warnings.push(problem("rowWithoutName", {}, { sheet: view.sheet, row: r, column: nameColumn }));
      continue;
    }
    addUnit(r, nameText);
  }
  for (const spelling of spellings.values())
    if (spelling.others.length > 0)
      warnings.push(
        problem(
          "groupSpellings",
          { group: spelling.name, others: spelling.others.map((o) => `“${o}”`).join(", ") },
          { sheet: view.sheet, row: spelling.row, column: roles.group as number },
        ),
      );
  return {
    value: { units, groups: groupList.filter((g) => units.some((u) => u.group === g.name)) },
    warnings,
  };
}

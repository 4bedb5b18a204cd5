/**
 * Detection of per-unit scoring forms (issue 8 e): a workbook with one sheet per unit, each a form with criteria
 * as rows (TT, criterion, "Điểm tối đa") and score columns "Điểm tự đánh giá", "Điểm thẩm định"; the unit is
 * named in the title ("PHIẾU CHẤM ĐIỂM … của Sở Tư pháp") or by the sheet's name, its group in the title
 * ("Khối sở, ban, ngành"). The summary is assembled from each form's final column (the appraisal; never the
 * self-assessment when an appraisal exists): one table whose units' cells lie on their own sheets. Forms with
 * different fields (a template per group) make one table each.
 */
import { foldText } from "../names";
import { problem, type Problem } from "../problems";
import { SheetView } from "../sheetView";
import type { Grid } from "../grid";
import {
  formGroupName,
  formUnitName,
  isFinalAppraisalHeader,
  isScoreKindHeader,
  isSelfAssessmentHeader,
} from "../vocabulary";
import {
  columnHasScores,
  fieldCells,
  fieldFilled,
  fieldName,
  readCriteriaSheet,
  type CriteriaSheet,
} from "./criteria";
import type { BodyRow, CellRef, ComponentSpec, DetectedTable, SheetArea, UnitCells } from "./model";

/** The group of the units whose forms do not name one. */
export const FORMS_DEFAULT_GROUP = "Các đơn vị";

interface Form {
  readonly view: SheetView;
  readonly sheet: CriteriaSheet;
  /** The final score column. */
  readonly points: number;
  readonly name: string;
  readonly nameCell: CellRef;
  readonly group: string | null;
}

function headerOf(view: SheetView, sheet: CriteriaSheet, column: number): string {
  const parts: string[] = [];
  for (let r = sheet.headerTop; r <= sheet.headerBottom; r++) {
    const text = view.text(r, column);
    if (text !== "" && !parts.includes(text)) parts.push(text);
  }
  return parts.join(" ");
}

/**
 * The final score column of a form: the last appraisal column, even blank (a form not yet appraised is not
 * assessed — its self-assessment is never taken instead); else the last scored column that is not
 * self-assessment; else the self-assessment.
 */
function finalColumn(view: SheetView, sheet: CriteriaSheet): number | null {
  const kinds = sheet.scoreColumns
    .map((c) => ({ column: c, header: headerOf(view, sheet, c) }))
    .filter((c) => isScoreKindHeader(c.header));
  const appraisal = kinds.filter((c) => isFinalAppraisalHeader(c.header));
  if (appraisal.length > 0) return appraisal[appraisal.length - 1].column;
  const scored = kinds.filter((c) => columnHasScores(view, sheet, c.column));
  if (scored.length === 0) return null;
  const others = scored.filter((c) => !isSelfAssessmentHeader(c.header));
  return (others.length > 0 ? others[others.length - 1] : scored[scored.length - 1]).column;
}

/** The unit and group a form's title names (the lines above its header); the sheet's name when none. */
function titleNames(
  view: SheetView,
  sheet: CriteriaSheet,
): { name: string; cell: CellRef; group: string | null } {
  let name: { text: string; cell: CellRef } | null = null;
  let group: string | null = null;
  for (let r = view.top; r < sheet.headerTop; r++) {
    for (let c = view.left; c <= view.right; c++) {
      const value = view.value(r, c);
      if (typeof value !== "string" || value.length > 300) continue;
      const unit: string | null = name === null ? formUnitName(value) : null;
      if (unit !== null) name = { text: unit, cell: { sheet: view.sheet, row: r, column: c } };
      group = group ?? formGroupName(value);
    }
  }
  if (name === null) {
    return {
      name: view.sheet.trim(),
      cell: { sheet: view.sheet, row: sheet.headerTop, column: sheet.columns.name },
      group,
    };
  }
  // A name written in capitals in the title ("CỦA SỞ TƯ PHÁP") is the sheet's name when they agree.
  const text = foldText(name.text) === foldText(view.sheet) ? view.sheet.trim() : name.text;
  return { name: text, cell: name.cell, group };
}

function readForm(grid: Grid, year: number | null): Form | null {
  const view = new SheetView(grid);
  const sheet = readCriteriaSheet(view, year);
  if (sheet === null) return null;
  const points = finalColumn(view, sheet);
  if (points === null) return null;
  const named = titleNames(view, sheet);
  return { view, sheet, points, name: named.name, nameCell: named.cell, group: named.group };
}

/** The fields of a form, folded, as the key of its template. */
const templateOf = (form: Form): string =>
  form.sheet.fields.map((f) => foldText(fieldName(form.sheet.criteria[f].name))).join("|");

/** Reads the per-unit forms among `grids`; one table per template, an empty list when no sheet is a form. */
export function readForms(grids: readonly Grid[], year: number | null): DetectedTable[] {
  const forms = grids.map((g) => readForm(g, year)).filter((f): f is Form => f !== null);
  const templates = new Map<string, Form[]>();
  for (const form of forms) {
    const key = templateOf(form);
    const list = templates.get(key);
    if (list) list.push(form);
    else templates.set(key, [form]);
  }
  return [...templates.values()].map(formsTable);
}

function unitOf(form: Form): BodyRow {
  const { view, sheet, points } = form;
  const name = view.sheet;
  const at = (row: number | undefined): CellRef | null =>
    row === undefined ? null : { sheet: name, row, column: points };
  const cells: UnitCells = {
    name: form.nameCell,
    group: null,
    total: at(sheet.rowRoles.total),
    index: at(sheet.rowRoles.index),
    unitMax: null,
    previousRank: null,
    rank: at(sheet.rowRoles.rank),
    rating: at(sheet.rowRoles.rating),
    components: sheet.fields.map((f) => {
      const own = fieldCells(view, sheet, f, points, fieldFilled(view, sheet, f, [points]));
      return {
        points: own.rows.map((row) => ({ sheet: name, row, column: points })),
        max: null,
        ...(own.ownMax !== undefined ? { ownMax: own.ownMax } : {}),
      };
    }),
  };
  return { row: form.nameCell.row, name: form.name, group: form.group ?? FORMS_DEFAULT_GROUP, cells };
}

function formsTable(forms: readonly Form[]): DetectedTable {
  const first = forms[0];
  const warnings: Problem[] = [];
  const components: ComponentSpec[] = first.sheet.fields.map((f) => {
    const c = first.sheet.criteria[f];
    return {
      name: fieldName(c.name),
      columns: [],
      row: c.row,
      max: c.max,
      maxSource: c.max !== null ? "criteria" : null,
    };
  });
  const units = forms.map(unitOf);
  const unnamed = forms.filter((f) => f.group === null);
  if (unnamed.length > 0) {
    warnings.push(
      problem(
        "formsNoGroup",
        {
          count: unnamed.length,
          sheets: unnamed
            .slice(0, 5)
            .map((f) => `“${f.view.sheet}”`)
            .join(", ")
            .concat(unnamed.length > 5 ? ", …" : ""),
          group: FORMS_DEFAULT_GROUP,
        },
        { sheet: unnamed[0].view.sheet },
      ),
    );
  }
  const groups: { name: string; row: number | null }[] = [];
  for (const u of units)
    if (!groups.some((g) => g.name === u.group)) groups.push({ name: u.group, row: null });
  const areas: SheetArea[] = forms.map((f) => ({
    sheet: f.view.sheet,
    top: f.sheet.headerTop,
    left: f.sheet.columns.tt,
    bottom: f.sheet.lastRow,
    right: Math.max(f.points, ...f.sheet.scoreColumns),
  }));
  const totalRow = first.sheet.rowRoles.total;
  const totalMaxValue = totalRow !== undefined ? first.view.value(totalRow, first.sheet.columns.max) : null;
  return {
    sheet: first.view.sheet,
    layout: "forms",
    headerTop: first.sheet.headerTop,
    headerBottom: first.sheet.headerBottom,
    maxRow: null,
    year: forms.find((f) => f.sheet.year !== null)?.sheet.year ?? null,
    title: first.sheet.title,
    roles: {},
    rowRoles: first.sheet.rowRoles,
    criteria: { ...first.sheet.columns, points: first.points },
    sheets: forms.map((f) => f.view.sheet),
    components,
    componentsFrom: "detection",
    subtotals: [],
    totalMax: typeof totalMaxValue === "number" && Number.isFinite(totalMaxValue) ? totalMaxValue : null,
    units,
    groups,
    warnings,
    recognisedColumns: 4,
    areas,
  };
}

/** Whether a sheet looks like a scoring form (its title says "phiếu chấm điểm", "tự đánh giá" …), for "no table found". */
export function looksLikeForm(grid: Grid): boolean {
  const rows = Math.min(grid.values.length, 15);
  for (let r = 0; r < rows; r++) {
    for (const value of grid.values[r]) {
      if (typeof value !== "string" || value.length > 300) continue;
      if (/phieu (cham|tu cham|danh gia|tham dinh)|tu danh gia|diem tham dinh/.test(foldText(value)))
        return true;
    }
  }
  return false;
}

/**
 * Detection of per-unit scoring forms (issue 8 e): a workbook with one sheet per unit, each a form with criteria
 * as rows (TT, criterion, "Điểm tối đa") and score columns "Điểm tự đánh giá", "Điểm thẩm định"; the unit is
 * named in the title ("PHIẾU CHẤM ĐIỂM … của Sở Tư pháp") or by the sheet's name, its group in the title
 * ("Khối sở, ban, ngành"), else in the settings (`unitGroups`: unit or sheet name → group; the title wins), else
 * "Các đơn vị" with a warning. The summary is assembled from each form's final column (the appraisal; never the
 * self-assessment when an appraisal exists — a form with only a self-assessment is read, with a warning): one
 * table whose units' cells lie on their own sheets. Forms with different fields (a template per group) make one
 * table each.
 */
import { cleanText, coreKey, foldText, kindKey, kindsAgree, unitKey } from "../names";
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

/** How many sheets or units a warning names before "…". */
const LISTED = 10;

interface Form {
  readonly view: SheetView;
  readonly sheet: CriteriaSheet;
  /** The final score column. */
  readonly points: number;
  /** The final column is the self-assessment: the form has no appraisal column. */
  readonly selfOnly: boolean;
  readonly name: string;
  readonly nameCell: CellRef;
  /** The group: the title's, else the settings'; null when neither names one. */
  readonly group: string | null;
  /** The title's line naming the group, when the group comes from the title. */
  readonly groupCell: CellRef | null;
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
 * self-assessment; else the self-assessment (`selfOnly`: the unit's own score, which a warning names).
 */
function finalColumn(view: SheetView, sheet: CriteriaSheet): { column: number; selfOnly: boolean } | null {
  const kinds = sheet.scoreColumns
    .map((c) => ({ column: c, header: headerOf(view, sheet, c) }))
    .filter((c) => isScoreKindHeader(c.header));
  const appraisal = kinds.filter((c) => isFinalAppraisalHeader(c.header));
  if (appraisal.length > 0) return { column: appraisal[appraisal.length - 1].column, selfOnly: false };
  const scored = kinds.filter((c) => columnHasScores(view, sheet, c.column));
  if (scored.length === 0) return null;
  const others = scored.filter((c) => !isSelfAssessmentHeader(c.header));
  if (others.length > 0) return { column: others[others.length - 1].column, selfOnly: false };
  return { column: scored[scored.length - 1].column, selfOnly: true };
}

/** The unit and group a form's title names (the lines above its header); the sheet's name when none. */
function titleNames(
  view: SheetView,
  sheet: CriteriaSheet,
): { name: string; cell: CellRef; group: { text: string; cell: CellRef } | null } {
  let name: { text: string; cell: CellRef } | null = null;
  let group: { text: string; cell: CellRef } | null = null;
  for (let r = view.top; r < sheet.headerTop; r++) {
    for (let c = view.left; c <= view.right; c++) {
      const value = view.value(r, c);
      if (typeof value !== "string" || value.length > 300) continue;
      const cell = { sheet: view.sheet, row: r, column: c };
      const unit: string | null = name === null ? formUnitName(value) : null;
      if (unit !== null) name = { text: unit, cell };
      const titled: string | null = group === null ? formGroupName(value) : null;
      if (titled !== null) group = { text: titled, cell };
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

/** A form as read, before the settings' groups: the group its title names, if any. */
type ReadForm = Omit<Form, "group"> & { readonly titleGroup: string | null };

function readForm(grid: Grid, year: number | null): ReadForm | null {
  const view = new SheetView(grid);
  const sheet = readCriteriaSheet(view, year);
  if (sheet === null) return null;
  const final = finalColumn(view, sheet);
  if (final === null) return null;
  const named = titleNames(view, sheet);
  return {
    view,
    sheet,
    points: final.column,
    selfOnly: final.selfOnly,
    name: named.name,
    nameCell: named.cell,
    titleGroup: named.group?.text ?? null,
    groupCell: named.group?.cell ?? null,
  };
}

/** A name as a `unitGroups` key is compared with it: as typed, normalised, without its kind prefix, its kind. */
interface Spelled {
  readonly text: string;
  readonly key: string;
  readonly core: string;
  readonly kind: string | null;
}

function spelled(text: string): Spelled {
  const key = unitKey(text);
  return { text, key, core: coreKey(key), kind: kindKey(key) };
}

/** The closeness up to which a key names the unit or sheet itself (as typed or in another spelling). */
const SPELT_OUT = 3;

/**
 * How closely a `unitGroups` key names a form, lower being closer: 0 the unit's name as typed, 1 the sheet's
 * name as typed, 2 / 3 the same in another spelling ("UBND huyện Nam Sách" = "Ủy ban nhân dân huyện Nam Sách"),
 * 4 / 5 the same without the kind prefix, the kinds not differing ("Huyện Nam Sách", "Nam Sách", "H. Nam Sách";
 * never "Thị xã Nam Sách": DOMAIN.md "Unit names", as last year's names are matched); null when it names neither.
 */
function closeness(key: Spelled, unit: Spelled, sheet: Spelled | null): number | null {
  if (key.text === unit.text) return 0;
  if (sheet !== null && key.text === sheet.text) return 1;
  if (key.key === "") return null;
  if (key.key === unit.key) return 2;
  if (sheet !== null && key.key === sheet.key) return 3;
  if (key.core === unit.core && kindsAgree(key.kind, unit.kind)) return 4;
  if (sheet !== null && key.core === sheet.core && kindsAgree(key.kind, sheet.kind)) return 5;
  return null;
}

/** The units (forms) `unitGroups` keys are matched with: the unit's name and its form's sheet. */
export interface UnitGroupTarget {
  readonly name: string;
  readonly sheet: string | null;
}

export interface UnitGroupMatch {
  /** Per unit: the keys that name it, closest first. */
  readonly keys: readonly (readonly string[])[];
  /** Keys that name several units alike (without the kind prefix): key → those units' indices; used for none. */
  readonly ambiguous: ReadonlyMap<string, readonly number[]>;
}

/**
 * Matches the keys of a `unitGroups` record (settings) with units by the rule of last year's names (DOMAIN.md
 * "Unit names"): a key names the unit or sheet it spells (as typed or in another spelling); a key that spells none
 * names the units it equals without the kind prefix when the kinds do not differ ("Huyện Vị Xuyên", "Vị Xuyên",
 * "H. Vị Xuyên" name "UBND huyện Vị Xuyên"; "Phường Lê Chân" never names "Quận Lê Chân") — and when that is two
 * units or more, it names none of them: it is ambiguous, never applied silently. Own keys only: a unit named
 * "constructor" is a name like any other.
 */
export function matchUnitGroups(
  record: Readonly<Record<string, string>>,
  units: readonly UnitGroupTarget[],
): UnitGroupMatch {
  const names = units.map((u) => ({
    unit: spelled(u.name),
    sheet: u.sheet === null ? null : spelled(u.sheet),
  }));
  const found: { key: string; closeness: number }[][] = units.map(() => []);
  const ambiguous = new Map<string, number[]>();
  for (const key of Object.keys(record)) {
    const k = spelled(key);
    const close = names.map((n) => closeness(k, n.unit, n.sheet));
    const spelt = close.some((c) => c !== null && c <= SPELT_OUT);
    const named = close.flatMap((c, i) => (c !== null && (!spelt || c <= SPELT_OUT) ? [i] : []));
    // Two forms of one unit (the same name) are not two candidates.
    if (!spelt && new Set(named.map((i) => names[i].unit.key)).size > 1) {
      ambiguous.set(key, named);
      continue;
    }
    for (const i of named) found[i].push({ key, closeness: close[i] as number });
  }
  return {
    keys: found.map((list) => list.sort((a, b) => a.closeness - b.closeness).map((x) => x.key)),
    ambiguous,
  };
}

/** The group a `unitGroups` entry gives, cleaned ("" when none). */
const entryGroup = (record: Readonly<Record<string, string>>, key: string): string =>
  cleanText(Object.prototype.hasOwnProperty.call(record, key) ? record[key] : "");

/** `“a”, “b”, …` for warnings: the first LISTED, then how many more. */
function listed(items: readonly string[]): string {
  const shown = items.slice(0, LISTED).join(", ");
  return items.length > LISTED ? `${shown}, … (+${items.length - LISTED})` : shown;
}

/** The fields of a form, folded, as the key of its template. */
const templateOf = (form: Form): string =>
  form.sheet.fields.map((f) => foldText(fieldName(form.sheet.criteria[f].name))).join("|");

/**
 * Reads the per-unit forms among `grids`; one table per template, an empty list when no sheet is a form.
 * `unitGroups` (settings) gives the group of units whose form's title names none; a title's group wins over it.
 */
export function readForms(
  grids: readonly Grid[],
  year: number | null,
  unitGroups: Readonly<Record<string, string>> = {},
): DetectedTable[] {
  const read = grids.map((g) => readForm(g, year)).filter((f): f is ReadForm => f !== null);
  const warnings: Problem[] = [];
  const used = new Set<string>();
  // A group typed in the settings takes the spelling of a title's group that reads the same.
  const titled = new Map<string, string>();
  for (const f of read)
    if (f.titleGroup !== null && !titled.has(foldText(f.titleGroup)))
      titled.set(foldText(f.titleGroup), f.titleGroup);
  const match = matchUnitGroups(
    unitGroups,
    read.map((f) => ({ name: f.name, sheet: f.view.sheet })),
  );
  const forms: Form[] = read.map(({ titleGroup, ...form }, i) => {
    const keys = match.keys[i].filter((k) => entryGroup(unitGroups, k) !== "");
    for (const k of match.keys[i]) used.add(k);
    if (titleGroup !== null) {
      const other = keys.find((k) => foldText(entryGroup(unitGroups, k)) !== foldText(titleGroup));
      if (other !== undefined)
        warnings.push(
          problem(
            "formGroupSettingIgnored",
            {
              sheet: form.view.sheet,
              unit: form.name,
              title: titleGroup,
              setting: entryGroup(unitGroups, other),
            },
            form.groupCell ?? form.nameCell,
          ),
        );
      return { ...form, group: titleGroup };
    }
    if (keys.length === 0) return { ...form, group: null };
    // Entries naming the unit that give different groups: none is taken (never guessed), and the warning says so.
    const groups = new Set(keys.map((k) => foldText(entryGroup(unitGroups, k))));
    if (groups.size > 1) {
      warnings.push(
        problem(
          "unitGroupsConflict",
          {
            sheet: form.view.sheet,
            unit: form.name,
            entries: listed(keys.map((k) => `“${k}” → “${entryGroup(unitGroups, k)}”`)),
          },
          form.nameCell,
        ),
      );
      return { ...form, group: null };
    }
    const group = entryGroup(unitGroups, keys[0]);
    return { ...form, group: titled.get(foldText(group)) ?? group };
  });
  if (forms.length === 0) return [];
  for (const [key, units] of match.ambiguous) {
    used.add(key);
    // Said when it matters: a form whose title names its group takes no group from the settings anyway.
    if (units.every((i) => read[i].titleGroup !== null)) continue;
    warnings.push(
      problem(
        "unitGroupsAmbiguous",
        {
          key,
          group: entryGroup(unitGroups, key),
          units: listed(units.map((i) => `“${read[i].name}”`)),
          sheets: listed(units.map((i) => `“${read[i].view.sheet}”`)),
        },
        { sheet: read[units[0]].view.sheet },
      ),
    );
  }
  const unused = Object.keys(unitGroups).filter((k) => !used.has(k));
  if (unused.length > 0)
    warnings.push(
      problem("unitGroupsUnmatched", {
        count: unused.length,
        names: listed(unused.map((k) => `“${k}”`)),
      }),
    );
  const templates = new Map<string, Form[]>();
  for (const form of forms) {
    const key = templateOf(form);
    const list = templates.get(key);
    if (list) list.push(form);
    else templates.set(key, [form]);
  }
  const tables = [...templates.values()].map(formsTable);
  // Warnings about the settings as a whole go with the first table.
  return tables.map((t, i) => (i === 0 ? { ...t, warnings: [...warnings, ...t.warnings] } : t));
}

function unitOf(form: Form): BodyRow {
  const { view, sheet, points } = form;
  const name = view.sheet;
  const at = (row: number | undefined): CellRef | null =>
    row === undefined ? null : { sheet: name, row, column: points };
  const cells: UnitCells = {
    name: form.nameCell,
    group: form.groupCell,
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
          units: listed(unnamed.map((f) => `“${f.name}”`)),
          sheets: listed(unnamed.map((f) => `“${f.view.sheet}”`)),
          group: FORMS_DEFAULT_GROUP,
        },
        { sheet: unnamed[0].view.sheet },
      ),
    );
  }
  const selfOnly = forms.filter((f) => f.selfOnly);
  if (selfOnly.length > 0) {
    const first = selfOnly[0];
    warnings.push(
      problem(
        "formSelfAssessmentOnly",
        { count: selfOnly.length, sheets: listed(selfOnly.map((f) => `“${f.view.sheet}”`)) },
        { sheet: first.view.sheet, row: first.sheet.headerTop, column: first.points },
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

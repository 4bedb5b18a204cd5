/**
 * Property-based reading of criteria as rows (issue 8): random point tables (fields TT "1", "2" … with
 * sub-criteria "1.1", "1.1.1"), random units and groups, criteria not applicable ("KAD", "-") — written (d) as
 * one sheet with a column per unit under its group's header (inside the header band or on the row above the TT
 * row, merged over its units or written over the first of them; or no group header and a title line over the
 * units), or (e) as a scoring form per unit on its own sheet — are recovered exactly (fields, maxima, each unit's
 * own field maxima, points, maximum, index, group);
 * the same tables mangled (totals off, the index row off, the maxima misread) end in a typed refusal whose
 * message speaks of rows ("Dòng … được hiểu là …").
 */
import fc from "fast-check";
import { analyseWorkbook } from "../../src/core/analyseWorkbook";
import type { CellValue, Grid, MergedArea } from "../../src/core/grid";
import { describeProblem, InputError } from "../../src/core/problems";
import { DEFAULT_SETTINGS } from "../../src/core/settings";

type Layout = "columns" | "forms";

interface Criterion {
  tt: string;
  name: string;
  /** Hundredths of a point. */
  max: number;
  depth: number;
  parent: number | null;
}

interface Unit {
  name: string;
  group: string;
  /** Per criterion: points in hundredths, or a not-applicable marker. */
  values: (number | string)[];
}

interface Model {
  layout: Layout;
  criteria: Criterion[];
  units: Unit[];
  /**
   * (d) Where the group headers are: the first header row with TT merged down beside them ("band"), the row
   * above a one-row TT header naming the units ("above"), or nowhere, one group, a title line over the units
   * right above the TT row ("none"). Merged over their units, or written over the first of them.
   */
  groupRow: "band" | "above" | "none";
  mergedGroups: boolean;
}

const FIELD_NAMES = [
  "Công tác chỉ đạo, điều hành CCHC",
  "Cải cách thể chế",
  "Cải cách thủ tục hành chính",
  "Cải cách tổ chức bộ máy",
  "Cải cách chế độ công vụ",
  "Cải cách tài chính công",
  "Xây dựng và phát triển chính quyền điện tử, chính quyền số",
  "Điều tra xã hội học",
];
const GROUPS = ["CÁC SỞ, BAN, NGÀNH", "UBND CẤP HUYỆN", "KHỐI PHƯỜNG"];
const FORM_GROUPS = ["Khối sở, ban, ngành", "Khối UBND cấp huyện", "Khối phường"];
const PLACES = ["An", "Bình", "Cẩm", "Giang", "Hòa", "Kim", "Lạc", "Minh", "Nam", "Phú", "Tân", "Vĩnh"];
const MARKERS = ["KAD", "-", "Không áp dụng"];

const isLeaf = (m: Model, i: number) => !m.criteria.some((c) => c.parent === i);
const fields = (m: Model) => m.criteria.flatMap((c, i) => (c.depth === 1 ? [i] : []));

const modelArb = (layout: Layout): fc.Arbitrary<Model> =>
  fc
    .record({
      shape: fc.array(fc.array(fc.integer({ min: 0, max: 2 }), { maxLength: 3 }), {
        minLength: 2,
        maxLength: 8,
      }),
      groupSizes: fc.array(fc.integer({ min: 1, max: layout === "forms" ? 4 : 8 }), {
        minLength: 1,
        maxLength: 3,
      }),
      seed: fc.integer({ min: 0, max: 1_000_000 }),
      groupRow: fc.constantFrom("band" as const, "above" as const, "none" as const),
      mergedGroups: fc.boolean(),
    })
    .map(({ shape, groupSizes: sizes, seed, groupRow, mergedGroups }) => {
      // No group header: one group.
      const groupSizes = layout === "columns" && groupRow === "none" ? sizes.slice(0, 1) : sizes;
      let n = seed;
      const next = () => (n = (n * 1103515245 + 12345) % 2147483648);
      const criteria: Criterion[] = [];
      shape.forEach((children, f) => {
        const field =
          criteria.push({ tt: String(f + 1), name: FIELD_NAMES[f], max: 0, depth: 1, parent: null }) - 1;
        if (children.length === 0) criteria[field].max = 100 * (4 + (next() % 12));
        children.forEach((grand, k) => {
          const sub =
            criteria.push({
              tt: `${f + 1}.${k + 1}`,
              name: `Tiêu chí ${f + 1}.${k + 1}`,
              max: 0,
              depth: 2,
              parent: field,
            }) - 1;
          if (grand === 0) criteria[sub].max = 50 * (2 + (next() % 8));
          for (let g = 0; g < grand; g++) {
            const max = 25 * (2 + (next() % 6));
            criteria.push({
              tt: `${f + 1}.${k + 1}.${g + 1}`,
              name: `Nội dung ${f + 1}.${k + 1}.${g + 1}`,
              max,
              depth: 3,
              parent: sub,
            });
            criteria[sub].max += max;
          }
          criteria[field].max += criteria[sub].max;
        });
      });
      const model: Model = { layout, criteria, units: [], groupRow, mergedGroups };
      groupSizes.forEach((size, g) => {
        for (let u = 0; u < size; u++) {
          const values: (number | string)[] = criteria.map(() => 0);
          const na = criteria.map(() => false);
          criteria.forEach((c, i) => {
            // A criterion sometimes does not apply; its sub-criteria then neither.
            na[i] = (c.parent !== null && na[c.parent]) || next() % 9 === 0;
          });
          // A criterion none of whose sub-criteria applies does not apply either.
          for (let i = criteria.length - 1; i >= 0; i--) {
            const children = criteria.flatMap((c, j) => (c.parent === i ? [j] : []));
            if (children.length > 0 && children.every((j) => na[j])) na[i] = true;
          }
          // At least one field applies: the first, wholly.
          if (fields(model).every((f) => na[f]))
            criteria.forEach((_, i) => {
              let top = i;
              while (criteria[top].parent !== null) top = criteria[top].parent as number;
              if (top === 0) na[i] = false;
            });
          for (let i = criteria.length - 1; i >= 0; i--) {
            if (na[i]) {
              values[i] = MARKERS[next() % MARKERS.length];
              continue;
            }
            if (isLeaf(model, i)) values[i] = next() % (criteria[i].max + 1);
            else
              values[i] = criteria.reduce(
                (sum, c, j) =>
                  sum + (c.parent === i && typeof values[j] === "number" ? (values[j] as number) : 0),
                0,
              );
          }
          model.units.push({
            name: `Đơn vị ${PLACES[next() % PLACES.length]} ${g + 1}-${u + 1}`,
            group: String(g),
            values,
          });
        }
      });
      return model;
    });

/** A unit's own maximum of a field: the field's less its highest criteria not applicable. */
function ownMax(m: Model, u: Unit, f: number): number | null {
  if (typeof u.values[f] === "string") return null;
  let less = 0;
  m.criteria.forEach((c, i) => {
    let top = i;
    while (m.criteria[top].parent !== null) top = m.criteria[top].parent as number;
    if (top !== f || i === f) return;
    if (typeof u.values[i] === "string" && (c.parent === null || typeof u.values[c.parent] !== "string"))
      less += c.max;
  });
  return m.criteria[f].max - less;
}

const points = (v: number | string) => (typeof v === "number" ? v / 100 : v);
const total = (m: Model, u: Unit) =>
  fields(m).reduce((s, f) => s + (typeof u.values[f] === "number" ? (u.values[f] as number) : 0), 0);
const unitMax = (m: Model, u: Unit) => fields(m).reduce((s, f) => s + (ownMax(m, u, f) ?? 0), 0);
const round2 = (x: number) => Math.round(x * 100) / 100;
const pad = (rows: CellValue[][]) => {
  const width = Math.max(...rows.map((r) => r.length));
  return rows.map((r) => [...r, ...new Array<CellValue>(width - r.length).fill(null)]);
};

const TITLE: CellValue[][] = [
  ["UBND TỈNH HẢI DƯƠNG", null, null, "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM"],
  ["SỞ NỘI VỤ", null, null, "Độc lập - Tự do - Hạnh phúc"],
  [],
];

/** (d) One sheet: criteria as rows, a column per unit under its group's header (see Model.groupRow). */
function renderColumns(m: Model): Grid[] {
  const title = "BẢNG TỔNG HỢP ĐIỂM CHỈ SỐ CẢI CÁCH HÀNH CHÍNH NĂM 2024";
  const rows: CellValue[][] = [...TITLE, [title], []];
  const merges: MergedArea[] = [];
  const criteriaHeader: CellValue[] = ["TT", "Tiêu chí, tiêu chí thành phần", "Điểm tối đa"];
  const groupCells: CellValue[] = [null, null, null];
  const names: CellValue[] = [null, null, null];
  // The group row's sheet row: the TT row ("band"), the row above it ("above").
  const groupsAt = rows.length + 1;
  let column = 4;
  for (const g of [...new Set(m.units.map((u) => u.group))]) {
    const members = m.units.filter((u) => u.group === g);
    groupCells.push(GROUPS[Number(g)], ...new Array<CellValue>(members.length - 1).fill(null));
    if (members.length > 1 && m.mergedGroups)
      merges.push({ top: groupsAt, left: column, bottom: groupsAt, right: column + members.length - 1 });
    names.push(...members.map((u) => u.name));
    column += members.length;
  }
  if (m.groupRow === "band") {
    for (const c of [1, 2, 3]) merges.push({ top: groupsAt, left: c, bottom: groupsAt + 1, right: c });
    rows.push([...criteriaHeader, ...groupCells.slice(3)], names);
  } else if (m.groupRow === "above") {
    rows.push(groupCells, [...criteriaHeader, ...names.slice(3)]);
  } else {
    // No group header: the title (unmerged, over the units' columns) right above the TT row.
    rows.splice(rows.length - 2, 2, [null, null, null, title]);
    rows.push([...criteriaHeader, ...names.slice(3)]);
  }
  const ordered = [...new Set(m.units.map((u) => u.group))].flatMap((g) =>
    m.units.filter((u) => u.group === g),
  );
  m.criteria.forEach((c, i) =>
    rows.push([c.tt, c.name, c.max / 100, ...ordered.map((u) => points(u.values[i]))]),
  );
  rows.push([
    null,
    "Tổng điểm",
    fields(m).reduce((s, f) => s + m.criteria[f].max, 0) / 100,
    ...ordered.map((u) => total(m, u) / 100),
  ]);
  rows.push([null, "Chỉ số (%)", null, ...ordered.map((u) => round2((total(m, u) / unitMax(m, u)) * 100))]);
  return [{ sheet: "Tổng hợp", top: 1, left: 1, values: pad(rows), merges }];
}

/** (e) A form per unit, on its own sheet. */
function renderForms(m: Model): Grid[] {
  const guide: Grid = { sheet: "Hướng dẫn", top: 1, left: 1, values: [["Hướng dẫn chấm điểm"]], merges: [] };
  return [
    guide,
    ...m.units.map((u, k) => {
      const rows: CellValue[][] = [
        ...TITLE,
        [`PHIẾU CHẤM ĐIỂM CHỈ SỐ CẢI CÁCH HÀNH CHÍNH NĂM 2024 của ${u.name}`],
        [`(${FORM_GROUPS[Number(u.group)]})`],
        [],
        ["TT", "Lĩnh vực, tiêu chí", "Điểm tối đa", "Điểm tự đánh giá", "Điểm thẩm định", "Ghi chú"],
      ];
      m.criteria.forEach((c, i) => {
        const v = u.values[i];
        const self = typeof v === "number" ? Math.min(c.max, v + 25) / 100 : v;
        rows.push([c.tt, c.name, c.max / 100, self, points(v)]);
      });
      rows.push([null, "Tổng điểm", null, null, total(m, u) / 100]);
      rows.push([null, "Chỉ số (%)", null, null, round2((total(m, u) / unitMax(m, u)) * 100)]);
      return { sheet: `Phiếu ${k + 1}`, top: 1, left: 1, values: pad(rows), merges: [] };
    }),
  ];
}

const render = (m: Model) => (m.layout === "columns" ? renderColumns(m) : renderForms(m));

function checkRecovered(m: Model): void {
  const analysis = analyseWorkbook({ grids: render(m), settings: DEFAULT_SETTINGS, allowUnranked: true });
  expect(analysis.refusal).toBeNull();
  const table = analysis.tables[0];
  expect(table.layout).toBe(m.layout);
  expect(table.components.map((c) => [c.name, c.max])).toEqual(
    fields(m).map((f) => [m.criteria[f].name, m.criteria[f].max / 100]),
  );
  expect(analysis.units).toHaveLength(m.units.length);
  analysis.units.forEach((unit) => {
    const source = m.units.find((u) => u.name === unit.name) as Unit;
    expect(unit.group).toBe(
      m.layout === "forms"
        ? FORM_GROUPS[Number(source.group)]
        : m.groupRow === "none"
          ? "Tổng hợp"
          : GROUPS[Number(source.group)],
    );
    const applies = fields(m).map((f) => typeof source.values[f] === "number");
    expect(unit.components.map((c) => c.applicable)).toEqual(applies);
    expect(unit.components.map((c) => (c.applicable ? c.score : null))).toEqual(
      fields(m).map((f, k) => (applies[k] ? (source.values[f] as number) / 100 : null)),
    );
    expect(unit.components.map((c) => (c.applicable ? c.max : null))).toEqual(
      fields(m).map((f, k) => (applies[k] ? (ownMax(m, source, f) as number) / 100 : null)),
    );
    const max = unitMax(m, source);
    if (max > 0) {
      expect(unit.max).toBeCloseTo(max / 100, 9);
      expect(unit.index).toBeCloseTo((total(m, source) / max) * 100, 9);
    }
  });
}

describe.each(["columns", "forms"] as const)("criteria as rows, layout %s", (layout) => {
  it("random tables are recovered exactly", () => {
    fc.assert(fc.property(modelArb(layout), checkRecovered), { numRuns: 60 });
  });

  it("mangled tables end in a typed refusal speaking of rows", () => {
    const byLabel = (label: string, f: (v: CellValue) => CellValue) => (grids: Grid[]) =>
      grids.map((g) => ({
        ...g,
        values: g.values.map((row) => (row[1] === label ? row.map((v, c) => (c >= 3 ? f(v) : v)) : row)),
      }));
    const mangles: ((g: Grid[]) => Grid[])[] = [
      // Every total a few points off the fields' sum.
      byLabel("Tổng điểm", (v) => (typeof v === "number" ? v + 7 : v)),
      // The index row off by a factor.
      byLabel("Chỉ số (%)", (v) => (typeof v === "number" ? v / 10 + 1 : v)),
      // Every maximum read a quarter of its size: points above their maxima.
      (grids) =>
        grids.map((g) => {
          const header = g.values.findIndex((row) => row[0] === "TT");
          return {
            ...g,
            values: g.values.map((row, r) =>
              r > header && typeof row[2] === "number"
                ? row.map((v, c) => (c === 2 ? (v as number) / 4 : v))
                : row,
            ),
          };
        }),
    ];
    fc.assert(
      fc.property(modelArb(layout), fc.nat(mangles.length - 1), (m, k) => {
        // Enough units, every one scoring something in every field, so that a systematic slip shows.
        const units = m.units.map((u) => ({
          ...u,
          values: u.values.map((v, i) => (typeof v === "string" ? 0 : v || m.criteria[i].max)),
        }));
        if (units.length < 4) return;
        const grids = mangles[k](render({ ...m, units }));
        let error: unknown;
        try {
          analyseWorkbook({ grids, settings: DEFAULT_SETTINGS });
        } catch (e) {
          error = e;
        }
        expect(error).toBeInstanceOf(InputError);
        const problem = (error as InputError).problem;
        expect(problem.key).toMatch(/^gate\w+Row$/);
        expect(describeProblem(problem)).toMatch(/(Dòng|Các dòng) \d+/);
      }),
      { numRuns: 60 },
    );
  });
});

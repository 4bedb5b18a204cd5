/**
 * Property-based reading of the layouts of issue 8: random tables with (a) paired "Điểm tối đa" / "Điểm đạt"
 * columns per field, (b) an appraisal subtotal before the survey, (c) the group as a column with rows sorted
 * by index — each is recovered exactly (fields, maxima, units, groups, points, index); and the same tables
 * mangled (labels swapped, totals or indices off) end in a typed refusal, never in a report.
 */
import fc from "fast-check";
import { analyseWorkbook } from "../../src/core/analyseWorkbook";
import type { CellValue, Grid, MergedArea } from "../../src/core/grid";
import { InputError } from "../../src/core/problems";
import { DEFAULT_SETTINGS } from "../../src/core/settings";

type Layout = "paired" | "subtotal" | "groupColumn";

interface Unit {
  name: string;
  group: string;
  scores: number[];
  /** The unit's own field maxima (paired), else the fields'. */
  maxima: number[];
}

interface Model {
  layout: Layout;
  fields: { name: string; max: number }[];
  /** Paired: the sub-column labels; subtotal: the subtotal's header. */
  labels: { max: string; points: string; subtotal: string };
  maxInHeader: boolean;
  units: Unit[];
}

const FIELDS = [
  "Công tác chỉ đạo, điều hành CCHC",
  "Cải cách thể chế",
  "Cải cách thủ tục hành chính",
  "Cải cách tổ chức bộ máy",
  "Cải cách chế độ công vụ",
  "Cải cách tài chính công",
  "Xây dựng và phát triển chính quyền điện tử, chính quyền số",
];
const SURVEY = "Điểm điều tra xã hội học";
const GROUPS = ["Sở, ban, ngành", "Cấp huyện", "Khối phường", "Khối xã"];
const PLACES = ["An", "Bình", "Cẩm", "Giang", "Hòa", "Kim", "Lạc", "Minh", "Nam", "Phú", "Tân", "Vĩnh"];

const round2 = (x: number) => Math.round(x * 100) / 100;

const modelArb = (layout: Layout): fc.Arbitrary<Model> =>
  fc
    .record({
      fieldCount: fc.integer({ min: 2, max: 7 }),
      maxima: fc.array(fc.integer({ min: 5, max: 20 }), { minLength: 8, maxLength: 8 }),
      maxLabel: fc.constantFrom("Điểm tối đa", "Điểm chuẩn", "Tối đa"),
      pointsLabel: fc.constantFrom("Điểm đạt", "Điểm thẩm định", "Điểm đạt được"),
      subtotal: fc.constantFrom("Điểm thẩm định", "Cộng điểm thẩm định", "Tổng điểm thẩm định"),
      maxInHeader: fc.boolean(),
      groupSizes: fc.array(fc.integer({ min: 1, max: 6 }), { minLength: 1, maxLength: 4 }),
      seed: fc.integer({ min: 0, max: 1_000_000 }),
    })
    .map((r) => {
      let n = r.seed;
      const next = () => (n = (n * 1103515245 + 12345) % 2147483648);
      const fields = FIELDS.slice(0, r.fieldCount).map((name, i) => ({ name, max: r.maxima[i] }));
      // The survey is a field of its own after the subtotal.
      if (layout === "subtotal") fields.push({ name: SURVEY, max: r.maxima[7] + 10 });
      const units: Unit[] = r.groupSizes.flatMap((size, g) =>
        Array.from({ length: size }, (_, u) => {
          const maxima = fields.map((f) =>
            layout === "paired" && next() % 4 === 0 ? f.max - 1 - (next() % 3) : f.max,
          );
          return {
            name: `Đơn vị ${PLACES[next() % PLACES.length]} ${g + 1}-${u + 1}`,
            group: GROUPS[g],
            maxima,
            scores: maxima.map((m) => round2((((next() % 1000) + 1) / 1000) * m)),
          };
        }),
      );
      return {
        layout,
        fields,
        labels: { max: r.maxLabel, points: r.pointsLabel, subtotal: r.subtotal },
        maxInHeader: r.maxInHeader,
        units,
      };
    });

const total = (u: Unit) => round2(u.scores.reduce((a, b) => a + b, 0));
const unitMax = (u: Unit) => u.maxima.reduce((a, b) => a + b, 0);

/** Writes the model as a sheet laid out the way its layout is met in practice. */
function render(model: Model): Grid {
  const rows: CellValue[][] = [["KẾT QUẢ XÁC ĐỊNH CHỈ SỐ CẢI CÁCH HÀNH CHÍNH NĂM 2024"], []];
  const merges: MergedArea[] = [];
  const k = model.fields.length;
  const label = (f: { name: string; max: number }) =>
    model.maxInHeader ? `${f.name} (${f.max} điểm)` : f.name;
  if (model.layout === "paired") {
    const top = rows.length + 1;
    rows.push([
      "STT",
      "Tên cơ quan, đơn vị",
      ...model.fields.flatMap((f) => [f.name, null]),
      "Tổng điểm",
      "Chỉ số (%)",
    ]);
    rows.push([
      null,
      null,
      ...model.fields.flatMap(() => [model.labels.max, model.labels.points]),
      null,
      null,
    ]);
    merges.push({ top, left: 1, bottom: top + 1, right: 1 }, { top, left: 2, bottom: top + 1, right: 2 });
    model.fields.forEach((_, i) => merges.push({ top, left: 3 + 2 * i, bottom: top, right: 4 + 2 * i }));
    for (const c of [3 + 2 * k, 4 + 2 * k]) merges.push({ top, left: c, bottom: top + 1, right: c });
    model.units.forEach((u, i) =>
      rows.push([
        i + 1,
        u.name,
        ...u.scores.flatMap((s, j) => [u.maxima[j], s]),
        total(u),
        round2((total(u) / unitMax(u)) * 100),
      ]),
    );
  } else if (model.layout === "subtotal") {
    const appraised = model.fields.slice(0, k - 1);
    const survey = model.fields[k - 1];
    rows.push([
      "TT",
      "Đơn vị",
      ...appraised.map(label),
      model.labels.subtotal,
      label(survey),
      "Tổng điểm",
      "Chỉ số (%)",
    ]);
    if (!model.maxInHeader) {
      const sub = appraised.reduce((a, f) => a + f.max, 0);
      rows.push([null, "Điểm tối đa", ...appraised.map((f) => f.max), sub, survey.max, sub + survey.max]);
    }
    model.units.forEach((u, i) => {
      const sub = round2(u.scores.slice(0, k - 1).reduce((a, b) => a + b, 0));
      rows.push([
        i + 1,
        u.name,
        ...u.scores.slice(0, k - 1),
        sub,
        u.scores[k - 1],
        total(u),
        round2((total(u) / unitMax(u)) * 100),
      ]);
    });
  } else {
    rows.push([
      "STT",
      "Tên đơn vị",
      "Khối",
      ...model.fields.map(label),
      "Tổng điểm",
      "Chỉ số (%)",
      "Xếp hạng năm 2023",
    ]);
    if (!model.maxInHeader) {
      rows.push([
        null,
        "Điểm tối đa",
        null,
        ...model.fields.map((f) => f.max),
        model.fields.reduce((a, f) => a + f.max, 0),
      ]);
    }
    const sorted = [...model.units].sort((a, b) => total(b) / unitMax(b) - total(a) / unitMax(a));
    sorted.forEach((u, i) =>
      rows.push([
        i + 1,
        u.name,
        u.group,
        ...u.scores,
        total(u),
        round2((total(u) / unitMax(u)) * 100),
        i % 5 === 3 ? "Mới" : i % 5 === 4 ? "-" : (i % 7) + 1,
      ]),
    );
  }
  const width = Math.max(...rows.map((r) => r.length));
  return {
    sheet: "KQ",
    top: 1,
    left: 1,
    values: rows.map((r) => [...r, ...new Array<CellValue>(width - r.length).fill(null)]),
    merges,
  };
}

function checkRecovered(model: Model): void {
  const analysis = analyseWorkbook({ grids: [render(model)], settings: DEFAULT_SETTINGS });
  expect(analysis.refusal).toBeNull();
  const table = analysis.tables[0];
  expect(table.components.map((c) => [c.name, c.max])).toEqual(
    model.fields.map((f) => [f.name, model.layout === "paired" ? null : f.max]),
  );
  const byName = new Map(model.units.map((u) => [u.name, u]));
  expect(analysis.units.map((u) => u.name).sort()).toEqual(model.units.map((u) => u.name).sort());
  for (const unit of analysis.units) {
    const source = byName.get(unit.name) as Unit;
    expect(unit.group).toBe(model.layout === "groupColumn" ? source.group : "KQ");
    expect(unit.components.map((c) => c.score)).toEqual(source.scores);
    expect(unit.components.map((c) => c.max)).toEqual(source.maxima);
    expect(unit.max).toBe(unitMax(source));
    expect(unit.index).toBeCloseTo((total(source) / unitMax(source)) * 100, 9);
    expect(unit.rank).not.toBeNull();
  }
}

describe.each(["paired", "subtotal", "groupColumn"] as const)("layout %s", (layout) => {
  it("random tables are recovered exactly", () => {
    fc.assert(
      fc.property(modelArb(layout), (model) => {
        // One group per sheet except with a group column.
        const units =
          layout === "groupColumn" ? model.units : model.units.map((u) => ({ ...u, group: "KQ" }));
        checkRecovered({ ...model, units });
      }),
      { numRuns: 60 },
    );
  });

  it("mangled tables end in a typed refusal", () => {
    const mangles: ((g: Grid) => Grid)[] = [
      // The index column off by a factor (a systematic disagreement, or outside 0–100).
      (g) => mapColumn(g, "Chỉ số (%)", (v) => (typeof v === "number" ? v * 10 : v)),
      // Every total a few points off the fields' sum.
      (g) => mapColumn(g, "Tổng điểm", (v) => (typeof v === "number" ? v + 7 : v)),
    ];
    if (layout === "paired") {
      // The sub-column labels swapped: the maxima read as points and the points as maxima.
      mangles.push((g) => ({
        ...g,
        values: g.values.map((row) =>
          row.map((v) => (v === "Điểm tối đa" ? "Điểm đạt" : v === "Điểm đạt" ? "Điểm tối đa" : v)),
        ),
      }));
    }
    fc.assert(
      fc.property(modelArb(layout), fc.nat(mangles.length - 1), (model, m) => {
        const units = model.units.map((u) => ({ ...u, group: layout === "groupColumn" ? u.group : "KQ" }));
        if (units.length < 4) return;
        const labels = { ...model.labels, max: "Điểm tối đa", points: "Điểm đạt" };
        const grid = mangles[m](render({ ...model, units, labels }));
        expect(() => analyseWorkbook({ grids: [grid], settings: DEFAULT_SETTINGS })).toThrow(InputError);
      }),
      { numRuns: 60 },
    );
  });
});

/** The grid with one column's body values changed (found by its header text). */
function mapColumn(grid: Grid, header: string, f: (v: CellValue) => CellValue): Grid {
  const headerRow = grid.values.findIndex((row) => row.includes(header));
  const column = grid.values[headerRow].indexOf(header);
  return {
    ...grid,
    values: grid.values.map((row, r) =>
      r <= headerRow || typeof row[1] !== "string" || row[1] === "Điểm tối đa"
        ? row
        : row.map((v, c) => (c === column ? f(v) : v)),
    ),
  };
}

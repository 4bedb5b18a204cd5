/**
 * Property-based detection: random score-table layouts generated from a model (header styles, group
 * styles, where the maxima live, noise rows, text numbers) — detection recovers the model; and mangled
 * grids never raise anything but a typed domain error.
 */
import fc from "fast-check";
import { analyseWorkbook } from "../../src/core/analyseWorkbook";
import { CchcError } from "../../src/core/errors";
import type { CellValue, Grid, MergedArea } from "../../src/core/grid";
import { InputError } from "../../src/core/problems";
import { DEFAULT_SETTINGS } from "../../src/core/settings";
import { findTables } from "../../src/core/workbook";

interface Model {
  headerStyle: "oneRow" | "withNumbering" | "umbrella";
  nameHeader: string;
  sttHeader: string;
  groupStyle: "roman" | "merged" | "khoi" | "none";
  maxStyle: "row" | "header" | "unitColumn";
  textNumbers: boolean;
  titleRows: number;
  footer: boolean;
  components: { name: string; max: number }[];
  groups: { name: string; units: { name: string; scores: number[] }[] }[];
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
const GROUP_NAMES = [
  "CÁC SỞ, BAN, NGÀNH",
  "UBND CÁC HUYỆN, THỊ XÃ, THÀNH PHỐ",
  "KHỐI PHƯỜNG",
  "KHỐI XÃ, ĐẶC KHU",
];
const UNIT_WORDS = ["Sở", "Huyện", "Phường", "Xã", "Ban", "Thị xã"];
const PLACE_WORDS = ["An", "Bình", "Cẩm", "Giang", "Hòa", "Kim", "Lạc", "Minh", "Nam", "Phú", "Tân", "Vĩnh"];

const modelArb: fc.Arbitrary<Model> = fc
  .record({
    headerStyle: fc.constantFrom("oneRow" as const, "withNumbering" as const, "umbrella" as const),
    nameHeader: fc.constantFrom(
      "Tên cơ quan, đơn vị",
      "Đơn vị",
      "TÊN ĐƠN VỊ",
      "Tên cơ quan, đơn vị".normalize("NFD"),
      "Tên đơn vị",
    ),
    sttHeader: fc.constantFrom("STT", "TT"),
    groupStyle: fc.constantFrom("roman" as const, "merged" as const, "khoi" as const, "none" as const),
    maxStyle: fc.constantFrom("row" as const, "header" as const, "unitColumn" as const),
    textNumbers: fc.boolean(),
    titleRows: fc.integer({ min: 0, max: 5 }),
    footer: fc.boolean(),
    componentCount: fc.integer({ min: 2, max: 8 }),
    maxima: fc.array(fc.integer({ min: 5, max: 30 }), { minLength: 8, maxLength: 8 }),
    groupSizes: fc.array(fc.integer({ min: 1, max: 6 }), { minLength: 1, maxLength: 4 }),
    seed: fc.integer({ min: 0, max: 1_000_000 }),
  })
  .map((r) => {
    const components = FIELD_NAMES.slice(0, r.componentCount).map((name, i) => ({ name, max: r.maxima[i] }));
    let n = r.seed;
    const next = () => (n = (n * 1103515245 + 12345) % 2147483648);
    const groupCount = r.groupStyle === "none" ? 1 : r.groupSizes.length;
    const groups = r.groupSizes.slice(0, groupCount).map((size, g) => ({
      name: GROUP_NAMES[g],
      units: Array.from({ length: size }, (_, u) => ({
        name: `${UNIT_WORDS[(g + u) % UNIT_WORDS.length]} ${PLACE_WORDS[next() % PLACE_WORDS.length]} ${g + 1}-${u + 1}`,
        scores: components.map((c) => Math.round(((next() % 1000) / 1000) * c.max * 100) / 100),
      })),
    }));
    return { ...r, components, groups };
  });

const ROMAN = ["I", "II", "III", "IV"];

/** Writes the model as a sheet, the way provinces lay them out. */
function render(model: Model): Grid {
  const rows: CellValue[][] = [];
  const merges: MergedArea[] = [];
  const k = model.components.length;
  const unitMaxColumn = model.maxStyle === "unitColumn";
  const width = 2 + k + 1 + (unitMaxColumn ? 1 : 0) + 1;
  const blank = () => new Array<CellValue>(width).fill(null);
  const push = (cells: CellValue[]) =>
    rows.push([...cells, ...new Array<CellValue>(width - cells.length).fill(null)]);
  for (let t = 0; t < model.titleRows; t++) {
    push([
      t === 0
        ? "UBND TỈNH HẢI DƯƠNG"
        : t === 2
          ? "KẾT QUẢ XÁC ĐỊNH CHỈ SỐ CẢI CÁCH HÀNH CHÍNH NĂM 2021"
          : null,
    ]);
  }
  const fieldLabel = (c: { name: string; max: number }) =>
    model.maxStyle === "header" ? `${c.name} (${c.max} điểm)` : c.name;
  const tail = [unitMaxColumn ? "Điểm tối đa" : null, "Tổng điểm", "Chỉ số (%)"].filter(
    (x) => x !== null,
  ) as string[];
  const headerTop = rows.length + 1;
  if (model.headerStyle === "umbrella") {
    push([model.sttHeader, model.nameHeader, "Điểm các lĩnh vực", ...new Array(k - 1).fill(null), ...tail]);
    push([null, null, ...model.components.map(fieldLabel), ...tail.map(() => null)]);
    merges.push({ top: headerTop, left: 3, bottom: headerTop, right: 2 + k });
    for (const c of [1, 2, ...tail.map((_, i) => 3 + k + i)])
      merges.push({ top: headerTop, left: c, bottom: headerTop + 1, right: c });
  } else {
    push([model.sttHeader, model.nameHeader, ...model.components.map(fieldLabel), ...tail]);
  }
  if (model.headerStyle === "withNumbering") push(Array.from({ length: width }, (_, i) => `(${i + 1})`));
  if (model.maxStyle === "row") {
    const total = model.components.reduce((a, c) => a + c.max, 0);
    push([null, "Điểm tối đa", ...model.components.map((c) => c.max), total]);
  }
  const unitRows: { name: string; row: number; group: string }[] = [];
  let stt = 0;
  model.groups.forEach((group, g) => {
    if (model.groupStyle === "roman") push([ROMAN[g], group.name]);
    if (model.groupStyle === "merged") {
      push([`${ROMAN[g]}. ${group.name}`]);
      merges.push({ top: rows.length, left: 1, bottom: rows.length, right: width });
    }
    if (model.groupStyle === "khoi") push([null, group.name]);
    for (const unit of group.units) {
      stt++;
      const total = Math.round(unit.scores.reduce((a, b) => a + b, 0) * 100) / 100;
      const max = model.components.reduce((a, c) => a + c.max, 0);
      const scores: CellValue[] = unit.scores.map((s) =>
        model.textNumbers ? String(s).replace(".", ",") : s,
      );
      const extra: CellValue[] = unitMaxColumn ? [max] : [];
      push([stt, unit.name, ...scores, ...extra, total, Math.round((total / max) * 10000) / 100]);
      unitRows.push({
        name: unit.name,
        row: rows.length,
        group: model.groupStyle === "none" ? "Sheet" : group.name,
      });
    }
  });
  if (model.footer) {
    push([null, "Trung bình"]);
    push([null, "Ghi chú: số liệu theo Quyết định công bố"]);
    push([null, "NGƯỜI LẬP BIỂU", null, null, "KT. GIÁM ĐỐC"]);
  }
  void blank;
  return { sheet: "Sheet", top: 1, left: 1, values: rows, merges };
}

describe("detection recovers randomly laid-out tables", () => {
  it("finds the units, their groups and rows, the components and their maxima", () => {
    fc.assert(
      fc.property(modelArb, (model) => {
        const grid = render(model);
        const { current } = findTables([grid]);
        expect(current).toHaveLength(1);
        const table = current[0];
        expect(table.components.map((c) => [c.name, c.max])).toEqual(
          model.components.map((c) => [c.name, model.maxStyle === "unitColumn" ? null : c.max]),
        );
        const expectedUnits = model.groups.flatMap((g) =>
          g.units.map((u) => [u.name, model.groupStyle === "none" ? "Sheet" : g.name]),
        );
        expect(table.units.map((u) => [u.name, u.group])).toEqual(expectedUnits);
        const analysis = analyseWorkbook({ grids: [grid], settings: DEFAULT_SETTINGS });
        for (const unit of analysis.units) {
          const source = model.groups.flatMap((g) => g.units).find((u) => u.name === unit.name)!;
          expect(unit.components.map((c) => c.score)).toEqual(source.scores);
          expect(unit.rank).not.toBeNull();
        }
      }),
      { numRuns: 150 },
    );
  });
});

describe("mangled grids", () => {
  const cell: fc.Arbitrary<CellValue> = fc.oneof(
    fc.constant(null),
    fc.double({ noNaN: false }),
    fc.integer({ min: -5, max: 120 }),
    fc.constantFrom(
      "Tên cơ quan, đơn vị",
      "Đơn vị",
      "STT",
      "Tổng điểm",
      "Chỉ số (%)",
      "Xếp hạng năm 2020",
      "Xếp loại",
      "Điểm tối đa",
      "I. CÁC SỞ",
      "KHỐI PHƯỜNG",
      "Cải cách TTHC (16 điểm)",
      "KAD",
      "-",
      "8,5",
      "1.234,5",
      "HTNV",
      "Trung bình",
      "Ghi chú",
      "",
      "   ",
    ),
    fc.string(),
    fc.constantFrom({ error: "#N/A" }, { error: "#DIV/0!" }, true, false),
  );
  const grid: fc.Arbitrary<Grid> = fc
    .record({
      rows: fc.integer({ min: 0, max: 25 }),
      cols: fc.integer({ min: 1, max: 12 }),
      cells: fc.array(cell, { minLength: 300, maxLength: 300 }),
      merges: fc.array(
        fc.record({
          top: fc.integer({ min: 1, max: 30 }),
          left: fc.integer({ min: 1, max: 14 }),
          h: fc.nat(3),
          w: fc.nat(5),
        }),
        { maxLength: 6 },
      ),
      top: fc.integer({ min: 1, max: 4 }),
      left: fc.integer({ min: 1, max: 3 }),
    })
    .map((r) => ({
      sheet: "Mangled",
      top: r.top,
      left: r.left,
      values: Array.from({ length: r.rows }, (_, i) =>
        Array.from({ length: r.cols }, (_, j) => r.cells[(i * r.cols + j) % 300]),
      ),
      merges: r.merges.map((m) => ({ top: m.top, left: m.left, bottom: m.top + m.h, right: m.left + m.w })),
    }));

  it("never raise anything but a typed domain error", () => {
    fc.assert(
      fc.property(grid, fc.boolean(), (g, strictSettings) => {
        try {
          const analysis = analyseWorkbook({
            grids: [g],
            settings: { ...DEFAULT_SETTINGS, deriveRatings: strictSettings },
          });
          expect(Array.isArray(analysis.units)).toBe(true);
        } catch (error) {
          if (!(error instanceof InputError || error instanceof CchcError)) throw error;
        }
      }),
      { numRuns: 400 },
    );
  });
});

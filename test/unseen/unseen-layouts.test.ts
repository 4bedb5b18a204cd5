/**
 * Issue 8, tried from outside: workbooks this project has never seen (test/unseen/builder.ts writes them with
 * ExcelJS directly, as different provinces type them — nothing from src/ or test/fixtures/lib), run through the
 * real command (`node bin/cchc.js report … --json`, a process per workbook), and compared with results computed
 * here from the data written: total = sum of the fields, index = total ÷ the unit's maximum × 100, competition
 * ranks (1, 2, 2, 4) within each group, a checked component below 75 % of the unit's own maximum (decided on
 * exact hundredths), rank change against last year, dropped units, reviews for HTNV / KHTNV.
 *
 * Checks that the product does not pass yet are `test.failing` with the reason in KNOWN (so the suite stays
 * green and a fix turns them red: then remove the entry). Expectations are never loosened to pass.
 */
import { spawnSync, type SpawnSyncReturns } from "node:child_process";
import { existsSync, mkdtempSync, readFileSync, rmSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { buildAll, CHECKED, FIELD_KEYS, type UnitModel, type WorkbookModel } from "./builder";
import { bin, below, checker, close, fieldOf, fold, nameKey, ranked, type Json } from "./harness";

const tmp = mkdtempSync(path.join(os.tmpdir(), "cchc-unseen-"));

/**
 * Checks that fail today: `<workbook id>: <check>` → what goes wrong. Empty: the four found first (a hidden
 * helper column after the total taken as a field; "Khối: …" group lines on forms; a VLOOKUP source sheet taken
 * as a second score table; a long list read as units) are fixed. Add an entry, never loosen a check.
 */
const KNOWN: Record<string, string> = {};
const check = checker(KNOWN);

const IDS = ["a1", "a2", "b1", "b2", "c1", "c2", "d1", "d2", "e1", "e2", "f1", "f2", "r1", "r2"] as const;

const models = new Map<string, WorkbookModel>();
const runs = new Map<string, { run: SpawnSyncReturns<string>; json: Json | null; jsonPath: string }>();

function cchc(args: string[]): SpawnSyncReturns<string> {
  return spawnSync(process.execPath, [bin, "report", ...args], { encoding: "utf8", timeout: 60_000 });
}

beforeAll(async () => {
  for (const m of await buildAll(tmp)) models.set(m.id, m);
  for (const id of IDS) {
    const m = models.get(id) as WorkbookModel;
    const jsonPath = path.join(tmp, `${id}.json`);
    const args = [path.join(tmp, m.file), "--json", jsonPath];
    if (m.previous) args.push("--previous", path.join(tmp, m.previous.file));
    const run = cchc(args);
    const json = existsSync(jsonPath) ? (JSON.parse(readFileSync(jsonPath, "utf8")) as Json) : null;
    runs.set(id, { run, json, jsonPath });
  }
}, 60_000);

afterAll(() => rmSync(tmp, { recursive: true, force: true }));

// ---------------------------------------------------------------------------------------------------------
// Independent arithmetic

interface Expected {
  unit: UnitModel;
  total: number;
  max: number;
  rank: number | null;
  previousRank: number | null;
}

const totalOf = (u: UnitModel) => u.fields.reduce((a, f) => a + f.score, 0);
const maxOf = (u: UnitModel) => u.fields.reduce((a, f) => a + f.max, 0);

function expected(m: WorkbookModel): Expected[] {
  const assessed = m.units.filter((u) => !u.notAssessed);
  const ranks = ranked(
    assessed.map((u) => ({ name: u.name, group: u.group, total: totalOf(u), max: maxOf(u) })),
  );
  let previous = new Map<string, number>();
  if (m.previous) {
    const prevRanks = ranked(m.previous.units);
    for (const [now, then] of Object.entries(m.previous.match))
      previous.set(now, prevRanks.get(then) as number);
  } else if (m.inTablePrevious) {
    previous = new Map(
      m.units
        .filter((u) => typeof u.previousRank === "number")
        .map((u) => [u.name, u.previousRank as number]),
    );
  }
  return m.units.map((u) => ({
    unit: u,
    total: totalOf(u),
    max: maxOf(u),
    rank: u.notAssessed ? null : (ranks.get(u.name) as number),
    previousRank: previous.get(u.name) ?? null,
  }));
}

// ---------------------------------------------------------------------------------------------------------

function result(id: string) {
  return runs.get(id) as { run: SpawnSyncReturns<string>; json: Json | null; jsonPath: string };
}

function unitsOf(id: string): { json: Json; byName: Map<string, Json["units"][number]> } {
  const { json } = result(id);
  if (!json) throw new Error(`no JSON for ${id}: ${result(id).run.stderr}`);
  return { json, byName: new Map(json.units.map((u) => [nameKey(u.name), u])) };
}

const READ = IDS.filter((id) => !["f2", "r1", "r2"].includes(id));

describe.each(READ.map((id) => [id]))("unseen workbook %s", (id) => {
  const m = () => models.get(id) as WorkbookModel;

  check(id, "is read: exit 0, no stack trace, the JSON written", () => {
    const { run, json } = result(id);
    expect(run.stderr).not.toMatch(/\n\s+at /);
    expect({ status: run.status, stderr: run.status === 0 ? "" : run.stderr.slice(0, 600) }).toEqual({
      status: 0,
      stderr: "",
    });
    expect(json).not.toBeNull();
  });

  check(id, "finds every unit and nothing else", () => {
    const { json } = unitsOf(id);
    const want = m()
      .units.map((u) => nameKey(u.name))
      .sort();
    const got = json.units.map((u) => nameKey(u.name));
    const notAssessed = json.notAssessed.map((u) => nameKey(u.unit));
    expect([...new Set([...got, ...notAssessed])].sort()).toEqual(want);
  });

  check(id, "puts the units in their groups, one group per khối, named after it", () => {
    const { byName } = unitsOf(id);
    const groupOf = new Map<string, Set<string>>();
    for (const u of m().units.filter((x) => !x.notAssessed)) {
      const got = byName.get(nameKey(u.name));
      const set = groupOf.get(u.group) ?? new Set<string>();
      set.add(got ? got.group : "(missing)");
      groupOf.set(u.group, set);
    }
    const named = m().groups.map((g) => {
      const names = [...(groupOf.get(g.id) ?? [])];
      return { id: g.id, names, matches: names.length === 1 && g.pattern.test(fold(names[0])) };
    });
    expect(named.filter((n) => !n.matches)).toEqual([]);
    expect(new Set(named.map((n) => n.names[0])).size).toBe(m().groups.length);
  });

  check(id, "reports each unit's sheet and row", () => {
    const { byName } = unitsOf(id);
    const rows = m().units.filter((u) => !u.notAssessed);
    const got = rows.map((u) => {
      const j = byName.get(nameKey(u.name));
      return { name: u.name, sheet: j?.sheet, row: u.row === null ? null : j?.row };
    });
    expect(got).toEqual(rows.map((u) => ({ name: u.name, sheet: u.sheet, row: u.row })));
  });

  check(id, "computes each unit's total, maximum and index", () => {
    const { byName } = unitsOf(id);
    const wrong = expected(m())
      .filter((e) => !e.unit.notAssessed)
      .flatMap((e) => {
        const j = byName.get(nameKey(e.unit.name));
        const want = { score: e.total / 100, max: e.max / 100, index: (e.total / e.max) * 100 };
        const ok = j && close(j.score, want.score) && close(j.max, want.max) && close(j.index, want.index);
        return ok
          ? []
          : [{ unit: e.unit.name, want, got: j ? { score: j.score, max: j.max, index: j.index } : null }];
      });
    expect(wrong).toEqual([]);
  });

  check(id, "reads every field (points and the unit's own maximum), and no other column as a field", () => {
    const { byName } = unitsOf(id);
    const wrong = m()
      .units.filter((u) => !u.notAssessed)
      .flatMap((u) => {
        const j = byName.get(nameKey(u.name));
        if (!j) return [{ unit: u.name, field: "*", want: "the unit", got: "missing" }];
        const comps = j.components.map((c) => ({ ...c, key: fieldOf(c.name) }));
        const out: { unit: string; field: string; want: unknown; got: unknown }[] = [];
        for (const f of u.fields) {
          const c = comps.filter((x) => x.key === f.key);
          const want = { score: f.score / 100, max: f.max / 100 };
          if (c.length !== 1 || !close(c[0].score, want.score) || !close(c[0].max, want.max))
            out.push({
              unit: u.name,
              field: f.key,
              want,
              got: c.map((x) => ({ name: x.name, score: x.score, max: x.max })),
            });
        }
        for (const c of comps.filter((x) => x.key === null || !FIELD_KEYS.includes(x.key)))
          out.push({
            unit: u.name,
            field: "(extra)",
            want: null,
            got: { name: c.name, score: c.score, max: c.max },
          });
        return out;
      });
    expect(wrong.slice(0, 12)).toEqual([]);
  });

  check(id, "ranks within each group, ties sharing a rank (1, 2, 2, 4)", () => {
    const { byName } = unitsOf(id);
    const want = expected(m())
      .filter((e) => e.rank !== null)
      .map((e) => ({ unit: e.unit.name, rank: e.rank }));
    expect(want.map((w) => ({ unit: w.unit, rank: byName.get(nameKey(w.unit))?.rank ?? null }))).toEqual(
      want,
    );
  });

  check(
    id,
    "lists for explanation exactly the checked components below 75 % of the unit's own maximum",
    () => {
      const { json } = unitsOf(id);
      const want = m()
        .units.filter((u) => !u.notAssessed)
        .flatMap((u) =>
          u.fields
            .filter((f) => CHECKED.includes(f.key) && below(f.score, f.max))
            .map((f) => `${u.name} / ${f.key}`),
        )
        .sort();
      const got = json.explanations.map((e) => `${e.unit} / ${fieldOf(e.component) ?? e.component}`).sort();
      expect(got).toEqual(want);
    },
  );

  check(
    id,
    "compares with last year: previous rank, rank change, dropped units, last year's unmatched",
    () => {
      const { json, byName } = unitsOf(id);
      const exp = expected(m()).filter((e) => e.rank !== null);
      const want = exp.map((e) => ({
        unit: e.unit.name,
        previousRank: e.previousRank,
        rankChange: e.previousRank === null ? null : e.previousRank - (e.rank as number),
        comparable: e.previousRank !== null,
      }));
      const got = exp.map((e) => {
        const j = byName.get(nameKey(e.unit.name));
        return {
          unit: e.unit.name,
          previousRank: j?.previousRank,
          rankChange: j?.rankChange,
          comparable: j?.comparable,
        };
      });
      expect(got).toEqual(want);
      const dropped = want
        .filter((w) => w.rankChange !== null && w.rankChange < 0)
        .map((w) => `${w.unit}: ${w.previousRank} → ${(w.previousRank as number) - (w.rankChange as number)}`)
        .sort();
      expect(json.dropped.map((d) => `${d.unit}: ${d.from} → ${d.to}`).sort()).toEqual(dropped);
      const prev = m().previous;
      const unmatched = prev
        ? prev.units.filter((p) => !Object.values(prev.match).includes(p.name)).map((p) => p.name)
        : [];
      expect(json.unmatchedPrevious.map((u) => u.name).sort()).toEqual(unmatched.sort());
    },
  );

  check(id, "lists for review exactly the units whose head was rated HTNV or KHTNV", () => {
    const { json } = unitsOf(id);
    const want = m()
      .units.filter((u) => u.rating === "HTNV" || u.rating === "KHTNV")
      .map((u) => `${u.name}: ${u.rating}`)
      .sort();
    expect(json.reviews.map((r) => `${r.unit}: ${r.rating}`).sort()).toEqual(want);
  });

  check(id, "leaves out (as not assessed) exactly the forms not yet appraised", () => {
    const { json, byName } = unitsOf(id);
    const want = m()
      .units.filter((u) => u.notAssessed)
      .map((u) => u.name);
    expect(json.notAssessed.map((u) => u.unit).sort()).toEqual(want.sort());
    for (const name of want) expect(byName.get(nameKey(name))?.rank ?? null).toBeNull();
  });
});

describe.each(["f2", "r1", "r2"].map((id) => [id]))("workbook %s that must be refused", (id) => {
  const m = () => models.get(id) as WorkbookModel;

  check(id, "is refused: exit 2, no stack trace, nothing written", () => {
    const { run, jsonPath } = result(id);
    expect(run.stderr).not.toMatch(/\n\s+at /);
    expect(run.status).toBe(2);
    expect(existsSync(jsonPath)).toBe(false);
  });

  check(id, "says why in Vietnamese, naming the cells or the column", () => {
    const { run } = result(id);
    expect(run.stderr.length).toBeGreaterThan(40);
    for (const pattern of m().refusal?.mentions ?? []) expect(run.stderr).toMatch(pattern);
  });
});

describe("the VLOOKUP workbook with its score sheet chosen (--sheet KetQua)", () => {
  check("f2-sheet", "is refused naming the VLOOKUP cells", () => {
    const m = models.get("f2") as WorkbookModel;
    const run = cchc([
      path.join(tmp, m.file),
      "--sheet",
      "KetQua",
      "--json",
      path.join(tmp, "f2-sheet.json"),
    ]);
    expect(run.status).toBe(2);
    expect(run.stderr).not.toMatch(/\n\s+at /);
    expect(run.stderr).toMatch(/VLOOKUP/);
    expect(run.stderr).toMatch(/J5/);
  });
});

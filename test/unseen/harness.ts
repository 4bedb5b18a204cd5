/**
 * What the unseen-workbook suites (unseen-layouts, unseen-round2, unseen-round3) share: the part of the JSON they read,
 * the command, the keys names and components are compared by, the independent arithmetic, the KNOWN helper, and for
 * rounds 2 and 3 (one model, builder2's) the runs and the common checks. The builders stay apart on purpose.
 */
import { spawn } from "node:child_process";
import { existsSync, mkdtempSync, readFileSync, rmSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { FIELD_KEYS, type Book2, type FieldKey, type Unit2 } from "./builder2";

/** The part of `cchc report --json` (DESIGN.md) these checks read. */
export interface Json<Review = { unit: string; rating: string }> {
  groups: { name: string; units: number }[];
  units: {
    name: string;
    group: string;
    sheet: string;
    row: number;
    score: number | null;
    max: number | null;
    index: number | null;
    rank: number | null;
    previousRank: number | null;
    rankChange: number | null;
    comparable: boolean;
    rating: string | null;
    components: { name: string; score: number | null; max: number | null; below: boolean | null }[];
  }[];
  dropped: { unit: string; group: string; from: number; to: number }[];
  reviews: Review[];
  explanations: { unit: string; component: string; score: number; max: number }[];
  notAssessed: { unit: string }[];
  unmatchedPrevious: { name: string }[];
  warnings: { sheet: string | null; row: number | null; column: string | null; message: string }[];
}

export interface Run<J = Json> {
  status: number | null;
  stdout: string;
  stderr: string;
  json: J | null;
  jsonPath: string;
}

export const root = path.resolve(__dirname, "../..");
export const bin = path.join(root, "bin/cchc.js");

// ---------------------------------------------------------------------------------------------------------
// Keys

export const fold = (s: string) =>
  s
    .normalize("NFD")
    .replace(/[\u0300-\u036f]/g, "")
    .replace(/đ/g, "d")
    .replace(/Đ/g, "D")
    .toLowerCase()
    .replace(/\s+/g, " ")
    .trim();
/** A unit's name as a reader compares it: NFC, spaces collapsed, case. */
export const nameKey = (s: string) => s.normalize("NFC").replace(/\s+/g, " ").trim().toLowerCase();

/** Which field a component named by the product is, by the words of its header. */
export function fieldOf(component: string): FieldKey | null {
  const f = fold(component);
  if (/tac dong|xa hoi hoc|xhh|khao sat/.test(f)) return "tacDong";
  if (/thu tuc|tthc/.test(f)) return "tthc";
  if (/chinh quyen|cqdt|cqs/.test(f)) return "cqs";
  if (/chi dao|dieu hanh/.test(f)) return "chiDao";
  if (/the che/.test(f)) return "theChe";
  if (/bo may/.test(f)) return "boMay";
  if (/cong vu/.test(f)) return "congVu";
  if (/tai chinh/.test(f)) return "taiChinh";
  return null;
}
export const CHECKED: FieldKey[] = ["tthc", "cqs"];

// ---------------------------------------------------------------------------------------------------------
// Independent arithmetic

export const applies = (u: Unit2) => u.fields.filter((f) => !f.na);
export const totalOf = (u: Unit2) => applies(u).reduce((a, f) => a + f.score, 0);
export const maxOf = (u: Unit2) => u.unitMax ?? applies(u).reduce((a, f) => a + f.max, 0);

/** Competition ranks on total/max within each group, exact: a ranks below b when b.total·a.max > a.total·b.max. */
export function ranked(
  list: { name: string; group: string; total: number; max: number }[],
): Map<string, number> {
  const out = new Map<string, number>();
  for (const a of list)
    out.set(a.name, 1 + list.filter((b) => b.group === a.group && b.total * a.max > a.total * b.max).length);
  return out;
}

export interface Expected {
  unit: Unit2;
  total: number;
  max: number;
  rank: number | null;
  previousRank: number | null;
}

export function expected(m: Book2): Expected[] {
  const assessed = m.units.filter((u) => !u.notAssessed);
  const ranks = ranked(
    assessed.map((u) => ({ name: u.name, group: u.group, total: totalOf(u), max: maxOf(u) })),
  );
  let previous = new Map<string, number>();
  if (m.previous) {
    const prevRanks = ranked(m.previous.units.filter((p) => !p.notAssessed));
    for (const [now, then] of Object.entries(m.previous.match)) {
      const r = prevRanks.get(then);
      if (r !== undefined) previous.set(now, r);
    }
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

/** Below the threshold on exact hundredths: 100·score < 75·max (so 10,5 of 14 is not below). */
export const below = (score: number, max: number) => 100 * score < 75 * max;
export const close = (a: number | null, b: number) =>
  a !== null && Math.abs(a - b) < 1e-9 * Math.max(1, Math.abs(b));

// ---------------------------------------------------------------------------------------------------------
// Checks

/** `check(key, name, fn)`: a test, or `test.failing` with the reason when `<key>: <name>` is in KNOWN. */
export function checker(KNOWN: Record<string, string>): (key: string, name: string, fn: () => void) => void {
  return (key, name, fn) => {
    const known = KNOWN[`${key}: ${name}`];
    if (known) test.failing(`${name} — KNOWN FAILING: ${known}`, fn);
    else test(name, fn);
  };
}

export const CHECKS = {
  read: "is read: exit 0, no stack trace, the JSON written",
  units: "finds every unit and nothing else",
  groups: "puts the units in their groups, one group per khối, named after it",
  rows: "reports each unit's sheet and row",
  totals: "computes each unit's total, maximum and index",
  fields: "reads every field (points and the unit's own maximum), and no other column as a field",
  ranks: "ranks within each group, ties sharing a rank (1, 2, 2, 4)",
  explanations: "lists for explanation exactly the checked components below 75 % of the unit's own maximum",
  previous: "compares with last year: previous rank, rank change, dropped units, last year's unmatched",
  ratings: "reads each head's rating as written, and lists for review exactly HTNV and KHTNV",
  notAssessed: "leaves out (as not assessed) exactly the forms not yet appraised",
  warnings: "warns about what a careful reader must be told",
  why: "says why in Vietnamese, naming the cells or the column",
} as const;
export type CheckId = keyof typeof CHECKS;
export const ALL_READ: CheckId[] = [
  "read",
  "units",
  "groups",
  "rows",
  "totals",
  "fields",
  "ranks",
  "explanations",
  "previous",
  "ratings",
  "notAssessed",
  "warnings",
];
/** Adds to KNOWN: `<key>: <check>` for each check → reason. */
export function known(KNOWN: Record<string, string>, key: string, checks: CheckId[], reason: string): void {
  for (const c of checks) KNOWN[`${key}: ${CHECKS[c]}`] = reason;
}

// ---------------------------------------------------------------------------------------------------------
// Rounds 2 and 3: the runs and the common checks

/** A run: a workbook (model), extra arguments, read or refused. */
export interface RunSpec {
  key: string;
  id: string;
  args: string[];
  refused: boolean;
}

export function cchc(args: string[]): Promise<{ status: number | null; stdout: string; stderr: string }> {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, [bin, "report", ...args], { stdio: ["ignore", "pipe", "pipe"] });
    let stdout = "";
    let stderr = "";
    child.stdout.setEncoding("utf8").on("data", (d: string) => (stdout += d));
    child.stderr.setEncoding("utf8").on("data", (d: string) => (stderr += d));
    const timer = setTimeout(() => child.kill(), 50_000);
    child.on("close", (status) => {
      clearTimeout(timer);
      resolve({ status, stdout, stderr });
    });
  });
}

export interface Round<J extends Json> {
  tmp: string;
  models: Map<string, Book2>;
  check: (key: string, name: string, fn: () => void) => void;
  runOf: (key: string) => Run<J>;
  unitsOf: (key: string) => { json: J; byName: Map<string, J["units"][number]> };
}

/**
 * Builds the workbooks, runs RUNS through the command (four at a time), and declares the common checks: for each
 * run read, `unseen workbook <key>`; for each refused, `workbook <key> that must be refused`.
 */
export function round<J extends Json = Json>(opts: {
  tmpPrefix: string;
  buildAll: (dir: string) => Promise<Book2[]>;
  RUNS: RunSpec[];
  KNOWN: Record<string, string>;
  nameKey: (s: string) => string;
}): Round<J> {
  const { RUNS, nameKey } = opts;
  const tmp = mkdtempSync(path.join(os.tmpdir(), opts.tmpPrefix));
  const models = new Map<string, Book2>();
  const runs = new Map<string, Run<J>>();
  const check = checker(opts.KNOWN);

  beforeAll(async () => {
    for (const m of await opts.buildAll(tmp)) models.set(m.id, m);
    const queue = [...RUNS];
    const worker = async () => {
      for (let spec = queue.shift(); spec; spec = queue.shift()) {
        const m = models.get(spec.id) as Book2;
        const jsonPath = path.join(tmp, `${spec.key.replace(/\W+/g, "_")}.json`);
        const args = [path.join(tmp, m.file), "--json", jsonPath, ...spec.args];
        if (m.previous?.file) args.push("--previous", path.join(tmp, m.previous.file));
        if (m.settings) args.push("--settings", path.join(tmp, m.settings.file));
        const out = await cchc(args);
        const json = existsSync(jsonPath) ? (JSON.parse(readFileSync(jsonPath, "utf8")) as J) : null;
        runs.set(spec.key, { ...out, json, jsonPath });
      }
    };
    await Promise.all([worker(), worker(), worker(), worker()]);
  }, 60_000);

  afterAll(() => rmSync(tmp, { recursive: true, force: true }));

  const runOf = (key: string) => runs.get(key) as Run<J>;

  function unitsOf(key: string): { json: J; byName: Map<string, J["units"][number]> } {
    const { json, stderr } = runOf(key);
    if (!json) throw new Error(`no JSON for ${key}: ${stderr.slice(0, 800)}`);
    return { json, byName: new Map(json.units.map((u) => [nameKey(u.name), u])) };
  }

  describe.each(RUNS.filter((r) => !r.refused).map((r) => [r.key, r.id]))("unseen workbook %s", (key, id) => {
    const m = () => models.get(id) as Book2;

    check(key, "is read: exit 0, no stack trace, the JSON written", () => {
      const run = runOf(key);
      expect(run.stderr).not.toMatch(/\n\s+at /);
      expect({ status: run.status, stderr: run.status === 0 ? "" : run.stderr.slice(0, 600) }).toEqual({
        status: 0,
        stderr: "",
      });
      expect(run.json).not.toBeNull();
    });

    check(key, "finds every unit and nothing else", () => {
      const { json } = unitsOf(key);
      const want = m()
        .units.map((u) => nameKey(u.name))
        .sort();
      const got = [
        ...json.units.map((u) => nameKey(u.name)),
        ...json.notAssessed.map((u) => nameKey(u.unit)),
      ];
      expect([...new Set(got)].sort()).toEqual(want);
      expect(json.units.length).toBe(m().units.length);
    });

    check(key, "puts the units in their groups, one group per khối, named after it", () => {
      const { json, byName } = unitsOf(key);
      const groupOf = new Map<string, Set<string>>();
      for (const u of m().units.filter((x) => !x.notAssessed)) {
        const got = byName.get(nameKey(u.name));
        const s = groupOf.get(u.group) ?? new Set<string>();
        s.add(got ? got.group : "(missing)");
        groupOf.set(u.group, s);
      }
      const named = m().groups.map((g) => {
        const names = [...(groupOf.get(g.id) ?? [])];
        return { id: g.id, names, matches: names.length === 1 && g.pattern.test(fold(names[0])) };
      });
      expect(named.filter((n) => !n.matches)).toEqual([]);
      expect(new Set(named.map((n) => n.names[0])).size).toBe(m().groups.length);
      expect(json.groups.map((g) => g.name).length).toBe(m().groups.length);
    });

    check(key, "reports each unit's sheet and row", () => {
      const { byName } = unitsOf(key);
      const list = m().units.filter((u) => !u.notAssessed);
      const got = list.map((u) => {
        const j = byName.get(nameKey(u.name));
        return { name: u.name, sheet: j?.sheet, row: u.row === null ? null : j?.row };
      });
      expect(got).toEqual(list.map((u) => ({ name: u.name, sheet: u.sheet, row: u.row })));
    });

    check(key, "computes each unit's total, maximum and index", () => {
      const { byName } = unitsOf(key);
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
      expect(wrong.slice(0, 10)).toEqual([]);
    });

    check(
      key,
      "reads every field (points and the unit's own maximum), and no other column as a field",
      () => {
        const { byName } = unitsOf(key);
        const wrong = m()
          .units.filter((u) => !u.notAssessed)
          .flatMap((u) => {
            const j = byName.get(nameKey(u.name));
            if (!j) return [{ unit: u.name, field: "*", want: "the unit", got: "missing" }];
            const comps = j.components.map((c) => ({ ...c, key: fieldOf(c.name) }));
            const out: { unit: string; field: string; want: unknown; got: unknown }[] = [];
            for (const f of u.fields) {
              const c = comps.filter((x) => x.key === f.key);
              const got = c.map((x) => ({ name: x.name, score: x.score, max: x.max, below: x.below }));
              if (f.na) {
                // A field that does not apply: absent, or without points and maximum, never below.
                const ok =
                  c.length === 0 ||
                  (c.length === 1 &&
                    !c[0].max &&
                    (c[0].score === null || c[0].score === 0) &&
                    c[0].below !== true);
                if (!ok) out.push({ unit: u.name, field: f.key, want: "not applicable", got });
                continue;
              }
              const want = { score: f.score / 100, max: f.maxUnknown ? "(unknown)" : f.max / 100 };
              if (
                c.length !== 1 ||
                !close(c[0].score, f.score / 100) ||
                (!f.maxUnknown && !close(c[0].max, f.max / 100))
              )
                out.push({ unit: u.name, field: f.key, want, got });
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
      },
    );

    check(key, "ranks within each group, ties sharing a rank (1, 2, 2, 4)", () => {
      const { byName } = unitsOf(key);
      const want = expected(m())
        .filter((e) => e.rank !== null)
        .map((e) => ({ unit: e.unit.name, rank: e.rank }));
      expect(want.map((w) => ({ unit: w.unit, rank: byName.get(nameKey(w.unit))?.rank ?? null }))).toEqual(
        want,
      );
    });

    check(
      key,
      "lists for explanation exactly the checked components below 75 % of the unit's own maximum",
      () => {
        const { json } = unitsOf(key);
        const want = m()
          .units.filter((u) => !u.notAssessed)
          .flatMap((u) =>
            applies(u)
              .filter((f) => CHECKED.includes(f.key) && below(f.score, f.max))
              .map((f) => `${nameKey(u.name)} / ${f.key}`),
          )
          .sort();
        const got = json.explanations
          .map((e) => `${nameKey(e.unit)} / ${fieldOf(e.component) ?? e.component}`)
          .sort();
        expect(got).toEqual(want);
      },
    );

    check(
      key,
      "compares with last year: previous rank, rank change, dropped units, last year's unmatched",
      () => {
        const { json, byName } = unitsOf(key);
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
          .map(
            (w) =>
              `${nameKey(w.unit)}: ${w.previousRank} → ${(w.previousRank as number) - (w.rankChange as number)}`,
          )
          .sort();
        expect(json.dropped.map((d) => `${nameKey(d.unit)}: ${d.from} → ${d.to}`).sort()).toEqual(dropped);
        const prev = m().previous;
        const unmatched = prev
          ? prev.units.filter((p) => !Object.values(prev.match).includes(p.name)).map((p) => p.name)
          : [];
        expect(json.unmatchedPrevious.map((u) => u.name).sort()).toEqual(unmatched.sort());
      },
    );

    check(key, "reads each head's rating as written, and lists for review exactly HTNV and KHTNV", () => {
      const { json, byName } = unitsOf(key);
      const rated = m().units.filter((u) => u.rating);
      expect(rated.map((u) => `${u.name}: ${byName.get(nameKey(u.name))?.rating ?? null}`)).toEqual(
        rated.map((u) => `${u.name}: ${u.rating}`),
      );
      const want = rated
        .filter((u) => u.rating === "HTNV" || u.rating === "KHTNV")
        .map((u) => `${nameKey(u.name)}: ${u.rating}`)
        .sort();
      expect(json.reviews.map((r) => `${nameKey(r.unit)}: ${r.rating}`).sort()).toEqual(want);
    });

    check(key, "leaves out (as not assessed) exactly the forms not yet appraised", () => {
      const { json, byName } = unitsOf(key);
      const want = m()
        .units.filter((u) => u.notAssessed)
        .map((u) => nameKey(u.name));
      expect(json.notAssessed.map((u) => nameKey(u.unit)).sort()).toEqual(want.sort());
      for (const name of want) expect(byName.get(name)?.rank ?? null).toBeNull();
    });

    check(key, "warns about what a careful reader must be told", () => {
      const { json } = unitsOf(key);
      const texts = json.warnings.map((w) => `${w.sheet ?? ""} ${w.column ?? ""}${w.row ?? ""} ${w.message}`);
      const missing = (m().warnings ?? [])
        .filter((w) => !texts.some((t) => w.pattern.test(t)))
        .map((w) => w.why);
      expect(missing).toEqual([]);
    });
  });

  describe.each(RUNS.filter((r) => r.refused).map((r) => [r.key, r.id]))(
    "workbook %s that must be refused",
    (key, id) => {
      const m = () => models.get(id) as Book2;

      check(key, "is refused: exit 2, no stack trace, nothing written", () => {
        const run = runOf(key);
        expect(run.stderr).not.toMatch(/\n\s+at /);
        expect(run.status).toBe(2);
        expect(existsSync(run.jsonPath)).toBe(false);
      });

      check(key, "says why in Vietnamese, naming the cells or the column", () => {
        const run = runOf(key);
        expect(run.stderr.length).toBeGreaterThan(40);
        for (const pattern of m().refusal?.mentions ?? []) expect(run.stderr).toMatch(pattern);
      });
    },
  );

  return { tmp, models, check, runOf, unitsOf };
}

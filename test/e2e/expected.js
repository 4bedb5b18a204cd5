// What the fixture models (test/fixtures/models.json, written by the fixture generator) say the preview
// must show: units per group, each group's units in rank order, and the follow-up lists (explanations,
// reviews, dropped units). Tables with units as rows and tables with criteria as rows (units across columns,
// per-unit forms) alike.
const path = require("path");
const { ROOT } = require("./lib/build");

const models = require(path.join(ROOT, "test/fixtures/models.json"));

function fixture(file) {
  const found = models.fixtures.find((f) => f.file.endsWith(file));
  if (!found) throw new Error(`models.json has no fixture ${file}`);
  return found;
}

/** Group headings as the pane shows them: without their Roman numeral ("I. CÁC SỞ" → "CÁC SỞ"). */
function groupName(name) {
  return name
    .replace(/^[IVXLC]+\.\s*/, "")
    .replace(/\s+/g, " ")
    .trim();
}

/** This year's table of a fixture: the first current-year table, or the table with criteria as rows. */
function tableOf(file) {
  const model = fixture(file);
  const table = model.tables.find((t) => t.role === "current") ?? model.tables[0];
  if (table) return { kind: "rows", year: table.year, groups: table.groups };
  const criteria = (model.criteriaTables ?? [])[0];
  if (!criteria) throw new Error(`models.json has no table for ${file}`);
  return { kind: "criteria", year: criteria.year, groups: criteria.groups };
}

/** Groups of this year's table: name (as the pane shows it), unit count and unit names by rank (ties keep sheet order). */
function groupsOf(file) {
  return tableOf(file).groups.map((g) => ({
    name: groupName(g.name),
    count: g.units.length,
    byRank: g.units
      .filter((u) => u.rank !== null && u.rank !== undefined)
      .map((u, i) => ({ name: u.name, rank: u.rank, i }))
      .sort((a, b) => a.rank - b.rank || a.i - b.i)
      .map((u) => u.name),
  }));
}

/**
 * The pane's lists for a fixture under the default settings, as sorted unit names: one explanation per
 * component below 75 %, one review per head rated HTNV or KHTNV (none without a rating column), the units
 * that dropped in rank (when compared with last year).
 */
function listsOf(file) {
  const table = tableOf(file);
  const units = table.groups.flatMap((g) => g.units);
  return {
    year: table.year,
    units: units.length,
    explanations: units.flatMap((u) => u.below75.map(() => u.name)).sort(),
    reviews:
      table.kind === "rows"
        ? units
            .filter((u) => u.rating === "HTNV" || u.rating === "KHTNV")
            .map((u) => u.name)
            .sort()
        : [],
    dropped: units
      .filter((u) => u.rankChange !== null && u.rankChange < 0)
      .map((u) => u.name)
      .sort(),
  };
}

module.exports = { groupsOf, listsOf, fixture, groupName };

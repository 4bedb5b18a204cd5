// What the fixture models (test/fixtures/models.json, written by the fixture generator) say the preview
// must show: units per group, and each group's units in rank order.
const path = require("path");
const { ROOT } = require("./lib/build");

const models = require(path.join(ROOT, "test/fixtures/models.json"));

function fixture(file) {
  const found = models.fixtures.find((f) => f.file.endsWith(file));
  if (!found) throw new Error(`models.json has no fixture ${file}`);
  return found;
}

/** Groups of the first current-year table: name, unit count and unit names by rank (ties keep sheet order). */
function groupsOf(file) {
  const table = fixture(file).tables.find((t) => t.role === "current") ?? fixture(file).tables[0];
  return table.groups.map((g) => ({
    name: g.name,
    count: g.units.length,
    byRank: g.units
      .filter((u) => u.rank !== null && u.rank !== undefined)
      .map((u, i) => ({ name: u.name, rank: u.rank, i }))
      .sort((a, b) => a.rank - b.rank || a.i - b.i)
      .map((u) => u.name),
  }));
}

module.exports = { groupsOf, fixture };

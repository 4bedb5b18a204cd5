/**
 * How a table that has no columns to map was read, in place of the column editor: units across columns
 * (criteria as rows, one column per unit) or a scoring form per unit (one sheet each). It says which layout,
 * where the units and the final score are, how many units and fields were read — and that this reading is not
 * edited here (the editor's roles are columns of a table with one row per unit).
 */
import {
  Body1,
  Caption1,
  MessageBar,
  MessageBarBody,
  Subtitle2,
  makeStyles,
  tokens,
} from "@fluentui/react-components";
import type { DetectedTable } from "../../core/detect";
import { columnLetter } from "../../core/grid";
import { columnOptions } from "../columns";
import { shown } from "../format";
import { usePane } from "../model";

const useStyles = makeStyles({
  section: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalS, minWidth: 0 },
  list: { margin: 0, paddingLeft: "1.2em" },
});

/** “Sở Nội vụ”, or the first and last of several sheets. */
function sheetsText(sheets: readonly string[]): string {
  const quoted = sheets.map((s) => `“${s}”`);
  return quoted.length <= 2 ? quoted.join(", ") : `${quoted[0]} … ${quoted[quoted.length - 1]}`;
}

export function TableReading({ table }: { table: DetectedTable }) {
  const model = usePane();
  const styles = useStyles();
  const { t, view, language } = model;
  const grid = view?.grids.find((g) => g.sheet === table.sheet);
  const headers = grid !== undefined ? columnOptions(table, grid) : [];
  const columnText = (column: number) => {
    const header = headers.find((o) => o.column === column)?.header ?? "";
    return header === "" ? columnLetter(column) : `${columnLetter(column)} “${header}”`;
  };
  const unitColumns = table.units.map((u) => u.cells.name.column);
  const totalRow = table.rowRoles?.total;
  const indexRow = table.rowRoles?.index;
  const lines: string[] = [];
  if (table.layout === "columns") {
    lines.push(
      t("tableReadColumns", {
        from: columnLetter(Math.min(...unitColumns)),
        to: columnLetter(Math.max(...unitColumns)),
        row: String(table.units[0]?.row ?? table.headerBottom),
      }),
    );
  } else {
    const sheets = table.sheets ?? [table.sheet];
    lines.push(
      t("tableReadForms", {
        count: String(sheets.length),
        sheets: sheetsText(sheets),
        first: table.sheet,
        column: table.criteria?.points !== undefined ? columnText(table.criteria.points) : "",
      }),
    );
  }
  lines.push(
    t("tableReadCounts", {
      units: String(table.units.length),
      fields: String(table.components.length),
      max: table.criteria !== undefined ? columnLetter(table.criteria.max) : "",
    }),
  );
  if (totalRow === undefined) lines.push(t("tableReadTotalSum"));
  else if (table.layout === "columns") lines.push(t("tableReadTotalRow", { row: String(totalRow) }));
  else lines.push(t("tableReadTotalForm"));
  if (indexRow !== undefined && table.layout === "columns")
    lines.push(t("tableReadIndexRow", { row: String(indexRow) }));

  return (
    <section
      className={styles.section}
      aria-label={t("tableOnSheet", { sheet: table.sheet })}
      data-testid="table-reading"
    >
      <Subtitle2 as="h2">{t("tableOnSheet", { sheet: table.sheet })}</Subtitle2>
      <Caption1>
        {t("tableHeaderRows", { top: String(table.headerTop), bottom: String(table.headerBottom) })}
        {table.year !== null ? ` · ${t("tableYear", { year: String(table.year) })}` : ""}
      </Caption1>
      {lines.map((line) => (
        <Body1 key={line}>{line}</Body1>
      ))}
      <ul className={styles.list} aria-label={t("componentsHeading")} data-testid="components">
        {table.components.map((c) => (
          <li key={`${c.row ?? ""}/${c.name}`}>{`${c.name} — ${t("colMax")}: ${shown(c.max, language)}`}</li>
        ))}
      </ul>
      <MessageBar intent="info" layout="multiline">
        <MessageBarBody>{t("tableReadNotEditable")}</MessageBarBody>
      </MessageBar>
    </section>
  );
}

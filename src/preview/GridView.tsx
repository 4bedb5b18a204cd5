/**
 * The simulated workbook as a spreadsheet: a strip of sheet tabs (clicking one activates the sheet, as in
 * Excel) and the active sheet as a table with column letters, row numbers, merged cells, frozen panes,
 * fills, fonts, borders and conditional formats. Re-rendered by its parent after every sync.
 */
import type { CSSProperties, KeyboardEvent } from "react";
import { columnLetter } from "../core/grid";
import type { SheetState, WorkbookState } from "./simulator";
import type { BorderLine } from "./simulator/state";
import { buildSheetView, type ViewCell } from "./sheetView";
import { fill, type PreviewStrings } from "./strings";

const HEADER_HEIGHT = 22;
const ROW_HEADER_WIDTH = 44;

function borderCss(line: BorderLine | undefined): string | undefined {
  if (!line || line.style === "None") return undefined;
  const width = line.weight === "Thick" ? 3 : line.weight === "Medium" ? 2 : 1;
  const style = /dash|dot/i.test(line.style) ? "dashed" : line.style === "Double" ? "double" : "solid";
  return `${width}px ${style} ${line.color || "#000000"}`;
}

function cellCss(cell: ViewCell): CSSProperties {
  const s = cell.style;
  const decorations = [
    s.fontUnderline && s.fontUnderline !== "None" ? "underline" : "",
    s.fontStrikethrough ? "line-through" : "",
  ]
    .filter(Boolean)
    .join(" ");
  const align = s.horizontalAlignment?.toLowerCase();
  return {
    background: s.fillColor && s.fillPattern !== "None" ? s.fillColor : undefined,
    color: s.fontColor,
    fontWeight: s.fontBold ? 700 : undefined,
    fontStyle: s.fontItalic ? "italic" : undefined,
    textDecoration: decorations || undefined,
    textAlign:
      align === "center" || align === "centeracrossselection"
        ? "center"
        : align === "right"
          ? "right"
          : align === "left"
            ? "left"
            : cell.numeric
              ? "right"
              : undefined,
    verticalAlign:
      s.verticalAlignment?.toLowerCase() === "top"
        ? "top"
        : s.verticalAlignment?.toLowerCase() === "center"
          ? "middle"
          : "bottom",
    whiteSpace: s.wrapText ? "pre-wrap" : "pre",
    borderTop: borderCss(cell.borders.top),
    borderRight: borderCss(cell.borders.right),
    borderBottom: borderCss(cell.borders.bottom),
    borderLeft: borderCss(cell.borders.left),
  };
}

export interface GridViewProps {
  readonly workbook: WorkbookState;
  readonly strings: PreviewStrings;
  readonly onActivate: (sheetId: string) => void;
}

function SheetTabs({ workbook, strings, onActivate }: GridViewProps) {
  const visible = workbook.sheets.filter((s) => s.visibility === "Visible");
  const move = (event: KeyboardEvent<HTMLButtonElement>, index: number) => {
    const step = event.key === "ArrowRight" ? 1 : event.key === "ArrowLeft" ? -1 : 0;
    if (step === 0) return;
    event.preventDefault();
    const next = visible[(index + step + visible.length) % visible.length];
    onActivate(next.id);
    document.getElementById(`sheet-tab-${next.id}`)?.focus();
  };
  return (
    <div className="sheet-tabs" role="tablist" aria-label={strings.sheetTabs} data-testid="sheet-tabs">
      {visible.map((sheet, index) => {
        const active = sheet.id === workbook.activeSheetId;
        return (
          <button
            key={sheet.id}
            id={`sheet-tab-${sheet.id}`}
            type="button"
            role="tab"
            aria-selected={active}
            aria-controls="sheet-panel"
            tabIndex={active ? 0 : -1}
            className={active ? "sheet-tab active" : "sheet-tab"}
            style={sheet.tabColor ? { borderBottomColor: sheet.tabColor } : undefined}
            data-sheet={sheet.name}
            onClick={() => onActivate(sheet.id)}
            onKeyDown={(event) => move(event, index)}
          >
            {sheet.name}
          </button>
        );
      })}
    </div>
  );
}

function SheetTable({
  workbook,
  sheet,
  strings,
}: {
  workbook: WorkbookState;
  sheet: SheetState;
  strings: PreviewStrings;
}) {
  const view = buildSheetView(workbook, sheet);
  if (view.rows === 0) return <p className="empty-sheet">{strings.emptySheet}</p>;
  const frozenTop: number[] = [];
  let top = HEADER_HEIGHT;
  for (let r = 0; r < view.freeze.rows && r < view.rows; r++) {
    frozenTop.push(top);
    top += view.rowHeights[r];
  }
  const frozenLeft: number[] = [];
  let left = ROW_HEADER_WIDTH;
  for (let c = 0; c < view.freeze.columns && c < view.columns; c++) {
    frozenLeft.push(left);
    left += view.columnWidths[c];
  }
  const freezeNote = [
    view.freeze.rows > 0 ? fill(strings.frozen, { rows: view.freeze.rows }) : "",
    view.freeze.columns > 0 ? fill(strings.frozenColumns, { columns: view.freeze.columns }) : "",
  ]
    .filter(Boolean)
    .join(", ");
  return (
    <>
      {(freezeNote || view.truncated) && (
        <p className="sheet-note">
          {freezeNote}
          {freezeNote && view.truncated ? " · " : ""}
          {view.truncated ? fill(strings.truncated, { rows: view.rows, columns: view.columns }) : ""}
        </p>
      )}
      <table
        className="grid"
        style={{
          width: ROW_HEADER_WIDTH + view.columnWidths.reduce((a, w) => a + Math.max(24, Math.round(w)), 0),
        }}
        aria-label={fill(strings.gridLabel, { name: view.name })}
        data-testid="grid"
        data-sheet={view.name}
        data-fingerprint={view.fingerprint}
        data-frozen-rows={view.freeze.rows}
      >
        <colgroup>
          <col style={{ width: ROW_HEADER_WIDTH }} />
          {view.columnWidths.map((w, c) => (
            <col key={c} style={{ width: Math.max(24, Math.round(w)) }} />
          ))}
        </colgroup>
        <thead>
          <tr style={{ height: HEADER_HEIGHT }}>
            <td className="corner" />
            {view.columnWidths.map((_, c) => (
              <th
                key={c}
                scope="col"
                className="col-header"
                style={c < frozenLeft.length ? { left: frozenLeft[c], zIndex: 4 } : undefined}
              >
                {columnLetter(c + 1)}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {view.lines.map((line, r) => {
            const frozen = r < frozenTop.length;
            return (
              <tr
                key={r}
                className={
                  frozen && r === frozenTop.length - 1
                    ? "frozen-row last-frozen"
                    : frozen
                      ? "frozen-row"
                      : undefined
                }
                style={{ height: Math.round(view.rowHeights[r]) }}
              >
                <th
                  scope="row"
                  className="row-header"
                  style={frozen ? { top: frozenTop[r], zIndex: 4 } : undefined}
                >
                  {r + 1}
                </th>
                {line.map((cell) => {
                  const sticky: CSSProperties = {};
                  if (frozen) sticky.top = frozenTop[r];
                  if (cell.column < frozenLeft.length) sticky.left = frozenLeft[cell.column];
                  const isSticky = sticky.top !== undefined || sticky.left !== undefined;
                  const classes = [
                    isSticky ? "sticky" : "",
                    cell.selected ? "selected" : "",
                    cell.conditional.length > 0 ? "conditional" : "",
                    cell.column === frozenLeft.length - 1 ? "last-frozen-column" : "",
                  ].filter(Boolean);
                  return (
                    <td
                      key={cell.column}
                      rowSpan={cell.rowSpan > 1 ? cell.rowSpan : undefined}
                      colSpan={cell.colSpan > 1 ? cell.colSpan : undefined}
                      className={classes.join(" ") || undefined}
                      data-cell={`${columnLetter(cell.column + 1)}${cell.row + 1}`}
                      title={
                        cell.conditional.length > 0
                          ? `${strings.conditional}: ${cell.conditional.join("; ")}`
                          : undefined
                      }
                      style={{
                        ...cellCss(cell),
                        ...sticky,
                        ...(isSticky && !cellCss(cell).background ? { background: "#ffffff" } : {}),
                      }}
                    >
                      {cell.text}
                    </td>
                  );
                })}
              </tr>
            );
          })}
        </tbody>
      </table>
    </>
  );
}

export function GridView(props: GridViewProps) {
  const { workbook, strings } = props;
  const sheet = workbook.sheets.find((s) => s.id === workbook.activeSheetId) ?? workbook.sheets[0];
  return (
    <section className="workbook" aria-label={strings.workbookLabel}>
      <div
        id="sheet-panel"
        role="tabpanel"
        className="sheet-panel"
        aria-labelledby={sheet ? `sheet-tab-${sheet.id}` : undefined}
        tabIndex={0}
      >
        {sheet && <SheetTable workbook={workbook} sheet={sheet} strings={strings} />}
      </div>
      <SheetTabs {...props} />
    </section>
  );
}

/**
 * Step 1, the table: which sheet, what detection found there (units per group, components with their maxima,
 * the columns of total, index, last year's rank and rating), every choice correctable from dropdowns (written
 * to settings.mapping, which re-analyses), and the warnings with a button that goes to the cell.
 */
import { useState } from "react";
import {
  Body1,
  Button,
  Caption1,
  Field,
  Input,
  MessageBar,
  MessageBarBody,
  Select,
  Subtitle2,
  Table,
  TableBody,
  TableCell,
  TableHeader,
  TableHeaderCell,
  TableRow,
  makeStyles,
  tokens,
} from "@fluentui/react-components";
import type { DetectedTable } from "../../core/detect";
import { columnLetter } from "../../core/grid";
import { describeProblem, placeOf } from "../../core/problems";
import type { ColumnMapping, Settings } from "../../core/settings";
import {
  MAPPED_ROLES,
  columnOptions,
  componentMapping,
  type ColumnOption,
  type MappedRole,
} from "../columns";
import { shown } from "../format";
import { usePane } from "../model";

const useStyles = makeStyles({
  section: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalS },
  row: { display: "flex", gap: tokens.spacingHorizontalS, alignItems: "flex-end", flexWrap: "wrap" },
  narrow: { maxWidth: "7em" },
  checked: { display: "block", color: tokens.colorNeutralForeground2 },
  fill: { width: "100%", minWidth: 0, boxSizing: "border-box" },
  list: { margin: 0, paddingLeft: "1.2em" },
  warning: { display: "flex", gap: tokens.spacingHorizontalS, alignItems: "center", flexWrap: "wrap" },
});

export function TableTab() {
  const model = usePane();
  const styles = useStyles();
  const { t, view, prefs, analysis: state } = model;
  if (view === null || state === null) return null;
  const sheets = view.sheets.filter((s) => !s.report && !s.empty);

  return (
    <>
      <Field label={t("sheetLabel")} hint={t("sheetHint")}>
        <Select
          value={prefs.sheet ?? ""}
          onChange={(_, data) =>
            model.updatePrefs((p) => ({ ...p, sheet: data.value === "" ? null : data.value }))
          }
        >
          <option value="">{t("sheetAuto")}</option>
          {sheets.map((s) => (
            <option key={s.name} value={s.name}>
              {s.name}
            </option>
          ))}
        </Select>
      </Field>

      {!state.ok && (
        <>
          <MessageBar intent="error" data-testid="analysis-error">
            <MessageBarBody>{model.errorText(state.error)}</MessageBarBody>
          </MessageBar>
          <HeaderRows />
        </>
      )}

      {state.ok && (
        <>
          {state.usedActiveSheet && (
            <MessageBar intent="info">
              <MessageBarBody>{t("usedActiveSheet", { sheet: view.activeSheet })}</MessageBarBody>
            </MessageBar>
          )}
          <section className={styles.section} aria-labelledby="found-heading">
            <Subtitle2 as="h2" id="found-heading">
              {t("foundHeading")}
            </Subtitle2>
            <Body1>
              {t("foundSummary", {
                units: String(state.analysis.units.length),
                groups: String(state.analysis.groups.length),
                components: String(state.analysis.components.length),
              })}
            </Body1>
            <ul className={styles.list} data-testid="groups">
              {state.analysis.groups.map((g) => (
                <li key={g.name}>{t("groupUnits", { group: g.name, count: String(g.units) })}</li>
              ))}
            </ul>
          </section>
          {state.tables.map((table, i) => (
            <TableMapping key={table.sheet} table={table} editable={i === 0} />
          ))}
          {state.tables.length > 1 && <Caption1>{t("mappingShared")}</Caption1>}
        </>
      )}

      <Warnings />
    </>
  );
}

function setMapping(
  settings: Settings,
  change: Partial<ColumnMapping>,
  remove: (keyof ColumnMapping)[] = [],
) {
  const mapping: Record<string, unknown> = { ...settings.mapping, ...change };
  for (const key of remove) delete mapping[key];
  return { ...settings, mapping };
}

/** The header band's rows, to point detection at a table it missed. */
function HeaderRows({ table }: { table?: DetectedTable }) {
  const model = usePane();
  const styles = useStyles();
  const { t, settings } = model;
  const [error, setError] = useState<string | null>(null);
  const top = settings.mapping.headerTop ?? table?.headerTop;
  const bottom = settings.mapping.headerBottom ?? table?.headerBottom;
  const change = (key: "headerTop" | "headerBottom", text: string) => {
    const value = text.trim() === "" ? undefined : Number(text);
    setError(
      model.updateSettings((s) =>
        value === undefined ? setMapping(s, {}, [key]) : setMapping(s, { [key]: value }),
      ),
    );
  };
  return (
    <div className={styles.row}>
      <Field label={t("headerTop")} validationMessage={error ?? undefined}>
        <Input
          className={styles.narrow}
          type="number"
          min={1}
          value={top !== undefined ? String(top) : ""}
          onChange={(_, data) => change("headerTop", data.value)}
        />
      </Field>
      <Field label={t("headerBottom")}>
        <Input
          className={styles.narrow}
          type="number"
          min={1}
          value={bottom !== undefined ? String(bottom) : ""}
          onChange={(_, data) => change("headerBottom", data.value)}
        />
      </Field>
      {Object.keys(settings.mapping).length > 0 && (
        <Button onClick={() => setError(model.updateSettings((s) => ({ ...s, mapping: {} })))}>
          {t("mappingReset")}
        </Button>
      )}
    </div>
  );
}

function optionLabel(option: ColumnOption): string {
  return option.header === "" ? option.letter : `${option.letter} — ${option.header}`;
}

function TableMapping({ table, editable }: { table: DetectedTable; editable: boolean }) {
  const model = usePane();
  const styles = useStyles();
  const { t, view, settings, language } = model;
  const [error, setError] = useState<string | null>(null);
  const grid = view?.grids.find((g) => g.sheet === table.sheet);
  if (grid === undefined) return null;
  const options = columnOptions(table, grid);
  const components = componentMapping(table);
  const analysed = model.analysis?.ok ? model.analysis.analysis.components : [];
  const isChecked = (name: string) => analysed.find((c) => c.name === name)?.checked === true;
  const used = new Set([
    ...Object.values(table.roles).filter((c): c is number => c !== undefined),
    ...table.components.flatMap((c) => c.columns),
  ]);
  const apply = (change: (s: Settings) => unknown) => setError(model.updateSettings(change));

  // "— không có —" clears the role even when detection found it; choosing a column overrides it, and
  // moves it from another role or component the mapping gave it (the core refuses one column for two roles).
  const setRole = (role: MappedRole, letter: string) =>
    apply((s) => {
      const others = (s.mapping.clear ?? []).filter((r) => r !== role);
      if (letter !== "") {
        const taken = (l: string | undefined) => l !== undefined && l.toUpperCase() === letter.toUpperCase();
        const freed = MAPPED_ROLES.map(([r]) => r).filter((r) => r !== role && taken(s.mapping[r]));
        const components = s.mapping.components?.filter((c) => !taken(c.column));
        return setMapping(
          s,
          { [role]: letter, clear: others, ...(components !== undefined ? { components } : {}) },
          freed,
        );
      }
      if (role === "name") return setMapping(s, {}, [role]);
      return setMapping(s, { clear: [...others, role] }, [role]);
    });
  const setComponents = (list: NonNullable<ColumnMapping["components"]>) =>
    apply((s) => setMapping(s, { components: list }));

  return (
    <section className={styles.section} aria-label={t("tableOnSheet", { sheet: table.sheet })}>
      <Subtitle2 as="h2">{t("tableOnSheet", { sheet: table.sheet })}</Subtitle2>
      <Caption1>
        {t("tableHeaderRows", { top: String(table.headerTop), bottom: String(table.headerBottom) })}
        {table.year !== null ? ` · ${t("tableYear", { year: String(table.year) })}` : ""}
      </Caption1>
      {error !== null && (
        <MessageBar intent="error">
          <MessageBarBody>{error}</MessageBarBody>
        </MessageBar>
      )}

      <Subtitle2 as="h3">{t("componentsHeading")}</Subtitle2>
      <Table size="small" aria-label={t("componentsHeading")} data-testid="components">
        <TableHeader>
          <TableRow>
            <TableHeaderCell style={{ width: "3em" }}>{t("colColumn")}</TableHeaderCell>
            <TableHeaderCell>{t("colComponent")}</TableHeaderCell>
            <TableHeaderCell style={{ width: "5.5em" }}>{t("colMax")}</TableHeaderCell>
            {editable && components !== null && (
              <TableHeaderCell style={{ width: "4.5em" }}>{t("colActions")}</TableHeaderCell>
            )}
          </TableRow>
        </TableHeader>
        <TableBody>
          {table.components.map((c, i) => (
            <TableRow key={c.columns.join(",")}>
              <TableCell>{c.columns.map(columnLetter).join(", ")}</TableCell>
              <TableCell>
                {c.name}{" "}
                {isChecked(c.name) && (
                  <Caption1 className={styles.checked}>
                    ✓ {t("checkedBadge", { threshold: shown(settings.threshold, language) })}
                  </Caption1>
                )}
              </TableCell>
              <TableCell>
                {editable && components !== null ? (
                  <Input
                    size="small"
                    type="number"
                    className={styles.fill}
                    key={c.max ?? ""}
                    aria-label={t("maxOf", { component: c.name })}
                    defaultValue={c.max !== null ? String(c.max) : ""}
                    onBlur={(event) => {
                      const text = event.currentTarget.value.trim();
                      const max = text === "" ? undefined : Number(text.replace(",", "."));
                      if (max === c.max || (max === undefined && c.max === null)) return;
                      setComponents(
                        components.map((m, k) => {
                          if (k !== i) return m;
                          const { max: _old, ...rest } = m;
                          return max === undefined ? rest : { ...rest, max };
                        }),
                      );
                    }}
                  />
                ) : (
                  shown(c.max, language)
                )}
              </TableCell>
              {editable && components !== null && (
                <TableCell>
                  <Button
                    size="small"
                    aria-label={t("componentRemoveLabel", { component: c.name })}
                    onClick={() => setComponents(components.filter((_, k) => k !== i))}
                  >
                    {t("componentRemove")}
                  </Button>
                </TableCell>
              )}
            </TableRow>
          ))}
        </TableBody>
      </Table>
      {editable && components === null && <Caption1>{t("componentsNotEditable")}</Caption1>}
      {editable && components !== null && (
        <Field label={t("componentAdd")}>
          <Select
            value=""
            onChange={(_, data) => {
              if (data.value !== "") setComponents([...components, { column: data.value }]);
            }}
          >
            <option value="">{t("componentAddChoose")}</option>
            {options
              .filter((o) => !used.has(o.column))
              .map((o) => (
                <option key={o.letter} value={o.letter}>
                  {optionLabel(o)}
                </option>
              ))}
          </Select>
        </Field>
      )}

      <Subtitle2 as="h3">{t("rolesHeading")}</Subtitle2>
      <div className={styles.section} data-testid="roles">
        {MAPPED_ROLES.map(([role, label]) => {
          const column = table.roles[role];
          return (
            <Field key={role} label={t(label)}>
              <Select
                disabled={!editable}
                value={column !== undefined ? columnLetter(column) : ""}
                onChange={(_, data) => setRole(role, data.value)}
              >
                <option value="">{t("roleNone")}</option>
                {options.map((o) => (
                  <option key={o.letter} value={o.letter}>
                    {optionLabel(o)}
                  </option>
                ))}
              </Select>
            </Field>
          );
        })}
      </div>
      {editable && <HeaderRows table={table} />}
    </section>
  );
}

function Warnings() {
  const model = usePane();
  const styles = useStyles();
  const { t, language, analysis: state } = model;
  if (state === null || !state.ok) return null;
  const warnings = state.analysis.warnings;
  return (
    <section className={styles.section} aria-labelledby="warnings-heading">
      <Subtitle2 as="h2" id="warnings-heading">
        {t("warningsHeading", { count: String(warnings.length) })}
      </Subtitle2>
      {warnings.length === 0 && <Body1>{t("warningsNone")}</Body1>}
      <ul className={styles.list} data-testid="warnings">
        {warnings.map((w, i) => (
          <li key={i} className={styles.warning}>
            <span>{describeProblem(w, language)}</span>
            {w.sheet !== null && w.row !== null && (
              <Button
                size="small"
                appearance="subtle"
                aria-label={t("goToCellLabel", { place: placeOf(w, language) })}
                onClick={() => {
                  const sheet = w.sheet as string;
                  model.gateway
                    .goTo({ sheet, row: w.row as number, column: w.column })
                    .catch((error: unknown) =>
                      model.notify({ intent: "error", text: model.errorText(error) }),
                    );
                }}
              >
                {t("goToCell")}
              </Button>
            )}
          </li>
        ))}
      </ul>
    </section>
  );
}

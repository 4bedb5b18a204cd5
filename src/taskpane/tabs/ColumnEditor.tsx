/**
 * How the score table was read, behind "Sửa cột…" on the first screen: which sheet, the header rows, the
 * components with their maxima and the other columns (total, index, last year's rank, rating) — every choice
 * correctable (written to settings.mapping, which re-analyses). A table read as units across columns or as a
 * scoring form per unit has no columns to map: what was read is shown instead (TableReading). Laid out for a
 * 320 px pane: one field per line, dropdowns no wider than the pane. Numbers are read as cells are ("9,5" is
 * 9.5).
 */
import { useState } from "react";
import {
  Button,
  Caption1,
  Checkbox,
  Field,
  Input,
  MessageBar,
  MessageBarBody,
  Select,
  Subtitle2,
  makeStyles,
  tokens,
} from "@fluentui/react-components";
import type { DetectedTable } from "../../core/detect";
import { columnLetter } from "../../core/grid";
import type { ColumnMapping, Settings } from "../../core/settings";
import {
  MAPPED_ROLES,
  columnOptions,
  componentMapping,
  type ColumnOption,
  type MappedRole,
} from "../columns";
import { shown } from "../format";
import { numberFromText } from "../input";
import { usePane } from "../model";
import { TableReading } from "./TableReading";

const useStyles = makeStyles({
  section: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalS, minWidth: 0 },
  row: {
    display: "grid",
    gridTemplateColumns: "repeat(auto-fit, minmax(7em, 1fr))",
    gap: tokens.spacingHorizontalS,
    alignItems: "end",
  },
  checked: { display: "block", color: tokens.colorNeutralForeground2 },
  fill: { width: "100%", minWidth: 0, boxSizing: "border-box" },
  components: { margin: 0, padding: 0, listStyleType: "none", display: "flex", flexDirection: "column" },
  component: {
    display: "flex",
    flexDirection: "column",
    gap: tokens.spacingVerticalXXS,
    padding: `${tokens.spacingVerticalXS} 0`,
    borderBottom: `1px solid ${tokens.colorNeutralStroke3}`,
    minWidth: 0,
  },
  componentEdit: {
    display: "grid",
    gridTemplateColumns: "minmax(0, 1fr) auto",
    gap: tokens.spacingHorizontalS,
    alignItems: "end",
  },
  wide: { gridColumn: "1 / -1", minWidth: 0 },
});

export function ColumnEditor() {
  const model = usePane();
  const styles = useStyles();
  const { t, view, prefs, analysis: state } = model;
  if (view === null || state === null) return null;
  const sheets = view.sheets.filter((s) => !s.report && !s.empty);
  // Units across columns and per-unit forms have no columns to map: what was read is shown instead.
  const rowTables = state.ok ? state.tables.filter((tb) => tb.layout === "rows") : [];

  return (
    <div className={styles.section}>
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
      {!state.ok && <HeaderRows />}
      {state.ok &&
        state.tables.map((table) =>
          table.layout === "rows" ? (
            <TableMapping key={table.sheet} table={table} editable={table === rowTables[0]} />
          ) : (
            <TableReading key={table.sheet} table={table} />
          ),
        )}
      {rowTables.length > 1 && <Caption1>{t("mappingShared")}</Caption1>}
    </div>
  );
}

export default ColumnEditor;

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
  const [errors, setErrors] = useState<Partial<Record<"headerTop" | "headerBottom", string>>>({});
  const top = settings.mapping.headerTop ?? table?.headerTop;
  const bottom = settings.mapping.headerBottom ?? table?.headerBottom;
  const change = (key: "headerTop" | "headerBottom", text: string) => {
    const read = numberFromText(text);
    const error = !read.ok
      ? t(read.problem)
      : model.updateField((s) =>
          read.value === null ? setMapping(s, {}, [key]) : setMapping(s, { [key]: read.value }),
        );
    setErrors((e) => ({ ...e, [key]: error ?? undefined }));
  };
  const field = (key: "headerTop" | "headerBottom", value: number | undefined) => (
    <Field label={t(key)} validationMessage={errors[key]}>
      <Input
        // A value from elsewhere (a reset, detection) replaces what is shown.
        key={value ?? ""}
        className={styles.fill}
        inputMode="numeric"
        defaultValue={value !== undefined ? String(value) : ""}
        onBlur={(event) => change(key, event.currentTarget.value)}
        onKeyDown={(event) => {
          if (event.key === "Enter") change(key, event.currentTarget.value);
        }}
      />
    </Field>
  );
  return (
    <div className={styles.section}>
      <div className={styles.row}>
        {field("headerTop", top)}
        {field("headerBottom", bottom)}
      </div>
      {Object.keys(settings.mapping).length > 0 && (
        <div>
          <Button
            onClick={() => {
              setErrors({});
              model.updateSettings((s) => ({ ...s, mapping: {} }));
            }}
          >
            {t("mappingReset")}
          </Button>
        </div>
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
  const [maxErrors, setMaxErrors] = useState<Record<string, string | null>>({});
  // Paired layouts ("Điểm tối đa" beside "Điểm đạt"): each field's column of the units' own maxima, shown when
  // detection read pairs or the mapping names them, or when the user asks (pairs detection did not see).
  const paired =
    table.components.some((c) => (c.maxColumns ?? []).length > 0) ||
    (settings.mapping.components ?? []).some((c) => c.maxColumn !== undefined);
  const [showPairs, setShowPairs] = useState(paired);
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
  // Paired layouts: the column holding each unit's own maximum of the field (none: one maximum for all).
  const setMaxColumn = (i: number, letter: string) => {
    if (components === null) return;
    setComponents(
      components.map((m, k) => {
        if (k !== i) return m;
        const { max: _max, maxColumn: _column, ...rest } = m;
        return letter === ""
          ? { ...rest, ...(_max !== undefined ? { max: _max } : {}) }
          : { ...rest, maxColumn: letter };
      }),
    );
  };
  // A component's maximum as typed: "9,5" and "9.5" are 9.5 (the core's cell reader); blank leaves it to
  // detection; anything else is refused beside the field.
  const setMax = (i: number, c: DetectedTable["components"][number], text: string) => {
    const key = c.columns.join(",");
    const read = numberFromText(text);
    if (!read.ok) {
      setMaxErrors((e) => ({ ...e, [key]: t(read.problem) }));
      return;
    }
    setMaxErrors((e) => ({ ...e, [key]: null }));
    const max = read.value;
    if (components === null || max === c.max || (max === null && c.max === null)) return;
    const problem = model.updateField((s) =>
      setMapping(s, {
        components: components.map((m, k) => {
          if (k !== i) return m;
          const { max: _old, ...rest } = m;
          return max === null ? rest : { ...rest, max };
        }),
      }),
    );
    setMaxErrors((e) => ({ ...e, [key]: problem }));
  };

  return (
    <section className={styles.section} aria-label={t("tableOnSheet", { sheet: table.sheet })}>
      <Subtitle2 as="h2">{t("tableOnSheet", { sheet: table.sheet })}</Subtitle2>
      <Caption1>
        {t("tableHeaderRows", { top: String(table.headerTop), bottom: String(table.headerBottom) })}
        {table.year !== null ? ` · ${t("tableYear", { year: String(table.year) })}` : ""}
      </Caption1>
      {error !== null && (
        <MessageBar intent="error" layout="multiline">
          <MessageBarBody>{error}</MessageBarBody>
        </MessageBar>
      )}

      <Subtitle2 as="h3">{t("componentsHeading")}</Subtitle2>
      <ul className={styles.components} aria-label={t("componentsHeading")} data-testid="components">
        {table.components.map((c, i) => (
          <li key={c.columns.join(",")} className={styles.component}>
            <span>
              {`${c.columns.map(columnLetter).join(", ")} — ${c.name}`}
              {isChecked(c.name) && (
                <Caption1 className={styles.checked}>
                  ✓ {t("checkedBadge", { threshold: shown(settings.threshold, language) })}
                </Caption1>
              )}
            </span>
            {editable && components !== null ? (
              <div className={styles.componentEdit}>
                <Field
                  label={t("colMax")}
                  size="small"
                  validationMessage={maxErrors[c.columns.join(",")] ?? undefined}
                >
                  <Input
                    size="small"
                    inputMode="decimal"
                    className={styles.fill}
                    key={c.max ?? ""}
                    aria-label={t("maxOf", { component: c.name })}
                    defaultValue={c.max !== null ? shown(c.max, language, 15) : ""}
                    onBlur={(event) => setMax(i, c, event.currentTarget.value)}
                    onKeyDown={(event) => {
                      if (event.key === "Enter") setMax(i, c, event.currentTarget.value);
                    }}
                  />
                </Field>
                <Button
                  size="small"
                  aria-label={t("componentRemoveLabel", { component: c.name })}
                  onClick={() => setComponents(components.filter((_, k) => k !== i))}
                >
                  {t("componentRemove")}
                </Button>
                {(showPairs || paired) && (
                  <Field label={t("colMaxColumn")} size="small" className={styles.wide}>
                    <Select
                      size="small"
                      aria-label={t("maxColumnOf", { component: c.name })}
                      value={components[i]?.maxColumn ?? ""}
                      onChange={(_, data) => setMaxColumn(i, data.value)}
                    >
                      <option value="">{t("roleNone")}</option>
                      {options
                        .filter((o) => o.column !== c.columns[0])
                        .map((o) => (
                          <option key={o.letter} value={o.letter}>
                            {optionLabel(o)}
                          </option>
                        ))}
                    </Select>
                  </Field>
                )}
              </div>
            ) : (
              <Caption1>{`${t("colMax")}: ${shown(c.max, language)}`}</Caption1>
            )}
          </li>
        ))}
      </ul>
      {editable && components !== null && !paired && (
        <Checkbox
          label={t("pairsShow")}
          checked={showPairs}
          onChange={(_, data) => setShowPairs(data.checked === true)}
        />
      )}
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

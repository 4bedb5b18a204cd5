/**
 * The list-shaped settings: head ratings entered per unit, classification bands, attendee assignments (typed
 * or imported from a sheet), name aliases between this year and last year, and the groups of units whose
 * scoring form names none (per-unit forms).
 */
import { useState } from "react";
import {
  Body1,
  Button,
  Caption1,
  Checkbox,
  Field,
  Input,
  Select,
  makeStyles,
  tokens,
} from "@fluentui/react-components";
import type { UnitResult } from "../../core/analyse";
import { normaliseBands } from "../../core/bands";
import { FORMS_DEFAULT_GROUP, matchUnitGroups } from "../../core/detect/forms";
import { cleanText, foldText } from "../../core/names";
import { HEAD_RATINGS, HEAD_RATING_LABELS, type HeadRating } from "../../core/ratings";
import { attendeeResolver, groupKind } from "../../core/report/attendees";
import { entryOf, withEntry, type Settings } from "../../core/settings";
import { usePane } from "../model";
import { attendeesFromGrid } from "../workflow";
import { CommitField, NumberField } from "./fields";

const useStyles = makeStyles({
  rows: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalXS },
  row: { display: "flex", gap: tokens.spacingHorizontalS, alignItems: "flex-end", flexWrap: "wrap" },
  narrow: { maxWidth: "7em" },
  grow: { flexGrow: 1, minWidth: "10em" },
  // A unit's name above its rating dropdown, which takes the whole width: the labels are long.
  unit: {
    display: "flex",
    flexDirection: "column",
    gap: "2px",
    paddingBottom: tokens.spacingVerticalXS,
    borderBottom: `1px solid ${tokens.colorNeutralStroke3}`,
  },
  fill: { width: "100%", minWidth: 0 },
});

/** Head ratings per unit: the sheet's (or derived) rating unless the user enters one. */
export function RatingList({ units }: { units: readonly UnitResult[] }) {
  const model = usePane();
  const styles = useStyles();
  const { t, settings } = model;
  const [error, setError] = useState<string | null>(null);
  const set = (unit: string, rating: HeadRating | "") =>
    setError(
      model.updateSettings((s) => {
        const ratings = withEntry(s.ratings, unit, rating === "" ? undefined : rating);
        return { ...s, ratings };
      }),
    );
  return (
    <div className={styles.rows} role="group" aria-label={t("ratingsPerUnit")}>
      <Body1>{t("ratingsPerUnit")}</Body1>
      {error !== null && <Caption1 role="alert">{error}</Caption1>}
      {units.map((u) => {
        const entered = entryOf(settings.ratings, u.name);
        const shownRating =
          entered === undefined && u.rating !== null
            ? `${HEAD_RATING_LABELS[u.rating]} (${u.ratingDerived ? t("ratingDerivedNote") : t("ratingFromSheet")})`
            : t("ratingNone");
        return (
          <div key={`${u.group}/${u.name}/${u.row}`} className={styles.unit}>
            <span id={`rating-${u.row}-${u.sheet}`}>{u.name}</span>
            <Select
              className={styles.fill}
              aria-label={t("ratingOf", { unit: u.name })}
              value={entered ?? ""}
              onChange={(_, data) => set(u.name, data.value as HeadRating | "")}
            >
              <option value="">{shownRating}</option>
              {HEAD_RATINGS.map((r) => (
                <option key={r} value={r}>
                  {`${r} — ${HEAD_RATING_LABELS[r]}`}
                </option>
              ))}
            </Select>
          </div>
        );
      })}
    </div>
  );
}

/** Classification bands: lower bound and label; bounds must differ. */
export function BandList() {
  const model = usePane();
  const styles = useStyles();
  const { t, settings } = model;
  // Bounds must differ (normaliseBands says which do not); a blank bound is the settings' to refuse.
  const change = (next: (bands: Settings["bands"]) => { min: number | null; label: string }[]) =>
    model.updateField((s) => {
      const bands = next(s.bands);
      if (bands.every((b) => b.min !== null)) normaliseBands(bands as Settings["bands"]);
      return { ...s, bands };
    });
  return (
    <div className={styles.rows}>
      {settings.bands.map((band, i) => (
        <div key={`${i}-${band.min}-${band.label}`} className={styles.row}>
          <NumberField
            className={styles.narrow}
            label={t("bandMin")}
            value={band.min}
            onCommit={(min) => change((bands) => bands.map((b, k) => (k === i ? { ...b, min } : b)))}
          />
          <CommitField
            className={styles.grow}
            label={t("bandLabel")}
            value={band.label}
            onCommit={(text) =>
              change((bands) => bands.map((b, k) => (k === i ? { ...b, label: text.trim() } : b)))
            }
          />
          <Button
            aria-label={t("bandRemoveLabel", { label: band.label })}
            disabled={settings.bands.length <= 1}
            onClick={() => change((bands) => bands.filter((_, k) => k !== i))}
          >
            {t("remove")}
          </Button>
        </div>
      ))}
      <div>
        <Button
          onClick={() => {
            const lowest = Math.min(...settings.bands.map((b) => b.min));
            const min = lowest > 0 ? 0 : Math.max(...settings.bands.map((b) => b.min)) + 1;
            change((bands) => [...bands, { min: Math.min(min, 100), label: t("bandNew") }]);
          }}
        >
          {t("bandAdd")}
        </Button>
      </div>
    </div>
  );
}

/** Who attends each unit's review meeting: typed per unit, or imported from a sheet of this workbook. */
export function AttendeeList() {
  const model = usePane();
  const styles = useStyles();
  const { t, settings, view } = model;
  const [showAll, setShowAll] = useState(false);
  const [sheet, setSheet] = useState("");
  const [message, setMessage] = useState<string | null>(null);
  const ready = model.analysis?.ok ? model.analysis : null;
  if (ready === null || view === null) return <Body1>{t("resultsNeedTable")}</Body1>;
  const reviewed = new Set(ready.analysis.reviews.map((r) => r.unit));
  const units = ready.analysis.units.filter(
    (u) => showAll || reviewed.has(u.name) || entryOf(settings.attendees, u.name) !== undefined,
  );
  const set = (unit: string, person: string) =>
    model.updateSettings((s) => {
      const attendees = withEntry(s.attendees, unit, person.trim() === "" ? undefined : person.trim());
      return { ...s, attendees };
    });
  const setGroup = (group: string, person: string) =>
    model.updateSettings((s) => {
      const groupAttendees = withEntry(
        s.groupAttendees,
        group,
        person.trim() === "" ? undefined : person.trim(),
      );
      return { ...s, groupAttendees };
    });
  // Who attends when nobody is named for the unit (its group's person, else its kind's default).
  const byDefault = attendeeResolver(ready.analysis, { ...settings, attendees: {} });
  const kindDefault = (group: string) =>
    settings.attendeesByKind[
      groupKind(
        group,
        ready.analysis.units.filter((u) => u.group === group).map((u) => u.name),
      )
    ];
  const importFrom = () => {
    const grid = view.grids.find((g) => g.sheet === sheet);
    if (grid === undefined) return;
    const found = attendeesFromGrid(
      grid,
      ready.analysis.units.map((u) => u.name),
    );
    const count = Object.keys(found).length;
    const problem = model.updateSettings((s) => ({ ...s, attendees: { ...s.attendees, ...found } }));
    setMessage(problem ?? t("attendeesImported", { count: String(count), sheet }));
  };
  return (
    <div className={styles.rows}>
      <Caption1>{t("attendeesByKindHint")}</Caption1>
      {(["departments", "localities"] as const).map((kind) => (
        <CommitField
          key={kind}
          label={t(kind === "departments" ? "kindDepartmentsLabel" : "kindLocalitiesLabel")}
          value={settings.attendeesByKind[kind]}
          onCommit={(text) =>
            model.updateField((s) => ({
              ...s,
              attendeesByKind: { ...s.attendeesByKind, [kind]: text.trim() },
            }))
          }
        />
      ))}
      {ready.analysis.groups.map((g) => (
        <CommitField
          key={`group/${g.name}`}
          label={t("groupAttendeeLabel", { group: g.name })}
          hint={
            entryOf(settings.groupAttendees, g.name) === undefined
              ? t("attendeeDefaultHint", { person: kindDefault(g.name) })
              : undefined
          }
          value={entryOf(settings.groupAttendees, g.name) ?? ""}
          onCommit={(text) => setGroup(g.name, text)}
        />
      ))}
      <Body1>{t("attendeesPerUnit")}</Body1>
      <Caption1>{t("attendeesHint")}</Caption1>
      <Checkbox
        label={t("attendeesShowAll")}
        checked={showAll}
        onChange={(_, d) => setShowAll(d.checked === true)}
      />
      {units.length === 0 && <Caption1>{t("attendeesNone")}</Caption1>}
      {units.map((u) => (
        <CommitField
          key={`${u.group}/${u.name}/${u.row}`}
          label={u.name}
          hint={
            entryOf(settings.attendees, u.name) === undefined
              ? t("attendeeDefaultHint", {
                  person: byDefault({ unit: u.name, group: u.group, attendee: null }),
                })
              : undefined
          }
          value={entryOf(settings.attendees, u.name) ?? ""}
          onCommit={(text) => set(u.name, text)}
        />
      ))}
      <div className={styles.row}>
        <Field label={t("attendeesImportSheet")}>
          <Select value={sheet} onChange={(_, data) => setSheet(data.value)}>
            <option value="">{t("previousSheetChoose")}</option>
            {view.sheets
              .filter((s) => !s.report && !s.empty)
              .map((s) => (
                <option key={s.name} value={s.name}>
                  {s.name}
                </option>
              ))}
          </Select>
        </Field>
        <Button disabled={sheet === ""} onClick={importFrom}>
          {t("attendeesImport")}
        </Button>
      </div>
      {message !== null && <Caption1 role="status">{message}</Caption1>}
    </div>
  );
}

/** Renamed or merged units: this year's name → last year's name. */
export function AliasList() {
  const model = usePane();
  const styles = useStyles();
  const { t, settings } = model;
  const [current, setCurrent] = useState("");
  const [previous, setPrevious] = useState("");
  const [error, setError] = useState<string | null>(null);
  const ready = model.analysis?.ok ? model.analysis : null;
  const entries = Object.entries(settings.aliases);
  const write = (next: Record<string, string>) =>
    setError(model.updateSettings((s) => ({ ...s, aliases: next })));
  const unmatched = ready?.analysis.unmatchedPrevious ?? [];
  const notMatched =
    ready?.analysis.units.filter(
      (u) =>
        u.notComparableReason === "notComparableUnmatched" ||
        u.notComparableReason === "notComparableAmbiguous",
    ) ?? [];
  return (
    <div className={styles.rows}>
      <Body1>{t("aliasesHint")}</Body1>
      {error !== null && <Caption1 role="alert">{error}</Caption1>}
      {entries.length === 0 && <Caption1>{t("aliasesNone")}</Caption1>}
      {entries.map(([now, before]) => (
        <div key={now} className={styles.row}>
          <Body1>{t("aliasPair", { current: now, previous: before })}</Body1>
          <Button
            size="small"
            aria-label={t("aliasRemoveLabel", { current: now })}
            onClick={() => write(withEntry<string>(settings.aliases, now, undefined))}
          >
            {t("remove")}
          </Button>
        </div>
      ))}
      <div className={styles.row}>
        <Field label={t("aliasCurrent")} className={styles.grow}>
          <Input list="alias-current-names" value={current} onChange={(_, d) => setCurrent(d.value)} />
        </Field>
        <Field label={t("aliasPrevious")} className={styles.grow}>
          <Input list="alias-previous-names" value={previous} onChange={(_, d) => setPrevious(d.value)} />
        </Field>
        <Button
          disabled={current.trim() === "" || previous.trim() === ""}
          onClick={() => {
            write(withEntry(settings.aliases, current.trim(), previous.trim()));
            setCurrent("");
            setPrevious("");
          }}
        >
          {t("aliasAdd")}
        </Button>
      </div>
      <datalist id="alias-current-names">
        {notMatched.map((u) => (
          <option key={`${u.group}/${u.name}`} value={u.name} />
        ))}
      </datalist>
      <datalist id="alias-previous-names">
        {unmatched.map((u) => (
          <option key={`${u.group}/${u.name}`} value={u.name} />
        ))}
      </datalist>
    </div>
  );
}

/** A group typed for one unit, with the groups met so far offered as suggestions; committed on leaving or Enter. */
function GroupField({
  label,
  value,
  hint,
  onCommit,
}: {
  label: string;
  value: string;
  hint: string | undefined;
  onCommit: (text: string) => void;
}) {
  const styles = useStyles();
  return (
    <Field label={label} hint={hint}>
      <Input
        // A new value from elsewhere (import, reset) replaces what is shown.
        key={value}
        className={styles.fill}
        list="unit-group-names"
        defaultValue={value}
        onBlur={(event) => {
          if (event.currentTarget.value.trim() !== value) onCommit(event.currentTarget.value);
        }}
        onKeyDown={(event) => {
          if (event.key === "Enter" && event.currentTarget.value.trim() !== value)
            onCommit(event.currentTarget.value);
        }}
      />
    </Field>
  );
}

/**
 * Per-unit forms: the group of each unit whose form's title names none (settings `unitGroups`, keyed by the
 * unit's name). A title's group always wins, so those units are only counted; entries that match no form can
 * be removed.
 */
export function UnitGroupList() {
  const model = usePane();
  const styles = useStyles();
  const { t, settings } = model;
  const [error, setError] = useState<string | null>(null);
  const ready = model.analysis?.ok ? model.analysis : null;
  if (ready === null) return <Body1>{t("resultsNeedTable")}</Body1>;
  const formSheets = new Set(
    ready.tables
      .filter((table) => table.layout === "forms")
      .flatMap((table) => table.sheets ?? [table.sheet]),
  );
  const record = settings.unitGroups;
  const entries = Object.entries(record);
  const write = (next: (s: Settings) => Record<string, string>) =>
    setError(model.updateSettings((s) => ({ ...s, unitGroups: next(s) })));
  if (formSheets.size === 0 && entries.length === 0) return <Caption1>{t("unitGroupsNoForms")}</Caption1>;
  const units = ready.analysis.units.filter((u) => formSheets.has(u.sheet));
  // A group from the title has its cell; one from the settings or none has not.
  const open = units.filter((u) => u.cells.group === null);
  const titled = units.length - open.length;
  // The entries naming each unit, matched over all the form units at once as the analysis does (readForms):
  // an entry naming several units is ambiguous and names none of them, so it is unused here too.
  const keysOf = (unitGroups: Readonly<Record<string, string>>) => {
    const match = matchUnitGroups(
      unitGroups,
      units.map((u) => ({ name: u.name, sheet: u.sheet })),
    );
    return (u: UnitResult) => match.keys[units.indexOf(u)];
  };
  const keysIn = keysOf(record);
  const matched = new Set(units.flatMap(keysIn));
  const unused = entries.filter(([key]) => !matched.has(key));
  /** The group the analysis gives the unit from the settings: none when its entries disagree. */
  const entered = (u: UnitResult) => {
    const keys = keysIn(u).filter((k) => cleanText(record[k]) !== "");
    if (new Set(keys.map((k) => foldText(cleanText(record[k])))).size !== 1) return undefined;
    return record[keys.find((k) => k === u.name) ?? keys[0]];
  };
  const set = (u: UnitResult, text: string) =>
    write((s) => {
      // Every entry naming the unit (its name in another spelling, its sheet) gives way to the one typed.
      let next: Record<string, string> = { ...s.unitGroups };
      for (const key of keysOf(s.unitGroups)(u)) next = withEntry<string>(next, key, undefined);
      return withEntry(next, u.name, text.trim() === "" ? undefined : text.trim());
    });
  const suggestions = [
    ...new Set([
      ...ready.analysis.groups.map((g) => g.name).filter((g) => g !== FORMS_DEFAULT_GROUP),
      ...Object.values(record),
    ]),
  ];
  return (
    <div className={styles.rows}>
      {formSheets.size === 0 ? (
        <Caption1>{t("unitGroupsNoForms")}</Caption1>
      ) : (
        <Caption1>{t("unitGroupsHint", { group: FORMS_DEFAULT_GROUP })}</Caption1>
      )}
      {error !== null && <Caption1 role="alert">{error}</Caption1>}
      {formSheets.size > 0 && open.length === 0 && <Caption1>{t("unitGroupsNoneMissing")}</Caption1>}
      {open.map((u) => (
        <GroupField
          key={`${u.sheet}/${u.name}`}
          label={u.name === u.sheet ? u.name : t("unitGroupLabel", { unit: u.name, sheet: u.sheet })}
          hint={
            entered(u) === undefined ? t("unitGroupEmptyHint", { group: FORMS_DEFAULT_GROUP }) : undefined
          }
          value={entered(u) ?? ""}
          onCommit={(text) => set(u, text)}
        />
      ))}
      {titled > 0 && <Caption1>{t("unitGroupsFromTitle", { count: String(titled) })}</Caption1>}
      {unused.length > 0 && <Body1>{t("unitGroupsUnused")}</Body1>}
      {unused.map(([unit, group]) => (
        <div key={unit} className={styles.row}>
          <Body1>{t("aliasPair", { current: unit, previous: group })}</Body1>
          <Button
            size="small"
            aria-label={t("unitGroupRemoveLabel", { unit })}
            onClick={() => write((s) => withEntry<string>(s.unitGroups, unit, undefined))}
          >
            {t("remove")}
          </Button>
        </div>
      ))}
      <datalist id="unit-group-names">
        {suggestions.map((g) => (
          <option key={g} value={g} />
        ))}
      </datalist>
    </div>
  );
}

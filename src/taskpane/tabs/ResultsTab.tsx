/**
 * Step 2, the results: counts, then the lists staff act on — units that dropped (from → to), units that must
 * hold a review (with the reasons), explanations due (component, %) and the ranking — filtered by group and by
 * a search on the unit's name. Each row selects the unit's row in the score sheet.
 */
import { useMemo, useState } from "react";
import {
  Body1,
  Button,
  Checkbox,
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
import type { UnitResult } from "../../core/analyse";
import { foldText, unitKey } from "../../core/names";
import { tableSpan } from "../columns";
import { changeText, shown } from "../format";
import { usePane } from "../model";
import type { AnalysisReady } from "../workflow";

const useStyles = makeStyles({
  section: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalS },
  filters: { display: "flex", gap: tokens.spacingHorizontalS, flexWrap: "wrap" },
  counts: {
    display: "grid",
    gridTemplateColumns: "1fr auto",
    columnGap: tokens.spacingHorizontalM,
    rowGap: tokens.spacingVerticalXXS,
    margin: 0,
  },
  count: { margin: 0, textAlign: "right", fontWeight: tokens.fontWeightSemibold },
  term: { margin: 0 },
  row: { cursor: "pointer" },
  unit: {
    textAlign: "left",
    minWidth: 0,
    paddingLeft: 0,
    paddingRight: 0,
    justifyContent: "flex-start",
    fontSize: tokens.fontSizeBase300,
    fontWeight: tokens.fontWeightRegular,
  },
  list: { margin: 0, paddingLeft: "1.2em" },
  srOnly: {
    position: "absolute",
    width: "1px",
    height: "1px",
    overflow: "hidden",
    clip: "rect(0 0 0 0)",
    whiteSpace: "nowrap",
  },
});

export function ResultsTab() {
  const model = usePane();
  const styles = useStyles();
  const { t } = model;
  const [group, setGroup] = useState("");
  const [query, setQuery] = useState("");
  const state = model.analysis;
  if (state === null) return null;
  if (!state.ok)
    return (
      <MessageBar intent="warning">
        <MessageBarBody>{t("resultsNeedTable")}</MessageBarBody>
      </MessageBar>
    );
  return (
    <>
      <div className={styles.filters}>
        <Field label={t("filterGroup")}>
          <Select value={group} onChange={(_, data) => setGroup(data.value)}>
            <option value="">{t("filterAllGroups")}</option>
            {state.analysis.groups.map((g) => (
              <option key={g.name} value={g.name}>
                {g.name}
              </option>
            ))}
          </Select>
        </Field>
        <Field label={t("search")}>
          <Input type="search" value={query} onChange={(_, data) => setQuery(data.value)} />
        </Field>
      </div>
      <Lists ready={state} group={group} query={query} />
    </>
  );
}

function Lists({ ready, group, query }: { ready: AnalysisReady; group: string; query: string }) {
  const model = usePane();
  const styles = useStyles();
  const { t, m, language } = model;
  const { analysis } = ready;
  // Units ranked this year without a comparable rank last year: the user may confirm a unit is new ("mới").
  const notComparable = analysis.units.filter((u) => u.rank !== null && !u.comparable);
  const confirmedNew = new Set(model.settings.newUnits.map(unitKey));
  const confirmNew = (name: string, isNew: boolean) =>
    model.updateSettings((s) => ({
      ...s,
      newUnits: isNew
        ? [...s.newUnits.filter((n) => unitKey(n) !== unitKey(name)), name]
        : s.newUnits.filter((n) => unitKey(n) !== unitKey(name)),
    }));
  const folded = foldText(query);
  const keep = (unit: string, unitGroup: string) =>
    (group === "" || unitGroup === group) && (folded === "" || foldText(unit).includes(folded));

  const unitOf = useMemo(() => {
    const map = new Map(analysis.units.map((u) => [`${u.group}\u0000${u.name}`, u]));
    return (g: string, name: string) => map.get(`${g}\u0000${name}`);
  }, [analysis]);

  const select = (unit: UnitResult | undefined) => {
    if (unit === undefined) return;
    const table = ready.tables.find((tb) => tb.sheet === unit.sheet);
    const span = table !== undefined ? tableSpan(table) : null;
    model.gateway
      .goTo({ sheet: unit.sheet, row: unit.row, column: span?.left, toColumn: span?.right })
      .catch((error: unknown) => model.notify({ intent: "error", text: model.errorText(error) }));
  };

  const dropped = analysis.dropped.filter((d) => keep(d.unit, d.group));
  const reviews = analysis.reviews.filter((r) => keep(r.unit, r.group));
  const explanations = analysis.explanations.filter((e) => keep(e.unit, e.group));
  const ranked = analysis.groups.flatMap((g) =>
    analysis.units
      .filter((u) => u.group === g.name && keep(u.name, u.group))
      .sort((a, b) => (a.rank ?? Infinity) - (b.rank ?? Infinity)),
  );

  const unitCell = (unit: UnitResult | undefined, name: string) => (
    <TableCell>
      <Button
        appearance="transparent"
        size="small"
        className={styles.unit}
        title={t("selectRow")}
        onClick={(event) => {
          // The row's handler selects; a click on the button must not select twice.
          event.stopPropagation();
          select(unit);
        }}
      >
        {name}
      </Button>
    </TableCell>
  );

  return (
    <>
      <dl className={styles.counts} data-testid="counts">
        {(
          [
            ["countUnits", analysis.units.length],
            ["countDropped", analysis.dropped.length],
            ["countReviews", analysis.reviews.length],
            ["countExplanations", analysis.explanations.length],
            ["countNotComparable", analysis.units.filter((u) => !u.comparable).length],
            ["countWarnings", analysis.warnings.length],
          ] as const
        ).map(([key, count]) => (
          <div key={key} style={{ display: "contents" }}>
            <dt className={styles.term}>{t(key)}</dt>
            <dd className={styles.count}>{count}</dd>
          </div>
        ))}
      </dl>
      {analysis.previousSource === null && (
        <MessageBar intent="info">
          <MessageBarBody>{t("noPreviousHint")}</MessageBarBody>
        </MessageBar>
      )}
      {ready.previousFileMissing && (
        <MessageBar intent="warning">
          <MessageBarBody>
            {t("previousFileMissing", { file: model.prefs.previous.file ?? "" })}
          </MessageBarBody>
        </MessageBar>
      )}

      <section className={styles.section} aria-labelledby="dropped-heading">
        <Subtitle2 as="h2" id="dropped-heading">
          {t("droppedHeading", { count: String(dropped.length) })}
        </Subtitle2>
        {dropped.length === 0 ? (
          <Body1>{analysis.previousSource === null ? t("droppedNoPrevious") : t("droppedNone")}</Body1>
        ) : (
          <Table size="small" aria-labelledby="dropped-heading" data-testid="dropped">
            <TableHeader>
              <TableRow>
                <TableHeaderCell>{t("colUnit")}</TableHeaderCell>
                <TableHeaderCell>{t("colRankChange")}</TableHeaderCell>
              </TableRow>
            </TableHeader>
            <TableBody>
              {dropped.map((d) => {
                const unit = unitOf(d.group, d.unit);
                return (
                  <TableRow key={`${d.group}/${d.unit}`} className={styles.row} onClick={() => select(unit)}>
                    {unitCell(unit, d.unit)}
                    <TableCell>
                      {t("droppedFromTo", {
                        change: t("changeDown", { steps: String(d.to - d.from) }),
                        from: String(d.from),
                        to: String(d.to),
                      })}
                    </TableCell>
                  </TableRow>
                );
              })}
            </TableBody>
          </Table>
        )}
      </section>

      <section className={styles.section} aria-labelledby="reviews-heading">
        <Subtitle2 as="h2" id="reviews-heading">
          {t("reviewsHeading", { count: String(reviews.length) })}
        </Subtitle2>
        {reviews.length === 0 ? (
          <Body1>{analysis.reviewsNote !== null ? m(analysis.reviewsNote) : t("reviewsNone")}</Body1>
        ) : (
          <Table size="small" aria-labelledby="reviews-heading" data-testid="reviews">
            <TableHeader>
              <TableRow>
                <TableHeaderCell>{t("colUnit")}</TableHeaderCell>
                <TableHeaderCell>{t("colReasons")}</TableHeaderCell>
              </TableRow>
            </TableHeader>
            <TableBody>
              {reviews.map((r) => {
                const unit = unitOf(r.group, r.unit);
                return (
                  <TableRow key={`${r.group}/${r.unit}`} className={styles.row} onClick={() => select(unit)}>
                    {unitCell(unit, r.unit)}
                    <TableCell>
                      {r.reasons.map((reason) => m(reason.key, reason.params)).join("; ")}
                      {r.ratingDerived ? ` (${t("ratingDerivedNote")})` : ""}
                      {r.attendee !== null ? ` · ${t("attendeeIs", { person: r.attendee })}` : ""}
                    </TableCell>
                  </TableRow>
                );
              })}
            </TableBody>
          </Table>
        )}
      </section>

      <section className={styles.section} aria-labelledby="explanations-heading">
        <Subtitle2 as="h2" id="explanations-heading">
          {t("explanationsHeading", {
            count: String(explanations.length),
            threshold: shown(ready.input.settings.threshold, language),
          })}
        </Subtitle2>
        {explanations.length === 0 ? (
          <Body1>{t("explanationsNone")}</Body1>
        ) : (
          <Table size="small" aria-labelledby="explanations-heading" data-testid="explanations">
            <TableHeader>
              <TableRow>
                <TableHeaderCell>{t("colUnit")}</TableHeaderCell>
                <TableHeaderCell>{t("colComponent")}</TableHeaderCell>
                <TableHeaderCell>{t("colPercent")}</TableHeaderCell>
              </TableRow>
            </TableHeader>
            <TableBody>
              {explanations.map((e) => {
                const unit = unitOf(e.group, e.unit);
                return (
                  <TableRow
                    key={`${e.group}/${e.unit}/${e.component}`}
                    className={styles.row}
                    onClick={() => select(unit)}
                  >
                    {unitCell(unit, e.unit)}
                    <TableCell>{e.component}</TableCell>
                    <TableCell>
                      {t("percentOf", {
                        percent: shown(e.percent, language),
                        score: shown(e.score, language),
                        max: shown(e.max, language),
                      })}
                    </TableCell>
                  </TableRow>
                );
              })}
            </TableBody>
          </Table>
        )}
      </section>

      <section className={styles.section} aria-labelledby="ranking-heading">
        <Subtitle2 as="h2" id="ranking-heading">
          {t("rankingHeading")}
        </Subtitle2>
        <Table size="small" aria-labelledby="ranking-heading" data-testid="ranking">
          <TableHeader>
            <TableRow>
              <TableHeaderCell style={{ width: "3.5em" }}>{t("colRank")}</TableHeaderCell>
              <TableHeaderCell>{t("colUnit")}</TableHeaderCell>
              <TableHeaderCell style={{ width: "5em" }}>{t("colIndex")}</TableHeaderCell>
              <TableHeaderCell style={{ width: "7em" }}>{t("colChange")}</TableHeaderCell>
            </TableRow>
          </TableHeader>
          <TableBody>
            {ranked.map((u) => (
              <TableRow
                key={`${u.group}/${u.name}/${u.row}`}
                className={styles.row}
                onClick={() => select(u)}
              >
                <TableCell>{u.rank ?? "—"}</TableCell>
                {unitCell(u, u.name)}
                <TableCell>{shown(u.index, language)}</TableCell>
                <TableCell>
                  {u.comparable ? (
                    changeText(u, language)
                  ) : (
                    // A dash to the eye (the note above says why), the words to a screen reader.
                    <span title={t("changeNone")}>
                      <span aria-hidden="true">—</span>
                      <span className={styles.srOnly}>{t("changeNone")}</span>
                    </span>
                  )}
                </TableCell>
              </TableRow>
            ))}
          </TableBody>
        </Table>
      </section>

      {analysis.previousSource !== null && notComparable.length > 0 && (
        <section className={styles.section} aria-labelledby="not-comparable-heading">
          <Subtitle2 as="h2" id="not-comparable-heading">
            {t("notComparableHeading", { count: String(notComparable.length) })}
          </Subtitle2>
          <Body1>{t("notComparableHint")}</Body1>
          <ul className={styles.list}>
            {notComparable.map((u) => (
              <li key={`${u.sheet}/${u.row}`}>
                <Checkbox
                  checked={confirmedNew.has(unitKey(u.name))}
                  onChange={(_, data) => confirmNew(u.name, data.checked === true)}
                  label={`${u.name} (${u.group}) — ${u.notComparableReason ? m(u.notComparableReason) : ""}. ${t("confirmNew")}`}
                />
              </li>
            ))}
          </ul>
        </section>
      )}

      {analysis.unmatchedPrevious.length > 0 && (
        <section className={styles.section} aria-labelledby="unmatched-heading">
          <Subtitle2 as="h2" id="unmatched-heading">
            {t("unmatchedHeading", { count: String(analysis.unmatchedPrevious.length) })}
          </Subtitle2>
          <Body1>{t("unmatchedHint")}</Body1>
          <ul className={styles.list}>
            {analysis.unmatchedPrevious.map((u) => (
              <li key={`${u.group}/${u.name}`}>{`${u.name} (${u.group})`}</li>
            ))}
          </ul>
        </section>
      )}
    </>
  );
}

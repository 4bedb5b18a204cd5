/**
 * Step 2, the results: counts, then the lists staff act on — units that dropped (from → to), units that must
 * hold a review (with the reasons), explanations due (component, %) and the ranking grouped by khối —
 * filtered by group and by a search on the unit's name. Each list is one Tab stop (UnitList); choosing a
 * unit selects its cells in the score sheet (its row, its column, or its scoring form: places.ts). Without
 * last year's ranks the pane says "chưa so sánh", never 0.
 */
import { useMemo, useState } from "react";
import {
  Body1,
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
import type { UnitResult } from "../../core/analyse";
import { foldText, unitKey } from "../../core/names";
import { changeText, shown } from "../format";
import { RefusalNotice } from "./Refusal";
import { usePane } from "../model";
import { unitTarget } from "../places";
import { UnitList } from "../UnitList";
import type { AnalysisReady } from "../workflow";

const useStyles = makeStyles({
  section: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalS, minWidth: 0 },
  filters: {
    display: "grid",
    gridTemplateColumns: "repeat(auto-fit, minmax(8em, 1fr))",
    gap: tokens.spacingHorizontalS,
  },
  counts: {
    display: "grid",
    gridTemplateColumns: "minmax(0, 1fr) auto",
    columnGap: tokens.spacingHorizontalM,
    rowGap: tokens.spacingVerticalXXS,
    margin: 0,
  },
  count: { margin: 0, textAlign: "right", fontWeight: tokens.fontWeightSemibold },
  term: { margin: 0 },
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
      <MessageBar intent="warning" layout="multiline">
        <MessageBarBody>{t("resultsNeedTable")}</MessageBarBody>
      </MessageBar>
    );
  // Misread columns give impossible numbers: no ranking or list is shown from them.
  if (state.analysis.refusal !== null) return <RefusalNotice refusal={state.analysis.refusal} />;
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

export default ResultsTab;

function Lists({ ready, group, query }: { ready: AnalysisReady; group: string; query: string }) {
  const model = usePane();
  const styles = useStyles();
  const { t, m, language } = model;
  const { analysis } = ready;
  const compared = analysis.previousSource !== null;
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
    model.gateway
      .goTo(unitTarget(unit, ready.tables))
      .catch((error: unknown) => model.notify({ intent: "error", text: model.errorText(error) }));
  };

  const dropped = analysis.dropped.filter((d) => keep(d.unit, d.group));
  const reviews = analysis.reviews.filter((r) => keep(r.unit, r.group));
  const explanations = analysis.explanations.filter((e) => keep(e.unit, e.group));
  const ranking = analysis.groups
    .map((g) => ({
      group: g.name,
      units: analysis.units
        .filter((u) => u.group === g.name && keep(u.name, u.group))
        .sort((a, b) => (a.rank ?? Infinity) - (b.rank ?? Infinity)),
    }))
    .filter((g) => g.units.length > 0);
  const notCompared = t("notCompared");
  const change = (u: UnitResult) => (compared ? changeText(u, language) : notCompared);

  const counts: [string, string][] = [
    [t("countUnits"), String(analysis.units.length)],
    [t("countDropped"), compared ? String(analysis.dropped.length) : notCompared],
    [t("countReviews"), String(analysis.reviews.length)],
    [t("countExplanations"), String(analysis.explanations.length)],
    [
      t("countNotComparable"),
      compared ? String(analysis.units.filter((u) => !u.comparable).length) : notCompared,
    ],
    [t("countWarnings"), String(analysis.warnings.length)],
  ];

  return (
    <>
      <span id="unit-list-hint" className={styles.srOnly}>
        {t("unitListHint")}
      </span>
      <dl className={styles.counts} data-testid="counts">
        {counts.map(([term, count]) => (
          <div key={term} style={{ display: "contents" }}>
            <dt className={styles.term}>{term}</dt>
            <dd className={styles.count}>{count}</dd>
          </div>
        ))}
      </dl>
      {!compared && (
        <MessageBar intent="info" layout="multiline">
          <MessageBarBody>{t("noPreviousHint")}</MessageBarBody>
        </MessageBar>
      )}
      {ready.previousFileMissing && (
        <MessageBar intent="warning" layout="multiline">
          <MessageBarBody>
            {t("previousFileMissing", { file: model.prefs.previous.file ?? "" })}
          </MessageBarBody>
        </MessageBar>
      )}

      <section className={styles.section} aria-labelledby="dropped-heading">
        <Subtitle2 as="h2" id="dropped-heading">
          {compared
            ? t("droppedHeading", { count: String(dropped.length) })
            : t("droppedHeading", { count: notCompared })}
        </Subtitle2>
        {dropped.length === 0 ? (
          <Body1>{compared ? t("droppedNone") : t("droppedNoPrevious")}</Body1>
        ) : (
          <UnitList
            id="dropped"
            labelledBy="dropped-heading"
            describedBy="unit-list-hint"
            testId="dropped"
            onActivate={select}
            groups={[
              {
                heading: null,
                items: dropped.map((d) => ({
                  key: `${d.group}/${d.unit}`,
                  name: d.unit,
                  detail: t("droppedFromTo", {
                    change: t("changeDown", { steps: String(d.to - d.from) }),
                    from: String(d.from),
                    to: String(d.to),
                  }),
                  value: unitOf(d.group, d.unit),
                })),
              },
            ]}
          />
        )}
      </section>

      <section className={styles.section} aria-labelledby="reviews-heading">
        <Subtitle2 as="h2" id="reviews-heading">
          {t("reviewsHeading", { count: String(reviews.length) })}
        </Subtitle2>
        {reviews.length === 0 ? (
          <Body1>{analysis.reviewsNote !== null ? m(analysis.reviewsNote) : t("reviewsNone")}</Body1>
        ) : (
          <UnitList
            id="reviews"
            labelledBy="reviews-heading"
            describedBy="unit-list-hint"
            testId="reviews"
            onActivate={select}
            groups={[
              {
                heading: null,
                items: reviews.map((r) => ({
                  key: `${r.group}/${r.unit}`,
                  name: r.unit,
                  detail:
                    r.reasons.map((reason) => m(reason.key, reason.params)).join("; ") +
                    (r.ratingDerived ? ` (${t("ratingDerivedNote")})` : "") +
                    (r.attendee !== null ? ` · ${t("attendeeIs", { person: r.attendee })}` : ""),
                  value: unitOf(r.group, r.unit),
                })),
              },
            ]}
          />
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
          <UnitList
            id="explanations"
            labelledBy="explanations-heading"
            describedBy="unit-list-hint"
            testId="explanations"
            onActivate={select}
            groups={[
              {
                heading: null,
                items: explanations.map((e) => ({
                  key: `${e.group}/${e.unit}/${e.component}`,
                  name: e.unit,
                  detail: `${e.component} — ${t("percentOf", {
                    percent: shown(e.percent, language),
                    score: shown(e.score, language),
                    max: shown(e.max, language),
                  })}`,
                  value: unitOf(e.group, e.unit),
                })),
              },
            ]}
          />
        )}
      </section>

      <section className={styles.section} aria-labelledby="ranking-heading">
        <Subtitle2 as="h2" id="ranking-heading">
          {t("rankingHeading")}
        </Subtitle2>
        <UnitList
          id="ranking"
          labelledBy="ranking-heading"
          describedBy="unit-list-hint"
          testId="ranking"
          onActivate={select}
          groups={ranking.map((g) => ({
            heading: t("groupCount", { group: g.group, count: String(g.units.length) }),
            items: g.units.map((u) => ({
              key: `${u.group}/${u.name}/${u.sheet}/${u.row}/${u.cells.name.column}`,
              name: u.name,
              detail:
                u.rank === null
                  ? t("rankLineUnranked", { change: change(u) })
                  : t("rankLine", {
                      rank: String(u.rank),
                      index: shown(u.index, language),
                      change: change(u),
                    }),
              value: u,
            })),
          }))}
        />
      </section>

      {compared && notComparable.length > 0 && (
        <section className={styles.section} aria-labelledby="not-comparable-heading">
          <Subtitle2 as="h2" id="not-comparable-heading">
            {t("notComparableHeading", { count: String(notComparable.length) })}
          </Subtitle2>
          <Body1>{t("notComparableHint")}</Body1>
          <ul className={styles.list}>
            {notComparable.map((u) => (
              <li key={`${u.sheet}/${u.row}/${u.cells.name.column}`}>
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

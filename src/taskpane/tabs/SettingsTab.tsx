/**
 * Step 4, the settings, kept in the document: year, where last year's ranks come from, threshold and checked
 * components, head ratings (entered per unit, or derived on request), rating bands, deadline, attendees, name
 * aliases, the groups of units whose scoring form names none, language, the report's letterhead; exported to and
 * imported from a JSON file so next year's workbook starts from this year's; reset to the defaults.
 */
import { useRef, useState } from "react";
import {
  Body1,
  Button,
  Caption1,
  Checkbox,
  Field,
  MessageBar,
  MessageBarBody,
  Radio,
  RadioGroup,
  Select,
  Subtitle2,
  Switch,
  makeStyles,
  tokens,
} from "@fluentui/react-components";
import { columnLetter } from "../../core/grid";
import { DEFAULT_SETTINGS, type Settings } from "../../core/settings";
import type { Language } from "../../i18n/messages";
import { usePane } from "../model";
import { DEFAULT_PREFS, PREVIOUS_SOURCES, type PreviousSource } from "../prefs";
import { CommitField, DateField, NumberField } from "./fields";
import { PreviousFilePicker } from "./PreviousFile";
import { AliasList, AttendeeList, BandList, RatingList, UnitGroupList } from "./SettingsLists";

const useStyles = makeStyles({
  section: {
    display: "flex",
    flexDirection: "column",
    gap: tokens.spacingVerticalS,
    paddingBottom: tokens.spacingVerticalM,
    borderBottom: `1px solid ${tokens.colorNeutralStroke2}`,
  },
  row: {
    display: "grid",
    gridTemplateColumns: "repeat(auto-fill, minmax(8.5em, 1fr))",
    gap: tokens.spacingHorizontalS,
    alignItems: "start",
  },
  narrow: { minWidth: 0 },
  buttons: { display: "flex", gap: tokens.spacingHorizontalS, flexWrap: "wrap" },
});

/** Reads a picked text file (Blob.text where the browser has it, else FileReader). */
export function fileText(file: Blob): Promise<string> {
  if (typeof file.text === "function") return file.text();
  return new Promise((resolve, reject) => {
    const reader = new FileReader();
    reader.onload = () => resolve(String(reader.result));
    reader.onerror = () => reject(reader.error);
    reader.readAsText(file);
  });
}

/** Offers the settings as a JSON file to download. */
export function downloadSettings(settings: Settings, fileName: string): void {
  const blob = new Blob([JSON.stringify(settings, null, 2) + "\n"], { type: "application/json" });
  const url = URL.createObjectURL(blob);
  const link = document.createElement("a");
  link.href = url;
  link.download = fileName;
  document.body.appendChild(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 0);
}

export function SettingsTab() {
  const model = usePane();
  const styles = useStyles();
  const { t, settings, prefs, view } = model;
  const [fileMessage, setFileMessage] = useState<{ intent: "success" | "error"; text: string } | null>(null);
  const importInput = useRef<HTMLInputElement>(null);
  if (view === null) return null;
  const ready = model.analysis?.ok ? model.analysis : null;
  const table = ready?.tables[0];
  const grid = table ? view.grids.find((g) => g.sheet === table.sheet) : undefined;
  const update = model.updateSettings;
  const updateField = model.updateField;

  const importFile = async (file: File | undefined) => {
    if (file === undefined) return;
    try {
      let raw: unknown;
      try {
        raw = JSON.parse(await fileText(file));
      } catch {
        // JSON.parse's own words are English and technical: the message says what the user can act on.
        setFileMessage({ intent: "error", text: t("importNotJson", { file: file.name }) });
        return;
      }
      const problem = update(() => raw);
      setFileMessage(
        problem === null
          ? { intent: "success", text: t("importDone", { file: file.name }) }
          : { intent: "error", text: problem },
      );
    } finally {
      if (importInput.current) importInput.current.value = "";
    }
  };

  const previousSheets = view.sheets.filter(
    (s) => !s.report && !s.empty && !(ready?.analysis.sheets ?? []).includes(s.name),
  );
  const setSource = (source: PreviousSource) =>
    model.updatePrefs((p) => ({ ...p, previous: { ...p.previous, source } }));

  return (
    <>
      {model.settingsError !== null && (
        <MessageBar intent="warning" layout="multiline">
          <MessageBarBody>
            {t("savedSettingsInvalid", { detail: model.errorText(model.settingsError) })}
          </MessageBarBody>
        </MessageBar>
      )}

      <section className={styles.section} aria-labelledby="general-heading">
        <Subtitle2 as="h2" id="general-heading">
          {t("generalHeading")}
        </Subtitle2>
        <div className={styles.row}>
          <NumberField
            className={styles.narrow}
            label={t("yearLabel")}
            hint={
              ready?.analysis.year != null
                ? t("yearDetected", { year: String(ready.analysis.year) })
                : undefined
            }
            value={settings.year}
            onCommit={(year) => updateField((s) => ({ ...s, year }))}
          />
          <NumberField
            className={styles.narrow}
            label={t("thresholdLabel")}
            value={settings.threshold}
            onCommit={(threshold) => updateField((s) => ({ ...s, threshold: threshold ?? 75 }))}
          />
          <DateField
            className={styles.narrow}
            label={t("deadlineLabel")}
            hint={settings.reviewDeadline === null ? t("deadlineDefault") : undefined}
            value={settings.reviewDeadline}
            onCommit={(reviewDeadline) => updateField((s) => ({ ...s, reviewDeadline }))}
          />
          <CommitField
            className={styles.narrow}
            label={t("sendToLabel")}
            value={settings.sendTo}
            onCommit={(text) => updateField((s) => ({ ...s, sendTo: text }))}
          />
        </div>
        <Field label={t("explanationRuleLabel")}>
          <RadioGroup
            value={settings.explanationRule}
            onChange={(_, data) => update((s) => ({ ...s, explanationRule: data.value }))}
          >
            <Radio value="each" label={t("explanationEach")} />
            <Radio value="both" label={t("explanationBoth")} />
          </RadioGroup>
        </Field>
      </section>

      <section className={styles.section} aria-labelledby="previous-heading">
        <Subtitle2 as="h2" id="previous-heading">
          {t("previousHeading")}
        </Subtitle2>
        <Field label={t("previousSourceLabel")}>
          <RadioGroup
            value={prefs.previous.source}
            onChange={(_, data) => setSource(data.value as PreviousSource)}
          >
            {PREVIOUS_SOURCES.map((source) => (
              <Radio key={source} value={source} label={t(`previous_${source}`)} />
            ))}
          </RadioGroup>
        </Field>
        {prefs.previous.source === "column" && table !== undefined && grid !== undefined && (
          <Field label={t("rolePreviousRank")}>
            <Select
              value={table.roles.previousRank !== undefined ? columnLetter(table.roles.previousRank) : ""}
              onChange={(_, data) =>
                update((s) => {
                  const mapping: Record<string, unknown> = { ...s.mapping };
                  if (data.value === "") delete mapping.previousRank;
                  else mapping.previousRank = data.value;
                  return { ...s, mapping };
                })
              }
            >
              <option value="">{t("roleNone")}</option>
              {grid.values[0]?.map((_, i) => {
                const letter = columnLetter(grid.left + i);
                return (
                  <option key={letter} value={letter}>
                    {letter}
                  </option>
                );
              })}
            </Select>
          </Field>
        )}
        {prefs.previous.source === "sheet" && (
          <Field label={t("previousSheetLabel")}>
            <Select
              value={prefs.previous.sheet ?? ""}
              onChange={(_, data) =>
                model.updatePrefs((p) => ({
                  ...p,
                  previous: { ...p.previous, source: "sheet", sheet: data.value === "" ? null : data.value },
                }))
              }
            >
              <option value="">{t("previousSheetChoose")}</option>
              {previousSheets.map((s) => (
                <option key={s.name} value={s.name}>
                  {s.name}
                </option>
              ))}
            </Select>
          </Field>
        )}
        {prefs.previous.source === "file" && (
          <>
            {model.previous === null && (
              <Body1>
                {prefs.previous.file !== null
                  ? t("previousFileHintNamed", { file: prefs.previous.file })
                  : t("previousFileHint")}
              </Body1>
            )}
            <PreviousFilePicker testId="settings-previous-file" />
          </>
        )}
        {ready !== null && (
          <Caption1>
            {ready.analysis.previousSource === "table"
              ? t("previousUsedTable")
              : ready.analysis.previousSource === "column"
                ? t("previousUsedColumn")
                : t("previousUsedNone")}
          </Caption1>
        )}
      </section>

      <section className={styles.section} aria-labelledby="checked-heading">
        <Subtitle2 as="h2" id="checked-heading">
          {t("checkedHeading")}
        </Subtitle2>
        {ready === null && <Body1>{t("resultsNeedTable")}</Body1>}
        {ready?.analysis.components.map((c) => (
          <Checkbox
            key={c.name}
            label={c.name}
            checked={c.checked}
            onChange={(_, data) =>
              update((s) => {
                const current = ready.analysis.components.filter((x) => x.checked).map((x) => x.name);
                const next = data.checked ? [...current, c.name] : current.filter((n) => n !== c.name);
                return { ...s, checkedComponents: next };
              })
            }
          />
        ))}
        {settings.checkedComponents !== null && (
          <Button onClick={() => update((s) => ({ ...s, checkedComponents: null }))}>
            {t("checkedDefault")}
          </Button>
        )}
        <Switch
          label={t("highlightAllLabel")}
          checked={settings.highlightAllComponents}
          onChange={(_, data) => update((s) => ({ ...s, highlightAllComponents: data.checked }))}
        />
      </section>

      <section className={styles.section} aria-labelledby="ratings-heading">
        <Subtitle2 as="h2" id="ratings-heading">
          {t("ratingsHeading")}
        </Subtitle2>
        <Body1>
          {table?.roles.rating !== undefined
            ? t("ratingsFromSheet", { column: columnLetter(table.roles.rating) })
            : t("ratingsNoColumn")}
        </Body1>
        <Checkbox
          label={t("reviewKhtnv")}
          checked={settings.reviewRatings.includes("KHTNV")}
          onChange={(_, data) =>
            update((s) => ({ ...s, reviewRatings: data.checked ? ["HTNV", "KHTNV"] : ["HTNV"] }))
          }
        />
        <Switch
          label={t("deriveRatings")}
          checked={settings.deriveRatings}
          onChange={(_, data) => update((s) => ({ ...s, deriveRatings: data.checked }))}
        />
        {settings.deriveRatings && <Caption1>{t("deriveRatingsWarning")}</Caption1>}
        {settings.deriveRatings && (
          <div className={styles.row}>
            {settings.ratingBands
              .filter((b) => b.rating !== "KHTNV")
              .map((band) => (
                <NumberField
                  key={band.rating}
                  className={styles.narrow}
                  label={t("ratingBandMin", { rating: band.rating })}
                  value={band.min}
                  onCommit={(min) =>
                    updateField((s) => ({
                      ...s,
                      ratingBands: s.ratingBands.map((b) => (b.rating === band.rating ? { ...b, min } : b)),
                    }))
                  }
                />
              ))}
          </div>
        )}
        {ready !== null && <RatingList units={ready.analysis.units} />}
      </section>

      <section className={styles.section} aria-labelledby="bands-heading">
        <Subtitle2 as="h2" id="bands-heading">
          {t("bandsHeading")}
        </Subtitle2>
        <BandList />
      </section>

      <section className={styles.section} aria-labelledby="attendees-heading">
        <Subtitle2 as="h2" id="attendees-heading">
          {t("attendeesHeading")}
        </Subtitle2>
        <AttendeeList />
      </section>

      <section className={styles.section} aria-labelledby="aliases-heading">
        <Subtitle2 as="h2" id="aliases-heading">
          {t("aliasesHeading")}
        </Subtitle2>
        <AliasList />
      </section>

      <section className={styles.section} aria-labelledby="unit-groups-heading">
        <Subtitle2 as="h2" id="unit-groups-heading">
          {t("unitGroupsHeading")}
        </Subtitle2>
        <UnitGroupList />
      </section>

      <section className={styles.section} aria-labelledby="language-heading">
        <Subtitle2 as="h2" id="language-heading">
          {t("languageHeading")}
        </Subtitle2>
        <Field label={t("paneLanguageLabel")}>
          <RadioGroup
            value={prefs.language}
            onChange={(_, data) =>
              model.updatePrefs((p) => ({ ...p, language: data.value as "auto" | Language }))
            }
          >
            <Radio value="auto" label={t("languageAuto")} />
            <Radio value="vi" label="Tiếng Việt" />
            <Radio value="en" label="English" />
          </RadioGroup>
        </Field>
        <Field label={t("reportLanguageLabel")}>
          <RadioGroup
            value={settings.language}
            onChange={(_, data) => update((s) => ({ ...s, language: data.value }))}
          >
            <Radio value="vi" label="Tiếng Việt" />
            <Radio value="en" label="English" />
          </RadioGroup>
        </Field>
      </section>

      <section className={styles.section} aria-labelledby="letterhead-heading">
        <Subtitle2 as="h2" id="letterhead-heading">
          {t("letterheadHeading")}
        </Subtitle2>
        <CommitField
          label={t("agencyLabel")}
          hint={t("linesHint")}
          value={settings.report.agency.join(" | ")}
          onCommit={(text) => update((s) => ({ ...s, report: { ...s.report, agency: splitLines(text) } }))}
        />
        <div className={styles.row}>
          <Field label={t("documentKindLabel")} className={styles.narrow}>
            <Select
              value={settings.report.documentKind}
              onChange={(_, data) =>
                update((s) => ({ ...s, report: { ...s.report, documentKind: data.value } }))
              }
            >
              <option value="THÔNG BÁO">THÔNG BÁO</option>
              <option value="BÁO CÁO">BÁO CÁO</option>
            </Select>
          </Field>
          <CommitField
            className={styles.narrow}
            label={t("documentNumberLabel")}
            hint={settings.report.number === "" ? t("documentNumberHint") : undefined}
            value={settings.report.number}
            onCommit={(text) => updateField((s) => ({ ...s, report: { ...s.report, number: text.trim() } }))}
          />
          <CommitField
            className={styles.narrow}
            label={t("placeLabel")}
            value={settings.report.place}
            onCommit={(text) => updateField((s) => ({ ...s, report: { ...s.report, place: text.trim() } }))}
          />
          <DateField
            className={styles.narrow}
            label={t("documentDateLabel")}
            hint={settings.report.date === null ? t("documentDateHint") : undefined}
            value={settings.report.date}
            onCommit={(date) => updateField((s) => ({ ...s, report: { ...s.report, date } }))}
          />
        </div>
        <Checkbox
          label={t("annexOn")}
          checked={settings.report.annex !== ""}
          onChange={(_, data) =>
            update((s) => ({ ...s, report: { ...s.report, annex: data.checked === true ? null : "" } }))
          }
        />
        {settings.report.annex !== "" && (
          <CommitField
            label={t("annexLabel")}
            hint={
              settings.report.annex === null
                ? t("annexHint", {
                    kind: `${settings.report.documentKind.charAt(0)}${settings.report.documentKind.slice(1).toLocaleLowerCase("vi")}`,
                  })
                : undefined
            }
            value={settings.report.annex ?? ""}
            onCommit={(text) =>
              updateField((s) => ({
                ...s,
                report: { ...s.report, annex: text.trim() === "" ? null : text.trim() },
              }))
            }
          />
        )}
        <CommitField
          label={t("signerTitleLabel")}
          hint={t("linesHint")}
          value={settings.report.signerTitle.join(" | ")}
          onCommit={(text) =>
            update((s) => ({ ...s, report: { ...s.report, signerTitle: splitLines(text) } }))
          }
        />
        <CommitField
          label={t("signerNameLabel")}
          value={settings.report.signerName}
          onCommit={(text) => update((s) => ({ ...s, report: { ...s.report, signerName: text.trim() } }))}
        />
        <CommitField
          label={t("recipientsLabel")}
          hint={t("linesHint")}
          value={settings.report.recipients.join(" | ")}
          onCommit={(text) =>
            updateField((s) => ({ ...s, report: { ...s.report, recipients: splitLines(text) } }))
          }
        />
      </section>

      <section className={styles.section} aria-labelledby="file-heading">
        <Subtitle2 as="h2" id="file-heading">
          {t("settingsFileHeading")}
        </Subtitle2>
        <Body1>{t("settingsFileHint")}</Body1>
        <div aria-live="polite" data-testid="settings-file-status">
          {fileMessage !== null && (
            <MessageBar intent={fileMessage.intent} layout="multiline">
              <MessageBarBody>{fileMessage.text}</MessageBarBody>
            </MessageBar>
          )}
        </div>
        <input
          ref={importInput}
          type="file"
          accept=".json,application/json"
          hidden
          aria-label={t("importSettings")}
          data-testid="settings-file"
          onChange={(event) => void importFile(event.currentTarget.files?.[0])}
        />
        <div className={styles.buttons}>
          <Button
            onClick={() => {
              const year = ready?.analysis.year ?? settings.year;
              downloadSettings(settings, t("exportFileName", { year: year !== null ? String(year) : "" }));
            }}
          >
            {t("exportSettings")}
          </Button>
          <Button onClick={() => importInput.current?.click()}>{t("importSettings")}</Button>
          <Button
            onClick={() => {
              update(() => DEFAULT_SETTINGS);
              model.updatePrefs((p) => ({ ...DEFAULT_PREFS, language: p.language }));
              setFileMessage({ intent: "success", text: t("resetDone") });
            }}
          >
            {t("resetSettings")}
          </Button>
        </div>
        {!view.can.saveSettings && <Caption1>{t("cannotSaveSettings")}</Caption1>}
      </section>
    </>
  );
}

function splitLines(text: string): string[] {
  return text
    .split("|")
    .map((line) => line.trim())
    .filter((line) => line !== "");
}

export default SettingsTab;

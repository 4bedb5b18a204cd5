/**
 * The task pane: the Office theme, a header (product, the sheet analysed, re-read, language), the message
 * area (the ribbon's messages too) and four steps — Start (what was found and what to do next), Results,
 * Actions, Settings. Built for Excel's task pane, 320 px wide: nothing scrolls sideways. The steps after the
 * first load when first opened (their own chunks), so the first screen comes up sooner.
 */
import { lazy } from "react";
import {
  Button,
  Caption1,
  FluentProvider,
  MessageBar,
  MessageBarBody,
  Subtitle1,
  makeStyles,
  tokens,
  webDarkTheme,
  webLightTheme,
} from "@fluentui/react-components";
import type { Language } from "../i18n/messages";
import type { PaneGateway } from "./gateway";
import { PaneContext, usePaneState, type PaneModel } from "./model";
import { StepPanels } from "./StepPanels";
import { StartTab } from "./tabs/StartTab";

export type { PaneTab } from "./steps";

const ResultsTab = lazy(() => import(/* webpackChunkName: "pane-results" */ "./tabs/ResultsTab"));
const ActionsTab = lazy(() => import(/* webpackChunkName: "pane-actions" */ "./tabs/ActionsTab"));
const SettingsTab = lazy(() => import(/* webpackChunkName: "pane-settings" */ "./tabs/SettingsTab"));

const useStyles = makeStyles({
  root: {
    display: "flex",
    flexDirection: "column",
    gap: tokens.spacingVerticalM,
    padding: tokens.spacingHorizontalM,
    minHeight: "100vh",
    boxSizing: "border-box",
    // Section headings sit close to what they head; the sections' gaps space them.
    "& h2, & h3": { marginTop: 0, marginBottom: 0 },
    // A dropdown is as wide as its longest option unless told otherwise: never wider than the pane.
    "& select": { minWidth: 0, maxWidth: "100%", textOverflow: "ellipsis" },
    "& .fui-Select, & .fui-Field, & .fui-Input": { minWidth: 0, maxWidth: "100%" },
    overflowWrap: "anywhere",
  },
  header: { display: "flex", alignItems: "flex-start", justifyContent: "space-between", gap: "8px" },
  titles: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalXXS },
  tools: { display: "flex", gap: tokens.spacingHorizontalXS, flexWrap: "wrap", justifyContent: "flex-end" },
});

export interface PaneProps {
  readonly gateway: PaneGateway;
  readonly language?: Language;
}

export function Pane({ gateway, language }: PaneProps) {
  const model = usePaneState(gateway, language);
  const theme = gateway.officeTheme() === "dark" ? webDarkTheme : webLightTheme;
  return (
    <FluentProvider theme={theme} lang={model.language === "vi" ? "vi-VN" : "en-US"}>
      <PaneContext.Provider value={model}>
        <PaneBody model={model} />
      </PaneContext.Provider>
    </FluentProvider>
  );
}

function subtitle(model: PaneModel): string {
  const state = model.analysis;
  if (state === null || !state.ok) return model.t("tagline");
  const { analysis } = state;
  const sheets = analysis.sheets.map((s) => `“${s}”`).join(", ");
  return analysis.year !== null
    ? model.t("headerFoundYear", { sheets, year: String(analysis.year) })
    : model.t("headerFound", { sheets });
}

function PaneBody({ model }: { model: PaneModel }) {
  const styles = useStyles();
  const { t } = model;
  const other: Language = model.language === "vi" ? "en" : "vi";

  return (
    <main className={styles.root} lang={model.language}>
      <header className={styles.header}>
        <div className={styles.titles}>
          <Subtitle1 as="h1">{t("productName")}</Subtitle1>
          <Caption1 data-testid="pane-subtitle">{subtitle(model)}</Caption1>
        </div>
        <div className={styles.tools}>
          <Button
            size="small"
            onClick={() => void model.reload()}
            disabled={model.status === "loading"}
            aria-label={t("reloadLabel")}
          >
            {t("reload")}
          </Button>
          <Button
            size="small"
            lang={other}
            title={t("switchLanguageLabel")}
            onClick={() => model.updatePrefs((p) => ({ ...p, language: other }))}
          >
            {other === "en" ? "English" : "Tiếng Việt"}
          </Button>
        </div>
      </header>

      <section aria-label={t("messagesLabel")} aria-live="polite" data-testid="pane-messages">
        {model.notice && (
          <MessageBar intent={model.notice.intent} layout="multiline">
            <MessageBarBody>{model.notice.text}</MessageBarBody>
          </MessageBar>
        )}
      </section>

      {model.status === "loading" && <Caption1 role="status">{t("reading")}</Caption1>}
      {model.status === "failed" && (
        <MessageBar intent="error" data-testid="read-error" layout="multiline">
          <MessageBarBody>
            {model.errorText(model.readError)}{" "}
            <Button size="small" onClick={() => void model.reload()}>
              {t("retry")}
            </Button>
          </MessageBarBody>
        </MessageBar>
      )}

      {model.view !== null && (
        <StepPanels
          label={t("stepsLabel")}
          loading={t("loadingStep")}
          steps={[
            { value: "start", label: t("tabStart"), content: <StartTab /> },
            { value: "results", label: t("tabResults"), content: <ResultsTab /> },
            { value: "actions", label: t("tabActions"), content: <ActionsTab /> },
            { value: "settings", label: t("tabSettings"), content: <SettingsTab /> },
          ]}
        />
      )}
    </main>
  );
}

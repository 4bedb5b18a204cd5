/**
 * The minimal task pane: product name, a one-line connection status and the message area that
 * ribbon commands write into (see pane-messages.ts). The full pane comes with its own issue.
 */
import { useEffect, useState } from "react";
import {
  Caption1,
  MessageBar,
  MessageBarBody,
  Subtitle1,
  makeStyles,
  tokens,
} from "@fluentui/react-components";
import { type PaneMessage, latestPaneMessage, onPaneMessage } from "./pane-messages";
import { paneStrings } from "./strings";

export type HostStatus = "connecting" | "excel" | "outside";

const useStyles = makeStyles({
  root: {
    display: "flex",
    flexDirection: "column",
    gap: tokens.spacingVerticalM,
    padding: tokens.spacingHorizontalL,
  },
  header: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalXXS },
});

const STATUS_TEXT: Record<HostStatus, string> = {
  connecting: paneStrings.connecting,
  excel: paneStrings.connected,
  outside: paneStrings.outsideExcel,
};

export function App({ status }: { status: HostStatus }) {
  const styles = useStyles();
  const [message, setMessage] = useState<PaneMessage | undefined>(latestPaneMessage);

  useEffect(() => onPaneMessage(setMessage), []);

  return (
    <main className={styles.root}>
      <header className={styles.header}>
        <Subtitle1 as="h1">{paneStrings.productName}</Subtitle1>
        <Caption1>{paneStrings.tagline}</Caption1>
      </header>
      <p role="status" data-testid="host-status">
        {STATUS_TEXT[status]}
      </p>
      <section aria-label={paneStrings.messagesLabel} aria-live="polite" data-testid="pane-messages">
        {message && (
          <MessageBar intent={message.intent}>
            <MessageBarBody>{message.text}</MessageBarBody>
          </MessageBar>
        )}
      </section>
    </main>
  );
}

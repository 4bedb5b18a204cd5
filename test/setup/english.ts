// The tests read messages in both languages from the start, as the CLI does (src/i18n/english.ts).
import "../../src/i18n/english";

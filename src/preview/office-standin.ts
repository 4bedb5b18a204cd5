/**
 * A stand-in for the `Office` global of office.js, enough for the pane and the ribbon command to run in the
 * preview: Office.onReady (Excel on the web), requirement-set checks answered for what the simulator
 * implements, the display language, document settings backed by the simulated workbook's settings, and
 * Office.addin / Office.actions as no-ops. Installed before the pane is mounted. `preview.html?platform=Mac`
 * (or PC, iOS) plays that host for saving files: OpenBrowserWindowApi 1.1 is claimed there (as Office does;
 * never on the web) and Office.context.ui.openBrowserWindow opens a new browser tab.
 */
import { EXCEL_API_FOR } from "../excel/requirements";
import type { Simulator } from "./simulator";

/** The newest ExcelApi version the adapter relies on; the simulator implements every member up to it. */
const EXCEL_API_MAX = Object.values(EXCEL_API_FOR).reduce((a, b) => (compareVersions(a, b) >= 0 ? a : b));

/** Requirement sets the preview claims, with their highest version. */
const SUPPORTED_SETS: Record<string, string> = {
  excelapi: EXCEL_API_MAX,
  sharedruntime: "1.1",
  addincommands: "1.1",
  ribbonapi: "1.1",
};

export function compareVersions(a: string, b: string): number {
  const pa = a.split(".").map(Number);
  const pb = b.split(".").map(Number);
  for (let i = 0; i < Math.max(pa.length, pb.length); i++) {
    const d = (pa[i] ?? 0) - (pb[i] ?? 0);
    if (d !== 0) return d;
  }
  return 0;
}

export function isSetSupported(name: string, minVersion?: string): boolean {
  const max = SUPPORTED_SETS[name.toLowerCase()];
  if (max === undefined) return false;
  return minVersion === undefined || compareVersions(max, minVersion) >= 0;
}

/** Platforms the preview can play (`?platform=`); Excel on the web by default. */
const PLATFORMS = ["OfficeOnline", "PC", "Mac", "iOS"];

function previewPlatform(): string {
  const asked = new URLSearchParams(globalThis.location?.search ?? "").get("platform");
  return asked !== null && PLATFORMS.includes(asked) ? asked : "OfficeOnline";
}

type Callback = (result: { status: string; value?: unknown; error?: { message: string } }) => void;

/** Installs `Office` on the global object; returns a function that puts the previous value back. */
export function installOfficeStandIn(
  sim: Simulator,
  displayLanguage: string,
  onSettingsSaved: () => void = () => undefined,
): () => void {
  const g = globalThis as Record<string, unknown>;
  const previous = g.Office;
  const platform = previewPlatform();
  const info = { host: "Excel", platform };
  const requirementSupported = (name: string, minVersion?: string): boolean =>
    name.toLowerCase() === "openbrowserwindowapi"
      ? platform !== "OfficeOnline" && (minVersion === undefined || compareVersions("1.1", minVersion) >= 0)
      : isSetSupported(name, minVersion);
  const settings = sim.state.settings;
  const succeeded = (callback: unknown, value?: unknown) => {
    if (typeof callback === "function") (callback as Callback)({ status: "succeeded", value });
  };
  const documentSettings = {
    get: (name: string): unknown => {
      const text = settings.get(name);
      return text === undefined ? null : (JSON.parse(text) as unknown);
    },
    set: (name: string, value: unknown): void => {
      settings.set(name, JSON.stringify(value));
    },
    remove: (name: string): void => {
      settings.delete(name);
    },
    saveAsync: (...args: unknown[]): void => {
      onSettingsSaved();
      succeeded(args.find((a) => typeof a === "function"));
    },
    refreshAsync: (...args: unknown[]): void => succeeded(args.find((a) => typeof a === "function")),
    addHandlerAsync: (...args: unknown[]): void => succeeded(args.find((a) => typeof a === "function")),
  };
  g.Office = {
    HostType: { Excel: "Excel", Word: "Word", PowerPoint: "PowerPoint", Outlook: "Outlook" },
    PlatformType: { PC: "PC", OfficeOnline: "OfficeOnline", Mac: "Mac", iOS: "iOS", Android: "Android" },
    AsyncResultStatus: { Succeeded: "succeeded", Failed: "failed" },
    onReady: (callback?: (value: typeof info) => void) => {
      if (callback) queueMicrotask(() => callback(info));
      return Promise.resolve(info);
    },
    context: {
      displayLanguage,
      contentLanguage: displayLanguage,
      platform,
      host: "Excel",
      diagnostics: { host: "Excel", platform, version: "16.0 (preview)" },
      requirements: { isSetSupported: requirementSupported },
      ui: {
        openBrowserWindow: (url: string): void => {
          globalThis.open?.(url, "_blank");
        },
      },
      document: { settings: documentSettings },
    },
    addin: {
      showAsTaskpane: () => Promise.resolve(),
      hide: () => Promise.resolve(),
      onVisibilityModeChanged: () => Promise.resolve(() => Promise.resolve()),
    },
    actions: { associate: () => undefined },
  };
  return () => {
    g.Office = previous;
  };
}

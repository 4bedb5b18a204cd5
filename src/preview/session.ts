/**
 * One open workbook of the preview: a simulator over its state, the globals the pane's production code
 * expects (`Excel.run`, OfficeExtension.Error, an `Office` stand-in), change notices after
 * every Excel.run, and the state saved to localStorage shortly after each change.
 */
import { createSimulator, installExcelGlobals, type Simulator, type WorkbookState } from "./simulator";
import { installOfficeStandIn } from "./office-standin";
import { save } from "./persist";

const SAVE_DELAY_MS = 250;

export class WorkbookSession {
  readonly sim: Simulator;
  private readonly listeners = new Set<() => void>();
  private version_ = 0;
  private saveTimer: ReturnType<typeof setTimeout> | undefined;
  private uninstall: (() => void) | undefined;
  /** False once the browser refused to save (storage full). */
  saved = true;

  constructor(
    readonly id: string,
    state: WorkbookState,
  ) {
    this.sim = createSimulator(state);
    const run = this.sim.run.bind(this.sim) as (...args: unknown[]) => Promise<unknown>;
    // installExcelGlobals calls sim.run at call time: every Excel.run of the pane passes through here.
    (this.sim as unknown as { run: (...args: unknown[]) => Promise<unknown> }).run = (...args) =>
      run(...args).finally(() => this.changed());
  }

  get state(): WorkbookState {
    return this.sim.state;
  }

  /** Grows by one after every change; what React compares to re-render. */
  get version(): number {
    return this.version_;
  }

  /** Installs Excel, OfficeExtension and Office for this workbook; `dispose` removes them. */
  install(displayLanguage: string): void {
    const removeExcel = installExcelGlobals(this.sim);
    const removeOffice = installOfficeStandIn(this.sim, displayLanguage, () => this.changed());
    this.uninstall = () => {
      removeOffice();
      removeExcel();
    };
  }

  subscribe = (listener: () => void): (() => void) => {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  };

  getVersion = (): number => this.version_;

  /** The user clicked a sheet tab: the sheet becomes active, as in Excel. */
  activate(sheetId: string): void {
    if (this.state.activeSheetId === sheetId) return;
    this.state.activeSheetId = sheetId;
    this.state.selection = { sheetId, rect: { top: 0, left: 0, bottom: 0, right: 0 } };
    this.changed();
  }

  changed(): void {
    this.version_++;
    for (const listener of [...this.listeners]) listener();
    if (this.saveTimer !== undefined) clearTimeout(this.saveTimer);
    this.saveTimer = setTimeout(() => this.saveNow(), SAVE_DELAY_MS);
  }

  saveNow(): void {
    if (this.saveTimer !== undefined) clearTimeout(this.saveTimer);
    this.saveTimer = undefined;
    this.saved = save(this.id, this.state);
  }

  dispose(): void {
    if (this.saveTimer !== undefined) this.saveNow();
    this.uninstall?.();
    this.uninstall = undefined;
    this.listeners.clear();
  }
}

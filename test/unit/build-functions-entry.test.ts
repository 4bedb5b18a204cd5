/**
 * src/functions/entry.ts, the functions bundle's entry: functions.ts (which ends with the metadata plugin's
 * CustomFunctions.associate calls) is loaded only where the custom functions runtime exists, so the pane's page
 * also loads on an Excel whose manifest VersionOverrides are not in effect (Excel 2019, iPad: README chapter 4).
 */
import type * as EntryModule from "../../src/functions/entry";

type Global = Record<string, unknown>;
const FUNCTIONS = "../../src/functions/functions";
const saved = (globalThis as Global).CustomFunctions;

// entry.ts requires functions.ts a tick after it loads: a fresh registry per test, not isolateModules.
beforeEach(() => {
  jest.resetModules();
  jest.dontMock(FUNCTIONS);
});

afterEach(() => {
  (globalThis as Global).CustomFunctions = saved;
  jest.restoreAllMocks();
});

/** Loads entry.ts afresh, with functions.ts replaced by `factory` (which records that it ran). */
function loadEntry(factory: () => unknown): typeof EntryModule {
  jest.doMock(FUNCTIONS, factory);
  return jest.requireActual("../../src/functions/entry");
}

describe("functions entry", () => {
  test("without the custom functions runtime it loads nothing and throws nothing", async () => {
    delete (globalThis as Global).CustomFunctions;
    const loaded = jest.fn(() => ({}));
    const entry = loadEntry(loaded);
    expect(entry.hasCustomFunctionsRuntime()).toBe(false);
    await expect(entry.registered).resolves.toBe(false);
    expect(loaded).not.toHaveBeenCalled();
  });

  test("a CustomFunctions global without associate counts as absent", async () => {
    (globalThis as Global).CustomFunctions = {};
    const loaded = jest.fn(() => ({}));
    const entry = loadEntry(loaded);
    await expect(entry.registered).resolves.toBe(false);
    expect(loaded).not.toHaveBeenCalled();
  });

  test("with the runtime (the shared runtime of Excel on the web, Windows, Mac) it loads functions.ts", async () => {
    const associate = jest.fn();
    (globalThis as Global).CustomFunctions = { associate };
    const loaded = jest.fn(() => ({}));
    const entry = loadEntry(loaded);
    expect(entry.hasCustomFunctionsRuntime()).toBe(true);
    await expect(entry.registered).resolves.toBe(true);
    expect(loaded).toHaveBeenCalledTimes(1);
  });

  test("a failure while registering is logged, and the page goes on", async () => {
    (globalThis as Global).CustomFunctions = { associate: jest.fn() };
    const logged = jest.spyOn(console, "error").mockImplementation(() => undefined);
    const entry = loadEntry(() => {
      throw new Error("associate refused");
    });
    await expect(entry.registered).resolves.toBe(false);
    expect(logged).toHaveBeenCalledTimes(1);
  });

  test("the real functions.ts registers under the runtime", async () => {
    // jest does not run the metadata plugin, so no associate calls are appended here: the module loads cleanly.
    const entry: typeof EntryModule = jest.requireActual("../../src/functions/entry");
    await expect(entry.registered).resolves.toBe(true);
    const functions: Record<string, unknown> = jest.requireActual(FUNCTIONS);
    expect(typeof functions.rank).toBe("function");
  });
});

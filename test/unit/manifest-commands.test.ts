/**
 * The ribbon's ExecuteFunction buttons and src/commands agree: every <FunctionName> in the manifest
 * is associated by commands.ts, and createReport tells the user (in the pane) how the report went, shows
 * the pane, and always completes the event, even when the pane cannot be shown. (The report itself is tested
 * on the Excel simulator in test/taskpane/commands.test.ts.)
 */
import * as fs from "fs";
import { MANIFEST_PATH, descendants, parseXml } from "./manifest-helpers";
import type * as CommandsModule from "../../src/commands/commands";
import type * as PaneMessagesModule from "../../src/taskpane/pane-messages";

const manifestFunctionNames = descendants(parseXml(fs.readFileSync(MANIFEST_PATH, "utf8")))
  .filter((n) => n.name === "FunctionName")
  .map((n) => n.text);

interface FakeOffice {
  associated: Map<string, (event: unknown) => unknown>;
  showAsTaskpane: jest.Mock<Promise<void>, []>;
}

/** Loads commands.ts (and a fresh pane-messages store) against a fake Office global, or none. */
function loadCommands(office: FakeOffice | undefined) {
  const g = globalThis as Record<string, unknown>;
  delete g.Office;
  // pane-messages keeps the latest message on globalThis: start each test without one.
  delete (globalThis as Record<symbol, unknown>)[Symbol.for("cchc.pane-message.latest")];
  if (office) {
    g.Office = {
      actions: { associate: (id: string, fn: (event: unknown) => unknown) => office.associated.set(id, fn) },
      addin: { showAsTaskpane: office.showAsTaskpane },
    };
  }
  let commands!: typeof CommandsModule;
  let messages!: typeof PaneMessagesModule;
  jest.isolateModules(() => {
    commands = jest.requireActual("../../src/commands/commands");
    messages = jest.requireActual("../../src/taskpane/pane-messages");
  });
  return { commands, messages };
}

function fakeOffice(show: () => Promise<void> = () => Promise.resolve()): FakeOffice {
  return { associated: new Map(), showAsTaskpane: jest.fn(show) };
}

afterEach(() => {
  delete (globalThis as Record<string, unknown>).Office;
});

describe("ribbon commands", () => {
  test("the manifest's ExecuteFunction names are exactly the commands associated at load", () => {
    const office = fakeOffice();
    const { commands } = loadCommands(office);
    expect(manifestFunctionNames).toEqual(Object.values(commands.COMMAND_IDS));
    expect([...office.associated.keys()]).toEqual(manifestFunctionNames);
  });

  test("createReport posts its outcome (here: no Excel to write to), shows the pane and completes the event", async () => {
    const office = fakeOffice();
    const { messages } = loadCommands(office);
    const completed = jest.fn();
    await office.associated.get("createReport")?.({ completed });
    expect(messages.latestPaneMessage()).toEqual({
      intent: "error",
      text: expect.stringMatching(/^Không tạo được báo cáo\. /),
    });
    expect(office.showAsTaskpane).toHaveBeenCalledTimes(1);
    expect(completed).toHaveBeenCalledTimes(1);
  });

  test("createReport completes the event even when the pane cannot be shown", async () => {
    const office = fakeOffice(() => Promise.reject(new Error("not supported here")));
    loadCommands(office);
    const completed = jest.fn();
    const logged = jest.spyOn(console, "error").mockImplementation(() => undefined);
    await office.associated.get("createReport")?.({ completed });
    expect(completed).toHaveBeenCalledTimes(1);
    expect(logged).toHaveBeenCalledTimes(1);
    logged.mockRestore();
  });

  test("loads where associating fails (no shared runtime) and says so, without throwing", () => {
    const office = fakeOffice();
    const g = globalThis as Record<string, unknown>;
    const logged = jest.spyOn(console, "error").mockImplementation(() => undefined);
    const { commands } = loadCommands(office);
    (g.Office as { actions: { associate: () => void } }).actions.associate = () => {
      throw new Error("not in a shared runtime");
    };
    expect(commands.registerCommands()).toBe(false);
    expect(logged).toHaveBeenCalledTimes(1);
    logged.mockRestore();
  });

  test("loads where Office.js has no actions or addin namespace (Excel 2019's pane) and associates nothing", () => {
    const g = globalThis as Record<string, unknown>;
    delete g.Office;
    g.Office = {};
    let commands!: typeof CommandsModule;
    jest.isolateModules(() => {
      commands = jest.requireActual("../../src/commands/commands");
    });
    expect(commands.registerCommands()).toBe(false);
  });

  test("loads without Office.js (plain browser, tests) and associates nothing", () => {
    const { commands } = loadCommands(undefined);
    expect(commands.registerCommands()).toBe(false);
  });
});

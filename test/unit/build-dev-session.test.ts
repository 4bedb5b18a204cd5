/**
 * What `npm start` and `npm stop` run per platform (scripts/dev-session.js): office-addin-debugging
 * through npx on Windows and macOS, pinned and never a dependency; the dev server and its pid file
 * elsewhere.
 */
import * as fs from "fs";
import * as os from "os";
import * as path from "path";
/* eslint-disable @typescript-eslint/no-require-imports */
const session = require("../../scripts/dev-session") as {
  OFFICE_ADDIN_DEBUGGING: string;
  SERVED_URL: string;
  canSideload: (platform: string) => boolean;
  debuggingCommand: (
    action: "start" | "stop",
    platform: string,
    extra?: string[],
  ) => { command: string; args: string[]; shell: boolean };
  readPid: (file?: string) => number | undefined;
  writePid: (pid: number, file?: string) => void;
  removePid: (file?: string) => void;
  isDevServer: (pid: number) => boolean;
};
const packageJson = require("../../package.json") as {
  scripts: Record<string, string>;
  dependencies?: Record<string, string>;
  devDependencies?: Record<string, string>;
};
/* eslint-enable @typescript-eslint/no-require-imports */

describe("npm start / npm stop", () => {
  test("sideloading only where Excel desktop exists", () => {
    expect(session.canSideload("win32")).toBe(true);
    expect(session.canSideload("darwin")).toBe(true);
    expect(session.canSideload("linux")).toBe(false);
  });

  test("office-addin-debugging is pinned and fetched on demand, never installed by npm ci", () => {
    expect(session.OFFICE_ADDIN_DEBUGGING).toMatch(/^office-addin-debugging@\d+\.\d+\.\d+$/);
    const installed = { ...packageJson.dependencies, ...packageJson.devDependencies };
    expect(Object.keys(installed)).not.toContain("office-addin-debugging");
    expect(packageJson.scripts.start).toBe("node scripts/start.js");
    expect(packageJson.scripts.stop).toBe("node scripts/stop.js");
    expect(packageJson.scripts["dev-server"]).toMatch(/^webpack serve/);
  });

  test("macOS: sideload into Excel desktop with the project's dev server", () => {
    expect(session.debuggingCommand("start", "darwin")).toEqual({
      command: "npx",
      args: [
        "--yes",
        session.OFFICE_ADDIN_DEBUGGING,
        "start",
        "manifest.xml",
        "desktop",
        "--app",
        "excel",
        "--dev-server",
        "npm run dev-server",
        "--dev-server-port",
        "3000",
      ],
      shell: false,
    });
  });

  test("Windows: npx.cmd through a shell, the dev-server command quoted", () => {
    const { command, args, shell } = session.debuggingCommand("start", "win32");
    expect(command).toBe("npx.cmd");
    expect(shell).toBe(true);
    expect(args).toContain('"npm run dev-server"');
  });

  test("extra arguments choose the target (Excel on the web)", () => {
    const { args } = session.debuggingCommand("start", "darwin", [
      "web",
      "--document",
      "https://x.sharepoint.com/b.xlsx",
    ]);
    expect(args.slice(3, 8)).toEqual([
      "manifest.xml",
      "web",
      "--document",
      "https://x.sharepoint.com/b.xlsx",
      "--app",
    ]);
  });

  test("stop", () => {
    expect(session.debuggingCommand("stop", "darwin").args).toEqual([
      "--yes",
      session.OFFICE_ADDIN_DEBUGGING,
      "stop",
      "manifest.xml",
    ]);
  });

  test("the pid file round-trips, and a dead pid is not a dev server", () => {
    const file = path.join(fs.mkdtempSync(path.join(os.tmpdir(), "cchc-")), "sub", "dev.pid");
    expect(session.readPid(file)).toBeUndefined();
    session.writePid(4242, file);
    expect(session.readPid(file)).toBe(4242);
    session.removePid(file);
    expect(session.readPid(file)).toBeUndefined();
    expect(session.isDevServer(process.pid)).toBe(false); // alive, but jest is not webpack
    expect(session.SERVED_URL).toBe("https://localhost:3000/taskpane.html");
  });
});

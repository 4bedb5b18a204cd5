// What `npm start` / `npm stop` run on each platform, as plain data (tested), and the pid file that
// lets `npm stop` end a dev server `npm start` left running on Linux.
// Windows and macOS: office-addin-debugging sideloads into Excel; it is fetched on demand with npx so
// that `npm ci` never installs it (its keychain module has no prebuilt binary for every machine).
// Elsewhere (Linux: no Excel) `npm start` only serves the add-in over HTTPS.
const fs = require("fs");
const path = require("path");

const OFFICE_ADDIN_DEBUGGING = "office-addin-debugging@6.1.2";
const DEV_SERVER_PORT = 3000;
const SERVED_URL = `https://localhost:${DEV_SERVER_PORT}/taskpane.html`;
const PID_FILE = path.join(__dirname, "..", "node_modules", ".cache", "cchc-dev-server.pid");

/** True where Excel desktop can exist and office-addin-debugging can sideload. */
function canSideload(platform) {
  return platform === "win32" || platform === "darwin";
}

/**
 * The npx invocation of office-addin-debugging for `action` ("start" | "stop").
 * Extra arguments replace the default target ("desktop"), e.g. `npm start -- web --document <url>`.
 * @param {"start" | "stop"} action
 * @param {NodeJS.Platform} platform
 * @param {string[]} [extra]
 */
function debuggingCommand(action, platform, extra = []) {
  const windows = platform === "win32";
  // On Windows npx is a .cmd file and needs a shell, which joins arguments with spaces: quote the one with spaces.
  const devServer = windows ? '"npm run dev-server"' : "npm run dev-server";
  const args = ["--yes", OFFICE_ADDIN_DEBUGGING, action, "manifest.xml"];
  if (action === "start") {
    args.push(...(extra.length > 0 ? extra : ["desktop"]));
    if (!extra.includes("--app")) args.push("--app", "excel");
    args.push("--dev-server", devServer, "--dev-server-port", String(DEV_SERVER_PORT));
  } else {
    args.push(...extra);
  }
  return { command: windows ? "npx.cmd" : "npx", args, shell: windows };
}

function readPid(file = PID_FILE) {
  try {
    const pid = Number.parseInt(fs.readFileSync(file, "utf8").trim(), 10);
    return Number.isInteger(pid) && pid > 0 ? pid : undefined;
  } catch {
    return undefined;
  }
}

function writePid(pid, file = PID_FILE) {
  fs.mkdirSync(path.dirname(file), { recursive: true });
  fs.writeFileSync(file, `${pid}\n`);
}

function removePid(file = PID_FILE) {
  fs.rmSync(file, { force: true });
}

/** Whether `pid` is alive and (where /proc tells) still a webpack dev server, not a recycled pid. */
function isDevServer(pid) {
  try {
    process.kill(pid, 0);
  } catch {
    return false;
  }
  try {
    return fs.readFileSync(`/proc/${pid}/cmdline`, "utf8").includes("webpack");
  } catch {
    return true;
  }
}

module.exports = {
  OFFICE_ADDIN_DEBUGGING,
  DEV_SERVER_PORT,
  SERVED_URL,
  PID_FILE,
  canSideload,
  debuggingCommand,
  readPid,
  writePid,
  removePid,
  isDevServer,
};

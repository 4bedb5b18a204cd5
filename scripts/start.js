#!/usr/bin/env node
// `npm start`: on Windows and macOS, sideload the add-in into Excel desktop (office-addin-debugging,
// fetched on demand); elsewhere, serve it over HTTPS on https://localhost:3000/ and say where.
//   npm start                      Windows/macOS: Excel desktop; Linux: dev server only
//   npm start -- web --document <url of a workbook in OneDrive/SharePoint>   Excel on the web
const https = require("https");
const { setTimeout } = require("timers");
const { spawn } = require("child_process");
const session = require("./dev-session");

function sideload(extra) {
  const { command, args, shell } = session.debuggingCommand("start", process.platform, extra);
  console.log(`> ${command} ${args.join(" ")}`);
  const child = spawn(command, args, { stdio: "inherit", shell });
  child.on("exit", (code) => process.exit(code === null ? 1 : code));
}

/** Resolves when the dev server answers for the task pane page (self-signed certificate accepted). */
function waitForServer(url, timeoutMs) {
  const deadline = Date.now() + timeoutMs;
  return new Promise((resolve, reject) => {
    const attempt = () => {
      const request = https.get(url, { rejectUnauthorized: false }, (response) => {
        response.resume();
        if (response.statusCode === 200) resolve();
        else retry(new Error(`HTTP ${response.statusCode}`));
      });
      request.on("error", retry);
    };
    const retry = (error) => {
      if (Date.now() > deadline) reject(error);
      else setTimeout(attempt, 1000);
    };
    attempt();
  });
}

function serve() {
  const running = session.readPid();
  if (running && session.isDevServer(running)) {
    console.error(
      `A dev server started by npm start is already running (pid ${running}). Run npm stop first.`,
    );
    process.exit(1);
  }
  const webpackCli = require.resolve("webpack-cli/bin/cli.js");
  const child = spawn(process.execPath, [webpackCli, "serve", "--mode", "development"], { stdio: "inherit" });
  session.writePid(child.pid);
  const cleanUp = () => {
    if (session.readPid() === child.pid) session.removePid();
  };
  for (const signal of ["SIGINT", "SIGTERM"]) process.on(signal, () => child.kill(signal));
  child.on("exit", (code, signal) => {
    cleanUp();
    process.exit(code === null ? (signal === "SIGTERM" || signal === "SIGINT" ? 0 : 1) : code);
  });

  waitForServer(session.SERVED_URL, 180000).then(
    () => {
      console.log(
        [
          "",
          "────────────────────────────────────────────────────────────────────────────",
          ` Chỉ số CCHC is served at ${session.SERVED_URL}`,
          `   manifest: https://localhost:${session.DEV_SERVER_PORT}/manifest.xml`,
          `   functions metadata: https://localhost:${session.DEV_SERVER_PORT}/functions.json (+ functions.vi-VN.json)`,
          " No Excel on this system: sideloading needs Excel on Windows or macOS, or Excel on",
          " the web (upload manifest.xml: see the README's install chapter). The certificate is",
          " self-signed unless ~/.office-addin-dev-certs exists. The browser preview comes later.",
          " Stop with Ctrl+C or `npm stop`.",
          "────────────────────────────────────────────────────────────────────────────",
          "",
        ].join("\n"),
      );
    },
    (error) => console.error(`The dev server did not answer at ${session.SERVED_URL}: ${error.message}`),
  );
}

if (session.canSideload(process.platform)) sideload(process.argv.slice(2));
else serve();

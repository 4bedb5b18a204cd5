#!/usr/bin/env node
// `npm start`: on Windows and macOS, sideload the add-in into Excel desktop (office-addin-debugging,
// fetched on demand); elsewhere, serve it over HTTPS on https://localhost:3000/ with the browser preview
// (the real pane on a simulated workbook, preview.html) and say where.
//   npm start                      Windows/macOS: Excel desktop; Linux: dev server + browser preview
//   npm start -- web --document <url of a workbook in OneDrive/SharePoint>   Excel on the web
//   npm run preview                (node scripts/start.js --preview) the browser preview over plain HTTP, anywhere
const http = require("http");
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

/** Resolves when the dev server answers for a page (a self-signed certificate accepted). */
function waitForServer(url, timeoutMs) {
  const deadline = Date.now() + timeoutMs;
  const client = url.startsWith("https:") ? https : http;
  return new Promise((resolve, reject) => {
    const attempt = () => {
      const request = client.get(url, { rejectUnauthorized: false }, (response) => {
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

/** Serves the add-in and the preview: over HTTPS for Office (`npm start`), or plain HTTP for the preview alone. */
function serve({ previewOnly }) {
  const running = session.readPid();
  if (running && session.isDevServer(running)) {
    console.error(
      `A dev server started by npm start is already running (pid ${running}). Run npm stop first.`,
    );
    process.exit(1);
  }
  const webpackCli = require.resolve("webpack-cli/bin/cli.js");
  const args = [webpackCli, "serve", "--mode", "development", "--env", "preview"];
  if (previewOnly) args.push("--env", "http");
  const child = spawn(process.execPath, args, { stdio: "inherit" });
  session.writePid(child.pid);
  const cleanUp = () => {
    if (session.readPid() === child.pid) session.removePid();
  };
  for (const signal of ["SIGINT", "SIGTERM"]) process.on(signal, () => child.kill(signal));
  child.on("exit", (code, signal) => {
    cleanUp();
    process.exit(code === null ? (signal === "SIGTERM" || signal === "SIGINT" ? 0 : 1) : code);
  });

  const origin = `${previewOnly ? "http" : "https"}://localhost:${session.DEV_SERVER_PORT}`;
  const previewUrl = `${origin}/preview.html`;
  const waitFor = previewOnly ? previewUrl : session.SERVED_URL;
  const lines = previewOnly
    ? [
        ` Xem trước / Preview: ${previewUrl}`,
        "   the real task pane on a simulated workbook (no Excel needed); pick an example or open an .xlsx,",
        "   which is read in the page and sent nowhere. Changes are kept in the browser (localStorage).",
      ]
    : [
        ` Chỉ số CCHC is served at ${session.SERVED_URL}`,
        `   manifest: ${origin}/manifest.xml`,
        `   functions metadata: ${origin}/functions.json (+ functions.vi-VN.json)`,
        ` Xem trước / Preview (no Excel needed): ${previewUrl}`,
        "   the real task pane on a simulated workbook; `npm run preview` serves it over plain HTTP.",
        " No Excel on this system: sideloading needs Excel on Windows or macOS, or Excel on",
        " the web (upload manifest.xml: see the README's install chapter). The certificate is",
        " self-signed unless ~/.office-addin-dev-certs exists.",
      ];
  waitForServer(waitFor, 180000).then(
    () => {
      const bar = "────────────────────────────────────────────────────────────────────────────";
      console.log(["", bar, ...lines, " Stop with Ctrl+C or `npm stop`.", bar, ""].join("\n"));
    },
    (error) => console.error(`The dev server did not answer at ${waitFor}: ${error.message}`),
  );
}

const extra = process.argv.slice(2);
if (extra.includes("--preview")) serve({ previewOnly: true });
else if (session.canSideload(process.platform)) sideload(extra);
else serve({ previewOnly: false });

#!/usr/bin/env node
// `npm stop`: on Windows and macOS, office-addin-debugging stops the debugging session (closes the
// dev server and removes the sideloaded add-in); elsewhere, stops the dev server `npm start` left
// running, if any.
const { spawn } = require("child_process");
const session = require("./dev-session");

function stopDebugging(extra) {
  const { command, args, shell } = session.debuggingCommand("stop", process.platform, extra);
  console.log(`> ${command} ${args.join(" ")}`);
  spawn(command, args, { stdio: "inherit", shell }).on("exit", (code) =>
    process.exit(code === null ? 1 : code),
  );
}

function stopServer() {
  const pid = session.readPid();
  if (!pid || !session.isDevServer(pid)) {
    if (pid) session.removePid();
    console.log("Nothing to stop: no dev server started by npm start is running.");
    return;
  }
  process.kill(pid, "SIGTERM");
  console.log(`Stopped the dev server (pid ${pid}).`);
}

if (session.canSideload(process.platform)) stopDebugging(process.argv.slice(2));
else stopServer();

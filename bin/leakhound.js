#!/usr/bin/env node
// Entry point (CommonJS: bin/package.json says so, because Node starts CommonJS faster).
// It loads one prebuilt bundle: `staged`, which runs on every commit, a small one of its own;
// every other command the whole CLI's.
//
// It is also the one exit path. The exit code starts at 2 and becomes the command's own only when
// the command has finished: a crash, a rejection nobody handled, a missing dist/ or re2 binary, or a
// promise that never settles (the event loop drains) all end in 2 with one line on stderr, never in
// 0 (clean) or 1 (findings). Stack traces only with --debug.
"use strict";
process.exitCode = 2;
const fs = require("node:fs");
const path = require("node:path");
const Module = require("node:module");

const argv = process.argv.slice(2);
const debug = argv.includes("--debug");
/** set once the command has returned its exit code */
let finished = false;
/** set when something failed outside the command's own error handling: the run cannot be clean */
let failed = false;

/** One line for a failure that reached this edge, with what to do when that is known. */
function startupMessage(err) {
  const message = err instanceof Error ? String(err.message).split("\n")[0] : String(err);
  const code = err?.code;
  if (
    /re2\.node|['"]re2['"]|[\\/]re2[\\/]/.test(message) ||
    (code === "ERR_DLOPEN_FAILED" && /re2/.test(String(err.stack)))
  ) {
    // npm 11 leaves install scripts of dependencies unrun until approved ("install scripts not yet
    // covered by allowScripts"), and re2's script is what downloads or builds its binary
    return `the re2 regex engine could not be loaded (${message}): its install script has not run or was built for another Node. Run \`npm install-scripts approve re2 && npm rebuild re2\` (or \`npm rebuild re2\` on npm 10 and older)`;
  }
  if (
    (code === "ERR_MODULE_NOT_FOUND" || code === "MODULE_NOT_FOUND" || code === "ENOENT") &&
    /[\\/]dist[\\/]/.test(message)
  ) {
    return `leakhound is not built: ${path.join(__dirname, "..", "dist")} is missing or incomplete. Run \`npm run build\` in the leakhound checkout, or reinstall the package`;
  }
  return `internal error: ${message}`;
}

function failHere(err) {
  // the first failure is the one to act on; what follows from it (the same error seen again as an
  // unhandled rejection of the module loader) would only repeat it
  if (failed) return;
  failed = true;
  process.exitCode = 2;
  try {
    fs.writeSync(2, `leakhound: ${startupMessage(err)}\n`);
    if (debug && err instanceof Error && err.stack) fs.writeSync(2, `${err.stack}\n`);
  } catch {}
}

process.on("uncaughtException", (err) => {
  failHere(err);
  // after an uncaught exception nothing the process holds can be trusted to finish
  process.exit(2);
});
process.on("unhandledRejection", (err) => failHere(err));
process.on("beforeExit", () => {
  if (finished || failed) return;
  // nothing is left to run and the command never returned: something never called back
  failHere(new Error("the scan stopped before it finished (an operation never completed)"));
});

/** LEAKHOUND_DEBUG=spawn: one stderr line naming how the early git diff was started (the tests check it). */
function traceSpawn(way) {
  if (/(^|,)spawn(,|$)/.test(process.env.LEAKHOUND_DEBUG || ""))
    fs.writeSync(2, `leakhound: debug: early diff via ${way}\n`);
}

// `staged` options that take a value; anything else that is not a flag is the repository.
const STAGED_VALUE_FLAGS = new Set([
  "-c",
  "--config",
  "-f",
  "--format",
  "-o",
  "--output",
  "--exit-code",
  "--max-file-size",
  "--baseline",
]);

/**
 * Starts the pre-commit scan's `git diff --cached` before anything else loads: git works while the
 * bundle and the rules load, and forking is cheaper while this process is small. The bundle takes it
 * over only if it is exactly the command it would run (src/sources/git.ts, startStagedDiff).
 *
 * git writes into two unlinked temporary files, not pipes (pipe sockets cost about 2 ms); where
 * they cannot be made (Windows, a temp folder that cannot be written) it writes into pipes. It is
 * started through node:child_process: an earlier version used the internal process binding that
 * child_process uses, 1-3 ms cheaper, but Node 24 changed that binding's arguments and aborts the
 * process on the old ones (a native assertion no code can catch), so it was dropped (README, design notes).
 */
function startEarlyDiff() {
  let repo = ".";
  for (let i = 1; i < argv.length; i++) {
    if (STAGED_VALUE_FLAGS.has(argv[i])) i++;
    else if (!argv[i].startsWith("-")) repo = argv[i];
  }
  // the scanned repository's config must run nothing (README, "Security model: git hardening")
  const hardening = require("./git-hardening.js");
  const env = { ...process.env, ...hardening.ENV };
  const args = hardening.stagedDiffArgs(repo);
  const files = outputFiles();
  traceSpawn(`child_process, ${files ? "temp files" : "pipes"}`);
  const result = spawnWithPipes(args, env, files);
  return { repo, args, env, result };
}

/** git through node:child_process, writing into `files` when there are any, else into pipes. */
function spawnWithPipes(args, env, files) {
  const { spawn } = require("node:child_process");
  const child = spawn("git", args, { env, stdio: ["ignore", files ? files[0] : "pipe", files ? files[1] : "pipe"] });
  const chunks = [];
  let stderr = "";
  if (!files) {
    child.stdout.on("data", (c) => chunks.push(c));
    child.stderr.on("data", (c) => {
      if (stderr.length < 65536) stderr += c.toString("utf8");
    });
  }
  return new Promise((resolve) => {
    const ended = (code, signal, error) =>
      resolve({ ...(files ? collect(files, { code, signal }) : { chunks, stderr, code, signal }), error });
    child.on("error", (error) => ended(null, null, error));
    // with files there are no streams to wait for: once git has exited, all it wrote is there
    child.on(files ? "exit" : "close", (code, signal) => ended(code, signal));
  });
}

/** What git wrote into the two files, which are closed (and so gone: they were unlinked at once). */
function collect(files, exit) {
  const chunks = [readWhole(files[0])];
  const stderr = readWhole(files[1], 65536).toString("utf8");
  for (const fd of files) fs.closeSync(fd);
  return { chunks, stderr, ...exit };
}

/** Two temporary files, already unlinked (nothing is left behind), or undefined where that cannot be done. */
function outputFiles() {
  if (process.platform === "win32") return undefined; // an open file cannot be unlinked there
  const opened = [];
  try {
    for (const name of ["out", "err"]) {
      const file = path.join(require("node:os").tmpdir(), `leakhound-${process.pid}-${name}`);
      opened.push(fs.openSync(file, "wx+", 0o600));
      fs.unlinkSync(file);
    }
    return opened;
  } catch {
    for (const fd of opened) fs.closeSync(fd);
    return undefined;
  }
}

function readWhole(fd, limit = Infinity) {
  const size = Math.min(fs.fstatSync(fd).size, limit);
  const buffer = Buffer.allocUnsafe(size);
  let read = 0;
  while (read < size) {
    const n = fs.readSync(fd, buffer, read, size - read, read);
    if (n === 0) break;
    read += n;
  }
  return buffer.subarray(0, read);
}

/**
 * The CLI is one CommonJS bundle (scripts/bundle.mjs) loaded with require(): one file to read and
 * parse instead of ~100 modules. Node 22.1 and later keep the compiled code in their own on-disk
 * cache (module.enableCompileCache, checked against the file's contents); Node 20 has no such cache
 * and compiles the bundle each run. LEAKHOUND_DEBUG=load names which way it loaded (the tests check).
 */
function loadBundle(name) {
  let how = "no compile cache";
  if (typeof Module.enableCompileCache === "function") {
    // in the user's own cache folder, not the shared temp folder Node uses by default: another user
    // of the machine could plant compiled code there
    const base = process.env.XDG_CACHE_HOME || path.join(require("node:os").homedir(), ".cache");
    const result = Module.enableCompileCache(path.join(base, "leakhound", "node-compile-cache"));
    how = result?.directory ? "compile cache" : `compile cache off: ${result?.message || "unavailable"}`;
  }
  if (/(^|,)load(,|$)/.test(process.env.LEAKHOUND_DEBUG || ""))
    fs.writeSync(2, `leakhound: debug: loading dist/bundle/${name}.cjs (${how})\n`);
  return require(path.join(__dirname, "..", "dist", "bundle", `${name}.cjs`));
}

async function run() {
  if (argv[0] === "staged") {
    globalThis.__leakhoundEarlyDiff = startEarlyDiff();
    const code = await loadBundle("staged").fastStaged(argv);
    if (code !== undefined) return code;
  }
  return loadBundle("cli").main(argv);
}

run().then(
  (code) => {
    finished = true;
    // a command returns 0, 1 (or its --exit-code) or 2; anything else, or an earlier failure, is 2
    process.exitCode = !failed && Number.isInteger(code) && code >= 0 && code <= 125 ? code : 2;
  },
  (err) => {
    finished = true;
    failHere(err);
  },
);

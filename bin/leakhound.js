#!/usr/bin/env node
// Entry point (CommonJS: bin/package.json says so, because Node starts CommonJS faster).
// `staged` runs on every commit, so it loads one prebuilt bundle instead of the full CLI, compiled
// with a V8 code cache kept beside it (written after a run when missing or out of date).
"use strict";
const fs = require("node:fs");
const path = require("node:path");
const vm = require("node:vm");
const Module = require("node:module");

const argv = process.argv.slice(2);

// `staged` options that take a value; anything else that is not a flag is the repository.
const STAGED_VALUE_FLAGS = new Set(["-c", "--config", "-f", "--format", "-o", "--output", "--exit-code", "--max-file-size", "--baseline"]);

/**
 * Starts the pre-commit scan's `git diff --cached` before anything else loads: git works while the
 * bundle and the rules load, and forking is cheaper while this process is small. The bundle takes it
 * over only if it is exactly the command it would run (src/sources/git.ts, startStagedDiff).
 */
function startEarlyDiff() {
  let repo = ".";
  for (let i = 1; i < argv.length; i++) {
    if (STAGED_VALUE_FLAGS.has(argv[i])) i++;
    else if (!argv[i].startsWith("-")) repo = argv[i];
  }
  const env = { ...process.env, GIT_OPTIONAL_LOCKS: "0", GIT_TERMINAL_PROMPT: "0", LC_ALL: "C", GIT_PAGER: "cat" };
  const args = ["-C", repo, "-c", "core.quotePath=true", "diff", "--cached", "-U0", "--no-color", "--no-ext-diff", "--no-textconv", "--find-renames", "--ignore-submodules", "--"];
  const child = require("node:child_process").spawn("git", args, { env, stdio: ["ignore", "pipe", "pipe"] });
  const chunks = [];
  let stderr = "";
  child.stdout.on("data", (c) => chunks.push(c));
  child.stderr.on("data", (c) => {
    if (stderr.length < 65536) stderr += c.toString("utf8");
  });
  const result = new Promise((resolve) => {
    child.on("error", (error) => resolve({ chunks, stderr, code: null, signal: null, error }));
    child.on("close", (code, signal) => resolve({ chunks, stderr, code, signal }));
  });
  return { repo, args, env, result };
}

function loadStagedBundle() {
  const file = path.join(__dirname, "..", "dist", "bundle", "staged.cjs");
  const cacheFile = `${file}.cache`;
  let cachedData;
  try {
    cachedData = fs.readFileSync(cacheFile);
  } catch {}
  const script = new vm.Script(Module.wrap(fs.readFileSync(file, "utf8")), {
    filename: file,
    cachedData,
  });
  // The bundle loads rarely needed modules (verification, the no-git fallback) from dist/ on demand
  // through this function: import() inside a vm.Script needs flags on Node 20, here it does not.
  globalThis.__leakhoundLoad = (specifier) => import(require("node:url").pathToFileURL(path.resolve(path.dirname(file), specifier)).href);
  const module = { exports: {} };
  script.runInThisContext().call(module.exports, module.exports, Module.createRequire(file), module, file, path.dirname(file));
  const saveCache = () => {
    if (cachedData && !script.cachedDataRejected) return;
    try {
      // best effort (the package folder may be read-only); written whole, then renamed into place
      const temp = `${cacheFile}.${process.pid}`;
      fs.writeFileSync(temp, script.createCachedData());
      fs.renameSync(temp, cacheFile);
    } catch {}
  };
  return { fastStaged: module.exports.fastStaged, saveCache };
}

async function run() {
  if (argv[0] === "staged") {
    globalThis.__leakhoundEarlyDiff = startEarlyDiff();
    const bundle = loadStagedBundle();
    const code = await bundle.fastStaged(argv);
    if (code !== undefined) {
      bundle.saveCache();
      return code;
    }
  }
  const { main } = await import("../dist/cli/main.js");
  return main(argv);
}

run().then((code) => {
  process.exitCode = code;
});

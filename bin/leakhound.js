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

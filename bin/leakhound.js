#!/usr/bin/env node
// Entry point (CommonJS: bin/package.json says so, because Node starts CommonJS faster).
// `staged` runs on every commit, so it loads one prebuilt bundle instead of the full CLI.
"use strict";
const argv = process.argv.slice(2);

async function run() {
  if (argv[0] === "staged") {
    const code = await require("../dist/bundle/staged.cjs").fastStaged(argv);
    if (code !== undefined) return code;
  }
  const { main } = await import("../dist/cli/main.js");
  return main(argv);
}

run().then((code) => {
  process.exitCode = code;
});

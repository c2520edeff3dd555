#!/usr/bin/env node
// Entry point: the CLI lives in dist/ (built by `npm ci` through the prepare script).
// `staged` runs on every commit, so it takes a lighter path that does not load the full CLI.
const argv = process.argv.slice(2);
let code;
if (argv[0] === "staged") {
  const { fastStaged } = await import("../dist/bundle/staged.mjs");
  code = await fastStaged(argv);
}
if (code === undefined) {
  const { main } = await import("../dist/cli/main.js");
  code = await main(argv);
}
process.exitCode = code;

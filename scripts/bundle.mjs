// Build step: single-file bundles of the entry points that must start fast (the pre-commit path).
// Loading ~30 small ES modules costs Node more than scanning a typical commit; one file does not.
import { build } from "esbuild";

await build({
  entryPoints: { staged: "dist/cli/fast-staged.js" },
  outdir: "dist/bundle",
  outExtension: { ".js": ".mjs" },
  bundle: true,
  platform: "node",
  format: "esm",
  target: "node20",
  external: ["re2"],
  logLevel: "warning",
});
console.log("bundled dist/bundle/staged.mjs");

// Build step: a single-file CommonJS bundle of the pre-commit path (`leakhound staged`). Loading
// ~30 small ES modules costs Node more than scanning a typical commit; one CommonJS file does not.
import { build } from "esbuild";

await build({
  entryPoints: ["dist/cli/fast-staged.js"],
  outfile: "dist/bundle/staged.cjs",
  bundle: true,
  platform: "node",
  format: "cjs",
  target: "node20",
  external: ["re2"],
  // the sources find the package's files from import.meta.url, which CommonJS spells differently
  define: { "import.meta.url": "__leakhound_module_url" },
  banner: { js: 'const __leakhound_module_url = require("node:url").pathToFileURL(__filename).href;' },
  logLevel: "warning",
});
console.log("bundled dist/bundle/staged.cjs");

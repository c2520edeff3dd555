// Build step: single-file CommonJS bundles.
// - dist/bundle/staged.cjs, the pre-commit path (`leakhound staged`): loading ~30 small ES modules
//   costs Node more than scanning a typical commit; one CommonJS file does not.
// - action/index.mjs and action/history-worker.mjs, the GitHub Action, committed to the repository
//   so that a workflow runs them without building (dependencies stay external: the action installs
//   the production ones only). test/action.test.ts fails when they are out of date.
import { build } from "esbuild";
import { fileURLToPath } from "node:url";
import { existsSync, mkdirSync, readdirSync, rmSync, writeFileSync } from "node:fs";
import { join, relative, resolve } from "node:path";

// paths in the bundles are relative to the project root, wherever the build is started from
const absWorkingDir = fileURLToPath(new URL("..", import.meta.url));

const common = {
  absWorkingDir,
  bundle: true,
  platform: "node",
  format: "cjs",
  target: "node20",
  // the sources find the package's files from import.meta.url, which CommonJS spells differently
  define: { "import.meta.url": "__leakhound_module_url" },
  banner: { js: 'const __leakhound_module_url = require("node:url").pathToFileURL(__filename).href;' },
  logLevel: "warning",
};

// ES modules, so that ESM-only dependencies (yargs, @octokit/rest) load as they are
export async function bundleAction(outdir = "action") {
  for (const old of existsSync(outdir) ? readdirSync(outdir) : []) if (old.endsWith(".mjs")) rmSync(join(outdir, old));
  await build({
    entryPoints: { index: "src/action/index.ts", "history-worker": "src/scan/history-worker.ts" },
    outdir,
    absWorkingDir,
    outExtension: { ".js": ".mjs" },
    bundle: true,
    platform: "node",
    format: "esm",
    target: "node20",
    packages: "external",
    // the code both entry points use goes into one shared chunk instead of being copied into each
    splitting: true,
    chunkNames: "chunk-[hash]",
    legalComments: "none",
    logLevel: "warning",
  });
}

if (import.meta.url === `file://${process.argv[1]}`) {
  // What only --verify, --ticket or a missing git binary need stays out of the bundle, loaded from
  // dist/ when used: the pre-commit path must parse as little as possible.
  const lazy = ["dist/cli/verify-tickets.js", "dist/scan/history-isogit.js"].map((p) => join(absWorkingDir, p));
  const keepLazy = {
    name: "keep-lazy-modules-out",
    setup(b) {
      b.onResolve({ filter: /^\./ }, (args) => {
        const target = resolve(args.resolveDir, args.path);
        if (args.kind !== "dynamic-import" || !lazy.includes(target)) return undefined;
        return { path: `./${relative(join(absWorkingDir, "dist/bundle"), target)}`, external: true };
      });
    },
  };
  const staged = await build({ ...common, entryPoints: ["dist/cli/fast-staged.js"], outfile: "dist/bundle/staged.cjs", external: ["re2"], plugins: [keepLazy], write: false });
  // bin/leakhound.js runs this bundle in a vm.Script, where import() needs flags on Node 20: the lazy
  // modules are loaded through a function it provides instead
  const code = staged.outputFiles[0].text.replace(/\bimport\((".\/[^"]+")\)/g, "globalThis.__leakhoundLoad($1)");
  mkdirSync(join(absWorkingDir, "dist/bundle"), { recursive: true });
  writeFileSync(join(absWorkingDir, "dist/bundle/staged.cjs"), code);
  await bundleAction();
  // stderr: `npm pack` runs this via `prepare`, and tools (pre-commit) read its stdout as the tarball name
  process.stderr.write("bundled dist/bundle/staged.cjs, action/index.mjs, action/history-worker.mjs\n");
}

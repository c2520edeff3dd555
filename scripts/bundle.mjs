// Build step: single-file bundles with stable names.
// - dist/bundle/cli.cjs, the whole CLI, and dist/bundle/staged.cjs, the pre-commit path (`leakhound
//   staged`): loading ~100 small ES modules costs Node more than scanning a typical commit; one
//   CommonJS file, loaded with require() and Node's own compile cache where it has one, does not.
//   Native addons (re2, better-sqlite3) and the big, rarely needed packages (the GitHub API client,
//   isomorphic-git) stay outside and load from node_modules when a command needs them.
// - dist/bundle/worker.cjs, the file-scanning worker, for the same reason.
// - action/index.mjs, the GitHub Action, committed to the repository
//   so that a workflow runs them without building (dependencies stay external: the action installs
//   the production ones only). .ci/run fails when they differ from what the sources build.
import { build } from "esbuild";
import { fileURLToPath } from "node:url";
import { existsSync, readdirSync, rmSync } from "node:fs";
import { join } from "node:path";

// paths in the bundles are relative to the project root, wherever the build is started from
const absWorkingDir = fileURLToPath(new URL("..", import.meta.url));

/** packages that are never bundled: native addons, and big ones only some commands load */
const EXTERNAL = ["re2", "better-sqlite3", "@octokit/rest", "isomorphic-git", "isomorphic-git/*"];

const common = {
  absWorkingDir,
  bundle: true,
  platform: "node",
  format: "cjs",
  target: "node20",
  external: EXTERNAL,
  // the sources find the package's files from import.meta.url, which CommonJS spells differently
  define: { "import.meta.url": "__leakhound_module_url" },
  banner: { js: 'const __leakhound_module_url = require("node:url").pathToFileURL(__filename).href;' },
  legalComments: "none",
  logLevel: "warning",
};

/** The CLI's bundles in dist/bundle/, from the compiled modules in dist/. */
export async function bundleCli(outdir = join(absWorkingDir, "dist", "bundle")) {
  await build({
    ...common,
    entryPoints: {
      cli: "dist/cli/main.js",
      staged: "dist/cli/fast-staged.js",
      worker: "dist/scan/worker.js",
    },
    outdir,
    outExtension: { ".js": ".cjs" },
  });
}

// ES modules, so that ESM-only dependencies (@octokit/rest) load as they are; one file with a fixed
// name (no shared chunks), so that a stale or missing file is plain to see in a diff
export async function bundleAction(outdir = join(absWorkingDir, "action")) {
  for (const old of existsSync(outdir) ? readdirSync(outdir) : []) if (old.endsWith(".mjs")) rmSync(join(outdir, old));
  for (const [name, entry] of [["index", "src/action/index.ts"]]) {
    await build({
      entryPoints: { [name]: entry },
      outdir,
      absWorkingDir,
      outExtension: { ".js": ".mjs" },
      bundle: true,
      platform: "node",
      format: "esm",
      target: "node20",
      packages: "external",
      legalComments: "none",
      logLevel: "warning",
    });
  }
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const targets = process.argv.slice(2);
  const all = targets.length === 0;
  if (all || targets.includes("cli")) await bundleCli();
  if (all || targets.includes("action")) await bundleAction();
  // stderr: `npm pack` runs this via `prepare`, and tools (pre-commit) read its stdout as the tarball name
  process.stderr.write(`bundled ${all ? "dist/bundle/ and action/" : targets.join(", ")}\n`);
}

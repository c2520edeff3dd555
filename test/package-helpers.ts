// For tests that install leakhound the way a user does (the pre-commit framework, npm from a tarball):
// a committed copy of this checkout, and an npm environment that touches nothing of the machine's.
import { copyFileSync, existsSync, lstatSync, mkdirSync } from "node:fs";
import { execFileSync } from "node:child_process";
import { dirname, join } from "node:path";
import { TestRepo } from "./git-helpers.js";
import { ROOT, tempDir } from "./helpers.js";

/**
 * The work tree's files (tracked and new, as they are on disk, so uncommitted edits are what is tested)
 * committed into a fresh repository: what a user would clone at a release. Returns it and its commit.
 */
export function committedCopyOfTree(): { dir: string; rev: string } {
  const dir = join(tempDir("leakhound-copy-"), "leakhound");
  mkdirSync(dir);
  const listed = execFileSync("git", ["ls-files", "-z", "--cached", "--others", "--exclude-standard"], {
    cwd: ROOT,
    encoding: "utf8",
  });
  for (const path of new Set(listed.split("\0").filter(Boolean))) {
    const from = join(ROOT, path);
    if (!existsSync(from) || !lstatSync(from).isFile()) continue; // deleted in the work tree, or a symlink
    mkdirSync(dirname(join(dir, path)), { recursive: true });
    copyFileSync(from, join(dir, path));
  }
  const repo = new TestRepo(dir);
  return { dir, rev: repo.commit("the work tree under test") };
}

/**
 * The environment for npm (and tools that run it) in a test: its own cache below `home`, and none of the
 * npm_* variables npm gives the scripts it runs (vitest under `npm test`), which point at this checkout.
 */
export function isolatedNpmEnv(home: string, extra: Record<string, string> = {}): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = {};
  for (const [key, value] of Object.entries(process.env)) if (!/^npm_/i.test(key)) env[key] = value;
  return {
    ...env,
    npm_config_cache: join(home, "npm-cache"),
    npm_config_audit: "false",
    npm_config_fund: "false",
    NO_COLOR: "1",
    ...extra,
  };
}

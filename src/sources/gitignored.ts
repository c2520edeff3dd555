// What a git work tree's .gitignore files ignore, for `leakhound dir` (which honours them by default,
// as `git status` does). Only untracked files can be ignored: a committed file is scanned whatever
// .gitignore says, so a repository cannot hide its own files from the scan by ignoring them.
import { spawnSync } from "node:child_process";
import { existsSync } from "node:fs";
import { dirname, join, resolve } from "node:path";
import { scannedRepoArgs } from "./git-hardening.js";
import { gitEnv } from "./git.js";

/** The work tree holding `dir`, or undefined when it is in none. */
function workTreeOf(dir: string): string | undefined {
  for (let d = resolve(dir); ; d = dirname(d)) {
    if (existsSync(join(d, ".git"))) return d;
    if (dirname(d) === d) return undefined;
  }
}

/**
 * A test for absolute paths: true for a file or folder the work tree holding `path` ignores (untracked,
 * matched by .gitignore, .git/info/exclude or the user's core.excludesFile). Undefined outside a work
 * tree or without git: then nothing is skipped.
 */
export function gitIgnored(path: string): ((absPath: string) => boolean) | undefined {
  const top = workTreeOf(path);
  if (!top) return undefined;
  // --directory: a folder ignored whole is one entry (node_modules/), not its thousands of files
  const r = spawnSync(
    "git",
    [
      ...scannedRepoArgs(top),
      "ls-files",
      "-z",
      "--others",
      "--ignored",
      "--exclude-standard",
      "--directory",
      "--no-empty-directory",
    ],
    {
      env: gitEnv(),
      maxBuffer: 1 << 30,
    },
  );
  if (r.error || r.status !== 0) return undefined;
  const ignored = new Set(
    String(r.stdout)
      .split("\0")
      .filter(Boolean)
      .map((rel) => resolve(top, rel)),
  );
  if (ignored.size === 0) return undefined;
  return (absPath) => ignored.has(resolve(absPath));
}

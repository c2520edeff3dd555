// Where a repository's own settings files (.leakhound.toml, the baseline, .gitleaksignore) are read
// from: the work tree, or a commit — the base of a pull request, so that a change under review is
// judged by the settings it was proposed against, not by settings it brings itself.
import { existsSync, realpathSync, statSync } from "node:fs";
import { readRegularFile } from "../io/read-file.js";
import { dirname, isAbsolute, join, posix, relative, resolve } from "node:path";
import { LeakhoundError, reasonOf } from "../errors.js";
import { fileAtCommit } from "../sources/git.js";

export interface SettingsFiles {
  /** the folder the relative paths start from */
  readonly root: string;
  /** e.g. "the work tree" or "commit 1a2b3c4 (the base of the range)" */
  readonly origin: string;
  /** how a file is named to the user */
  label(rel: string): string;
  /** the file's text, or undefined when there is no such file */
  read(rel: string): string | undefined;
}

/** A path below `root` as a `/`-separated relative path, or undefined when it lies outside. */
export function insideRoot(root: string, path: string): string | undefined {
  const rel = relative(resolve(root), resolve(root, path));
  if (rel === "" || rel.startsWith("..") || isAbsolute(rel)) return undefined;
  return rel.split("\\").join("/");
}

/** Normalises a repository-relative path, refusing one that climbs out of the repository. */
function repoPath(rel: string): string {
  const normal = posix.normalize(rel.split("\\").join("/"));
  if (normal.startsWith("../") || normal === ".." || posix.isAbsolute(normal)) {
    throw new LeakhoundError("BAD_CONFIG", `${rel}: a repository's settings may only name files inside the repository`);
  }
  return normal;
}

/** Files of the work tree at `root`; a symbolic link that leads outside `root` is refused. */
export function workTreeFiles(root: string): SettingsFiles {
  const top = resolve(root);
  let realTop: string | undefined; // resolved once, on the first file that exists
  return {
    root: top,
    origin: "the work tree",
    label: (rel) => join(top, rel),
    read(rel) {
      const path = join(top, repoPath(rel));
      if (!existsSync(path)) return undefined;
      try {
        const real = realpathSync(path);
        if (insideRoot((realTop ??= realpathSync(top)), real) === undefined) {
          throw new LeakhoundError(
            "BAD_CONFIG",
            `${path} leads outside the repository (a symbolic link to ${real}): not read`,
          );
        }
        // a FIFO or a device the folder chose must not block or flood the scan
        return readRegularFile(real);
      } catch (err) {
        if (err instanceof LeakhoundError) throw err;
        throw new LeakhoundError("BAD_CONFIG", `cannot read ${path}: ${reasonOf(err)}`);
      }
    },
  };
}

/** Files as they are at commit `commit` of the repository at `root`. */
export function commitFiles(root: string, commit: string, why: string): SettingsFiles {
  const short = commit.slice(0, 12);
  return {
    root: resolve(root),
    origin: `commit ${short} (${why})`,
    label: (rel) => `${rel} at ${short}`,
    read: (rel) => fileAtCommit(root, commit, repoPath(rel)),
  };
}

/**
 * The files that make a folder a settings root: the config (leakhound's or gitleaks'), the baseline, .gitleaksignore.
 */
const SETTINGS_FILES = [".leakhound.toml", ".gitleaks.toml", ".leakhound-baseline.json", ".gitleaksignore"];

/**
 * The folder whose settings files a scan of `path` reads: in a git work tree, the nearest folder
 * from `path` up to the top of the work tree that holds one of SETTINGS_FILES, else the top (so
 * `dir src` from anywhere finds the root's config and baseline); outside one, `path`'s own folder
 * (nothing above it is the scan's).
 */
export function settingsRoot(path: string): string {
  const start = resolve(path);
  let dir = start;
  try {
    if (!statSync(start).isDirectory()) dir = dirname(start);
  } catch {
    dir = dirname(start);
  }
  const first = dir;
  for (let d = dir; ; d = dirname(d)) {
    if (SETTINGS_FILES.some((name) => existsSync(join(d, name))) && insideWorkTree(d)) return d;
    if (existsSync(join(d, ".git"))) return d;
    if (dirname(d) === d) return first;
  }
}

/** Whether `dir` is in a git work tree (a `.git` in it or above it). */
function insideWorkTree(dir: string): boolean {
  for (let d = dir; ; d = dirname(d)) {
    if (existsSync(join(d, ".git"))) return true;
    if (dirname(d) === d) return false;
  }
}

// The directory source: walks folders (never into .git, never along symlinks) and reads files
// into fragments, skipping binary and oversized files and counting what it skipped.
import { lstat, opendir, readFile, stat } from "node:fs/promises";
import { basename, join, relative, sep } from "node:path";
import { globMatcher } from "../filters/glob.js";
import { LeakhoundError, reasonOf } from "../errors.js";
import type { Fragment, ScanStats } from "../model.js";

export const DEFAULT_MAX_FILE_SIZE = 10 * 1024 * 1024;

export interface WalkOptions {
  include?: string[];
  exclude?: string[];
  maxFileSize?: number;
}

export interface FileTask {
  absPath: string;
  /** path shown to the user: the root as given, joined with the path below it, `/`-separated */
  displayPath: string;
  /** path below the scan root */
  relPath: string;
  size: number;
}

const PRUNED_DIRS = new Set([".git"]);

function toPosix(path: string): string {
  return sep === "/" ? path : path.split(sep).join("/");
}

function displayJoin(root: string, rel: string): string {
  const base = toPosix(root).replace(/\/+$/, "");
  if (base === "." || base === "") return rel;
  return rel === "" ? base : `${base}/${rel}`;
}

/**
 * Yields every file below the given roots that passes the include/exclude globs (matched against
 * the path below the root; a pattern without `/` matches a file or folder name anywhere).
 * Files over the size limit are counted in `stats` and not yielded.
 */
export async function* walkFiles(roots: string[], options: WalkOptions, stats: ScanStats): AsyncGenerator<FileTask> {
  const included = globMatcher(options.include);
  const excluded = globMatcher(options.exclude);
  const maxSize = options.maxFileSize ?? DEFAULT_MAX_FILE_SIZE;

  for (const root of roots) {
    let rootStat;
    try {
      rootStat = await stat(root);
    } catch (err) {
      throw new LeakhoundError("NOT_FOUND", `cannot scan ${root}: ${reasonOf(err)}`);
    }
    if (rootStat.isFile()) {
      if (rootStat.size > maxSize) stats.skippedLarge++;
      else yield { absPath: root, displayPath: toPosix(root), relPath: basename(root), size: rootStat.size };
      continue;
    }
    if (!rootStat.isDirectory()) throw new LeakhoundError("NOT_FOUND", `cannot scan ${root}: not a file or directory`);

    const pending: string[] = [root];
    while (pending.length > 0) {
      const dir = pending.pop()!;
      let handle;
      try {
        handle = await opendir(dir);
      } catch (err) {
        stats.errors.push({ path: displayJoin(root, toPosix(relative(root, dir))), reason: reasonOf(err) });
        continue;
      }
      const subdirs: string[] = [];
      for await (const entry of handle) {
        const abs = join(dir, entry.name);
        const rel = toPosix(relative(root, abs));
        // Symlinks are never followed: a target inside the tree is scanned at its real path,
        // and one outside the tree is not ours to scan.
        if (entry.isSymbolicLink()) continue;
        if (entry.isDirectory()) {
          if (PRUNED_DIRS.has(entry.name) || excluded?.(rel)) continue;
          subdirs.push(abs);
        } else if (entry.isFile()) {
          if (excluded?.(rel) || (included && !included(rel))) continue;
          let size: number;
          try {
            size = (await lstat(abs)).size;
          } catch (err) {
            stats.errors.push({ path: displayJoin(root, rel), reason: reasonOf(err) });
            continue;
          }
          if (size > maxSize) {
            stats.skippedLarge++;
            continue;
          }
          yield { absPath: abs, displayPath: displayJoin(root, rel), relPath: rel, size };
        }
      }
      // depth-first, in name order, so output order is stable
      subdirs.sort().reverse();
      pending.push(...subdirs);
    }
  }
}

/** Git's heuristic: a NUL byte in the first 8000 bytes means binary. */
export function isBinary(bytes: Buffer): boolean {
  return bytes.subarray(0, 8000).includes(0);
}

export type ReadResult =
  | { kind: "fragment"; fragment: Fragment }
  | { kind: "binary" }
  | { kind: "error"; reason: string };

export async function readFileFragment(task: FileTask): Promise<ReadResult> {
  let bytes: Buffer;
  try {
    bytes = await readFile(task.absPath);
  } catch (err) {
    return { kind: "error", reason: reasonOf(err) };
  }
  if (isBinary(bytes)) return { kind: "binary" };
  return { kind: "fragment", fragment: { path: task.displayPath, relPath: task.relPath, bytes } };
}

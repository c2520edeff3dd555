// The directory source: walks folders (never into .git, never along symlinks) and reads files
// into fragments (UTF-16 decoded, see encoding.ts), skipping binary and oversized files.
//
// I/O here is synchronous on purpose: on a local disk each call takes microseconds, and awaiting
// thousands of small reads one after another left the scanning thread idle most of the time.
import { closeSync, fstatSync, openSync, readdirSync, readSync, statSync } from "node:fs";
import { basename, join, relative, sep } from "node:path";
import { LeakhoundError, reasonOf } from "../errors.js";
import { globMatcher } from "../filters/glob.js";
import type { Fragment, ScanStats } from "../model.js";
import { asText } from "./encoding.js";

export const DEFAULT_MAX_FILE_SIZE = 10 * 1024 * 1024;

export interface WalkOptions {
  include?: string[];
  exclude?: string[];
  maxFileSize?: number;
  /** files and folders (absolute paths) not to walk into: what a work tree's .gitignore ignores */
  skip?: (absPath: string) => boolean;
}

export interface FileTask {
  absPath: string;
  /** path shown to the user: the root as given, joined with the path below it, `/`-separated */
  displayPath: string;
  /** path below the scan root */
  relPath: string;
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
 * the path below the root; a pattern without `/` matches a file or folder name anywhere), in a
 * stable order. A folder that cannot be listed is recorded in `stats.errors`.
 */
export function* walkFiles(roots: string[], options: WalkOptions, stats: ScanStats): Generator<FileTask> {
  const included = globMatcher(options.include);
  const excluded = globMatcher(options.exclude);
  const skip = options.skip;

  for (const root of roots) {
    let rootStat;
    try {
      rootStat = statSync(root);
    } catch (err) {
      throw new LeakhoundError("NOT_FOUND", `cannot scan ${root}: ${reasonOf(err)}`);
    }
    if (rootStat.isFile()) {
      yield { absPath: root, displayPath: toPosix(root), relPath: basename(root) };
      continue;
    }
    if (!rootStat.isDirectory()) throw new LeakhoundError("NOT_FOUND", `cannot scan ${root}: not a file or directory`);

    const pending: string[] = [root];
    while (pending.length > 0) {
      const dir = pending.pop()!;
      let entries;
      try {
        entries = readdirSync(dir, { withFileTypes: true });
      } catch (err) {
        stats.errors.push({ path: displayJoin(root, toPosix(relative(root, dir))), reason: reasonOf(err) });
        continue;
      }
      entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
      const subdirs: string[] = [];
      for (const entry of entries) {
        // Symlinks are never followed: a target inside the tree is scanned at its real path,
        // and one outside the tree is not ours to scan.
        if (entry.isSymbolicLink()) continue;
        const abs = join(dir, entry.name);
        const rel = toPosix(relative(root, abs));
        if (entry.isDirectory()) {
          if (!PRUNED_DIRS.has(entry.name) && !excluded?.(rel) && !skip?.(abs)) subdirs.push(abs);
        } else if (entry.isFile()) {
          if (excluded?.(rel) || (included && !included(rel)) || skip?.(abs)) continue;
          yield { absPath: abs, displayPath: displayJoin(root, rel), relPath: rel };
        }
      }
      // depth-first, in name order, so output order is stable
      for (let i = subdirs.length - 1; i >= 0; i--) pending.push(subdirs[i]!);
    }
  }
}

export type ReadResult =
  | { kind: "fragment"; fragment: Fragment }
  | { kind: "binary" }
  | { kind: "large" }
  | { kind: "undecodable"; reason: string }
  | { kind: "error"; reason: string };

export function readFileFragment(task: FileTask, maxFileSize: number): ReadResult {
  let fd: number | undefined;
  try {
    fd = openSync(task.absPath, "r");
    const size = fstatSync(fd).size;
    if (size > maxFileSize) return { kind: "large" };
    // size 0 may be a lie (pseudo-files report 0 and still have content): read until EOF then
    const content = size > 0 ? readExactly(fd, size) : readToEnd(fd, maxFileSize);
    if (content === undefined) return { kind: "large" };
    const text = asText(content);
    if (text.kind !== "text") return text;
    return { kind: "fragment", fragment: { path: task.displayPath, relPath: task.relPath, bytes: text.bytes } };
  } catch (err) {
    return { kind: "error", reason: reasonOf(err) };
  } finally {
    if (fd !== undefined) closeSync(fd);
  }
}

function readExactly(fd: number, size: number): Buffer {
  const bytes = Buffer.allocUnsafe(size);
  let filled = 0;
  while (filled < size) {
    const n = readSync(fd, bytes, filled, size - filled, filled);
    if (n === 0) break;
    filled += n;
  }
  return filled === size ? bytes : bytes.subarray(0, filled);
}

/** Reads until EOF; undefined if the content grows past `limit`. */
function readToEnd(fd: number, limit: number): Buffer | undefined {
  const chunks: Buffer[] = [];
  let total = 0;
  for (;;) {
    const chunk = Buffer.allocUnsafe(64 * 1024);
    const n = readSync(fd, chunk, 0, chunk.length, null);
    if (n === 0) return Buffer.concat(chunks, total);
    chunks.push(chunk.subarray(0, n));
    total += n;
    if (total > limit) return undefined;
  }
}

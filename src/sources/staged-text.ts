// Staged files that git's diff calls binary but that are text in another encoding (UTF-16, see
// encoding.ts): their staged version is read from the index and decoded, and the part that differs
// from HEAD's version is scanned. Loaded only when a staged diff has a binary file, so the usual
// pre-commit run starts no process for it.
import { spawnSync } from "node:child_process";
import type { Fragment, ScanProblem } from "../model.js";
import { BlobReader } from "./cat-file.js";
import { addedLines } from "./line-diff.js";
import { asText } from "./encoding.js";
import { gitEnv } from "./git.js";

export interface StagedText {
  /** the changed part of each decoded file, with the HEAD version it replaces (decoded) */
  changes: { fragment: Fragment; before: Buffer | undefined }[];
  /** files the diff counted as binary that are text after all (scanned, or reported in `errors`) */
  decoded: number;
  /** files that are binary indeed: only rules about a file's name apply to them (a .p12 key store) */
  binary: string[];
  errors: ScanProblem[];
}

export async function stagedTextFiles(repo: string, maxFileBytes: number): Promise<StagedText> {
  const out: StagedText = { changes: [], decoded: 0, binary: [], errors: [] };
  // -z: paths unquoted and NUL-ended, so no name can be mistaken for another; deletions left out
  const list = spawnSync(
    "git",
    [
      "-C",
      repo,
      "diff",
      "--cached",
      "--numstat",
      "-z",
      "--no-renames",
      "--diff-filter=d",
      "--no-ext-diff",
      "--no-textconv",
      "--ignore-submodules",
      "--",
    ],
    { env: gitEnv(), maxBuffer: 64 * 1024 * 1024 },
  );
  if (list.error || list.status !== 0) {
    out.errors.push({
      path: repo,
      reason: `git diff --numstat failed: ${list.error?.message ?? String(list.stderr).split("\n")[0]}`,
    });
    return out;
  }
  const binaries = String(list.stdout)
    .split("\0")
    .filter((record) => record.startsWith("-\t-\t"))
    .map((record) => record.slice(4))
    // a name with a newline cannot be asked for on cat-file's line protocol; it stays a binary skip
    .filter((path) => path !== "" && !path.includes("\n"));
  if (binaries.length === 0) return out;
  const reader = new BlobReader(repo, maxFileBytes);
  try {
    for (const path of binaries) {
      const [staged, head] = await Promise.all([reader.read(`:${path}`), reader.read(`HEAD:${path}`)]);
      if (staged.kind !== "blob") continue; // over the size limit, or gone: counted as the diff counted it
      const text = asText(staged.bytes);
      if (text.kind === "binary") {
        out.binary.push(path);
        continue;
      }
      out.decoded++;
      if (text.kind === "undecodable") {
        out.errors.push({ path, reason: text.reason });
        continue;
      }
      const headText = head.kind === "blob" ? asText(head.bytes) : undefined;
      const before = headText?.kind === "text" ? headText.bytes : undefined;
      // the lines it adds to HEAD's version, by the line diff the history scan uses where git has none
      if (!before) {
        out.changes.push({ fragment: { path, bytes: text.bytes }, before });
        continue;
      }
      const added = addedLines(before, text.bytes);
      if (added) out.changes.push({ fragment: { path, bytes: added.bytes, lineMap: added.lineMap }, before });
    }
  } finally {
    reader.close();
  }
  return out;
}

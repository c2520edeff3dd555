// What a change introduced, for every git path (the git CLI's history and staged scans, and
// isomorphic-git's): the lines it added, by a line diff against the version it replaces at the
// same path, and of the findings there those whose secret that version did not hold already. A
// merge introduced what differs from every parent (introducedByMerge).
// The git CLI's paths take the added lines from git's own diff (sources/history-patch.ts,
// sources/patch.ts); the rest from the same kind of diff made here (sources/line-diff.ts).
import type { Detector } from "../engine/detector.js";
import { introducedFindings } from "../filters/inherited.js";
import type { Finding, Fragment } from "../model.js";
import { changedRegion } from "../sources/changes.js";
import { addedLines } from "../sources/line-diff.js";

/**
 * `whole` is the new version of a file (whole, with its path and commit); `before` the version it
 * replaces at that path in the parent, if any. Without one, everything in the file is new. With one,
 * the lines it adds are scanned (consecutive added lines side by side, so a multi-line secret added
 * whole is seen whole), and a secret the old version held anywhere is not new (a line edited beside
 * it, moved, or re-indented).
 */
export function introducedBy(detector: Detector, whole: Fragment, before: Buffer | undefined): Finding[] {
  if (!before) return detector.detect(whole);
  const added = addedLines(before, whole.bytes);
  if (!added) return [];
  const { firstLine: _f, ...rest } = whole;
  return introducedFindings(detector.detect({ ...rest, bytes: added.bytes, lineMap: added.lineMap }), before);
}

/**
 * A merge's version of a file that differs from the version in every parent (`parents`: first
 * parent first; undefined where a parent has no such file, which then holds none of it): a line
 * the merge shares with a parent, at the start or end it shares with it, came from that parent's
 * history, so what it can have introduced lies between, in the part that differs from each parent
 * (one conflict resolution, where the two sides' edits meet). Of the findings there, those whose
 * secret no parent held. The git CLI's merges (listing.ts, `--diff-merges=combined`) and
 * isomorphic-git's both come here.
 */
export function introducedByMerge(detector: Detector, whole: Fragment, parents: (Buffer | undefined)[]): Finding[] {
  let start = 0;
  let end = whole.bytes.length;
  let firstLine = 0;
  for (const parent of parents) {
    if (!parent) continue;
    const region = changedRegion(parent, whole.bytes);
    if (!region) return []; // only removals against this parent: nothing of it is new
    if (region.start > start) (start = region.start), (firstLine = region.firstLine);
    end = Math.min(end, region.end);
  }
  if (start >= end) return [];
  const found = detector.detect({
    ...whole,
    bytes: whole.bytes.subarray(start, end),
    firstLine: (whole.firstLine ?? 0) + firstLine,
  });
  return parents.reduce((kept, parent) => introducedFindings(kept, parent), found);
}

/** HEAD's version of a file (undefined when HEAD has none there): how the staged scans read the committed side. */
export type HeadReader = (path: string) => Promise<Buffer | undefined>;

/**
 * The staged scan's side of the same rule: of the findings in the staged changes of files, those
 * whose secret the file's committed version (HEAD, at the same path) did not hold already — the
 * one test (`introducedFindings`) that a history scan applies to each commit, so a pre-commit hook
 * never blocks what `git --range` over the same change would not report (a re-indented or moved
 * line, an edit beside a secret committed long ago). Both staged paths (the git CLI and
 * isomorphic-git) call it; HEAD's versions are read only of files with findings, so a clean
 * commit costs nothing.
 */
export async function introducedSinceHead(findings: Finding[], readHead: HeadReader): Promise<Finding[]> {
  if (findings.length === 0) return findings;
  const byPath = new Map<string, Finding[]>();
  for (const f of findings) byPath.set(f.path, [...(byPath.get(f.path) ?? []), f]);
  const { asText } = await import("../sources/encoding.js");
  const kept = new Set<Finding>();
  for (const [path, found] of byPath) {
    const raw = await readHead(path);
    let before: Buffer | undefined;
    if (raw) {
      const text = asText(raw);
      before = text.kind === "text" ? text.bytes : raw;
    }
    for (const f of introducedFindings(found, before)) kept.add(f);
  }
  return findings.filter((f) => kept.has(f));
}

/** HEAD's versions through `git cat-file` (the git CLI path); call `close` when done. */
export async function catFileHead(repo: string, maxFileBytes: number): Promise<{ read: HeadReader; close(): void }> {
  const { BlobReader } = await import("../sources/cat-file.js");
  // the committed version can be larger than a change of it: read it whatever --max-file-size says
  const reader = new BlobReader(repo, Math.max(maxFileBytes, 256 * 1024 * 1024));
  return {
    // a name with a newline cannot be asked for on cat-file's line protocol: all of it counts as new
    read: async (path) => {
      if (path.includes("\n")) return undefined;
      const head = await reader.read(`HEAD:${path}`);
      return head.kind === "blob" ? head.bytes : undefined;
    },
    close: () => reader.close(),
  };
}

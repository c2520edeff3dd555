// The lines a new version of a file adds to the version it replaces, by a line diff (jsdiff's
// Myers diff): what the git CLI's own diff (`git log -p -U0`, sources/history-patch.ts) gives
// for the versions git can diff, for those it cannot (UTF-16 text, a file its attributes call
// binary) and for the isomorphic-git path, which has no git. One rule for both paths: a change
// introduced the lines it added, and of those only what the replaced version did not hold already
// (scan/introduced.ts). The common start and end are skipped with a byte comparison first
// (changes.ts), so an edit in the middle of a big file diffs only the lines around it.
import { diffArrays } from "diff";
import { changedRegion } from "./changes.js";
import { AddedLinesBuilder } from "./patch.js";

/** Added lines, joined (each ending in a newline), and the 1-based line in the new version of each. */
export type AddedLines = ReturnType<AddedLinesBuilder["lines"]>;

/**
 * A diff of N + M lines costs up to (N + M) × D steps for D edits: past this budget of steps the
 * changed part is taken whole (a rewritten file), so a hostile pair of versions cannot stall the scan.
 */
const DIFF_STEPS = 500_000;

/** What `after` adds to `before`; undefined when it adds no line (the same, or only removals). */
export function addedLines(before: Buffer, after: Buffer): AddedLines | undefined {
  const region = changedRegion(before, after);
  if (!region) return undefined;
  // the same number of bytes is shared at the start and at the end by both versions
  const oldLines = splitLines(before, region.start, before.length - (after.length - region.end));
  const newLines = splitLines(after, region.start, region.end);
  const maxEditLength = Math.max(16, Math.floor(DIFF_STEPS / (oldLines.length + newLines.length + 1)));
  const changes = diffArrays(oldLines, newLines, { maxEditLength });
  // each line of `after`'s part is a latin1 string of its bytes: its offset in `after` is the sum of
  // the lengths before it, so an added line is copied from `after` itself
  const out = new AddedLinesBuilder(Number.POSITIVE_INFINITY);
  let line = region.firstLine + 1;
  let at = region.start;
  const next = (text: string, added: boolean) => {
    if (added) out.add(after, at, text.endsWith("\n") ? at + text.length - 1 : at + text.length, line);
    at += text.length;
    line++;
  };
  if (!changes) {
    for (const text of newLines) next(text, true);
  } else {
    for (const change of changes) {
      if (!change.removed) for (const text of change.value) next(text, change.added);
    }
  }
  return out.lineMap.length === 0 ? undefined : out.lines();
}

/** The lines of bytes[start, end), each with its newline, as latin1 strings (one char per byte). */
function splitLines(bytes: Buffer, start: number, end: number): string[] {
  const text = bytes.toString("latin1", start, end);
  const lines: string[] = [];
  let at = 0;
  for (let nl = text.indexOf("\n"); nl !== -1; nl = text.indexOf("\n", at)) {
    lines.push(text.slice(at, nl + 1));
    at = nl + 1;
  }
  if (at < text.length) lines.push(text.slice(at));
  return lines;
}

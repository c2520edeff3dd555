// The part of a new file version that differs from the version it replaces: the whole lines
// between the longest common start and the longest common end of the two. Text outside it is the
// old version's, so a secret there was not introduced by this change. Costs a byte comparison,
// never a diff: an edit in the middle of a big file (a lockfile, a config) leaves little to scan.

/** Lines [firstLine, …) of `after` (0-based), as bytes [start, end): what the change can have added. */
export interface ChangedRegion {
  start: number;
  end: number;
  firstLine: number;
}

const BLOCK = 4096;
const NL = 10;

export function changedRegion(before: Buffer, after: Buffer): ChangedRegion | undefined {
  const limit = Math.min(before.length, after.length);
  const head = commonPrefix(before, after, limit);
  if (head === after.length) return undefined; // nothing added (the same, or lines removed at the end)
  const tail = commonSuffix(before, after, limit - head);
  if (after.length - tail <= head) return undefined; // only removals
  // back to the start of the first changed line (lastIndexOf counts a negative offset from the end)
  const start = head === 0 ? 0 : after.lastIndexOf(NL, head - 1) + 1;
  let end = after.indexOf(NL, Math.max(start, after.length - tail - 1)); // on to the end of the last one
  end = end === -1 ? after.length : end + 1;
  return { start, end, firstLine: countLines(after, start) };
}

function commonPrefix(a: Buffer, b: Buffer, limit: number): number {
  let i = 0;
  while (i + BLOCK <= limit && a.compare(b, i, i + BLOCK, i, i + BLOCK) === 0) i += BLOCK;
  while (i < limit && a[i] === b[i]) i++;
  return i;
}

function commonSuffix(a: Buffer, b: Buffer, limit: number): number {
  let n = 0;
  while (
    n + BLOCK <= limit &&
    a.compare(b, b.length - n - BLOCK, b.length - n, a.length - n - BLOCK, a.length - n) === 0
  )
    n += BLOCK;
  while (n < limit && a[a.length - n - 1] === b[b.length - n - 1]) n++;
  return n;
}

function countLines(bytes: Buffer, end: number): number {
  let lines = 0;
  for (let i = bytes.indexOf(NL); i !== -1 && i < end; i = bytes.indexOf(NL, i + 1)) lines++;
  return lines;
}

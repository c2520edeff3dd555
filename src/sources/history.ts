// The commits of a history and the file versions (blobs) each one brings in, from `git log --raw`:
// git compares trees only, never file contents, so it cannot stop on a file it cannot read. The
// history scan reads git's patch instead (history-patch.ts); this listing takes over for the
// commits the patch could not finish (git stopped on an object it cannot read; listing.ts resumes
// it past each one), their versions then read through `git cat-file --batch` (cat-file.ts).
import { LineSplitter, startsWith } from "./lines.js";
import type { GitProvenance } from "../model.js";
import { unquote } from "./patch.js";

/** Put before each commit by `--format`, so commit headers cannot be confused with raw lines. */
export const COMMIT_MARKER = "\x01leakhound-commit ";
const MARKER_BYTES = Buffer.from(COMMIT_MARKER, "latin1");
const COLON = 58;
const NULL_OID = /^0+$/;
const GITLINK = "160000";
const TREE = "040000";

/** The header of each commit: hash, author, email, date, subject. */
export const COMMIT_FORMAT = "%H%n%an%n%ae%n%aI%n%s";

/**
 * `git log` arguments listing, oldest first, every commit in scope and the blobs it adds or changes
 * compared with the same path in its first parent. Parents come before their children
 * (--date-order), so a (path, blob) pair is first met where it was introduced. No rename detection:
 * a finding belongs to the path it is at (see scan/introduced.ts), and without it git never reads a
 * blob, so a missing one cannot stop the listing. With `commits`, exactly those commits in that
 * order, read from stdin (the resumed listing).
 *
 * With `merges`, only the merges (the patch listing, history-patch.ts, lists them without a diff),
 * each with the files whose version differs from the version in every parent (git's combined raw
 * format, `--diff-merges=combined`): what a merge alone can have brought (a conflict resolution, an
 * evil merge). A file the merge took from one of its parents unchanged was brought by that parent's
 * history, listed at its own commits — or outside the scope, as when a pull request merges its base
 * branch: its base's changes are not the pull request's.
 */
export function blobLogArgs(revisions: string[], commits?: "stdin", merges?: "merges"): string[] {
  return [
    "log",
    ...(merges ? ["--merges"] : []),
    "--raw",
    "--no-abbrev",
    // nothing the repository chose runs: no diff programs, no signature checks (git-hardening.ts)
    "--no-ext-diff",
    "--no-textconv",
    "--no-show-signature",
    "--no-renames",
    merges ? "--diff-merges=combined" : "--diff-merges=first-parent",
    // what the repository's config could set otherwise: the root commit's files, the whole tree's
    // paths, no colour, the headers in UTF-8 (i18n.logOutputEncoding would re-encode everything)
    "--root",
    "--no-relative",
    "--no-color",
    "--encoding=UTF-8",
    "--full-history",
    ...(commits ? ["--no-walk=unsorted", "--stdin"] : ["--date-order", "--reverse"]),
    `--format=format:${COMMIT_MARKER}${COMMIT_FORMAT}`,
    ...(commits ? [] : revisions),
    "--",
  ];
}

/** A file version a commit brings in. */
export interface BlobChange {
  oid: string;
  path: string;
  /** the version it replaces at the same path in the first parent; absent for a new file */
  parentOid?: string;
  /** a merge's: the versions at the same path in its other parents (those that have the file) */
  otherParentOids?: string[];
  commit: GitProvenance;
}

/** Incremental parser of `git log` output made with blobLogArgs: feed it chunks, it calls back per change. */
export class BlobLogParser {
  private readonly lines = new LineSplitter((data, start, end) => this.line(data, start, end));
  private header: string[] | undefined;
  private commit: GitProvenance | undefined;
  /** commits seen; a merge listed once per parent counts once */
  commits = 0;

  constructor(
    private readonly onChange: (change: BlobChange) => void,
    private readonly onCommit: (commit: GitProvenance) => void = () => undefined,
  ) {}

  push(chunk: Buffer): void {
    this.lines.push(chunk);
  }

  end(): void {
    this.lines.end();
  }

  private line(data: Buffer, start: number, end: number): void {
    if (this.header) {
      this.header.push(data.toString("utf8", start, end));
      if (this.header.length === 5) {
        const [hash, author, email, date, message] = this.header as [string, string, string, string, string];
        const fresh = hash !== this.commit?.commit;
        this.commit = { commit: hash, author, email, date, message };
        if (fresh) {
          this.commits++;
          this.onCommit(this.commit);
        }
        this.header = undefined;
      }
      return;
    }
    if (data[start] === 1 && startsWith(data, start, end, MARKER_BYTES)) {
      this.header = [data.toString("latin1", start + MARKER_BYTES.length, end)];
      return;
    }
    if (data[start] !== COLON || !this.commit) return;
    const change =
      data[start + 1] === COLON
        ? combinedChange(data, start, end, this.commit)
        : rawChange(data, start, end, "", this.commit);
    if (change) this.onChange(change);
  }
}

/**
 * One `--raw` line, `:<old mode> <new mode> <old oid> <new oid> <status>\t<path>` (paths C-quoted by
 * core.quotePath, so they hold no tab), as the blob it brings; undefined for a deletion, a submodule
 * or a subtree (non-recursive diff-tree, see listing.ts). `prefix` is put before the path.
 */
export function rawChange(
  data: Buffer,
  start: number,
  end: number,
  prefix: string,
  commit: GitProvenance,
): BlobChange | undefined {
  const tab = data.indexOf(9, start);
  if (data[start] !== COLON || tab === -1 || tab > end) return undefined;
  const [oldMode, newMode, oldOid, newOid, status] = data.toString("latin1", start + 1, tab).split(" ");
  if (!newOid || !status || status.startsWith("D") || newMode === GITLINK || newMode === TREE || NULL_OID.test(newOid))
    return undefined;
  const parentOid = blobIn(oldMode, oldOid);
  const path = prefix + unquote(data.subarray(tab + 1, end));
  return parentOid ? { oid: newOid, path, parentOid, commit } : { oid: newOid, path, commit };
}

/** The blob a raw line's side names: none for a missing file (null oid), a subtree or a submodule. */
function blobIn(mode: string | undefined, oid: string | undefined): string | undefined {
  return oid && !NULL_OID.test(oid) && mode !== TREE && mode !== GITLINK ? oid : undefined;
}

/**
 * One line of a merge's combined raw diff (`--diff-merges=combined`): a colon per parent, then a
 * mode per parent and the merge's, an oid per parent and the merge's, a status letter per parent,
 * `\t<path>`. Listed only where the merge's version differs from every parent's. Undefined for a
 * deletion, a submodule or a subtree.
 */
export function combinedChange(
  data: Buffer,
  start: number,
  end: number,
  commit: GitProvenance,
): BlobChange | undefined {
  let parents = 0;
  while (data[start + parents] === COLON) parents++;
  const tab = data.indexOf(9, start);
  if (parents < 2 || tab === -1 || tab > end) return undefined;
  const fields = data.toString("latin1", start + parents, tab).split(" ");
  if (fields.length !== 2 * (parents + 1) + 1) return undefined;
  const modes = fields.slice(0, parents + 1);
  const oids = fields.slice(parents + 1, 2 * (parents + 1));
  const newMode = modes[parents]!;
  const newOid = oids[parents]!;
  if (newMode === GITLINK || newMode === TREE || NULL_OID.test(newMode) || NULL_OID.test(newOid)) return undefined;
  // a parent without a blob there (no file, a submodule, a directory) holds none of the merge's version
  const parentOid = blobIn(modes[0], oids[0]);
  const otherParentOids: string[] = [];
  for (let i = 1; i < parents; i++) {
    const oid = blobIn(modes[i], oids[i]);
    if (oid) otherParentOids.push(oid);
  }
  const path = unquote(data.subarray(tab + 1, end));
  return { oid: newOid, path, ...(parentOid ? { parentOid } : {}), otherParentOids, commit };
}

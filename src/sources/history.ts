// The commits of a history and the file versions (blobs) each one brings in, from
// `git log --raw`: git compares trees only, never file contents, so listing even a long history
// is quick. The blobs themselves are read by `git cat-file --batch` (see cat-file.ts).
import { LineSplitter, startsWith } from "./lines.js";
import type { GitProvenance } from "../model.js";
import { unquote } from "./patch.js";

/** Put before each commit by `--format`, so commit headers cannot be confused with raw lines. */
const COMMIT_MARKER = "\x01leakhound-commit ";
const MARKER_BYTES = Buffer.from(COMMIT_MARKER, "latin1");
const COLON = 58;
const NULL_OID = /^0+$/;
const GITLINK = "160000";

/**
 * `git log` arguments listing, oldest first, every commit in scope and the blobs it adds or changes.
 * Parents come before their children (--date-order), so a blob is first met where it was introduced;
 * a merge is compared with each parent (-m), so content that only a merge brings (a conflict
 * resolution) is listed too. Renames are found (comparing added with deleted files, which costs git
 * little), so that a file moved and edited in one commit keeps its history.
 */
export function blobLogArgs(revisions: string[]): string[] {
  return [
    "log",
    "--raw",
    "--no-abbrev",
    // nothing the repository chose runs: no diff programs, no signature checks (git-hardening.ts)
    "--no-ext-diff",
    "--no-textconv",
    "--no-show-signature",
    "--find-renames",
    "-m",
    "--full-history",
    "--date-order",
    "--reverse",
    `--format=format:${COMMIT_MARKER}%H%n%an%n%ae%n%aI%n%s`,
    ...revisions,
    "--",
  ];
}

/** A file version a commit brings in. */
export interface BlobChange {
  oid: string;
  path: string;
  /** the version it replaces (at the same path, or the old one of a rename); absent for a new file */
  parentOid?: string;
  commit: GitProvenance;
}

/** Incremental parser of `git log` output made with blobLogArgs: feed it chunks, it calls back per change. */
export class BlobLogParser {
  private readonly lines = new LineSplitter((data, start, end) => this.line(data, start, end));
  private header: string[] | undefined;
  private commit: GitProvenance | undefined;
  /** commits seen; a merge listed once per parent counts once */
  commits = 0;

  constructor(private readonly onChange: (change: BlobChange) => void) {}

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
        if (hash !== this.commit?.commit) this.commits++;
        this.commit = { commit: hash, author, email, date, message };
        this.header = undefined;
      }
      return;
    }
    if (data[start] === 1 && startsWith(data, start, end, MARKER_BYTES)) {
      this.header = [data.toString("latin1", start + MARKER_BYTES.length, end)];
      return;
    }
    if (data[start] !== COLON || !this.commit) return;
    // :<old mode> <new mode> <old oid> <new oid> <status>\t<path>, and for a rename (R<score>)
    // \t<old path>\t<new path>; paths are C-quoted by core.quotePath, so they hold no tab
    const tab = data.indexOf(9, start);
    if (tab === -1 || tab > end) return;
    const [, newMode, oldOid, newOid, status] = data.toString("latin1", start + 1, tab).split(" ");
    if (!newOid || !status || status.startsWith("D") || newMode === GITLINK || NULL_OID.test(newOid)) return;
    const parentOid = oldOid && !NULL_OID.test(oldOid) ? oldOid : undefined;
    const second = status.startsWith("R") || status.startsWith("C") ? data.indexOf(9, tab + 1) : -1;
    const path = unquote(data.subarray(second !== -1 && second < end ? second + 1 : tab + 1, end));
    this.onChange(parentOid ? { oid: newOid, path, parentOid, commit: this.commit } : { oid: newOid, path, commit: this.commit });
  }
}

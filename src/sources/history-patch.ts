// The lines each commit of a history adds, from git's own diff: `git log -p -U0`, the same text
// `git log -p` prints, parsed as it streams. git diffs in C as fast as it reads, so a history
// scan costs about what reading its history costs; leakhound scans only the added lines (each
// file version's, joined, with a map back to its line numbers) and reads the replaced version
// only for a file with findings (scan/history.ts). Merges are listed without a diff: what a merge
// alone brings is listed by a second listing (sources/history.ts, blobLogArgs with `merges`).
import type { GitProvenance, ScanProblem } from "../model.js";
import { spawnGit, type GitStream } from "./git.js";
import { randomBytes } from "node:crypto";
import { COMMIT_FORMAT } from "./history.js";
import { LineSplitter, startsWith } from "./lines.js";
import { AddedLinesBuilder, ByteBuilder, unquote } from "./patch.js";

const PLUS = 43;
const MINUS = 45;
const SPACE = 32;
const AT = 64;
const BACKSLASH = 92;
const COMMA = 44;
const DIFF_GIT = Buffer.from("diff --git ");
const INDEX = Buffer.from("index ");
const BINARY = Buffer.from("Binary files ");
const NEW_FILE = Buffer.from("new file mode ");
const DELETED = Buffer.from("deleted file mode ");
const NEW_MODE = Buffer.from("new mode ");
const NULL_OID = /^0+$/;
const GITLINK = "160000";

/**
 * From this size a file version is read whole (`git cat-file`) and compared with the one it
 * replaces here, not diffed by git: a byte comparison skips what the two share at the start and at
 * the end, where git's diff reads every line of both. Measured with `bench/git.mjs`: on 1,000
 * commits each changing three lines of a 750 KB lockfile (`bench/make-big-history.mjs --lockfile`)
 * 1.46 s against 2.61 s with git diffing everything (`git log -p` 2.3 s); on express, whose largest
 * file is 127 KB, 0.81 s at 256 KB against 0.99 s at 64 KB and 1.07 s at 32 KB.
 */
export const READ_WHOLE_FROM = 256 * 1024;

/**
 * `git log` arguments printing, oldest first (parents before children, as blobLogArgs), every
 * commit in scope with the patch of each file it changes against its first parent, merges without
 * one. Every option that the
 * repository's config could set otherwise is given: prefixes, no colour, no relative paths, no
 * renames, the root commit's diff, no context lines, the output encoding. Files larger than
 * READ_WHOLE_FROM (or `maxFileBytes`) are "binary" to git, so it never diffs them: they are read
 * whole and compared here (or counted as too large).
 */
export function patchLogArgs(markers: LogMarkers, revisions: string[], maxFileBytes: number): string[] {
  return [
    "-c",
    `core.bigFileThreshold=${Math.max(1, Math.min(maxFileBytes, READ_WHOLE_FROM))}`,
    "log",
    // merges without a diff: what a merge alone brings is listed beside (blobLogArgs with `merges`)
    "--diff-merges=off",
    "-p",
    "-U0",
    "--inter-hunk-context=0",
    "--full-index",
    "--src-prefix=a/",
    "--dst-prefix=b/",
    "--no-color",
    "--no-relative",
    "--no-ext-diff",
    "--no-textconv",
    "--no-show-signature",
    "--no-renames",
    "--ignore-submodules",
    "--root",
    "--full-history",
    "--date-order",
    "--reverse",
    // the message whole (%B) between two marker lines: it is scanned from here, not read again
    "--encoding=UTF-8",
    `--format=format:${markers.commit}${COMMIT_FORMAT}%n%P%n%B%n${markers.end}`,
    ...revisions,
    "--",
  ];
}

/**
 * The lines that start and end each commit's header and message. A message can hold any line, so
 * the markers carry a random nonce, new in each scan: a commit's author cannot write one that ends
 * its message early and makes the rest of it read as a patch.
 */
export interface LogMarkers {
  commit: string;
  end: string;
}

export function logMarkers(): LogMarkers {
  const nonce = randomBytes(12).toString("hex");
  return { commit: `\x01leakhound-commit-${nonce} `, end: `\x01leakhound-end-${nonce}` };
}

/** One file's change in one commit, as the patch shows it. */
export interface PatchedChange {
  path: string;
  oid: string;
  /** the version it replaces in the first parent; absent for a new file */
  parentOid?: string;
  commit: GitProvenance;
  /**
   * the lines it adds (none: a mode change, or lines removed only); `bytes` is the parser's own
   * buffer, valid during the onChange call only (copy it to keep it)
   */
  added?: { bytes: Buffer; lineMap: number[] };
  /** git did not diff it (binary to git, or larger than core.bigFileThreshold): read it whole */
  whole?: true;
  /** its added lines exceed the size limit: not kept */
  large?: true;
}

/** Incremental parser of patchLogArgs output: feed it chunks, it calls back per commit and per changed file. */
export class PatchLogParser {
  private readonly lines: LineSplitter;
  private header: string[] | undefined;
  /** the message's lines, while they are read (after the header, up to the end marker) */
  private inMessage = false;
  private readonly message = new ByteBuilder();
  /** the message is longer than the size limit: not kept */
  private messageLarge = false;
  private readonly commitMarker: Buffer;
  private readonly endMarker: Buffer;
  private commit: GitProvenance | undefined;
  /** the current commit's number of parents */
  private parents = 0;
  private file: Section | undefined;
  /** lines still due in the current hunk, old and new side (-U0 prints no context, but count it anyway) */
  private oldDue = 0;
  private newDue = 0;
  private nextLine = 0;
  private readonly added: AddedLinesBuilder;

  constructor(
    markers: LogMarkers,
    /**
     * each commit, with its message (valid during the call only, as `added` is; absent if over the
     * size limit) and its number of parents
     */
    private readonly onCommit: (commit: GitProvenance, message: Buffer | undefined, parents: number) => void,
    private readonly onChange: (change: PatchedChange) => void,
    private readonly maxFileBytes: number,
    /** asked once a file's new version is known: false skips its lines (a version scanned already) */
    private readonly wanted: (path: string, oid: string, commit: GitProvenance) => boolean = () => true,
  ) {
    this.commitMarker = Buffer.from(markers.commit, "latin1");
    this.endMarker = Buffer.from(markers.end, "latin1");
    this.added = new AddedLinesBuilder(maxFileBytes);
    // no line of a file git diffs is longer than the size limit; a message's may be: it is not kept
    this.lines = new LineSplitter(
      (data, start, end) => this.line(data, start, end),
      maxFileBytes + 64 * 1024,
      () => this.overlongLine(),
    );
  }

  push(chunk: Buffer): void {
    this.lines.push(chunk);
  }

  end(): void {
    this.lines.end();
    this.endFile();
  }

  /** A line too long to keep has ended: what it was part of is over the size limit. */
  private overlongLine(): void {
    if (this.inMessage) this.messageLarge = true;
    else if (this.newDue > 0 || this.oldDue > 0) {
      // a hunk line (its removed lines come first): a removed one is only counted, an added one
      // makes the file too large to scan
      if (this.oldDue > 0) {
        this.oldDue--;
      } else {
        this.newDue--;
        this.nextLine++;
        if (this.file) this.file.large = true;
      }
    }
  }

  /** git stopped mid-way: the file it was printing is dropped, not scanned cut short */
  abandon(): void {
    this.lines.drop();
    this.file = undefined;
    this.header = undefined;
    this.inMessage = false;
    this.messageLarge = false;
    this.message.clear();
    this.oldDue = this.newDue = 0;
    this.added.reset();
  }

  private line(data: Buffer, start: number, end: number): void {
    const first = data[start];
    if (this.oldDue > 0 || this.newDue > 0) {
      if (first === PLUS && this.newDue > 0) {
        this.newDue--;
        const line = this.nextLine++;
        if (this.file && !this.file.skip && !this.file.large) this.added.add(data, start + 1, end, line);
        return;
      }
      if (first === MINUS && this.oldDue > 0) return void this.oldDue--;
      if (first === SPACE && this.oldDue > 0 && this.newDue > 0) {
        this.oldDue--;
        this.newDue--;
        this.nextLine++;
        return;
      }
      if (first === BACKSLASH) return; // "\ No newline at end of file"
      // anything else ends the hunk early (git never does this): read the line as a header
      this.oldDue = this.newDue = 0;
    }
    if (this.inMessage) {
      if (first === 1 && end - start === this.endMarker.length && startsWith(data, start, end, this.endMarker)) {
        this.inMessage = false;
        // the last newline is the format's, before the end marker
        const message = this.message.view();
        this.onCommit(
          this.commit!,
          this.messageLarge ? undefined : message.subarray(0, Math.max(0, message.length - 1)),
          this.parents,
        );
        this.message.clear();
        this.messageLarge = false;
      } else if (this.message.length + (end - start) + 1 > this.maxFileBytes) {
        this.messageLarge = true;
        this.message.clear();
      } else if (!this.messageLarge) {
        this.message.append(data, start, end);
      }
      return;
    }
    if (this.header) {
      this.header.push(data.toString("utf8", start, end));
      if (this.header.length === 6) {
        const [commit, author, email, date, message, parents] = this.header as string[] as [
          string,
          string,
          string,
          string,
          string,
          string,
        ];
        this.commit = { commit, author, email, date, message };
        this.parents = parents === "" ? 0 : parents.split(" ").length;
        this.header = undefined;
        this.inMessage = true;
      }
      return;
    }
    if (first === 1 && startsWith(data, start, end, this.commitMarker)) {
      this.endFile();
      this.header = [data.toString("latin1", start + this.commitMarker.length, end)];
      return;
    }
    if (first === 100 /* d */ && startsWith(data, start, end, DIFF_GIT)) {
      this.endFile();
      const path = sectionPath(data.subarray(start + DIFF_GIT.length, end));
      if (path !== undefined && this.commit) this.file = { path, commit: this.commit };
      return;
    }
    const file = this.file;
    if (!file) return;
    if (first === AT) return this.hunk(data, start, end);
    if (first === 105 /* i */ && startsWith(data, start, end, INDEX)) {
      // index <old>..<new>[ <mode>]
      const [range, mode] = data.toString("latin1", start + INDEX.length, end).split(" ");
      const [oldOid, newOid] = (range ?? "").split("..");
      if (oldOid && !NULL_OID.test(oldOid)) file.parentOid = oldOid;
      if (newOid && !NULL_OID.test(newOid)) file.oid = newOid;
      if (mode === GITLINK || (file.oid && !this.wanted(file.path, file.oid, file.commit))) file.skip = true;
    } else if (first === 66 /* B */ && startsWith(data, start, end, BINARY)) {
      file.whole = true;
    } else if (startsWith(data, start, end, DELETED)) {
      file.skip = true;
    } else if (startsWith(data, start, end, NEW_FILE) || startsWith(data, start, end, NEW_MODE)) {
      if (data.toString("latin1", end - GITLINK.length, end) === GITLINK) file.skip = true;
    }
  }

  /** `@@ -a[,b] +c[,d] @@`: a count left out is 1. Read from the bytes (one a line per hunk; a regex costs more). */
  private hunk(data: Buffer, start: number, end: number): void {
    let at = start;
    const number = (): number => {
      let n = -1;
      for (let byte = data[at]!; at < end && byte >= 48 && byte <= 57; byte = data[++at]!)
        n = (n < 0 ? 0 : n * 10) + byte - 48;
      return n;
    };
    // "@@ -" a [",b"] " +" c [",d"] " @@"
    const expect = (byte: number): boolean => at < end && data[at] === byte && (at++, true);
    if (!(expect(AT) && expect(AT) && expect(SPACE) && expect(MINUS))) return;
    if (number() < 0) return;
    const oldCount = expect(COMMA) ? number() : 1;
    if (oldCount < 0 || !(expect(SPACE) && expect(PLUS))) return;
    const first = number();
    if (first < 0) return;
    const newCount = expect(COMMA) ? number() : 1;
    if (newCount < 0 || !(expect(SPACE) && expect(AT) && expect(AT))) return;
    this.oldDue = oldCount;
    this.newDue = newCount;
    this.nextLine = first;
  }

  private endFile(): void {
    const file = this.file;
    this.file = undefined;
    this.oldDue = this.newDue = 0;
    const added = this.added;
    if (file && !file.skip && file.oid) {
      const change: PatchedChange = { path: file.path, oid: file.oid, commit: file.commit };
      if (file.parentOid) change.parentOid = file.parentOid;
      if (file.whole) change.whole = true;
      else if (added.oversized || file.large) change.large = true;
      else if (added.lineMap.length > 0) change.added = added.lines(true);
      this.onChange(change);
    }
    added.reset();
  }
}

interface Section {
  path: string;
  commit: GitProvenance;
  oid?: string;
  parentOid?: string;
  whole?: boolean;
  large?: boolean;
  skip?: boolean;
}

/**
 * The path of `diff --git a/<path> b/<path>` (both sides the same path: no renames). A path git
 * quotes (core.quotePath) is quoted on both sides; otherwise the two halves have the same length.
 */
function sectionPath(rest: Buffer): string | undefined {
  if (rest[0] === 34 /* " */) {
    // "a/…" "b/…": the first quoted string ends at the first quote not escaped
    for (let i = 1; i < rest.length; i++) {
      if (rest[i] === BACKSLASH) i++;
      else if (rest[i] === 34) {
        const quoted = rest.subarray(0, i + 1);
        const path = unquote(quoted);
        return path.startsWith("a/") ? path.slice(2) : undefined;
      }
    }
    return undefined;
  }
  // a/<p> b/<p>: 2 + n + 3 + n bytes
  const n = (rest.length - 5) / 2;
  if (!Number.isInteger(n) || n < 1 || rest[0] !== 97 /* a */ || rest[1] !== 47 /* / */) return undefined;
  return rest.toString("utf8", 2, 2 + n);
}

/** Output held while the scan catches up, before git is paused (git writes far ahead of a 64 KB pipe). */
const MAX_HELD = 32 * 1024 * 1024;
/** Output parsed (and its added lines scanned) per turn of the event loop. */
const STEP_BYTES = 16 * 1024;

/**
 * One patch listing as it runs: git's output into a parser, paused and resumed as the scan needs.
 * Output is taken from git as it comes and parsed one chunk per turn of the event loop, so that git
 * never waits on a full pipe while a chunk is scanned: the two run side by side.
 */
export class PatchStream {
  private git: GitStream | undefined;
  private paused = false;
  private readonly held: Buffer[] = [];
  private heldBytes = 0;
  private scheduled = false;
  private drained: (() => void) | undefined;

  constructor(
    private readonly repo: string,
    private readonly args: string[],
    private readonly parser: PatchLogParser,
  ) {}

  /** Lists to the end; git's problems if it stopped early (the file it was printing is dropped). */
  async run(): Promise<ScanProblem[]> {
    const git = spawnGit(this.repo, this.args);
    this.git = git;
    this.flow();
    git.stdout.on("data", (chunk: Buffer) => {
      this.held.push(chunk);
      this.heldBytes += chunk.length;
      this.flow();
      this.schedule();
    });
    const problems = await git.done;
    this.git = undefined;
    if (this.held.length > 0) await new Promise<void>((resolve) => (this.drained = resolve));
    if (problems.length === 0) this.parser.end();
    else this.parser.abandon();
    return problems;
  }

  pause(): void {
    this.paused = true;
    this.flow();
  }

  resume(): void {
    this.paused = false;
    this.flow();
    this.schedule();
  }

  kill(): void {
    this.git?.kill();
  }

  private schedule(): void {
    if (this.scheduled || this.paused || this.held.length === 0) return;
    this.scheduled = true;
    setImmediate(() => this.step());
  }

  private step(): void {
    this.scheduled = false;
    if (this.paused) return;
    // a slice of a chunk per turn: between turns the event loop reads git's pipe, which holds 64 KB
    // only, so git writes on while the slice is scanned instead of waiting for it
    const chunk = this.held[0];
    if (chunk) {
      const slice = chunk.subarray(0, STEP_BYTES);
      if (slice.length === chunk.length) this.held.shift();
      else this.held[0] = chunk.subarray(STEP_BYTES);
      this.heldBytes -= slice.length;
      this.parser.push(slice);
    }
    this.flow();
    if (this.held.length > 0) this.schedule();
    else this.drained?.();
  }

  private flow(): void {
    if (!this.git) return;
    if (this.paused || this.heldBytes > MAX_HELD) this.git.stdout.pause();
    else this.git.stdout.resume();
  }
}

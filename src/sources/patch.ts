// Parses `git log -p -U0` / `git diff -U0` output into fragments of added lines: one fragment per
// file per commit, with a line map back to the file version and the commit as provenance.
// Works on bytes: file content and paths need not be UTF-8.
import type { Fragment, GitProvenance } from "../model.js";

/** Put before each commit by `--format`, so commit headers cannot be confused with content. */
export const COMMIT_MARKER = "\x01leakhound-commit ";
/** `git log` format: marker + hash, then author, email, date, subject on their own lines. */
export const LOG_FORMAT = `format:${COMMIT_MARKER}%H%n%an%n%ae%n%aI%n%s`;

const NL = 10;
const PLUS = 43;
const AT = 64;

export interface PatchStats {
  /** commit headers seen */
  commits: number;
  binary: number;
  large: number;
}

/**
 * Incremental parser: feed it chunks of patch text, it calls `emit` for each file's added lines
 * as soon as that file's section ends.
 */
export class PatchParser {
  private pending: Buffer | undefined;
  private commit: GitProvenance | undefined;
  private headerLines: string[] | undefined;
  private path: string | undefined;
  private inHunk = false;
  private nextLine = 0;
  private lines: Buffer[] = [];
  private lineMap: number[] = [];
  private bytes = 0;
  private oversized = false;
  readonly stats: PatchStats = { commits: 0, binary: 0, large: 0 };

  constructor(
    private readonly emit: (fragment: Fragment) => void,
    private readonly maxFileBytes: number,
  ) {}

  push(chunk: Buffer): void {
    let data = this.pending ? Buffer.concat([this.pending, chunk]) : chunk;
    let start = 0;
    for (let nl = data.indexOf(NL, start); nl !== -1; nl = data.indexOf(NL, start)) {
      this.line(data.subarray(start, nl));
      start = nl + 1;
    }
    this.pending = start < data.length ? Buffer.from(data.subarray(start)) : undefined;
  }

  end(): void {
    if (this.pending) this.line(this.pending);
    this.pending = undefined;
    this.flushFile();
  }

  private line(line: Buffer): void {
    const first = line[0];
    if (this.inHunk) {
      if (first === PLUS) {
        this.added(line.subarray(1));
        return;
      }
      if (first === 45 /* - */ || first === 92 /* \ No newline */) return;
      if (first === AT) {
        this.hunk(line);
        return;
      }
    }
    if (this.headerLines) {
      this.headerLines.push(line.toString("utf8"));
      if (this.headerLines.length === 5) {
        const [hash, author, email, date, message] = this.headerLines as [string, string, string, string, string];
        this.commit = { commit: hash, author, email, date, message };
        this.headerLines = undefined;
      }
      return;
    }
    if (first === 1 && line.toString("latin1", 0, COMMIT_MARKER.length) === COMMIT_MARKER) {
      this.flushFile();
      this.stats.commits++;
      this.headerLines = [line.toString("latin1", COMMIT_MARKER.length)];
      return;
    }
    if (first === 100 /* d */ && line.toString("latin1", 0, 11) === "diff --git ") {
      this.flushFile();
      return;
    }
    if (this.inHunk) return;
    if (first === PLUS && line.toString("latin1", 0, 4) === "+++ ") {
      const target = line.subarray(4);
      this.path = target.toString("latin1") === "/dev/null" ? undefined : stripPrefix(unquote(target));
      return;
    }
    if (first === 66 /* B */ && line.toString("latin1", 0, 13) === "Binary files ") {
      this.stats.binary++;
      return;
    }
    if (first === AT) this.hunk(line);
  }

  private hunk(line: Buffer): void {
    // @@ -a[,b] +c[,d] @@
    const text = line.toString("latin1");
    const match = /^@@+ (?:-\d+(?:,\d+)? )+\+(\d+)/.exec(text);
    this.inHunk = match !== null && this.path !== undefined;
    if (match) this.nextLine = Number(match[1]);
  }

  private added(content: Buffer): void {
    if (this.oversized) return;
    this.bytes += content.length + 1;
    if (this.bytes > this.maxFileBytes) {
      this.oversized = true;
      this.lines = [];
      this.lineMap = [];
      return;
    }
    this.lines.push(content);
    this.lineMap.push(this.nextLine++);
  }

  private flushFile(): void {
    if (this.oversized) this.stats.large++;
    if (this.path !== undefined && this.lines.length > 0) {
      const parts: Buffer[] = [];
      for (const l of this.lines) parts.push(l, NEWLINE);
      this.emit({
        path: this.path,
        bytes: Buffer.concat(parts),
        lineMap: this.lineMap,
        ...(this.commit ? { git: this.commit } : {}),
      });
    }
    this.path = undefined;
    this.inHunk = false;
    this.lines = [];
    this.lineMap = [];
    this.bytes = 0;
    this.oversized = false;
  }
}

const NEWLINE = Buffer.from("\n");

function stripPrefix(path: string): string {
  return path.startsWith("b/") ? path.slice(2) : path;
}

/** Git quotes unusual paths C-style ("caf\303\251.txt"); turn them back into text. */
export function unquote(raw: Buffer): string {
  if (raw[0] !== 34 /* " */) return raw.toString("utf8");
  const out: number[] = [];
  const escapes: Record<string, number> = { n: 10, t: 9, r: 13, a: 7, b: 8, f: 12, v: 11, '"': 34, "\\": 92 };
  for (let i = 1; i < raw.length - 1; i++) {
    const byte = raw[i]!;
    if (byte !== 92) {
      out.push(byte);
      continue;
    }
    const next = String.fromCharCode(raw[i + 1]!);
    if (/[0-7]/.test(next)) {
      out.push(parseInt(raw.toString("latin1", i + 1, i + 4), 8));
      i += 3;
    } else {
      out.push(escapes[next] ?? raw[i + 1]!);
      i += 1;
    }
  }
  return Buffer.from(out).toString("utf8");
}

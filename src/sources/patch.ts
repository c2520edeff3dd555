// Parses `git diff -U0` output (the staged changes) into fragments of added lines: one fragment per
// file, with a line map back to the staged version of the file.
// Works on bytes: file content and paths need not be UTF-8. Hot path: lines are handled as
// offsets into the chunk, and added lines are copied once, into the file's fragment.
import { LineSplitter, startsWith } from "./lines.js";
import type { Fragment } from "../model.js";

const NL = 10;
const PLUS = 43;
const MINUS = 45;
const AT = 64;
const BACKSLASH = 92;
const DIFF_GIT = Buffer.from("diff --git ");
const PLUS3 = Buffer.from("+++ ");
const BINARY = Buffer.from("Binary files ");

export interface PatchStats {
  binary: number;
  large: number;
}

/** A growable byte buffer for one file's added lines. */
/** bytes up to which ByteBuilder copies in a loop */
const SHORT_COPY = 64;

export class ByteBuilder {
  // starts small (a staged change is a few KB) and doubles as a large file needs it
  private buf = Buffer.allocUnsafe(4096);
  length = 0;

  append(src: Buffer, start: number, end: number): void {
    const need = this.length + (end - start) + 1;
    if (need > this.buf.length) {
      const bigger = Buffer.allocUnsafe(Math.max(need, this.buf.length * 2));
      this.buf.copy(bigger, 0, 0, this.length);
      this.buf = bigger;
    }
    const n = end - start;
    if (n <= SHORT_COPY) {
      // most lines are short, and a byte loop copies them faster than a call into Buffer.copy
      const buf = this.buf;
      let at = this.length;
      for (let i = start; i < end; i++) buf[at++] = src[i]!;
      this.length = at;
    } else {
      this.length += src.copy(this.buf, this.length, start, end);
    }
    this.buf[this.length++] = NL;
  }

  /** The content (handed over, not copied), and a fresh buffer for the next file. */
  take(): Buffer {
    const out = this.buf.subarray(0, this.length);
    this.buf = Buffer.allocUnsafe(Math.min(Math.max(4096, this.length * 2), 1024 * 1024));
    this.length = 0;
    return out;
  }

  /** The content as it is now, in the builder's own buffer: valid until the next append or clear. */
  view(): Buffer {
    return this.buf.subarray(0, this.length);
  }

  /** Forgets the content, keeping the buffer. */
  clear(): void {
    this.length = 0;
  }
}

/**
 * One file's added lines as a patch is read: the lines joined (each ending in a newline) and the
 * line of the file each came from. Past `maxBytes` the file is too large: nothing more is kept.
 */
export class AddedLinesBuilder {
  private readonly content = new ByteBuilder();
  lineMap: number[] = [];
  oversized = false;

  constructor(private readonly maxBytes: number) {}

  /**
   * Adds data[start, end) as line `line` of the file. A UTF-8 byte-order mark at the start of line 1
   * is not text (the file scans read past it too, sources/encoding.ts): columns count from after it.
   */
  add(data: Buffer, start: number, end: number, line: number): void {
    if (this.oversized) return;
    if (line === 1 && end - start >= 3 && data[start] === 0xef && data[start + 1] === 0xbb && data[start + 2] === 0xbf)
      start += 3;
    if (this.content.length + (end - start) + 1 > this.maxBytes) {
      this.oversized = true;
      this.content.clear();
      this.lineMap = [];
      return;
    }
    this.content.append(data, start, end);
    this.lineMap.push(line);
  }

  /** The lines so far, handed over (`reuse`: in the builder's own buffer, valid until the next reset). */
  lines(reuse = false): { bytes: Buffer; lineMap: number[] } {
    return { bytes: reuse ? this.content.view() : this.content.take(), lineMap: this.lineMap };
  }

  /** Ready for the next file. */
  reset(): void {
    this.content.clear();
    this.lineMap = [];
    this.oversized = false;
  }
}

/**
 * Incremental parser: feed it chunks of patch text, it calls `emit` for each file's added lines
 * as soon as that file's section ends.
 */
export class PatchParser {
  private readonly lines = new LineSplitter((data, start, end) => this.line(data, start, end));
  private path: string | undefined;
  private inHunk = false;
  private nextLine = 0;
  private readonly added: AddedLinesBuilder;
  readonly stats: PatchStats = { binary: 0, large: 0 };

  constructor(
    private readonly emit: (fragment: Fragment) => void,
    maxFileBytes: number,
  ) {
    this.added = new AddedLinesBuilder(maxFileBytes);
  }

  push(chunk: Buffer): void {
    this.lines.push(chunk);
  }

  end(): void {
    this.lines.end();
    this.flushFile();
  }

  private line(data: Buffer, start: number, end: number): void {
    const first = data[start];
    if (this.inHunk) {
      if (first === PLUS) return this.added.add(data, start + 1, end, this.nextLine++);
      if (first === MINUS || first === BACKSLASH) return;
      if (first === AT) return this.hunk(data.toString("latin1", start, end));
    }
    if (first === 100 /* d */ && startsWith(data, start, end, DIFF_GIT)) return this.flushFile();
    if (this.inHunk) return;
    if (first === PLUS && startsWith(data, start, end, PLUS3)) {
      const target = data.subarray(start + 4, end);
      this.path = target.toString("latin1") === "/dev/null" ? undefined : stripPrefix(unquote(target));
      return;
    }
    if (first === 66 /* B */ && startsWith(data, start, end, BINARY)) {
      this.stats.binary++;
      return;
    }
    if (first === AT) this.hunk(data.toString("latin1", start, end));
  }

  private hunk(text: string): void {
    // @@ -a[,b] +c[,d] @@ (combined diffs have more than one "-" range)
    const match = /^@@+ (?:-\d+(?:,\d+)? )+\+(\d+)/.exec(text);
    this.inHunk = match !== null && this.path !== undefined;
    if (match) this.nextLine = Number(match[1]);
  }

  private flushFile(): void {
    const added = this.added;
    if (added.oversized) this.stats.large++;
    if (this.path !== undefined && added.lineMap.length > 0) {
      const { bytes, lineMap } = added.lines();
      this.emit({ path: this.path, bytes, lineMap });
    }
    added.reset();
    this.path = undefined;
    this.inHunk = false;
  }
}

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

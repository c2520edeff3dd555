// Maps byte offsets in a fragment to 1-based lines and columns (columns in UTF-16 units, as SARIF
// expects), and cuts the bounded context a finding keeps. A line may be megabytes long (minified
// code): nothing here decodes a whole line more than once, and nothing it returns holds one.

/** Characters of context a finding keeps on each side of its match, within the match's line. */
export const CONTEXT_CHARS = 200;
// a UTF-8 character is at most 4 bytes, so this many bytes always hold CONTEXT_CHARS characters
const CONTEXT_BYTES = CONTEXT_CHARS * 4;

export interface Context {
  /** at most CONTEXT_CHARS characters before the match, the match's part on this line, at most CONTEXT_CHARS after */
  text: string;
  /** 1-based column in the line where `text` begins */
  column: number;
}

export class LineIndex {
  // where each line starts, found on first use: most fragments a rule runs on have no match, and
  // then no line is ever asked for
  private found: number[] | undefined;
  // the last column asked for, so that matches met in order along one long line cost their distance, not the line's
  // length
  private lastColumn: { line: number; offset: number; column: number } | undefined;
  private lastText: { line: number; text: string } | undefined;

  constructor(private readonly bytes: Buffer) {}

  private get starts(): number[] {
    if (this.found) return this.found;
    const starts = [0];
    const bytes = this.bytes;
    for (let i = bytes.indexOf(10); i !== -1; i = bytes.indexOf(10, i + 1)) starts.push(i + 1);
    this.found = starts;
    return starts;
  }

  /** 0-based line holding the byte at `offset` */
  lineOf(offset: number): number {
    const starts = this.starts;
    let lo = 0;
    let hi = starts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (starts[mid]! <= offset) lo = mid;
      else hi = mid - 1;
    }
    return lo;
  }

  /** first byte of line `line` */
  start(line: number): number {
    return this.starts[line]!;
  }

  /** byte just past line `line`'s text, before its line ending */
  end(line: number): number {
    const start = this.starts[line]!;
    let end = line + 1 < this.starts.length ? this.starts[line + 1]! - 1 : this.bytes.length;
    if (end > start && this.bytes[end - 1] === 13) end--;
    return end;
  }

  /** 1-based column of the byte at `offset` on line `line` (0-based) */
  columnOf(line: number, offset: number): number {
    const last = this.lastColumn;
    const from =
      last && last.line === line && last.offset <= offset ? last : { line, offset: this.starts[line]!, column: 1 };
    const column = from.column + this.bytes.toString("utf8", from.offset, offset).length;
    this.lastColumn = { line, offset, column };
    return column;
  }

  /** text of line `line` (0-based), without its line ending; the last one is remembered */
  text(line: number): string {
    if (this.lastText?.line !== line)
      this.lastText = { line, text: this.bytes.toString("utf8", this.start(line), this.end(line)) };
    return this.lastText.text;
  }

  /** The bounded context of a match starting at byte `startByte` on line `line` and ending at `endByte`. */
  context(line: number, startByte: number, endByte: number): Context {
    const lineStart = this.starts[line]!;
    const lineEnd = this.end(line);
    const matchEnd = Math.min(Math.max(endByte, startByte), lineEnd);
    let from = Math.max(lineStart, startByte - CONTEXT_BYTES);
    while (from < startByte && isContinuation(this.bytes[from]!)) from++; // never start inside a character
    let to = Math.min(lineEnd, matchEnd + CONTEXT_BYTES);
    while (to > matchEnd && to < lineEnd && isContinuation(this.bytes[to]!)) to--; // nor end inside one
    let before = this.bytes.toString("utf8", from, startByte);
    if (before.length > CONTEXT_CHARS) before = dropLoneLow(before.slice(before.length - CONTEXT_CHARS));
    let after = this.bytes.toString("utf8", matchEnd, to);
    if (after.length > CONTEXT_CHARS) after = dropLoneHigh(after.slice(0, CONTEXT_CHARS));
    // a cut inside a word would show part of a neighbouring secret that redaction cannot recognise
    // any more: the part word at a cut edge is dropped
    if (startByte - Buffer.byteLength(before) > lineStart) before = before.replace(LEADING_WORD, "");
    if (matchEnd + Buffer.byteLength(after) < lineEnd) after = after.replace(TRAILING_WORD, "");
    const column = this.columnOf(line, startByte) - before.length;
    return { text: before + this.bytes.toString("utf8", startByte, matchEnd) + after, column };
  }
}

const LEADING_WORD = /^[\w+/=.~-]+/;
const TRAILING_WORD = /[\w+/=.~-]+$/;

function isContinuation(byte: number): boolean {
  return (byte & 0xc0) === 0x80;
}

/** A cut may fall between the two halves of a surrogate pair: the half left alone is dropped. */
function dropLoneLow(text: string): string {
  const first = text.charCodeAt(0);
  return first >= 0xdc00 && first <= 0xdfff ? text.slice(1) : text;
}

function dropLoneHigh(text: string): string {
  const last = text.charCodeAt(text.length - 1);
  return last >= 0xd800 && last <= 0xdbff ? text.slice(0, -1) : text;
}

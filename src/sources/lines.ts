// Splits git's output, as it arrives in chunks, into lines handed over as offsets into the chunk:
// no copy, except of the one line a chunk's end cuts in two.
const NL = 10;

/** Whether the line data[start, end) begins with `prefix`. */
export function startsWith(data: Buffer, start: number, end: number, prefix: Buffer): boolean {
  const n = prefix.length;
  if (end - start < n) return false;
  // byte by byte: the prefixes are short, and a call into Buffer.compare costs more than the loop
  for (let i = 0; i < n; i++) if (data[start + i] !== prefix[i]) return false;
  return true;
}

export class LineSplitter {
  /** the start of a line a chunk's end cut, in pieces (joined once, when its end arrives) */
  private pending: Buffer[] = [];
  private pendingBytes = 0;
  /** the line being joined is over `maxLine`: its bytes are not kept, only its end is awaited */
  private overlong = false;

  constructor(
    private readonly onLine: (data: Buffer, start: number, end: number) => void,
    /** longest line kept whole; a longer one is not handed over: `onOverlong` is told of it instead */
    private readonly maxLine = Number.POSITIVE_INFINITY,
    private readonly onOverlong: () => void = () => undefined,
  ) {}

  push(chunk: Buffer): void {
    let start = 0;
    if (this.pendingBytes > 0 || this.overlong) {
      const nl = chunk.indexOf(NL);
      if (nl === -1) return this.keep(chunk);
      this.keep(chunk.subarray(0, nl));
      this.flushPending();
      start = nl + 1;
    }
    for (let nl = chunk.indexOf(NL, start); nl !== -1; nl = chunk.indexOf(NL, start)) {
      this.onLine(chunk, start, nl);
      start = nl + 1;
    }
    if (start < chunk.length) this.keep(chunk.subarray(start));
  }

  /** The last line, if the output did not end with a newline. */
  end(): void {
    if (this.pendingBytes > 0 || this.overlong) this.flushPending();
  }

  /** Forgets a line cut short (the output stopped mid-way). */
  drop(): void {
    this.pending = [];
    this.pendingBytes = 0;
    this.overlong = false;
  }

  // kept past this call, so copied out of a chunk that may be reused
  private keep(piece: Buffer): void {
    if (this.overlong || piece.length === 0) return;
    this.pendingBytes += piece.length;
    if (this.pendingBytes > this.maxLine) {
      this.pending = [];
      this.overlong = true;
      return;
    }
    this.pending.push(Buffer.from(piece));
  }

  private flushPending(): void {
    const overlong = this.overlong;
    const line = overlong ? undefined : this.pending.length === 1 ? this.pending[0]! : Buffer.concat(this.pending);
    this.drop();
    if (line) this.onLine(line, 0, line.length);
    else this.onOverlong();
  }
}

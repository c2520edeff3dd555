// Splits git's output, as it arrives in chunks, into lines handed over as offsets into the chunk:
// no copy, except of the one line a chunk's end cuts in two.
const NL = 10;

/** Whether the line data[start, end) begins with `prefix`. */
export function startsWith(data: Buffer, start: number, end: number, prefix: Buffer): boolean {
  return end - start >= prefix.length && data.compare(prefix, 0, prefix.length, start, start + prefix.length) === 0;
}

export class LineSplitter {
  private pending: Buffer | undefined;

  constructor(private readonly onLine: (data: Buffer, start: number, end: number) => void) {}

  push(chunk: Buffer): void {
    let start = 0;
    if (this.pending) {
      const nl = chunk.indexOf(NL);
      if (nl === -1) {
        this.pending = Buffer.concat([this.pending, chunk]);
        return;
      }
      const line = Buffer.concat([this.pending, chunk.subarray(0, nl)]);
      this.pending = undefined;
      this.onLine(line, 0, line.length);
      start = nl + 1;
    }
    for (let nl = chunk.indexOf(NL, start); nl !== -1; nl = chunk.indexOf(NL, start)) {
      this.onLine(chunk, start, nl);
      start = nl + 1;
    }
    // kept past this call, so copied out of a chunk that may be reused
    this.pending = start < chunk.length ? Buffer.from(chunk.subarray(start)) : undefined;
  }

  /** The last line, if the output did not end with a newline. */
  end(): void {
    if (this.pending) this.onLine(this.pending, 0, this.pending.length);
    this.pending = undefined;
  }
}

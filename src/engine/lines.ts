// Maps byte offsets in a fragment to 1-based lines and columns (columns in UTF-16 units, as SARIF expects).

export class LineIndex {
  private readonly starts: number[] = [0];

  constructor(private readonly bytes: Buffer) {
    for (let i = bytes.indexOf(10); i !== -1; i = bytes.indexOf(10, i + 1)) this.starts.push(i + 1);
  }

  /** 0-based line holding the byte at `offset` */
  lineOf(offset: number): number {
    let lo = 0;
    let hi = this.starts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (this.starts[mid]! <= offset) lo = mid;
      else hi = mid - 1;
    }
    return lo;
  }

  /** 1-based column of the byte at `offset` on line `line` (0-based) */
  columnOf(line: number, offset: number): number {
    return this.bytes.toString("utf8", this.starts[line]!, offset).length + 1;
  }

  /** text of line `line` (0-based), without its line ending */
  text(line: number): string {
    const start = this.starts[line]!;
    let end = line + 1 < this.starts.length ? this.starts[line + 1]! - 1 : this.bytes.length;
    if (end > start && this.bytes[end - 1] === 13) end--;
    return this.bytes.toString("utf8", start, end);
  }
}

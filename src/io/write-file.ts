// Writes output files so that a failed write is always an error and a partial file never looks complete.
import {
  closeSync,
  fchmodSync,
  fsyncSync,
  lstatSync,
  openSync,
  renameSync,
  rmSync,
  writeSync,
  type Stats,
} from "node:fs";
import { basename, dirname, join } from "node:path";
import { LeakhoundError, reasonOf } from "../errors.js";

// node:crypto (for random names) costs a millisecond to load, and this module is on the pre-commit path
let tempCounter = 0;

/** Writes all of `data` to `fd`, looping over short writes; a write that makes no progress is an error. */
export function writeAll(fd: number, data: string | Buffer): void {
  let rest = typeof data === "string" ? Buffer.from(data, "utf8") : data;
  while (rest.length > 0) {
    const n = writeSync(fd, rest);
    if (n <= 0) throw Object.assign(new Error("short write"), { code: "EIO" });
    rest = rest.subarray(n);
  }
}

function existing(path: string): Stats | undefined {
  try {
    return lstatSync(path);
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code === "ENOENT") return undefined;
    throw err;
  }
}

/**
 * An output file written in pieces and closed once. A regular file (or a new one) is written to a
 * temp file beside it and renamed into place on close, so readers see the old file or the whole new
 * one. Anything else (a symlink such as /dev/stdout, a FIFO, a device) is written directly, through
 * the link, each write checked: renaming over a link would replace the link, not write the report. Every failure is a
 * LeakhoundError naming `path` and the reason.
 */
export class OutputFile {
  private readonly fd: number;
  private readonly temp: string | undefined;
  private closed = false;

  constructor(
    readonly path: string,
    private readonly what = "",
  ) {
    try {
      const stats = existing(path);
      if (stats && !stats.isFile()) {
        this.fd = openSync(path, "w");
        this.temp = undefined;
      } else {
        // unique per process and call; opened exclusively, so a name taken by anything else fails rather than
        // overwrites
        this.temp = join(
          dirname(path),
          `.${basename(path)}.${process.pid}.${Date.now().toString(36)}.${++tempCounter}.tmp`,
        );
        this.fd = openSync(this.temp, "wx", 0o666);
        // a file replaced keeps its permissions
        if (stats) fchmodSync(this.fd, stats.mode & 0o7777);
      }
    } catch (err) {
      throw this.failure(err);
    }
  }

  write(data: string | Buffer): void {
    try {
      writeAll(this.fd, data);
    } catch (err) {
      this.abandon();
      throw this.failure(err);
    }
  }

  /** Makes the file complete: flushed, closed, and (for a regular file) renamed into place. */
  close(): void {
    if (this.closed) return;
    try {
      // a full disk or quota may only show when the data is flushed
      if (this.temp) fsyncSync(this.fd);
      this.closed = true;
      closeSync(this.fd);
      if (this.temp) renameSync(this.temp, this.path);
    } catch (err) {
      this.abandon();
      throw this.failure(err);
    }
  }

  /** Closes without completing: the temp file goes, the target is left as it was. */
  abandon(): void {
    if (!this.closed) {
      this.closed = true;
      try {
        closeSync(this.fd);
      } catch {}
    }
    if (this.temp) rmSync(this.temp, { force: true });
  }

  private failure(err: unknown): LeakhoundError {
    if (err instanceof LeakhoundError) return err;
    return new LeakhoundError("OUTPUT_FAILED", `cannot write ${this.what}${this.path}: ${reasonOf(err)}`, {
      cause: err,
    });
  }
}

/** Writes a whole file safely (see OutputFile); `what` names it in the error, e.g. "baseline ". */
export function writeWholeFile(path: string, data: string | Buffer, what = ""): void {
  const file = new OutputFile(path, what);
  file.write(data);
  file.close();
}

/** Appends to a log or summary file, every write checked: a log is never rewritten, so no rename. */
export function appendChecked(path: string, data: string | Buffer, what = ""): void {
  let fd: number | undefined;
  try {
    fd = openSync(path, "a");
    writeAll(fd, data);
    const opened = fd;
    fd = undefined;
    closeSync(opened);
  } catch (err) {
    if (fd !== undefined) {
      try {
        closeSync(fd);
      } catch {}
    }
    throw new LeakhoundError("OUTPUT_FAILED", `cannot write ${what}${path}: ${reasonOf(err)}`, { cause: err });
  }
}

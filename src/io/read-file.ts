// Reads a settings file the scanned folder may have chosen (a baseline, a .gitleaksignore) only when
// it is a regular file: a FIFO there would block the scan for ever, /dev/zero would fill memory.
import { closeSync, constants, fstatSync, openSync, readFileSync } from "node:fs";

/** The file's text; throws (code ENOTREG) when it is not a regular file, without blocking on it. */
export function readRegularFile(path: string): string {
  // O_NONBLOCK: opening a FIFO for reading would otherwise wait for a writer
  const fd = openSync(path, constants.O_RDONLY | (constants.O_NONBLOCK ?? 0));
  try {
    if (!fstatSync(fd).isFile()) throw Object.assign(new Error("not a regular file"), { code: "ENOTREG" });
    return readFileSync(fd, "utf8");
  } finally {
    closeSync(fd);
  }
}

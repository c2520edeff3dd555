import {
  LeakhoundError,
  reasonOf
} from "./chunk-J2RLNSZZ.mjs";

// src/report/redact.ts
var ELLIPSIS = "\u2026";
var FULLY_REDACTED = "REDACTED";
var showsSecrets = (redaction) => redaction === 0;
function redact(secret, redaction = "default") {
  if (redaction === 0) return secret;
  if (redaction === 100) return FULLY_REDACTED;
  const chars = [...secret];
  let keep = Math.min(4, Math.floor(chars.length / 4));
  if (redaction !== "default") keep = Math.min(keep, Math.floor(chars.length * (100 - redaction) / 100));
  return chars.slice(0, keep).join("") + ELLIPSIS;
}
function redactIn(text, secret, redaction = "default") {
  return secret.length === 0 || redaction === 0 ? text : text.split(secret).join(redact(secret, redaction));
}
function redactLine(line, secret, startColumn, redaction = "default") {
  if (redaction === 0) return line;
  if (line.includes(secret)) return redactIn(line, secret, redaction);
  return line.slice(0, startColumn - 1) + redact(secret, redaction);
}

// src/io/write-file.ts
import { closeSync, fchmodSync, fsyncSync, lstatSync, openSync, renameSync, rmSync, writeSync } from "node:fs";
import { randomBytes } from "node:crypto";
import { basename, dirname, join } from "node:path";
function writeAll(fd, data) {
  let rest = typeof data === "string" ? Buffer.from(data, "utf8") : data;
  while (rest.length > 0) {
    const n = writeSync(fd, rest);
    if (n <= 0) throw Object.assign(new Error("short write"), { code: "EIO" });
    rest = rest.subarray(n);
  }
}
function existing(path) {
  try {
    return lstatSync(path);
  } catch (err) {
    if (err.code === "ENOENT") return void 0;
    throw err;
  }
}
var OutputFile = class {
  constructor(path, what = "") {
    this.path = path;
    this.what = what;
    try {
      const stats = existing(path);
      if (stats && !stats.isFile()) {
        this.fd = openSync(path, "w");
        this.temp = void 0;
      } else {
        this.temp = join(dirname(path), `.${basename(path)}.${process.pid}.${randomBytes(4).toString("hex")}.tmp`);
        this.fd = openSync(this.temp, "wx", 438);
        if (stats) fchmodSync(this.fd, stats.mode & 4095);
      }
    } catch (err) {
      throw this.failure(err);
    }
  }
  path;
  what;
  fd;
  temp;
  closed = false;
  write(data) {
    try {
      writeAll(this.fd, data);
    } catch (err) {
      this.abandon();
      throw this.failure(err);
    }
  }
  /** Makes the file complete: flushed, closed, and (for a regular file) renamed into place. */
  close() {
    if (this.closed) return;
    try {
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
  abandon() {
    if (!this.closed) {
      this.closed = true;
      try {
        closeSync(this.fd);
      } catch {
      }
    }
    if (this.temp) rmSync(this.temp, { force: true });
  }
  failure(err) {
    if (err instanceof LeakhoundError) return err;
    return new LeakhoundError("OUTPUT_FAILED", `cannot write ${this.what}${this.path}: ${reasonOf(err)}`, { cause: err });
  }
};
function writeWholeFile(path, data, what = "") {
  const file = new OutputFile(path, what);
  file.write(data);
  file.close();
}
function appendChecked(path, data, what = "") {
  let fd;
  try {
    fd = openSync(path, "a");
    writeAll(fd, data);
    const opened = fd;
    fd = void 0;
    closeSync(opened);
  } catch (err) {
    if (fd !== void 0) {
      try {
        closeSync(fd);
      } catch {
      }
    }
    throw new LeakhoundError("OUTPUT_FAILED", `cannot write ${what}${path}: ${reasonOf(err)}`, { cause: err });
  }
}

export {
  OutputFile,
  writeWholeFile,
  appendChecked,
  showsSecrets,
  redact,
  redactIn,
  redactLine
};

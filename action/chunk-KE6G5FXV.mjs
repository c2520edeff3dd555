import {
  Detector
} from "./chunk-DIVQNKH2.mjs";
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
var MAX_REMEMBERED = 2048;
var Redactor = class {
  constructor(rules) {
    this.rules = rules;
  }
  rules;
  detector;
  remembered = /* @__PURE__ */ new Map();
  /**
   * `text` with every secret in it, and each of `known` wherever it occurs, redacted. `path` is the
   * file the text is from, so that rules about a file format apply to it too.
   */
  mask(text, known = [], path = "<echoed text>", redaction = "default") {
    if (text.length === 0 || redaction === 0) return text;
    const secrets = new Set([...this.secretsIn(text, path), ...known].filter((s) => s.length > 0));
    let out = text;
    for (const secret of [...secrets].sort((a, b) => b.length - a.length)) out = redactIn(out, secret, redaction);
    return out;
  }
  /**
   * A finding's context as shown: every secret in it masked; when the finding's secret runs past
   * the end of the line (a key block), the line is cut where the secret starts.
   */
  context(finding, redaction = "default") {
    const { context, secret } = finding;
    if (redaction === 0) return context;
    if (secret === "" || context.includes(secret)) return this.mask(context, [secret], finding.path, redaction);
    const at = Math.max(0, finding.startColumn - finding.contextColumn);
    return this.mask(context.slice(0, at), [secret], finding.path, redaction) + redact(secret, redaction);
  }
  /** Every text a secret of some rule occupies in `text`: the raw span of each finding and its (decoded) secret. */
  secretsIn(text, path) {
    const key = `${path}\0${text}`;
    const cached = this.remembered.get(key);
    if (cached) return cached;
    this.detector ??= new Detector(this.rules);
    const lineStarts = [0];
    for (let i = text.indexOf("\n"); i !== -1; i = text.indexOf("\n", i + 1)) lineStarts.push(i + 1);
    const found = [];
    for (const f of this.detector.detect({ path, bytes: Buffer.from(text, "utf8") })) {
      found.push(f.secret);
      const start = (lineStarts[f.startLine - 1] ?? 0) + f.startColumn - 1;
      const end = (lineStarts[f.endLine - 1] ?? 0) + f.endColumn - 1;
      if (end > start) found.push(text.slice(start, end));
    }
    if (this.remembered.size >= MAX_REMEMBERED) this.remembered.clear();
    this.remembered.set(key, found);
    return found;
  }
};

// src/io/write-file.ts
import { closeSync, fchmodSync, fsyncSync, lstatSync, openSync, renameSync, rmSync, writeSync } from "node:fs";
import { basename, dirname, join } from "node:path";
var tempCounter = 0;
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
        this.temp = join(dirname(path), `.${basename(path)}.${process.pid}.${Date.now().toString(36)}.${++tempCounter}.tmp`);
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
  Redactor
};

// src/sources/patch.ts
var COMMIT_MARKER = "leakhound-commit ";
var LOG_FORMAT = `format:${COMMIT_MARKER}%H%n%an%n%ae%n%aI%n%s`;
var NL = 10;
var PLUS = 43;
var MINUS = 45;
var AT = 64;
var BACKSLASH = 92;
var MARKER_BYTES = Buffer.from(COMMIT_MARKER, "latin1");
var DIFF_GIT = Buffer.from("diff --git ");
var PLUS3 = Buffer.from("+++ ");
var BINARY = Buffer.from("Binary files ");
var ByteBuilder = class {
  // starts small (a staged change is a few KB) and doubles as a large file needs it
  buf = Buffer.allocUnsafe(4096);
  length = 0;
  append(src, start, end) {
    const need = this.length + (end - start) + 1;
    if (need > this.buf.length) {
      const bigger = Buffer.allocUnsafe(Math.max(need, this.buf.length * 2));
      this.buf.copy(bigger, 0, 0, this.length);
      this.buf = bigger;
    }
    this.length += src.copy(this.buf, this.length, start, end);
    this.buf[this.length++] = NL;
  }
  /** The content (handed over, not copied), and a fresh buffer for the next file. */
  take() {
    const out = this.buf.subarray(0, this.length);
    this.buf = Buffer.allocUnsafe(Math.min(Math.max(4096, this.length * 2), 1024 * 1024));
    this.length = 0;
    return out;
  }
  /** Forgets the content, keeping the buffer. */
  clear() {
    this.length = 0;
  }
};
function startsWith(data, start, end, prefix) {
  return end - start >= prefix.length && data.compare(prefix, 0, prefix.length, start, start + prefix.length) === 0;
}
var PatchParser = class {
  constructor(emit, maxFileBytes) {
    this.emit = emit;
    this.maxFileBytes = maxFileBytes;
  }
  emit;
  maxFileBytes;
  pending;
  commit;
  headerLines;
  path;
  inHunk = false;
  nextLine = 0;
  content = new ByteBuilder();
  lineMap = [];
  oversized = false;
  stats = { commits: 0, binary: 0, large: 0 };
  push(chunk) {
    let start = 0;
    if (this.pending) {
      const nl = chunk.indexOf(NL);
      if (nl === -1) {
        this.pending = Buffer.concat([this.pending, chunk]);
        return;
      }
      const line = Buffer.concat([this.pending, chunk.subarray(0, nl)]);
      this.pending = void 0;
      this.line(line, 0, line.length);
      start = nl + 1;
    }
    for (let nl = chunk.indexOf(NL, start); nl !== -1; nl = chunk.indexOf(NL, start)) {
      this.line(chunk, start, nl);
      start = nl + 1;
    }
    this.pending = start < chunk.length ? Buffer.from(chunk.subarray(start)) : void 0;
  }
  end() {
    if (this.pending) this.line(this.pending, 0, this.pending.length);
    this.pending = void 0;
    this.flushFile();
  }
  line(data, start, end) {
    const first = data[start];
    if (this.inHunk) {
      if (first === PLUS) return this.added(data, start + 1, end);
      if (first === MINUS || first === BACKSLASH) return;
      if (first === AT) return this.hunk(data.toString("latin1", start, end));
    }
    if (this.headerLines) {
      this.headerLines.push(data.toString("utf8", start, end));
      if (this.headerLines.length === 5) {
        const [hash, author, email, date, message] = this.headerLines;
        this.commit = { commit: hash, author, email, date, message };
        this.headerLines = void 0;
      }
      return;
    }
    if (first === 1 && startsWith(data, start, end, MARKER_BYTES)) {
      this.flushFile();
      this.stats.commits++;
      this.headerLines = [data.toString("latin1", start + MARKER_BYTES.length, end)];
      return;
    }
    if (first === 100 && startsWith(data, start, end, DIFF_GIT)) return this.flushFile();
    if (this.inHunk) return;
    if (first === PLUS && startsWith(data, start, end, PLUS3)) {
      const target = data.subarray(start + 4, end);
      this.path = target.toString("latin1") === "/dev/null" ? void 0 : stripPrefix(unquote(target));
      return;
    }
    if (first === 66 && startsWith(data, start, end, BINARY)) {
      this.stats.binary++;
      return;
    }
    if (first === AT) this.hunk(data.toString("latin1", start, end));
  }
  hunk(text) {
    const match = /^@@+ (?:-\d+(?:,\d+)? )+\+(\d+)/.exec(text);
    this.inHunk = match !== null && this.path !== void 0;
    if (match) this.nextLine = Number(match[1]);
  }
  added(data, start, end) {
    if (this.oversized) return;
    if (this.content.length + (end - start) + 1 > this.maxFileBytes) {
      this.oversized = true;
      this.content.clear();
      this.lineMap = [];
      return;
    }
    this.content.append(data, start, end);
    this.lineMap.push(this.nextLine++);
  }
  flushFile() {
    if (this.oversized) this.stats.large++;
    if (this.path !== void 0 && this.lineMap.length > 0) {
      this.emit({
        path: this.path,
        bytes: this.content.take(),
        lineMap: this.lineMap,
        ...this.commit ? { git: this.commit } : {}
      });
    } else {
      this.content.clear();
    }
    this.path = void 0;
    this.inHunk = false;
    this.lineMap = [];
    this.oversized = false;
  }
};
function stripPrefix(path) {
  return path.startsWith("b/") ? path.slice(2) : path;
}
function unquote(raw) {
  if (raw[0] !== 34) return raw.toString("utf8");
  const out = [];
  const escapes = { n: 10, t: 9, r: 13, a: 7, b: 8, f: 12, v: 11, '"': 34, "\\": 92 };
  for (let i = 1; i < raw.length - 1; i++) {
    const byte = raw[i];
    if (byte !== 92) {
      out.push(byte);
      continue;
    }
    const next = String.fromCharCode(raw[i + 1]);
    if (/[0-7]/.test(next)) {
      out.push(parseInt(raw.toString("latin1", i + 1, i + 4), 8));
      i += 3;
    } else {
      out.push(escapes[next] ?? raw[i + 1]);
      i += 1;
    }
  }
  return Buffer.from(out).toString("utf8");
}

export {
  LOG_FORMAT,
  PatchParser
};

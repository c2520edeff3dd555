var __defProp = Object.defineProperty;
var __getOwnPropNames = Object.getOwnPropertyNames;
var __esm = (fn, res, err) => function __init() {
  if (err) throw err[0];
  try {
    return fn && (res = (0, fn[__getOwnPropNames(fn)[0]])(fn = 0)), res;
  } catch (e) {
    throw err = [e], e;
  }
};
var __export = (target, all) => {
  for (var name in all)
    __defProp(target, name, { get: all[name], enumerable: true });
};

// src/errors.ts
function reasonOf(err) {
  if (err instanceof Error) {
    const code = err.code;
    if (code === "ENOENT") return "no such file or directory";
    if (code === "EACCES" || code === "EPERM") return "permission denied";
    if (code === "EISDIR") return "is a directory";
    const described = code ? ERRNO_REASONS[code] : void 0;
    if (described) return `${described} (${code})`;
    return err.message.split("\n")[0] ?? String(err);
  }
  return String(err);
}
var LeakhoundError, ERRNO_REASONS;
var init_errors = __esm({
  "src/errors.ts"() {
    "use strict";
    LeakhoundError = class extends Error {
      code;
      constructor(code, message, options) {
        super(message, options);
        this.name = "LeakhoundError";
        this.code = code;
      }
    };
    ERRNO_REASONS = {
      ENOSPC: "no space left on device",
      EDQUOT: "disk quota exceeded",
      EFBIG: "file too large",
      EROFS: "read-only file system",
      ENOTDIR: "a parent of the path is not a directory",
      EPIPE: "the reader closed the pipe",
      EIO: "input/output error"
    };
  }
});

// src/io/write-file.ts
import {
  closeSync,
  fchmodSync,
  fsyncSync,
  lstatSync,
  openSync,
  renameSync,
  rmSync,
  writeSync
} from "node:fs";
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
var tempCounter, OutputFile;
var init_write_file = __esm({
  "src/io/write-file.ts"() {
    "use strict";
    init_errors();
    tempCounter = 0;
    OutputFile = class {
      constructor(path, what = "") {
        this.path = path;
        this.what = what;
        try {
          const stats = existing(path);
          if (stats && !stats.isFile()) {
            this.fd = openSync(path, "w");
            this.temp = void 0;
          } else {
            this.temp = join(
              dirname(path),
              `.${basename(path)}.${process.pid}.${Date.now().toString(36)}.${++tempCounter}.tmp`
            );
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
        return new LeakhoundError("OUTPUT_FAILED", `cannot write ${this.what}${this.path}: ${reasonOf(err)}`, {
          cause: err
        });
      }
    };
  }
});

// src/report/inert.ts
function inert(text) {
  return text.replace(UNSAFE, (c) => NAMED[c] ?? (c.charCodeAt(0) < 256 ? `\\x${hex(c, 2)}` : `\\u${hex(c, 4)}`));
}
function inertJson(json3) {
  return json3.replace(UNSAFE_IN_JSON, (c) => `\\u${hex(c, 4)}`);
}
var UNSAFE, UNSAFE_IN_JSON, NAMED, hex;
var init_inert = __esm({
  "src/report/inert.ts"() {
    "use strict";
    UNSAFE = /[\u0000-\u001f\u007f-\u009f\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069\u2028\u2029]/g;
    UNSAFE_IN_JSON = /[\u007f-\u009f\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069\u2028\u2029]/g;
    NAMED = { "	": "\\t", "\n": "\\n", "\r": "\\r" };
    hex = (c, width) => c.charCodeAt(0).toString(16).padStart(width, "0");
  }
});

// src/filters/glob.ts
import { createRequire } from "node:module";
function globMatcher(patterns) {
  if (!patterns?.length) return void 0;
  const anchored = patterns.map((p) => p.includes("/") ? p.replace(/^\.?\//, "") : `**/${p}`);
  const picomatch = require2("picomatch");
  return picomatch(anchored, { dot: true });
}
var require2;
var init_glob = __esm({
  "src/filters/glob.ts"() {
    "use strict";
    require2 = createRequire(import.meta.url);
  }
});

// src/filters/allowlist.ts
import RE2 from "re2";
function compileRegex(source, flags2, where) {
  try {
    return new RE2(source, flags2);
  } catch (err) {
    const why = err instanceof Error ? err.message : String(err);
    throw new LeakhoundError("BAD_RULE", `${where}: invalid regex ${JSON.stringify(source)}: ${why}`);
  }
}
var AllowSpec, Allowlist;
var init_allowlist = __esm({
  "src/filters/allowlist.ts"() {
    "use strict";
    init_errors();
    init_glob();
    AllowSpec = class {
      pathGlobs;
      pathRegexes;
      regexes;
      stopwords;
      commits;
      target;
      all;
      /** `where` names the rule or config the allowlist came from, for error messages. */
      constructor(spec, where) {
        this.pathGlobs = globMatcher(spec.paths);
        this.pathRegexes = spec.pathRegexes.map((source) => compileRegex(source, "", where));
        this.regexes = spec.regexes.map((source) => compileRegex(source, "", where));
        this.stopwords = spec.stopwords.map((w) => w.toLowerCase());
        this.commits = spec.commits.map((c) => c.toLowerCase());
        this.target = spec.regexTarget;
        this.all = spec.condition === "and";
      }
      get isEmpty() {
        return !this.pathGlobs && this.pathRegexes.length + this.regexes.length + this.stopwords.length + this.commits.length === 0;
      }
      get hasPathCriterion() {
        return this.pathGlobs !== void 0 || this.pathRegexes.length > 0;
      }
      pathMatches(path) {
        return (this.pathGlobs?.(path) ?? false) || this.pathRegexes.some((re) => re.test(path));
      }
      /** True when every finding in this path is allowed (the path criterion alone decides). */
      allowsPath(path) {
        if (!this.hasPathCriterion) return false;
        if (this.all && this.regexes.length + this.stopwords.length + this.commits.length > 0) return false;
        return this.pathMatches(path);
      }
      allows(candidate) {
        const checks = [];
        if (this.hasPathCriterion) checks.push(this.pathMatches(candidate.path));
        if (this.commits.length > 0) {
          const commit = candidate.commit?.toLowerCase();
          checks.push(commit !== void 0 && this.commits.some((c) => commit.startsWith(c)));
        }
        if (this.stopwords.length > 0) {
          const secret = candidate.secret.toLowerCase();
          checks.push(this.stopwords.some((w) => secret.includes(w)));
        }
        if (this.regexes.length > 0) {
          const subject = candidate[this.target];
          checks.push(this.regexes.some((re) => re.test(subject)));
        }
        if (checks.length === 0) return false;
        return this.all ? checks.every(Boolean) : checks.some(Boolean);
      }
    };
    Allowlist = class {
      specs;
      constructor(specs, where) {
        this.specs = specs.map((spec) => new AllowSpec(spec, where)).filter((spec) => !spec.isEmpty);
      }
      get isEmpty() {
        return this.specs.length === 0;
      }
      allowsPath(path) {
        return this.specs.some((spec) => spec.allowsPath(path));
      }
      allows(candidate) {
        return this.specs.some((spec) => spec.allows(candidate));
      }
    };
  }
});

// src/filters/inline.ts
function inlineAllowed(bytes, lines2, line) {
  let known = verdicts.get(lines2);
  if (!known) verdicts.set(lines2, known = /* @__PURE__ */ new Map());
  let allowed = known.get(line);
  if (allowed === void 0) {
    const text = bytes.subarray(lines2.start(line), lines2.end(line));
    allowed = MARKERS.some((m) => text.includes(m));
    known.set(line, allowed);
  }
  return allowed;
}
function hasInlineAllow(line) {
  return MARKER_TEXTS.some((m) => line.includes(m));
}
function withoutInlineAllow(line) {
  return MARKER_TEXTS.reduce((text, m) => text.split(m).join(" ".repeat(m.length)), line);
}
var MARKER_TEXTS, MARKERS, verdicts;
var init_inline = __esm({
  "src/filters/inline.ts"() {
    "use strict";
    MARKER_TEXTS = ["leakhound:allow", "gitleaks:allow"];
    MARKERS = MARKER_TEXTS.map((m) => Buffer.from(m, "latin1"));
    verdicts = /* @__PURE__ */ new WeakMap();
  }
});

// src/filters/placeholder.ts
function isPlaceholder(value, after = "", context = {}) {
  if (value.length < 4) return true;
  if (CODE_FOLLOWS.has(after.charAt(0)) || after.charAt(0) === "<" && after.charAt(1) !== "/") return true;
  if (LOCATION.test(value) || SLASHED_PATH.test(value)) return true;
  const { name } = context;
  if (name === void 0 || namesIdentifier(name)) {
    if (UUID.test(value) || OBJECT_ID.test(value) || DOTTED_PATH.test(value)) return true;
  }
  if (ONE_CHAR_REPEATED.test(value)) return true;
  if (TEMPLATE.test(value) || PRINTF_VERB.test(value) || CODE_START.test(value)) return true;
  if (CODE_REFERENCE.test(value) || isMemberPath(value)) return true;
  if (!context.fileFormat && (isIdentifier(value) || isPhrase(value))) return true;
  if (PLACEHOLDER_WORDS.test(value) || PLACEHOLDER_WORDS_CS.test(value) || PLACEHOLDER_START.test(value)) return true;
  if (TYPED_RUNS.test(value) || TIMESTAMP.test(value)) return true;
  return false;
}
function isDocumentationExample(secret) {
  return /EXAMPLE/i.test(secret) || /x{6,}|0{10,}|1234567890/i.test(secret);
}
function isNonSecretName(name) {
  const parts = nameParts(name);
  if (parts.length === 0) return false;
  if (parts.some((part) => NON_SECRET_PARTS.test(part))) return true;
  const last = parts[parts.length - 1];
  if (last === "id" && parts[parts.length - 2] === "access") return false;
  return NON_SECRET_LAST_PARTS.has(last);
}
function namesIdentifier(name) {
  return nameParts(name).some((part) => ID_NAME_PARTS.has(part));
}
function nameParts(name) {
  const parts = (name.match(NAME_PARTS) ?? []).map((p) => p.toLowerCase());
  const joined = [];
  for (const part of parts) {
    if (/^[0-9]+$/.test(part) && joined.length > 0) joined[joined.length - 1] += part;
    else joined.push(part);
  }
  return joined;
}
function isMemberPath(value) {
  if (!DOTTED_PATH.test(value)) return false;
  if (value.length <= 30 && !/[0-9]/.test(value)) return true;
  return value.split(".").every((segment) => {
    const letters = segment.replace(/[$_0-9]/g, "");
    return letters.length <= 4 || isIdentifier(letters);
  });
}
function isPhrase(value) {
  const joined = value.replace(/%[0-9A-Fa-f]{2}/g, "-").replace(/[^A-Za-z0-9]+/g, "-");
  return joined !== value && /[A-Za-z]/.test(joined) && isIdentifier(joined);
}
function isIdentifier(value) {
  const name = value.replace(/^[^A-Za-z0-9]+|[^A-Za-z0-9]+$/g, "");
  const withDigits = !LETTERS_ONLY.test(name);
  if (withDigits) {
    if (!LETTERS_AND_DIGITS.test(name)) return false;
    const numbers = name.match(/[0-9]+/g) ?? [];
    const digits = numbers.reduce((n, run3) => n + run3.length, 0);
    if (numbers.length > 2 || numbers.some((run3) => run3.length > 4) || digits * 4 > name.length) return false;
    if (!/^[A-Z0-9_.-]+$/.test(name) && !CAPITAL_STARTS_WORD.test(name)) return false;
  }
  const parts = (name.match(WORD_PARTS) ?? []).filter((part) => part.length > 1);
  if (parts.length === 0) return false;
  const averageLength = parts.reduce((n, p) => n + p.length, 0) / Math.max(1, parts.length);
  const wordLike = (part) => (part.length >= 2 && HAS_VOWEL.test(part) || /^[A-Z]{2,5}$/.test(part)) && (!withDigits || part.length <= 3 || (part.match(/[aeiouy]/gi) ?? []).length * 4 >= part.length);
  return averageLength >= 3.5 && parts.every(wordLike);
}
var TEMPLATE, PRINTF_VERB, CODE_START, PLACEHOLDER_WORDS_CS, PLACEHOLDER_WORDS, TYPED_RUNS, TIMESTAMP, PLACEHOLDER_START, CODE_REFERENCE, SLASHED_PATH, UUID, OBJECT_ID, DOTTED_PATH, ID_NAME_PARTS, NON_SECRET_LAST_PARTS, NON_SECRET_PARTS, LETTERS_ONLY, LETTERS_AND_DIGITS, WORD_PARTS, NAME_PARTS, HAS_VOWEL, CAPITAL_STARTS_WORD, ONE_CHAR_REPEATED, CODE_FOLLOWS, LOCATION;
var init_placeholder = __esm({
  "src/filters/placeholder.ts"() {
    "use strict";
    TEMPLATE = /\$\{|\{\{|\$\(|%\(|#\{|<[^>]*>|^\$[A-Za-z_]|^%[A-Za-z_]+%$|^\[.*\]$/;
    PRINTF_VERB = /%[sdvq]/;
    CODE_START = /^(?:[&*%]|\+[A-Za-z_$][\w$.]*\+$)/;
    PLACEHOLDER_WORDS_CS = /xxxx|XXXX/;
    PLACEHOLDER_WORDS = /example|placeholder|changeme|change_me|dummy|redacted|replace|insert|sample|\*\*\*|###|\.\.\.|secret|passw|token|api_?key/i;
    TYPED_RUNS = /abcdef|bcdefg|012345|123456|234567|345678|456789|987654|876543|765432|654321/i;
    TIMESTAMP = /^(?:\d{4}-\d{2}-\d{2}(?:[T ]\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?(?:Z|[+-]\d{2}:?\d{2})?)?|1\d{9}|1\d{12})$/;
    PLACEHOLDER_START = /^(?:your|my|todo|fake|test|dummy|undefined|null|none|nil|true|false|string|value|default|enter|put|add)(?:$|[_. -])/i;
    CODE_REFERENCE = /^(?:process\.env|os\.environ|os\.getenv|env\.|ENV\[|config\.|settings\.|this\.|self\.|props\.|params\.|req\.|request\.|args\.|options\.|opts\.)/;
    SLASHED_PATH = /^(?=[^/]*\/[^/]*\/)(?=.*[-_])[\w.\-/]+$/;
    UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
    OBJECT_ID = /^(?:[0-9a-f]{40}|[0-9a-f]{64})$/i;
    DOTTED_PATH = /^[A-Za-z_$][\w$]*(?:\.[A-Za-z_$][\w$]*)+$/;
    ID_NAME_PARTS = /* @__PURE__ */ new Set([
      "id",
      "ids",
      "sha",
      "sha1",
      "sha256",
      "sha512",
      "commit",
      "hash",
      "digest",
      "ref",
      "version",
      "uuid",
      "guid",
      "rev",
      "revision"
    ]);
    NON_SECRET_LAST_PARTS = /* @__PURE__ */ new Set([
      "id",
      "ids",
      "name",
      "names",
      "url",
      "urls",
      "uri",
      "host",
      "hostname",
      "path",
      "paths"
    ]);
    NON_SECRET_PARTS = /^(?:csrf|xsrf|public\w*)$/i;
    LETTERS_ONLY = /^[A-Za-z_.-]+$/;
    LETTERS_AND_DIGITS = /^[A-Za-z][A-Za-z0-9_.-]*$/;
    WORD_PARTS = /[A-Z]?[a-z]+|[A-Z]+(?![a-z])/g;
    NAME_PARTS = /[A-Z]?[a-z]+|[A-Z]+(?![a-z])|[0-9]+/g;
    HAS_VOWEL = /[aeiouy]/i;
    CAPITAL_STARTS_WORD = /^(?:[a-z0-9_.-]|[A-Z](?=[a-z0-9_.-]|$))+$/;
    ONE_CHAR_REPEATED = /^(.)\1*$/;
    CODE_FOLLOWS = /* @__PURE__ */ new Set(["(", "[", "."]);
    LOCATION = /^(?:\.{1,2}\/|~\/|\/[a-z_][a-z0-9_.-]{2,}\/|[A-Za-z][A-Za-z0-9+.-]*:\/\/)/;
  }
});

// src/engine/checksum.ts
import { createRequire as createRequire2 } from "node:module";
function crc32(text) {
  return require3("node:zlib").crc32(text);
}
function base62(n, width) {
  let out = "";
  for (let v = n; v > 0; v = Math.floor(v / 62)) out = BASE62[v % 62] + out;
  return out.padStart(width, "0");
}
function validBase62Crc32(token) {
  const sep3 = token.indexOf("_");
  const body = token.slice(sep3 + 1);
  if (body.length !== 36) return false;
  return base62(crc32(body.slice(0, 30)), 6) === body.slice(30);
}
function validDiscordSnowflake(token) {
  const first = token.slice(0, token.indexOf("."));
  if (!/^[A-Za-z0-9_-]{23,27}$/.test(first)) return false;
  const id = Buffer.from(first, "base64url").toString("latin1");
  if (Buffer.from(id, "latin1").toString("base64url") !== first) return false;
  if (!/^[1-9][0-9]{16,19}$/.test(id)) return false;
  const createdMs = (BigInt(id) >> 22n) + DISCORD_EPOCH_MS;
  return createdMs > DISCORD_EPOCH_MS && createdMs < SNOWFLAKE_LATEST_MS;
}
var require3, BASE62, DISCORD_EPOCH_MS, SNOWFLAKE_LATEST_MS, CHECKSUMS;
var init_checksum = __esm({
  "src/engine/checksum.ts"() {
    "use strict";
    require3 = createRequire2(import.meta.url);
    BASE62 = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz";
    DISCORD_EPOCH_MS = 1420070400000n;
    SNOWFLAKE_LATEST_MS = 2208988800000n;
    CHECKSUMS = { "base62-crc32": validBase62Crc32, "discord-snowflake": validDiscordSnowflake };
  }
});

// src/engine/entropy.ts
function shannonEntropy(text) {
  if (text.length === 0) return 0;
  const counts = /* @__PURE__ */ new Map();
  for (const ch of text) counts.set(ch, (counts.get(ch) ?? 0) + 1);
  const length = [...text].length;
  let bits = 0;
  for (const n of counts.values()) {
    const p = n / length;
    bits -= p * Math.log2(p);
  }
  return bits;
}
var init_entropy = __esm({
  "src/engine/entropy.ts"() {
    "use strict";
  }
});

// src/engine/fingerprint.ts
import { createRequire as createRequire3 } from "node:module";
function fingerprint(ruleId, secret) {
  crypto ??= require4("node:crypto");
  return crypto.createHash("sha256").update(`leakhound/v1\0${ruleId}\0${secret}`).digest("hex").slice(0, 32);
}
var require4, crypto;
var init_fingerprint = __esm({
  "src/engine/fingerprint.ts"() {
    "use strict";
    require4 = createRequire3(import.meta.url);
  }
});

// src/engine/lines.ts
function isContinuation(byte) {
  return (byte & 192) === 128;
}
function dropLoneLow(text) {
  const first = text.charCodeAt(0);
  return first >= 56320 && first <= 57343 ? text.slice(1) : text;
}
function dropLoneHigh(text) {
  const last = text.charCodeAt(text.length - 1);
  return last >= 55296 && last <= 56319 ? text.slice(0, -1) : text;
}
var CONTEXT_CHARS, CONTEXT_BYTES, LineIndex, LEADING_WORD, TRAILING_WORD;
var init_lines = __esm({
  "src/engine/lines.ts"() {
    "use strict";
    CONTEXT_CHARS = 200;
    CONTEXT_BYTES = CONTEXT_CHARS * 4;
    LineIndex = class {
      constructor(bytes) {
        this.bytes = bytes;
      }
      bytes;
      // where each line starts, found on first use: most fragments a rule runs on have no match, and
      // then no line is ever asked for
      found;
      // the last column asked for, so that matches met in order along one long line cost their distance, not the line's
      // length
      lastColumn;
      lastText;
      get starts() {
        if (this.found) return this.found;
        const starts = [0];
        const bytes = this.bytes;
        for (let i = bytes.indexOf(10); i !== -1; i = bytes.indexOf(10, i + 1)) starts.push(i + 1);
        this.found = starts;
        return starts;
      }
      /** 0-based line holding the byte at `offset` */
      lineOf(offset) {
        const starts = this.starts;
        let lo = 0;
        let hi = starts.length - 1;
        while (lo < hi) {
          const mid = lo + hi + 1 >> 1;
          if (starts[mid] <= offset) lo = mid;
          else hi = mid - 1;
        }
        return lo;
      }
      /** first byte of line `line` */
      start(line) {
        return this.starts[line];
      }
      /** byte just past line `line`'s text, before its line ending */
      end(line) {
        const start = this.starts[line];
        let end = line + 1 < this.starts.length ? this.starts[line + 1] - 1 : this.bytes.length;
        if (end > start && this.bytes[end - 1] === 13) end--;
        return end;
      }
      /** 1-based column of the byte at `offset` on line `line` (0-based) */
      columnOf(line, offset) {
        const last = this.lastColumn;
        const from = last && last.line === line && last.offset <= offset ? last : { line, offset: this.starts[line], column: 1 };
        const column = from.column + this.bytes.toString("utf8", from.offset, offset).length;
        this.lastColumn = { line, offset, column };
        return column;
      }
      /** text of line `line` (0-based), without its line ending; the last one is remembered */
      text(line) {
        if (this.lastText?.line !== line)
          this.lastText = { line, text: this.bytes.toString("utf8", this.start(line), this.end(line)) };
        return this.lastText.text;
      }
      /** The bounded context of a match starting at byte `startByte` on line `line` and ending at `endByte`. */
      context(line, startByte, endByte) {
        const lineStart = this.starts[line];
        const lineEnd = this.end(line);
        const matchEnd = Math.min(Math.max(endByte, startByte), lineEnd);
        let from = Math.max(lineStart, startByte - CONTEXT_BYTES);
        while (from < startByte && isContinuation(this.bytes[from])) from++;
        let to = Math.min(lineEnd, matchEnd + CONTEXT_BYTES);
        while (to > matchEnd && to < lineEnd && isContinuation(this.bytes[to])) to--;
        let before = this.bytes.toString("utf8", from, startByte);
        if (before.length > CONTEXT_CHARS) before = dropLoneLow(before.slice(before.length - CONTEXT_CHARS));
        let after = this.bytes.toString("utf8", matchEnd, to);
        if (after.length > CONTEXT_CHARS) after = dropLoneHigh(after.slice(0, CONTEXT_CHARS));
        if (startByte - Buffer.byteLength(before) > lineStart) before = before.replace(LEADING_WORD, "");
        if (matchEnd + Buffer.byteLength(after) < lineEnd) after = after.replace(TRAILING_WORD, "");
        const column = this.columnOf(line, startByte) - before.length;
        return { text: before + this.bytes.toString("utf8", startByte, matchEnd) + after, column };
      }
    };
    LEADING_WORD = /^[\w+/=.~-]+/;
    TRAILING_WORD = /[\w+/=.~-]+$/;
  }
});

// src/engine/detector.ts
import { isAscii } from "node:buffer";
import RE22 from "re2";
function specificityOf(rule) {
  if (rule.tags.includes("name-value")) return NAME_VALUE;
  if (rule.tags.includes("config-file")) return FILE_FORMAT;
  return rule.tags.includes("generic") ? GENERIC : PROVIDER;
}
function compileRule(rule) {
  const where = `${rule.source}: rule "${rule.id}"`;
  return {
    rule,
    regex: rule.regex ? compileRegex(rule.regex, "gd", where) : void 0,
    allowlist: new Allowlist(rule.allowlists, where),
    specificity: specificityOf(rule)
  };
}
function located(compiled, fragment, where, what) {
  const { rule } = compiled;
  return {
    ruleId: rule.id,
    description: rule.description,
    severity: rule.severity,
    tags: rule.tags,
    path: fragment.path,
    ...where,
    startLine: fileLine(fragment, where.startLine),
    endLine: fileLine(fragment, where.endLine),
    ...what,
    ...fragment.git ? { git: fragment.git } : {},
    specificity: compiled.specificity,
    decoded: compiled.rule.decode !== void 0
  };
}
function passwordOf(decoded) {
  const colon = decoded.indexOf(":");
  return colon > 0 && colon < decoded.length - 1 ? decoded.slice(colon + 1) : decoded;
}
function decodeBase64Text(value) {
  if (!/^[A-Za-z0-9+/]+={0,2}$/.test(value) || value.length % 4 === 1) return void 0;
  const text = Buffer.from(value, "base64").toString("utf8").replace(/\r?\n$/, "");
  return text.length > 0 && /^[\x20-\x7e\u00a0-\uffff]+$/.test(text) && !text.includes("\uFFFD") ? text : void 0;
}
function fileLine(fragment, line) {
  if (fragment.lineMap) return fragment.lineMap[line] ?? line + 1;
  return (fragment.firstLine ?? 0) + line + 1;
}
function dropLessSpecific(found, vetoes) {
  if (found.every((f) => f.specificity === PROVIDER) || found.length < 2 && vetoes.length === 0) return found;
  return found.filter(
    (f, i) => f.specificity === PROVIDER || !vetoes.some((v) => v.specificity < f.specificity && v.startByte < f.endByte && f.startByte < v.endByte) && !found.some(
      (other, j) => other.startByte < f.endByte && f.startByte < other.endByte && (other.specificity < f.specificity || other.specificity === f.specificity && other.startByte === f.startByte && other.endByte === f.endByte && sameSpanWins(other, j, f, i))
    )
  );
}
function sameSpanWins(other, otherIndex, f, index) {
  if (other.decoded !== f.decoded) return other.decoded;
  return otherIndex < index;
}
function escapeLiteral(text) {
  return text.replace(/[\\^$.*+?()[\]{}|]/g, "\\$&");
}
var MAX_REMEMBERED_PATHS, PROVIDER, FILE_FORMAT, GENERIC, NAME_VALUE, LITERAL_PREFILTER_BYTES, Detector;
var init_detector = __esm({
  "src/engine/detector.ts"() {
    "use strict";
    init_allowlist();
    init_inline();
    init_placeholder();
    init_checksum();
    init_entropy();
    init_fingerprint();
    init_lines();
    MAX_REMEMBERED_PATHS = 2e4;
    PROVIDER = 0;
    FILE_FORMAT = 1;
    GENERIC = 2;
    NAME_VALUE = 3;
    LITERAL_PREFILTER_BYTES = 16 * 1024;
    Detector = class {
      constructor(rules, options = {}) {
        this.rules = rules;
        this.allowlist = options.allowlist && !options.allowlist.isEmpty ? options.allowlist : void 0;
        this.compiled = new Array(rules.length);
        this.pathRules = new Array(rules.length);
        this.marks = new Uint32Array(rules.length);
        const keywordIndex = /* @__PURE__ */ new Map();
        rules.forEach((rule, ruleIndex) => {
          if (rule.keywords.length === 0) this.unconditional.push(ruleIndex);
          for (const keyword of rule.keywords) {
            let k = keywordIndex.get(keyword);
            if (k === void 0) {
              k = keywordIndex.size;
              keywordIndex.set(keyword, k);
              this.keywordRules.push([]);
            }
            this.keywordRules[k].push(ruleIndex);
          }
        });
        this.keywords = [...keywordIndex.keys()].map((k) => k.toLowerCase());
        this.literalBudget = this.keywords.every((k) => /^[\x00-\x7f]*$/.test(k)) ? options.literalPrefilterBytes ?? LITERAL_PREFILTER_BYTES : 0;
      }
      rules;
      /** compiled on first use: most rules never run on a small input, and start-up time matters */
      compiled;
      /** compiled on first need (see the top of this file) */
      keywordSet;
      /** the keywords in keywordSet's order, lower-cased, while they can be searched as strings */
      keywords;
      /** ASCII bytes still to be searched keyword by keyword before the set is compiled */
      literalBudget;
      /** keyword index in keywordSet → indexes of the rules that use it */
      keywordRules = [];
      /** rules without keywords: they run on every fragment */
      unconditional = [];
      allowlist;
      /** the path regexes of file-format rules, compiled on first use */
      pathRules;
      /** per path: which file-format rules apply to it */
      pathVerdicts = /* @__PURE__ */ new Map();
      /** rulesFor's mark per rule (see there) */
      marks;
      stamp = 0;
      /** Indexes (in keywordRules) of the keywords that occur in `bytes`, case-insensitively. */
      keywordsIn(bytes) {
        if (this.keywords.length === 0) return [];
        if (!this.keywordSet && bytes.length <= this.literalBudget && isAscii(bytes)) {
          this.literalBudget -= bytes.length;
          const text = bytes.toString("latin1").toLowerCase();
          const found = [];
          this.keywords.forEach((keyword, k) => {
            if (text.includes(keyword)) found.push(k);
          });
          return found;
        }
        this.keywordSet ??= new RE22.Set(this.keywords.map(escapeLiteral), "i");
        return this.keywordSet.match(bytes);
      }
      /** Findings in one fragment, after every filter (allowlists, inline allows, placeholders). */
      detect(fragment) {
        const relPath = fragment.relPath ?? fragment.path;
        const ruleIndexes = this.rulesFor(fragment);
        if (ruleIndexes.length === 0) return [];
        let lines2;
        const found = [];
        const vetoes = [];
        for (const index of ruleIndexes) {
          const compiled = this.compiled[index] ??= compileRule(this.rules[index]);
          if (compiled.allowlist.allowsPath(relPath)) continue;
          lines2 ??= new LineIndex(fragment.bytes);
          if (compiled.regex) this.runRule(compiled, compiled.regex, fragment, lines2, vetoes, found);
          else for (const finding of this.fileFinding(compiled, fragment, lines2)) found.push(finding);
        }
        if (found.length === 0) return [];
        return dropLessSpecific(found, vetoes).map(
          ({ startByte: _s, endByte: _e, specificity: _g, decoded: _d, ...finding }) => finding
        );
      }
      /**
       * Findings of the rules that report a file by its path alone (a `.p12` key store), for a file whose
       * content is not scanned (binary): its text is never read, only `fragment.path`.
       */
      detectByPath(fragment) {
        const relPath = fragment.relPath ?? fragment.path;
        if (this.allowlist?.allowsPath(relPath)) return [];
        const whole = { ...fragment, bytes: Buffer.alloc(0) };
        const found = [];
        this.rules.forEach((rule, index) => {
          if (rule.regex || !rule.pathRegex || !this.appliesTo(index, relPath)) return;
          const compiled = this.compiled[index] ??= compileRule(rule);
          if (compiled.allowlist.allowsPath(relPath)) return;
          for (const { startByte: _s, endByte: _e, specificity: _g, decoded: _d, ...finding } of this.fileFinding(
            compiled,
            whole,
            new LineIndex(whole.bytes)
          ))
            found.push(finding);
        });
        return found;
      }
      /** Whether any rule would run on the fragment (its keywords occur, its path fits): the cheap first pass of detect. */
      mayFind(fragment) {
        return this.rulesFor(fragment).length > 0;
      }
      rulesFor(fragment) {
        const relPath = fragment.relPath ?? fragment.path;
        if (this.allowlist?.allowsPath(relPath)) return [];
        const verdicts2 = this.verdictsFor(relPath);
        const selected = [];
        for (const r of this.unconditional) if (this.appliesTo(r, relPath, verdicts2)) selected.push(r);
        if (++this.stamp === 4294967295) this.marks.fill(0), this.stamp = 1;
        const { marks, stamp, rules } = this;
        for (const k of this.keywordsIn(fragment.bytes)) {
          for (const r of this.keywordRules[k]) {
            if (marks[r] === stamp) continue;
            marks[r] = stamp;
            if (!rules[r].pathRegex || this.appliesTo(r, relPath, verdicts2)) selected.push(r);
          }
        }
        return selected.length > 1 ? selected.sort((a, b) => a - b) : selected;
      }
      /** Which file-format rules apply to a path, remembered: a history meets the same paths in version after version. */
      verdictsFor(relPath) {
        let verdicts2 = this.pathVerdicts.get(relPath);
        if (!verdicts2) {
          if (this.pathVerdicts.size >= MAX_REMEMBERED_PATHS) this.pathVerdicts.clear();
          verdicts2 = /* @__PURE__ */ new Map();
          this.pathVerdicts.set(relPath, verdicts2);
        }
        return verdicts2;
      }
      appliesTo(index, relPath, verdicts2 = this.verdictsFor(relPath)) {
        const rule = this.rules[index];
        if (!rule.pathRegex) return true;
        let applies = verdicts2.get(index);
        if (applies === void 0) {
          const path = this.pathRules[index] ??= compileRegex(rule.pathRegex, "", `${rule.source}: rule "${rule.id}"`);
          applies = path.test(relPath);
          verdicts2.set(index, applies);
        }
        return applies;
      }
      /** A rule with a path and no regex reports the file itself (e.g. a keystore committed by mistake). */
      *fileFinding(compiled, fragment, lines2) {
        const path = fragment.relPath ?? fragment.path;
        const candidate = {
          path,
          secret: "",
          match: "",
          line: "",
          ...fragment.git ? { commit: fragment.git.commit } : {}
        };
        if (compiled.allowlist.allows(candidate) || this.allowlist?.allows(candidate)) return;
        const context = lines2.context(0, 0, 0);
        yield located(
          compiled,
          fragment,
          {
            startLine: 0,
            startColumn: 1,
            endLine: 0,
            endColumn: lines2.columnOf(0, lines2.end(0)),
            startByte: 0,
            endByte: 0
          },
          {
            secret: "",
            match: `file detected: ${path}`,
            context: context.text,
            contextColumn: context.column,
            entropy: 0,
            fingerprint: fingerprint(compiled.rule.id, `path:${path}`)
          }
        );
      }
      /** Runs one rule's regex over the fragment: its findings are pushed onto `out`. */
      runRule(compiled, regex, fragment, lines2, vetoes, out) {
        const { rule } = compiled;
        const veto = (startByte, endByte) => {
          if (compiled.specificity < NAME_VALUE) vetoes.push({ startByte, endByte, specificity: compiled.specificity });
        };
        regex.lastIndex = 0;
        for (let m = regex.exec(fragment.bytes); m !== null; m = regex.exec(fragment.bytes)) {
          if (m[0].length === 0) {
            regex.lastIndex++;
            continue;
          }
          const indices = m.indices;
          const named = indices.groups ? Object.keys(indices.groups).find((k) => k.startsWith("secret") && indices.groups[k]) : void 0;
          const span = named ? indices.groups[named] : indices[rule.secretGroup];
          if (!span) continue;
          const [startByte, endByte] = span;
          const raw = fragment.bytes.toString("utf8", startByte, endByte);
          const secret = rule.decode ? decodeBase64Text(raw) : raw;
          if (!secret) continue;
          const fieldSpan = indices.groups?.field;
          const field = fieldSpan ? fragment.bytes.toString("utf8", fieldSpan[0], fieldSpan[1]) : void 0;
          const nameSpan = indices.groups?.name;
          const name = nameSpan ? fragment.bytes.toString("utf8", nameSpan[0], nameSpan[1]) : field;
          const entropy = shannonEntropy(secret);
          if (rule.entropy !== void 0 && entropy < rule.entropy) continue;
          if (rule.checksum && !CHECKSUMS[rule.checksum](secret)) {
            veto(startByte, endByte);
            continue;
          }
          if (isDocumentationExample(secret)) continue;
          if (rule.placeholderCheck) {
            if (nameSpan && name !== void 0 && isNonSecretName(name)) continue;
            const judged = rule.decode ? passwordOf(secret) : secret;
            const after = rule.decode ? "" : fragment.bytes.toString("latin1", endByte, endByte + 2);
            if (isPlaceholder(judged, after, {
              ...nameSpan ? { name } : {},
              fileFormat: compiled.specificity === FILE_FORMAT
            })) {
              veto(startByte, endByte);
              continue;
            }
          }
          const startLine = lines2.lineOf(startByte);
          const endLine = lines2.lineOf(Math.max(startByte, endByte - 1));
          const decoded = (text) => rule.decode ? text.split(raw).join(secret) : text;
          const match = decoded(String(m[0]).trimEnd());
          const candidate = {
            path: fragment.relPath ?? fragment.path,
            secret,
            match,
            get line() {
              return decoded(lines2.text(startLine));
            },
            ...fragment.git ? { commit: fragment.git.commit } : {}
          };
          if (inlineAllowed(fragment.bytes, lines2, startLine) || compiled.allowlist.allows(candidate) || this.allowlist?.allows(candidate)) {
            veto(startByte, endByte);
            continue;
          }
          const context = lines2.context(startLine, startByte, endByte);
          const where = {
            startLine,
            startColumn: lines2.columnOf(startLine, startByte),
            endLine,
            endColumn: lines2.columnOf(endLine, endByte),
            startByte,
            endByte
          };
          out.push(
            located(compiled, fragment, where, {
              secret,
              match,
              context: decoded(context.text),
              contextColumn: context.column,
              entropy: Math.round(entropy * 1e3) / 1e3,
              fingerprint: fingerprint(rule.id, secret),
              ...field ? { field } : {}
            })
          );
        }
      }
    };
  }
});

// src/report/redact.ts
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
var ELLIPSIS, FULLY_REDACTED, showsSecrets, MAX_REMEMBERED, Redactor;
var init_redact = __esm({
  "src/report/redact.ts"() {
    "use strict";
    init_detector();
    ELLIPSIS = "\u2026";
    FULLY_REDACTED = "REDACTED";
    showsSecrets = (redaction) => redaction === 0;
    MAX_REMEMBERED = 2048;
    Redactor = class {
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
        const key2 = `${path}\0${text}`;
        const cached = this.remembered.get(key2);
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
        this.remembered.set(key2, found);
        return found;
      }
    };
  }
});

// src/model.ts
function emptyStats() {
  return { files: 0, bytes: 0, skippedBinary: 0, skippedLarge: 0, known: 0, errors: [] };
}
var init_model = __esm({
  "src/model.ts"() {
    "use strict";
  }
});

// src/paths.ts
import { existsSync } from "node:fs";
import { dirname as dirname2, join as join2 } from "node:path";
import { fileURLToPath } from "node:url";
function findPackageRoot(start) {
  for (let dir = start; ; dir = dirname2(dir)) {
    if (existsSync(join2(dir, "package.json")) && existsSync(join2(dir, "rules"))) return dir;
    if (dirname2(dir) === dir) throw new Error(`leakhound's package folder not found above ${start}`);
  }
}
function firstExisting(...paths) {
  return paths.find((p) => existsSync(p)) ?? paths[paths.length - 1];
}
var PACKAGE_ROOT, BUILTIN_RULES_DIR, COMPILED_RULES_FILE, WORKER_FILE, BIN_FILE;
var init_paths = __esm({
  "src/paths.ts"() {
    "use strict";
    PACKAGE_ROOT = findPackageRoot(dirname2(fileURLToPath(import.meta.url)));
    BUILTIN_RULES_DIR = join2(PACKAGE_ROOT, "rules");
    COMPILED_RULES_FILE = join2(PACKAGE_ROOT, "dist", "builtin-rules.json");
    WORKER_FILE = firstExisting(
      join2(PACKAGE_ROOT, "dist", "bundle", "worker.cjs"),
      join2(PACKAGE_ROOT, "dist", "scan", "worker.js")
    );
    BIN_FILE = join2(PACKAGE_ROOT, "bin", "leakhound.js");
  }
});

// src/cli/stdio.ts
import { writeSync as writeSync2 } from "node:fs";
function stream(fd) {
  const s = fd === 1 ? process.stdout : process.stderr;
  if (s.listenerCount("error") === 0) s.on("error", (err) => failures.has(fd) || failures.set(fd, err));
  return s;
}
function write(fd, text) {
  if (failures.has(fd)) return;
  if (process.platform === "win32" || streamed.has(fd)) {
    stream(fd).write(text);
    return;
  }
  let rest = Buffer.from(text, "utf8");
  while (rest.length > 0) {
    try {
      rest = rest.subarray(writeSync2(fd, rest));
    } catch (err) {
      const code = err.code;
      if (code !== "EAGAIN") {
        failures.set(fd, err);
        return;
      }
      streamed.add(fd);
      stream(fd).write(rest);
      return;
    }
  }
}
function stdoutFailure() {
  return failures.get(1);
}
function writeStdout(text) {
  write(1, text);
}
function writeStderr(text) {
  write(2, text);
}
function stdoutIsTerminal() {
  return process.stdout.isTTY === true;
}
function stdoutFlushed() {
  if (!streamed.has(1) || failures.has(1)) return Promise.resolve();
  return new Promise((resolve14) => {
    stream(1).write("", (err) => {
      if (err && !failures.has(1)) failures.set(1, err);
      resolve14();
    });
  });
}
var streamed, failures;
var init_stdio = __esm({
  "src/cli/stdio.ts"() {
    "use strict";
    streamed = /* @__PURE__ */ new Set();
    failures = /* @__PURE__ */ new Map();
  }
});

// src/config/fields.ts
var FieldReader;
var init_fields = __esm({
  "src/config/fields.ts"() {
    "use strict";
    init_errors();
    FieldReader = class {
      constructor(table, where, code = "BAD_RULE") {
        this.table = table;
        this.where = where;
        this.code = code;
      }
      table;
      where;
      code;
      fail(message) {
        throw new LeakhoundError(this.code, `${this.where}: ${message}`);
      }
      has(key2) {
        return this.table[key2] !== void 0;
      }
      string(key2, fallback) {
        const value = this.table[key2];
        if (value === void 0) {
          if (fallback !== void 0) return fallback;
          this.fail(`missing field "${key2}"`);
        }
        if (typeof value !== "string") this.fail(`field "${key2}" must be a string`);
        return value;
      }
      optionalNumber(key2) {
        const value = this.table[key2];
        if (value === void 0) return void 0;
        if (typeof value === "bigint") return Number(value);
        if (typeof value !== "number" || Number.isNaN(value)) this.fail(`field "${key2}" must be a number`);
        return value;
      }
      /** A number within a range (inclusive), or undefined when absent: out of range is an error naming the key. */
      numberInRange(key2, range) {
        const value = this.optionalNumber(key2);
        if (value === void 0) return void 0;
        if (range.integer && !Number.isInteger(value)) this.fail(`field "${key2}" must be a whole number, not ${value}`);
        if (value < range.min || value > range.max)
          this.fail(`field "${key2}" must be between ${range.min} and ${range.max}, not ${value}`);
        return value;
      }
      boolean(key2, fallback) {
        const value = this.table[key2];
        if (value === void 0) return fallback;
        if (typeof value !== "boolean") this.fail(`field "${key2}" must be true or false`);
        return value;
      }
      strings(key2) {
        const value = this.table[key2];
        if (value === void 0) return [];
        if (!Array.isArray(value) || value.some((v) => typeof v !== "string")) {
          this.fail(`field "${key2}" must be a list of strings`);
        }
        return value;
      }
      table_(key2) {
        const value = this.table[key2];
        if (value === void 0) return void 0;
        if (typeof value !== "object" || value === null || Array.isArray(value))
          this.fail(`field "${key2}" must be a table`);
        return value;
      }
      tables(key2) {
        const value = this.table[key2];
        if (value === void 0) return [];
        if (!Array.isArray(value) || value.some((v) => typeof v !== "object" || v === null || Array.isArray(v))) {
          this.fail(`"${key2}" must be an array of tables ([[${key2}]])`);
        }
        return value;
      }
      /** Rejects keys this reader does not know, so a typo in a config is an error, not a silent no-op. */
      onlyKeys(known) {
        for (const key2 of Object.keys(this.table)) {
          if (!known.includes(key2)) this.fail(`unknown field "${key2}"`);
        }
      }
    };
  }
});

// src/verify/aws.ts
import { createRequire as createRequire6 } from "node:module";
function signer() {
  return aws4 ??= require7("aws4");
}
function awsAccountId(accessKeyId) {
  const alphabet = "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567";
  const chars = accessKeyId.slice(4);
  let bits = "";
  for (const ch of chars) {
    const v = alphabet.indexOf(ch);
    if (v < 0) return void 0;
    bits += v.toString(2).padStart(5, "0");
  }
  if (bits.length < 48) return void 0;
  const first48 = BigInt(`0b${bits.slice(0, 48)}`);
  const account = (first48 & 0x7fffffffff80n) >> 7n;
  return account.toString().padStart(12, "0");
}
function getCallerIdentity(host, accessKeyId, secretAccessKey) {
  const body = "Action=GetCallerIdentity&Version=2011-06-15";
  const signed = signer().sign(
    {
      host,
      path: "/",
      method: "POST",
      service: "sts",
      region: "us-east-1",
      body,
      headers: { "content-type": "application/x-www-form-urlencoded; charset=utf-8" }
    },
    { accessKeyId, secretAccessKey }
  );
  const headers = {};
  for (const [k, v] of Object.entries(signed.headers ?? {}))
    if (k.toLowerCase() !== "host" && k.toLowerCase() !== "content-length") headers[k] = String(v);
  return { method: "POST", path: "/", headers, body };
}
var require7, aws4, CANARY_ACCOUNTS;
var init_aws = __esm({
  "src/verify/aws.ts"() {
    "use strict";
    require7 = createRequire6(import.meta.url);
    CANARY_ACCOUNTS = /* @__PURE__ */ new Set([
      "052310077262",
      "171436882533",
      "534261010715",
      "595918472158",
      "717712589309",
      "819147034852",
      "992382622183",
      "730335385048",
      "266735846894"
    ]);
  }
});

// src/verify/check.ts
function json(body) {
  try {
    const value = JSON.parse(body);
    return typeof value === "object" && value !== null ? value : void 0;
  } catch {
    return void 0;
  }
}
function bearerCheck(provider, baseUrl, path, header, field, rejected = [401]) {
  return {
    provider,
    baseUrl,
    request: (secret) => ({ method: "GET", path, headers: { accept: "application/json", ...header(secret) } }),
    interpret(r) {
      const body = json(r.body);
      if (r.status === 200 && body && field in body) {
        const id = body[field];
        return {
          status: "live",
          provider,
          ...typeof id === "string" || typeof id === "number" ? { identity: String(id) } : {}
        };
      }
      if (rejected.includes(r.status)) return { status: "invalid", provider };
      return unexpected(provider, r);
    }
  };
}
var unexpected;
var init_check = __esm({
  "src/verify/check.ts"() {
    "use strict";
    unexpected = (provider, r) => ({
      status: "unknown",
      provider,
      reason: `unexpected answer (HTTP ${r.status})`
    });
  }
});

// src/verify/providers-more.ts
var bearer, MORE_VERIFIERS;
var init_providers_more = __esm({
  "src/verify/providers-more.ts"() {
    "use strict";
    init_check();
    bearer = (secret) => ({ authorization: `Bearer ${secret}` });
    MORE_VERIFIERS = {
      // https://circleci.com/docs/api/v2/index.html#operation/getCurrentUser
      circleci: bearerCheck("circleci", "https://circleci.com", "/api/v2/me", (s) => ({ "circle-token": s }), "login"),
      // https://buildkite.com/docs/apis/rest-api/access-token#get-the-current-token
      buildkite: bearerCheck("buildkite", "https://api.buildkite.com", "/v2/access-token", bearer, "uuid"),
      // https://vercel.com/docs/rest-api/reference/endpoints/user/get-the-user ; a bad token is 403 invalidToken
      vercel: bearerCheck("vercel", "https://api.vercel.com", "/v2/user", bearer, "user", [401, 403]),
      // https://open-api.netlify.com/#tag/user/operation/getCurrentUser
      netlify: bearerCheck("netlify", "https://api.netlify.com", "/api/v1/user", bearer, "id"),
      // https://developers.cloudflare.com/api/resources/user/subresources/tokens/methods/verify/
      cloudflare: {
        ...bearerCheck("cloudflare", "https://api.cloudflare.com", "/client/v4/user/tokens/verify", bearer, "result"),
        interpret(r) {
          const body = json(r.body);
          const status = body?.result?.status;
          if (r.status === 200 && body?.success === true && status === "active")
            return { status: "live", provider: "cloudflare" };
          if (r.status === 200 && (status === "disabled" || status === "expired"))
            return { status: "invalid", provider: "cloudflare", reason: `token ${status}` };
          if ([400, 401, 403].includes(r.status) && body?.success === false)
            return { status: "invalid", provider: "cloudflare" };
          return unexpected("cloudflare", r);
        }
      },
      // https://console.groq.com/docs/api-reference#models-list
      groq: bearerCheck("groq", "https://api.groq.com", "/openai/v1/models", bearer, "data"),
      // https://docs.mistral.ai/api/#tag/models/operation/list_models_v1_models_get
      mistral: bearerCheck("mistral", "https://api.mistral.ai", "/v1/models", bearer, "data"),
      // https://docs.cohere.com/reference/list-models
      cohere: bearerCheck("cohere", "https://api.cohere.com", "/v1/models?page_size=1", bearer, "models"),
      // https://replicate.com/docs/reference/http#accounts.get
      replicate: bearerCheck("replicate", "https://api.replicate.com", "/v1/account", bearer, "username"),
      // https://docs.x.ai/docs/api-reference#api-key : the key's own metadata, including whether it is blocked
      xai: {
        ...bearerCheck("xai", "https://api.x.ai", "/v1/api-key", bearer, "api_key_id"),
        interpret(r) {
          const body = json(r.body);
          if (r.status === 200 && body && typeof body.api_key_id === "string") {
            if (body.api_key_blocked === true || body.api_key_disabled === true || body.team_blocked === true)
              return { status: "invalid", provider: "xai", reason: "key blocked or disabled" };
            return { status: "live", provider: "xai", ...typeof body.name === "string" ? { identity: body.name } : {} };
          }
          if (r.status === 400 || r.status === 401) return { status: "invalid", provider: "xai" };
          return unexpected("xai", r);
        }
      },
      // https://developer.squareup.com/reference/square/locations-api/list-locations
      square: bearerCheck(
        "square",
        "https://connect.squareup.com",
        "/v2/locations",
        (s) => ({ authorization: `Bearer ${s}`, "square-version": "2024-01-18" }),
        "locations"
      ),
      // https://postmarkapp.com/developer/api/server-api#get-server
      postmark: bearerCheck(
        "postmark",
        "https://api.postmarkapp.com",
        "/server",
        (s) => ({ "x-postmark-server-token": s }),
        "Name"
      ),
      // https://developers.brevo.com/reference/getaccount
      brevo: bearerCheck("brevo", "https://api.brevo.com", "/v3/account", (s) => ({ "api-key": s }), "email"),
      // https://developer.pagerduty.com/api-reference/ (GET /abilities works for every REST API key)
      pagerduty: bearerCheck(
        "pagerduty",
        "https://api.pagerduty.com",
        "/abilities",
        (s) => ({ authorization: `Token token=${s}`, accept: "application/vnd.pagerduty+json;version=2" }),
        "abilities"
      ),
      // https://docs.doppler.com/reference/auth-me
      doppler: bearerCheck("doppler", "https://api.doppler.com", "/v3/me", bearer, "workplace"),
      // https://developer.hashicorp.com/terraform/cloud-docs/api-docs/account#get-your-account-details
      terraform: bearerCheck(
        "terraform",
        "https://app.terraform.io",
        "/api/v2/account/details",
        (s) => ({ authorization: `Bearer ${s}`, accept: "application/vnd.api+json" }),
        "data"
      ),
      // https://docs.snyk.io/snyk-api/reference/users-v1#get-user-me
      snyk: bearerCheck("snyk", "https://api.snyk.io", "/v1/user/me", (s) => ({ authorization: `token ${s}` }), "username"),
      // https://developers.notion.com/reference/get-self
      notion: bearerCheck(
        "notion",
        "https://api.notion.com",
        "/v1/users/me",
        (s) => ({ authorization: `Bearer ${s}`, "notion-version": "2022-06-28" }),
        "id"
      ),
      // https://airtable.com/developers/web/api/get-user-id-scopes
      airtable: bearerCheck("airtable", "https://api.airtable.com", "/v0/meta/whoami", bearer, "id"),
      // https://docs.honeycomb.io/api/tag/Auth
      honeycomb: bearerCheck("honeycomb", "https://api.honeycomb.io", "/1/auth", (s) => ({ "x-honeycomb-team": s }), "id")
    };
  }
});

// src/verify/providers.ts
var bearer2, VERIFIERS;
var init_providers = __esm({
  "src/verify/providers.ts"() {
    "use strict";
    init_aws();
    init_check();
    init_providers_more();
    bearer2 = (secret) => ({ authorization: `Bearer ${secret}` });
    VERIFIERS = {
      // https://docs.github.com/rest/users/users#get-the-authenticated-user
      github: bearerCheck(
        "github",
        "https://api.github.com",
        "/user",
        (s) => ({ authorization: `Bearer ${s}`, accept: "application/vnd.github+json" }),
        "login"
      ),
      // installation tokens cannot read /user:
      // https://docs.github.com/rest/apps/installations#list-repositories-accessible-to-the-app-installation
      "github-app": bearerCheck(
        "github-app",
        "https://api.github.com",
        "/installation/repositories?per_page=1",
        (s) => ({ authorization: `Bearer ${s}` }),
        "total_count"
      ),
      // https://docs.gitlab.com/ee/api/personal_access_tokens.html#get-single-personal-access-token
      gitlab: bearerCheck(
        "gitlab",
        "https://gitlab.com",
        "/api/v4/personal_access_tokens/self",
        (s) => ({ "private-token": s }),
        "id"
      ),
      // https://docs.stripe.com/api/balance/balance_retrieve ; a restricted key without balance access answers 403
      stripe: {
        ...bearerCheck("stripe", "https://api.stripe.com", "/v1/balance", bearer2, "object"),
        interpret(r) {
          const body = json(r.body);
          if (r.status === 200 && body?.object === "balance") return { status: "live", provider: "stripe" };
          if (r.status === 403 && body && "error" in body)
            return { status: "live", provider: "stripe", reason: "restricted key (no balance access)" };
          if (r.status === 401) return { status: "invalid", provider: "stripe" };
          return unexpected("stripe", r);
        }
      },
      // https://api.slack.com/methods/auth.test : always HTTP 200, the answer says ok or why not
      slack: {
        provider: "slack",
        baseUrl: "https://slack.com",
        request: (secret) => ({
          method: "POST",
          path: "/api/auth.test",
          headers: { authorization: `Bearer ${secret}`, "content-type": "application/x-www-form-urlencoded" },
          body: ""
        }),
        interpret(r) {
          const body = json(r.body);
          if (r.status === 200 && body?.ok === true)
            return {
              status: "live",
              provider: "slack",
              ...typeof body.user === "string" ? { identity: `${body.user}@${String(body.team ?? "")}` } : {}
            };
          const error = typeof body?.error === "string" ? body.error : "";
          if (["invalid_auth", "token_revoked", "account_inactive", "not_authed", "token_expired"].includes(error))
            return { status: "invalid", provider: "slack" };
          return unexpected("slack", r);
        }
      },
      // https://platform.openai.com/docs/api-reference/models/list
      openai: bearerCheck("openai", "https://api.openai.com", "/v1/models", bearer2, "data"),
      // https://docs.anthropic.com/en/api/models-list
      anthropic: bearerCheck(
        "anthropic",
        "https://api.anthropic.com",
        "/v1/models",
        (s) => ({ "x-api-key": s, "anthropic-version": "2023-06-01" }),
        "data"
      ),
      // https://www.twilio.com/docs/sendgrid/api-reference/api-key-permissions/retrieve-a-list-of-scopes-for-which-this-user-has-access
      sendgrid: bearerCheck("sendgrid", "https://api.sendgrid.com", "/v3/scopes", bearer2, "scopes", [401, 403]),
      // https://documentation.mailgun.com/docs/mailgun/api-reference/openapi-final/tag/Domains/
      mailgun: bearerCheck(
        "mailgun",
        "https://api.mailgun.net",
        "/v3/domains?limit=1",
        (s) => ({ authorization: `Basic ${Buffer.from(`api:${s}`).toString("base64")}` }),
        "items"
      ),
      // https://docs.npmjs.com/cli/v10/commands/npm-whoami (GET /-/whoami on the registry)
      npm: bearerCheck("npm", "https://registry.npmjs.org", "/-/whoami", bearer2, "username"),
      // https://huggingface.co/docs/hub/api#get-apiwhoami-v2
      huggingface: bearerCheck("huggingface", "https://huggingface.co", "/api/whoami-v2", bearer2, "name"),
      // https://docs.digitalocean.com/reference/api/api-reference/#operation/account_get
      digitalocean: bearerCheck("digitalocean", "https://api.digitalocean.com", "/v2/account", bearer2, "account"),
      // https://discord.com/developers/docs/resources/user#get-current-user
      discord: bearerCheck(
        "discord",
        "https://discord.com",
        "/api/v10/users/@me",
        (s) => ({ authorization: `Bot ${s}` }),
        "id"
      ),
      // https://core.telegram.org/bots/api#getme : the token is part of the path
      telegram: {
        provider: "telegram",
        baseUrl: "https://api.telegram.org",
        request: (secret) => ({ method: "GET", path: `/bot${encodeURIComponent(secret)}/getMe`, headers: {} }),
        interpret(r) {
          const body = json(r.body);
          if (r.status === 200 && body?.ok === true)
            return {
              status: "live",
              provider: "telegram",
              ...typeof body.result?.username === "string" ? { identity: body.result.username } : {}
            };
          if ((r.status === 401 || r.status === 404) && body?.ok === false)
            return { status: "invalid", provider: "telegram" };
          return unexpected("telegram", r);
        }
      },
      // https://docs.datadoghq.com/api/latest/authentication/#validate-api-key
      datadog: {
        ...bearerCheck(
          "datadog",
          "https://api.datadoghq.com",
          "/api/v1/validate",
          (s) => ({ "dd-api-key": s }),
          "valid",
          [403]
        ),
        interpret(r) {
          if (r.status === 200 && json(r.body)?.valid === true) return { status: "live", provider: "datadog" };
          if (r.status === 403) return { status: "invalid", provider: "datadog" };
          return unexpected("datadog", r);
        }
      },
      // https://devcenter.heroku.com/articles/platform-api-reference#account-info-by-user
      heroku: bearerCheck(
        "heroku",
        "https://api.heroku.com",
        "/account",
        (s) => ({ authorization: `Bearer ${s}`, accept: "application/vnd.heroku+json; version=3" }),
        "email"
      ),
      // https://ai.google.dev/api/models#method:-models.list ; an unknown key is HTTP 400 API_KEY_INVALID
      google: {
        provider: "google",
        baseUrl: "https://generativelanguage.googleapis.com",
        request: (secret) => ({
          method: "GET",
          path: `/v1beta/models?pageSize=1&key=${encodeURIComponent(secret)}`,
          headers: {}
        }),
        interpret(r) {
          if (r.status === 200 && json(r.body)?.models) return { status: "live", provider: "google" };
          if (r.status === 403)
            return { status: "live", provider: "google", reason: "key valid, Generative Language API not enabled for it" };
          if (r.status === 400 && r.body.includes("API_KEY_INVALID")) return { status: "invalid", provider: "google" };
          return unexpected("google", r);
        }
      },
      // https://docs.aws.amazon.com/STS/latest/APIReference/API_GetCallerIdentity.html (needs no permission)
      aws: {
        provider: "aws",
        baseUrl: "https://sts.amazonaws.com",
        request(accessKeyId, ctx) {
          const account = awsAccountId(accessKeyId);
          if (account && ctx.canaryAccounts.has(account)) {
            return {
              status: "canary",
              provider: "aws",
              reason: `canary token: account ${account} issues keys to detect intruders`
            };
          }
          const secret = ctx.neighbours.find((f) => f.ruleId === "aws-secret-access-key")?.secret;
          if (!secret)
            return { status: "unsupported", provider: "aws", reason: "no secret access key found next to the key ID" };
          return getCallerIdentity(ctx.host, accessKeyId, secret);
        },
        interpret(r) {
          const arn = /<Arn>([^<]+)<\/Arn>/.exec(r.body)?.[1];
          if (r.status === 200 && arn) return { status: "live", provider: "aws", identity: arn };
          if (r.status === 403 && /InvalidClientTokenId|SignatureDoesNotMatch/.test(r.body))
            return { status: "invalid", provider: "aws" };
          return unexpected("aws", r);
        }
      },
      ...MORE_VERIFIERS
    };
  }
});

// src/config/rules.ts
import { existsSync as existsSync2, readFileSync as readFileSync2, readdirSync, statSync } from "node:fs";
import { createRequire as createRequire7 } from "node:module";
import { join as join4, relative } from "node:path";
function parseToml(text, source, code) {
  toml ??= require8("smol-toml");
  try {
    return toml.parse(text);
  } catch (err) {
    if (err instanceof toml.TomlError) {
      const first = err.message.split("\n")[0] ?? "syntax error";
      throw new LeakhoundError(code, `${source}:${err.line}: ${first.replace(/^Invalid TOML document: /, "")}`);
    }
    throw new LeakhoundError(code, `${source}: ${reasonOf(err)}`);
  }
}
function readAllowlists(table, where, code) {
  const reader = new FieldReader(table, where, code);
  const tables = [...reader.table_("allowlist") ? [reader.table_("allowlist")] : [], ...reader.tables("allowlists")];
  return tables.map((t, i) => {
    const allowReader = new FieldReader(t, `${where}${tables.length > 1 ? ` ${i + 1}` : ""}`, code);
    allowReader.onlyKeys(ALLOWLIST_KEYS);
    return readAllowlist(allowReader);
  });
}
function readAllowlist(reader) {
  const target = reader.string("regexTarget", "secret");
  if (target !== "secret" && target !== "match" && target !== "line") {
    reader.fail(`field "regexTarget" must be "secret", "match" or "line"`);
  }
  const condition = reader.string("condition", "or").toLowerCase();
  if (condition !== "or" && condition !== "and") reader.fail(`field "condition" must be "or" or "and"`);
  const where = reader.where;
  for (const source of [...reader.strings("regexes"), ...reader.strings("pathRegexes")])
    compileRegex(source, "", where);
  return {
    paths: reader.strings("paths"),
    pathRegexes: reader.strings("pathRegexes"),
    commits: reader.strings("commits"),
    condition,
    regexes: reader.strings("regexes"),
    regexTarget: target,
    stopwords: reader.strings("stopwords")
  };
}
function readRule(table, source, code = "BAD_RULE") {
  const idReader = new FieldReader(table, `${source}: a rule`, code);
  const id = idReader.string("id");
  const r = new FieldReader(table, `${source}: rule "${id}"`, code);
  if (!ID.test(id)) r.fail("id must be lowercase letters, digits and dashes");
  r.onlyKeys(RULE_KEYS);
  const pathRegex = r.has("path") ? r.string("path") : void 0;
  if (pathRegex !== void 0) compileRegex(pathRegex, "", r.where);
  const regex = pathRegex !== void 0 ? r.string("regex", "") : r.string("regex");
  const compiled = compileRegex(regex, "", r.where);
  const secretGroup = r.optionalNumber("secretGroup") ?? (compiledGroups(compiled) > 0 ? 1 : 0);
  if (!Number.isInteger(secretGroup) || secretGroup < 0 || secretGroup > compiledGroups(compiled)) {
    r.fail(`secretGroup ${secretGroup} does not exist in the regex`);
  }
  const severity = r.string("severity", "high");
  if (!SEVERITIES2.includes(severity)) r.fail(`severity must be one of ${SEVERITIES2.join(", ")}`);
  const allowlists = readAllowlists(table, `${r.where} allowlist`, code);
  const rule = {
    id,
    description: r.string("description"),
    regex,
    secretGroup,
    keywords: r.strings("keywords").map((k) => k.toLowerCase()),
    placeholderCheck: r.boolean("placeholderCheck", false),
    severity,
    tags: r.strings("tags"),
    references: r.strings("references"),
    rotate: r.string("rotate", ""),
    allowlists,
    examples: r.strings("examples"),
    negativeExamples: r.strings("negativeExamples"),
    source
  };
  const entropy = r.numberInRange("entropy", { min: 0, max: 8 });
  if (entropy !== void 0) rule.entropy = entropy;
  if (pathRegex !== void 0) rule.pathRegex = pathRegex;
  if (r.has("verify")) {
    const verify = r.string("verify");
    if (!Object.hasOwn(VERIFIERS, verify))
      r.fail(`unknown verifier "${verify}" (known: ${Object.keys(VERIFIERS).sort().join(", ")})`);
    rule.verify = verify;
  }
  if (r.has("examplePath")) rule.examplePath = r.string("examplePath");
  if (r.has("decode")) {
    if (r.string("decode") !== "base64") r.fail(`decode must be "base64"`);
    rule.decode = "base64";
  }
  if (r.has("checksum")) {
    const checksum = r.string("checksum");
    if (!(checksum in CHECKSUMS))
      r.fail(`unknown checksum "${checksum}" (known: ${Object.keys(CHECKSUMS).join(", ")})`);
    rule.checksum = checksum;
  }
  if (rule.keywords.some((k) => k.length === 0)) r.fail("keywords must not be empty strings");
  return rule;
}
function compiledGroups(re) {
  let count2 = 0;
  const src = re.source;
  for (let i = 0; i < src.length; i++) {
    const ch = src[i];
    if (ch === "\\") i++;
    else if (ch === "[") {
      for (i++; i < src.length && src[i] !== "]"; i++) if (src[i] === "\\") i++;
    } else if (ch === "(" && (src[i + 1] !== "?" || src[i + 2] === "P" || src[i + 2] === "<")) {
      if (!(src[i + 1] === "?" && src[i + 2] === "<" && (src[i + 3] === "=" || src[i + 3] === "!"))) count2++;
    }
  }
  return count2;
}
function parseRuleFile(text, source, code = "BAD_RULE") {
  const doc = parseToml(text, source, code);
  const reader = new FieldReader(doc, source, code);
  reader.onlyKeys(["rules"]);
  return reader.tables("rules").map((table) => readRule(table, source, code));
}
function loadRuleDir(dir, label = relative(process.cwd(), dir) || dir) {
  const files = readdirSync(dir).filter((f) => f.endsWith(".toml")).sort();
  const rules = [];
  const seen = /* @__PURE__ */ new Map();
  for (const file of files) {
    const path = join4(dir, file);
    const source = `${label}/${file}`;
    for (const rule of parseRuleFile(readFileSync2(path, "utf8"), source)) {
      const other = seen.get(rule.id);
      if (other) throw new LeakhoundError("BAD_RULE", `${source}: rule "${rule.id}" is also defined in ${other}`);
      seen.set(rule.id, source);
      rules.push(rule);
    }
  }
  return rules;
}
function loadBuiltinRules() {
  if (existsSync2(compiledRulesFile)) {
    const compiledAt = statSync(compiledRulesFile).mtimeMs;
    const files = readdirSync(builtinRulesDir).filter((f) => f.endsWith(".toml"));
    const compiled = JSON.parse(readFileSync2(compiledRulesFile, "utf8"));
    const fresh = compiled.files.join("\n") === files.sort().join("\n") && files.every((f) => statSync(join4(builtinRulesDir, f)).mtimeMs <= compiledAt);
    if (fresh) return compiled.rules;
  }
  return loadRuleDir(builtinRulesDir, "rules");
}
var SEVERITIES2, RULE_KEYS, ALLOWLIST_KEYS, ID, builtinRulesDir, require8, toml, compiledRulesFile;
var init_rules = __esm({
  "src/config/rules.ts"() {
    "use strict";
    init_errors();
    init_allowlist();
    init_checksum();
    init_fields();
    init_paths();
    init_providers();
    SEVERITIES2 = ["critical", "high", "medium", "low"];
    RULE_KEYS = [
      "id",
      "description",
      "regex",
      "path",
      "secretGroup",
      "keywords",
      "entropy",
      "checksum",
      "verify",
      "decode",
      "placeholderCheck",
      "severity",
      "tags",
      "references",
      "rotate",
      "allowlist",
      "allowlists",
      "examples",
      "negativeExamples",
      "examplePath"
    ];
    ALLOWLIST_KEYS = [
      "description",
      "paths",
      "pathRegexes",
      "commits",
      "condition",
      "regexes",
      "regexTarget",
      "stopwords"
    ];
    ID = /^[a-z0-9][a-z0-9-]*$/;
    builtinRulesDir = BUILTIN_RULES_DIR;
    require8 = createRequire7(import.meta.url);
    compiledRulesFile = COMPILED_RULES_FILE;
  }
});

// src/config/gitleaks.ts
function gitleaksAllowlist(table, where) {
  const { paths, ...rest } = table;
  const reader = new FieldReader(
    { ...rest, ...paths !== void 0 ? { pathRegexes: paths } : {} },
    where,
    "BAD_CONFIG"
  );
  return readAllowlist(reader);
}
function allowlistsOf(table, where) {
  const reader = new FieldReader(table, where, "BAD_CONFIG");
  const one = reader.table_("allowlist");
  return [...one ? [one] : [], ...reader.tables("allowlists")].map(
    (t, i) => gitleaksAllowlist(t, `${where} allowlist ${i + 1}`)
  );
}
function gitleaksRule(table, source) {
  const id = typeof table.id === "string" ? table.id : "";
  const ours = {
    id: id.toLowerCase().replace(/[^a-z0-9-]+/g, "-"),
    description: typeof table.description === "string" && table.description ? table.description : id,
    ...table.regex !== void 0 ? { regex: table.regex } : {},
    ...table.path !== void 0 ? { path: table.path } : {},
    ...table.secretGroup !== void 0 && table.secretGroup !== 0 ? { secretGroup: table.secretGroup } : {},
    ...table.entropy !== void 0 ? { entropy: table.entropy } : {},
    keywords: table.keywords ?? [],
    tags: table.tags ?? []
  };
  return { ...readRule(ours, source, "BAD_CONFIG"), allowlists: allowlistsOf(table, `${source}: rule "${id}"`) };
}
function parseGitleaksConfig(doc, source, include, builtin = loadBuiltinRules, depth = 0) {
  const extend = new FieldReader(doc.extend ?? {}, `${source}: [extend]`, "BAD_CONFIG");
  let base = { source, rules: [], allowlists: [] };
  if (extend.has("path")) {
    if (depth > 5) extend.fail("[extend] path nests too deeply");
    const included = include ? include(extend.string("path"), source) : extend.fail("[extend] path cannot be followed here");
    base = parseGitleaksConfig(
      parseToml(included.text, included.source, "BAD_CONFIG"),
      included.source,
      include,
      builtin,
      depth + 1
    );
  } else if (extend.boolean("useDefault", false)) {
    base.rules = builtin();
  }
  const disabled = new Set(extend.strings("disabledRules"));
  const own = new FieldReader(doc, source, "BAD_CONFIG").tables("rules").map((t) => gitleaksRule(t, source));
  const ownIds = new Set(own.map((r) => r.id));
  return {
    source,
    rules: [...base.rules.filter((r) => !disabled.has(r.id) && !ownIds.has(r.id)), ...own],
    allowlists: [...base.allowlists, ...allowlistsOf(doc, source)]
  };
}
var init_gitleaks = __esm({
  "src/config/gitleaks.ts"() {
    "use strict";
    init_fields();
    init_rules();
  }
});

// src/tickets/settings.ts
var TICKET_PROVIDERS, DEFAULT_TICKETS;
var init_settings = __esm({
  "src/tickets/settings.ts"() {
    "use strict";
    TICKET_PROVIDERS = ["github", "webhook", "command"];
    DEFAULT_TICKETS = {
      labels: ["leakhound", "secret-leak"],
      assignees: "codeowners",
      secretEnv: "LEAKHOUND_WEBHOOK_SECRET"
    };
  }
});

// src/config/urls.ts
function checkOperatorUrl(url) {
  let parsed;
  try {
    parsed = new URL(url);
  } catch {
    return `not a URL: ${JSON.stringify(url.slice(0, 100))}`;
  }
  if (parsed.protocol === "https:") return void 0;
  if (parsed.protocol === "http:")
    return LOOPBACK.test(parsed.hostname) ? void 0 : `plain http is allowed only to a loopback address (use https): ${parsed.host}`;
  return `must be an https URL, not ${parsed.protocol}`;
}
var LOOPBACK;
var init_urls = __esm({
  "src/config/urls.ts"() {
    "use strict";
    LOOPBACK = /^(localhost|127(?:\.\d{1,3}){3}|\[::1\])$/i;
  }
});

// src/config/loop.ts
function readRevoke(reader) {
  reader.onlyKeys(["providers", "confirmAttempts", "confirmDelaySeconds"]);
  const attempts = reader.numberInRange("confirmAttempts", { min: 1, max: 20, integer: true });
  const delay = reader.numberInRange("confirmDelaySeconds", { min: 0, max: 300 });
  return {
    ...reader.has("providers") ? { providers: reader.strings("providers") } : {},
    confirmAttempts: attempts ?? DEFAULT_REVOKE.confirmAttempts,
    confirmDelaySeconds: delay ?? DEFAULT_REVOKE.confirmDelaySeconds
  };
}
function readEscalate(reader) {
  reader.onlyKeys(["afterDays", "labels", "assignees", "webhook"]);
  const afterDays = reader.numberInRange("afterDays", { min: 0, max: 3650 });
  const webhook = reader.has("webhook") ? reader.string("webhook") : void 0;
  const problem = webhook !== void 0 ? checkOperatorUrl(webhook) : void 0;
  if (problem) reader.fail(`webhook: ${problem}`);
  return {
    ...afterDays !== void 0 ? { afterDays } : {},
    labels: reader.has("labels") ? reader.strings("labels") : DEFAULT_ESCALATE.labels,
    assignees: reader.strings("assignees"),
    ...webhook !== void 0 ? { webhook } : {}
  };
}
var LOOP_TABLES, DEFAULT_REVOKE, DEFAULT_ESCALATE;
var init_loop = __esm({
  "src/config/loop.ts"() {
    "use strict";
    init_urls();
    LOOP_TABLES = ["revoke", "escalate"];
    DEFAULT_REVOKE = { confirmAttempts: 3, confirmDelaySeconds: 2 };
    DEFAULT_ESCALATE = { labels: ["escalated"], assignees: [] };
  }
});

// src/config/config.ts
function dialectOf(path, explicit) {
  if (explicit) return explicit;
  return /gitleaks/i.test(path.split(/[\\/]/).pop() ?? "") ? "gitleaks" : "leakhound";
}
function readVerify(reader) {
  reader.onlyKeys(["timeout", "concurrency", "auditLog", "baseUrls", "canaryAccounts"]);
  const baseUrls2 = reader.table_("baseUrls") ?? {};
  for (const [provider, url] of Object.entries(baseUrls2)) {
    if (typeof url !== "string") reader.fail(`baseUrls.${provider} must be a string`);
    const problem = checkOperatorUrl(url);
    if (problem) reader.fail(`baseUrls.${provider}: ${problem}`);
  }
  const timeout = reader.numberInRange("timeout", { min: 0.1, max: 600 });
  const concurrency = reader.numberInRange("concurrency", { min: 1, max: 64, integer: true });
  return {
    ...timeout !== void 0 ? { timeoutSeconds: timeout } : {},
    ...concurrency !== void 0 ? { concurrency } : {},
    ...reader.has("auditLog") ? { auditLog: reader.string("auditLog") } : {},
    baseUrls: baseUrls2,
    canaryAccounts: reader.strings("canaryAccounts")
  };
}
function readTickets(reader) {
  reader.onlyKeys([
    "provider",
    "repository",
    "apiUrl",
    "labels",
    "assignees",
    "url",
    "secretEnv",
    "command",
    "stateFile"
  ]);
  const provider = reader.string("provider");
  if (!TICKET_PROVIDERS.includes(provider)) reader.fail(`provider must be one of ${TICKET_PROVIDERS.join(", ")}`);
  const assignees = reader.string("assignees", DEFAULT_TICKETS.assignees);
  if (assignees !== "codeowners" && assignees !== "none") reader.fail(`assignees must be "codeowners" or "none"`);
  for (const key2 of ["apiUrl", "url"]) {
    const problem = reader.has(key2) ? checkOperatorUrl(reader.string(key2)) : void 0;
    if (problem) reader.fail(`${key2}: ${problem}`);
  }
  const optional = (key2) => reader.has(key2) ? { [key2]: reader.string(key2) } : {};
  return {
    provider,
    ...optional("repository"),
    ...optional("apiUrl"),
    ...optional("url"),
    ...optional("stateFile"),
    labels: reader.has("labels") ? reader.strings("labels") : DEFAULT_TICKETS.labels,
    assignees,
    secretEnv: reader.string("secretEnv", DEFAULT_TICKETS.secretEnv),
    ...reader.has("command") ? { command: reader.strings("command") } : {}
  };
}
function readOperator(doc, source) {
  const top = new FieldReader(doc, source, "BAD_CONFIG");
  const verify = top.table_("verify");
  const tickets = top.table_("tickets");
  const revoke = top.table_("revoke");
  const escalate = top.table_("escalate");
  return {
    ...revoke ? { revoke: readRevoke(new FieldReader(revoke, `${source}: [revoke]`, "BAD_CONFIG")) } : {},
    ...escalate ? { escalate: readEscalate(new FieldReader(escalate, `${source}: [escalate]`, "BAD_CONFIG")) } : {},
    ...verify ? { verify: readVerify(new FieldReader(verify, `${source}: [verify]`, "BAD_CONFIG")) } : {},
    ...tickets ? { tickets: readTickets(new FieldReader(tickets, `${source}: [tickets]`, "BAD_CONFIG")) } : {}
  };
}
function operatorKeysOf(doc) {
  const keys = [];
  for (const table of OPERATOR_TABLES) {
    const value = doc[table];
    if (value === void 0) continue;
    if (typeof value === "object" && value !== null && !Array.isArray(value)) {
      const inner = Object.keys(value);
      keys.push(...inner.length ? inner.map((k) => `${table}.${k}`) : [table]);
    } else keys.push(table);
  }
  return keys;
}
function readLeakhoundDetection(doc, source, builtin) {
  const top = new FieldReader(doc, source, "BAD_CONFIG");
  top.onlyKeys([...LEAKHOUND_KEYS, ...OPERATOR_TABLES]);
  const extend = new FieldReader(top.table_("extend") ?? {}, `${source}: [extend]`, "BAD_CONFIG");
  extend.onlyKeys(["useDefault", "disabledRules"]);
  const base = extend.boolean("useDefault", true) ? builtin() : [];
  const disabled = new Set(extend.strings("disabledRules"));
  const known = new Set(base.map((r) => r.id));
  for (const id of disabled) {
    if (!known.has(id)) extend.fail(`disabledRules names unknown rule "${id}"`);
  }
  const custom = top.tables("rules").map((table) => readRule(table, source, "BAD_CONFIG"));
  const customIds = new Set(custom.map((r) => r.id));
  const rules = [...base.filter((r) => !disabled.has(r.id) && !customIds.has(r.id)), ...custom];
  return { source, rules, allowlists: readAllowlists(doc, `${source}: [allowlist]`, "BAD_CONFIG") };
}
function readDetection(doc, source, dialect, include, builtin) {
  const settings = dialect === "gitleaks" ? parseGitleaksConfig(doc, source, include, builtin) : readLeakhoundDetection(doc, source, builtin);
  return checkRulesLeft(settings);
}
function checkRulesLeft(settings) {
  if (settings.rules.length === 0) {
    throw new LeakhoundError(
      "BAD_CONFIG",
      `${settings.source ?? "the configuration"} leaves no rules to scan with (useDefault = false or every rule disabled, and no rule of its own)`
    );
  }
  return settings;
}
function readRepositoryConfig(text, source, options = {}) {
  const dialect = dialectOf(source, options.dialect);
  const doc = parseToml(text, source, "BAD_CONFIG");
  const ignoredOperatorKeys = dialect === "leakhound" ? operatorKeysOf(doc) : [];
  return {
    detection: readDetection(doc, source, dialect, options.include, options.builtin ?? loadBuiltinRules),
    ignoredOperatorKeys
  };
}
function readOperatorConfig(text, source, options = {}) {
  const dialect = dialectOf(source, options.dialect);
  const doc = parseToml(text, source, "BAD_CONFIG");
  const detection = readDetection(doc, source, dialect, options.include, options.builtin ?? loadBuiltinRules);
  return { detection, operator: dialect === "leakhound" ? readOperator(doc, source) : {} };
}
function readUserConfig(text, source) {
  const doc = parseToml(text, source, "BAD_CONFIG");
  new FieldReader(doc, source, "BAD_CONFIG").onlyKeys([...OPERATOR_TABLES]);
  return readOperator(doc, source);
}
function defaultSettings() {
  return { source: void 0, rules: loadBuiltinRules(), allowlists: [] };
}
var CONFIG_FILE, GITLEAKS_CONFIG_FILE, OPERATOR_TABLES, LEAKHOUND_KEYS;
var init_config = __esm({
  "src/config/config.ts"() {
    "use strict";
    init_errors();
    init_fields();
    init_gitleaks();
    init_rules();
    init_settings();
    init_urls();
    init_loop();
    CONFIG_FILE = ".leakhound.toml";
    GITLEAKS_CONFIG_FILE = ".gitleaks.toml";
    OPERATOR_TABLES = ["verify", "tickets", ...LOOP_TABLES];
    LEAKHOUND_KEYS = ["title", "extend", "rules", "allowlist", "allowlists"];
  }
});

// src/io/read-file.ts
import { closeSync as closeSync2, constants as constants2, fstatSync, openSync as openSync2, readFileSync as readFileSync3 } from "node:fs";
function readRegularFile(path) {
  const fd = openSync2(path, constants2.O_RDONLY | (constants2.O_NONBLOCK ?? 0));
  try {
    if (!fstatSync(fd).isFile()) throw Object.assign(new Error("not a regular file"), { code: "ENOTREG" });
    return readFileSync3(fd, "utf8");
  } finally {
    closeSync2(fd);
  }
}
var init_read_file = __esm({
  "src/io/read-file.ts"() {
    "use strict";
  }
});

// src/sources/git-hardening.ts
import { existsSync as existsSync3, realpathSync } from "node:fs";
import { dirname as dirname3, join as join5, resolve } from "node:path";
function hardeningArgs(extra = []) {
  return ["--no-pager", ...[...HARDENING_CONFIG, ...extra].flatMap((setting) => ["-c", setting])];
}
function safeDirectoryArgs(repo) {
  const here = realPath(resolve(repo));
  const top = realPath(workTreeTopOf(here));
  return (top === here ? [here] : [here, top]).flatMap((dir) => ["-c", `safe.directory=${dir}`]);
}
function scannedRepoArgs(repo) {
  return ["-C", repo, ...hardeningArgs(REPO_CONFIG_NEUTRAL), ...safeDirectoryArgs(repo)];
}
function hardenedEnv(extra = {}) {
  return { ...process.env, ...HARDENING_ENV, ...extra };
}
function realPath(path) {
  try {
    return realpathSync(path);
  } catch {
    return path;
  }
}
function workTreeTopOf(dir) {
  for (let d = dir; ; d = dirname3(d)) {
    if (existsSync3(join5(d, ".git"))) return d;
    if (dirname3(d) === d) return dir;
  }
}
var HARDENING_CONFIG, REPO_CONFIG_NEUTRAL, FETCH_ARGS, TRANSPORT_CONFIG, HARDENING_ENV;
var init_git_hardening = __esm({
  "src/sources/git-hardening.ts"() {
    "use strict";
    HARDENING_CONFIG = [
      "core.fsmonitor=false",
      "core.hooksPath=/dev/null",
      "core.pager=cat",
      "core.editor=false",
      "sequence.editor=false",
      "core.askPass=",
      "core.alternateRefsCommand=",
      "diff.external=",
      "log.showSignature=false",
      "gpg.program=false",
      "gpg.ssh.program=false",
      "gpg.x509.program=false",
      "submodule.recurse=false",
      "fetch.recurseSubmodules=false",
      "gc.auto=0",
      "maintenance.auto=false",
      // no transport at all: a read of the repository never needs one, and a partial clone's lazy fetch
      // would reach a host (and run the upload-pack) that the repository's config names
      "protocol.allow=never",
      "protocol.ext.allow=never",
      "protocol.file.allow=never"
    ];
    REPO_CONFIG_NEUTRAL = ["core.sshCommand=ssh", "credential.helper="];
    FETCH_ARGS = ["--upload-pack=git-upload-pack", "--no-recurse-submodules"];
    TRANSPORT_CONFIG = [
      "protocol.https.allow=always",
      "protocol.http.allow=always",
      "protocol.ssh.allow=always",
      "protocol.git.allow=always",
      "protocol.file.allow=always"
    ];
    HARDENING_ENV = {
      GIT_OPTIONAL_LOCKS: "0",
      GIT_TERMINAL_PROMPT: "0",
      GIT_PAGER: "cat",
      // set and empty: git then asks neither core.askPass nor SSH_ASKPASS (prompt.c)
      GIT_ASKPASS: "",
      SSH_ASKPASS: "",
      SSH_ASKPASS_REQUIRE: "never",
      // core.gitProxy from a repository's config is ignored while this is set, and empty means none
      GIT_PROXY_COMMAND: "",
      // git 2.45 and later: a partial clone's missing objects are not fetched (protocol.allow covers older ones)
      GIT_NO_LAZY_FETCH: "1",
      LC_ALL: "C"
    };
  }
});

// src/sources/lines.ts
function startsWith(data, start, end, prefix) {
  const n = prefix.length;
  if (end - start < n) return false;
  for (let i = 0; i < n; i++) if (data[start + i] !== prefix[i]) return false;
  return true;
}
var NL, LineSplitter;
var init_lines2 = __esm({
  "src/sources/lines.ts"() {
    "use strict";
    NL = 10;
    LineSplitter = class {
      constructor(onLine, maxLine = Number.POSITIVE_INFINITY, onOverlong = () => void 0) {
        this.onLine = onLine;
        this.maxLine = maxLine;
        this.onOverlong = onOverlong;
      }
      onLine;
      maxLine;
      onOverlong;
      /** the start of a line a chunk's end cut, in pieces (joined once, when its end arrives) */
      pending = [];
      pendingBytes = 0;
      /** the line being joined is over `maxLine`: its bytes are not kept, only its end is awaited */
      overlong = false;
      push(chunk) {
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
      end() {
        if (this.pendingBytes > 0 || this.overlong) this.flushPending();
      }
      /** Forgets a line cut short (the output stopped mid-way). */
      drop() {
        this.pending = [];
        this.pendingBytes = 0;
        this.overlong = false;
      }
      // kept past this call, so copied out of a chunk that may be reused
      keep(piece) {
        if (this.overlong || piece.length === 0) return;
        this.pendingBytes += piece.length;
        if (this.pendingBytes > this.maxLine) {
          this.pending = [];
          this.overlong = true;
          return;
        }
        this.pending.push(Buffer.from(piece));
      }
      flushPending() {
        const overlong = this.overlong;
        const line = overlong ? void 0 : this.pending.length === 1 ? this.pending[0] : Buffer.concat(this.pending);
        this.drop();
        if (line) this.onLine(line, 0, line.length);
        else this.onOverlong();
      }
    };
  }
});

// src/sources/patch.ts
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
var NL2, PLUS, MINUS, AT, BACKSLASH, DIFF_GIT, PLUS3, BINARY, SHORT_COPY, ByteBuilder, AddedLinesBuilder, PatchParser;
var init_patch = __esm({
  "src/sources/patch.ts"() {
    "use strict";
    init_lines2();
    NL2 = 10;
    PLUS = 43;
    MINUS = 45;
    AT = 64;
    BACKSLASH = 92;
    DIFF_GIT = Buffer.from("diff --git ");
    PLUS3 = Buffer.from("+++ ");
    BINARY = Buffer.from("Binary files ");
    SHORT_COPY = 64;
    ByteBuilder = class {
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
        const n = end - start;
        if (n <= SHORT_COPY) {
          const buf = this.buf;
          let at = this.length;
          for (let i = start; i < end; i++) buf[at++] = src[i];
          this.length = at;
        } else {
          this.length += src.copy(this.buf, this.length, start, end);
        }
        this.buf[this.length++] = NL2;
      }
      /** The content (handed over, not copied), and a fresh buffer for the next file. */
      take() {
        const out = this.buf.subarray(0, this.length);
        this.buf = Buffer.allocUnsafe(Math.min(Math.max(4096, this.length * 2), 1024 * 1024));
        this.length = 0;
        return out;
      }
      /** The content as it is now, in the builder's own buffer: valid until the next append or clear. */
      view() {
        return this.buf.subarray(0, this.length);
      }
      /** Forgets the content, keeping the buffer. */
      clear() {
        this.length = 0;
      }
    };
    AddedLinesBuilder = class {
      constructor(maxBytes) {
        this.maxBytes = maxBytes;
      }
      maxBytes;
      content = new ByteBuilder();
      lineMap = [];
      oversized = false;
      /**
       * Adds data[start, end) as line `line` of the file. A UTF-8 byte-order mark at the start of line 1
       * is not text (the file scans read past it too, sources/encoding.ts): columns count from after it.
       */
      add(data, start, end, line) {
        if (this.oversized) return;
        if (line === 1 && end - start >= 3 && data[start] === 239 && data[start + 1] === 187 && data[start + 2] === 191)
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
      lines(reuse = false) {
        return { bytes: reuse ? this.content.view() : this.content.take(), lineMap: this.lineMap };
      }
      /** Ready for the next file. */
      reset() {
        this.content.clear();
        this.lineMap = [];
        this.oversized = false;
      }
    };
    PatchParser = class {
      constructor(emit, maxFileBytes2) {
        this.emit = emit;
        this.added = new AddedLinesBuilder(maxFileBytes2);
      }
      emit;
      lines = new LineSplitter((data, start, end) => this.line(data, start, end));
      path;
      inHunk = false;
      nextLine = 0;
      added;
      stats = { binary: 0, large: 0 };
      push(chunk) {
        this.lines.push(chunk);
      }
      end() {
        this.lines.end();
        this.flushFile();
      }
      line(data, start, end) {
        const first = data[start];
        if (this.inHunk) {
          if (first === PLUS) return this.added.add(data, start + 1, end, this.nextLine++);
          if (first === MINUS || first === BACKSLASH) return;
          if (first === AT) return this.hunk(data.toString("latin1", start, end));
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
      flushFile() {
        const added = this.added;
        if (added.oversized) this.stats.large++;
        if (this.path !== void 0 && added.lineMap.length > 0) {
          const { bytes, lineMap } = added.lines();
          this.emit({ path: this.path, bytes, lineMap });
        }
        added.reset();
        this.path = void 0;
        this.inHunk = false;
      }
    };
  }
});

// src/sources/git.ts
import { accessSync, constants as constants3, existsSync as existsSync4, statSync as statSync2 } from "node:fs";
import { createRequire as createRequire8 } from "node:module";
import { delimiter, dirname as dirname4, join as join6, resolve as resolve2 } from "node:path";
function gitEnv() {
  return hardenedEnv();
}
function git(repo, args) {
  const result2 = childProcess().spawnSync("git", [...scannedRepoArgs(repo), ...args], {
    env: gitEnv(),
    encoding: "utf8"
  });
  if (result2.error) {
    throw new LeakhoundError("GIT_FAILED", `cannot run git: ${result2.error.message}`);
  }
  return { ok: result2.status === 0, stdout: result2.stdout.trim(), stderr: result2.stderr.trim() };
}
function hasGitBinary() {
  gitBinary ??= onPath(process.platform === "win32" ? ["git.exe", "git.cmd", "git.bat"] : ["git"]);
  return gitBinary;
}
function onPath(names) {
  for (const dir of (process.env.PATH ?? "").split(delimiter)) {
    if (!dir) continue;
    for (const name of names) {
      try {
        const file = join6(dir, name);
        accessSync(file, constants3.X_OK);
        if (statSync2(file).isFile()) return true;
      } catch {
      }
    }
  }
  return false;
}
function noteNoGitForHistory() {
  process.stderr.write(
    "leakhound: note: no git executable found; reading the repository with isomorphic-git (much slower)\n"
  );
}
function inspectRepo(repo) {
  const query = ["rev-parse", "--is-bare-repository", "--is-shallow-repository", "--absolute-git-dir", "--show-cdup"];
  const probe = git(repo, [...query, "--verify", "-q", "HEAD^{commit}", "--tags"]);
  let lines2 = probe.stdout.split("\n");
  const hasHead = probe.ok;
  if (!probe.ok) {
    const retry = git(repo, [...query, "--tags"]);
    if (!retry.ok) {
      const why = retry.stderr.split("\n").find((l) => l.startsWith("fatal:"))?.replace(/^fatal: /, "") ?? retry.stderr;
      throw new LeakhoundError("NOT_A_REPO", `${repo} is not a git repository (${why})`);
    }
    lines2 = retry.stdout.split("\n");
  }
  const [bare, shallow, gitDir] = lines2;
  const root = bare === "true" ? gitDir : resolve2(repo, lines2[3] ?? "");
  const before = (bare === "true" ? 3 : 4) + (hasHead ? 1 : 0);
  const hasTags = lines2.slice(before).some((line) => line !== "");
  return { root, shallow: shallow === "true", hasHead, hasTags, ...gitDir ? { gitDir } : {} };
}
function refTips(repo) {
  const refs = git(repo, ["for-each-ref", "--format=%(objectname) %(objecttype) %(*objectname)"]);
  const tips = /* @__PURE__ */ new Set();
  for (const line of refs.stdout.split("\n").filter(Boolean)) {
    const [oid, type, peeled] = line.split(" ");
    tips.add(type === "tag" && peeled ? peeled : oid);
  }
  const head = git(repo, ["rev-parse", "--verify", "--quiet", "HEAD^{commit}"]);
  if (head.ok) tips.add(head.stdout);
  return [...tips].sort();
}
function existingCommits(repo, oids) {
  if (oids.length === 0) return [];
  const r = childProcess().spawnSync("git", [...scannedRepoArgs(repo), "cat-file", "--batch-check"], {
    input: oids.join("\n") + "\n",
    encoding: "utf8",
    env: gitEnv()
  });
  return (r.stdout ?? "").split("\n").filter((l) => / commit \d+$/.test(l)).map((l) => l.split(" ")[0]);
}
function verifyRevision(repo, rev) {
  if (rev.startsWith("-") || !git(repo, ["rev-parse", "--verify", "--quiet", `${rev}^{commit}`]).ok) {
    throw new LeakhoundError("USAGE", `no such commit or branch in ${repo}: ${rev}`);
  }
}
function rangeEnds(range) {
  const [from, to] = range.split(/\.\.\.?/);
  if (!range.includes("..") || !from || !to)
    throw new LeakhoundError("USAGE", `--range must look like A..B, not ${range}`);
  return [from, to];
}
function revisionArgs(repo, scope) {
  if (scope.range) {
    const [from, to] = rangeEnds(scope.range);
    verifyRevision(repo, from);
    verifyRevision(repo, to);
    return [...scope.logOptions ?? [], scope.range];
  }
  const refs = scope.branch ? [scope.branch] : ["--all"];
  if (scope.branch) verifyRevision(repo, scope.branch);
  const not = [...scope.sinceCommit ? [scope.sinceCommit] : [], ...scope.exclude ?? []];
  if (scope.sinceCommit) verifyRevision(repo, scope.sinceCommit);
  const options = scope.logOptions ?? [];
  return not.length > 0 ? [...options, ...refs, "--not", ...not] : [...options, ...refs];
}
function spawnFailure(err) {
  return new LeakhoundError(err.code === "ENOENT" ? "NO_GIT" : "GIT_FAILED", `cannot run git: ${err.message}`);
}
function exitProblems(repo, args, code, signal, stderr) {
  if (code === 0) return [];
  const line = stderr.split("\n").find((l) => /^(fatal|error):/.test(l)) ?? `git exited with ${signal ?? `code ${code}`}`;
  const command = args.find((arg, i) => arg !== "-c" && args[i - 1] !== "-c");
  return [{ path: repo, reason: `git ${command} failed: ${line.replace(/^(fatal|error): /, "")}` }];
}
function spawnGit(repo, args, input2) {
  const child = childProcess().spawn("git", [...scannedRepoArgs(repo), "-c", "core.quotePath=true", ...args], {
    // a listing read to its end: git's output fully buffered, not flushed after each commit as it
    // is into a pipe by default (measured: `git log -p` into a pipe, 0.62 s with a flush per commit,
    // 0.57 s without, on a 6,400-commit history)
    env: { ...gitEnv(), GIT_FLUSH: "0" },
    stdio: ["pipe", "pipe", "pipe"]
  });
  child.stdin.on("error", () => void 0);
  child.stdin.end(input2 ?? "");
  let stderr = "";
  child.stderr.on("data", (chunk) => {
    if (stderr.length < 64 * 1024) stderr += chunk.toString("utf8");
  });
  const done = new Promise((resolve14, reject) => {
    child.on("error", (err) => reject(spawnFailure(err)));
    child.on("close", (code, signal) => resolve14(exitProblems(repo, args, code, signal, stderr)));
  });
  return { stdout: child.stdout, done, kill: () => child.kill() };
}
function stagedDiffArgs(repo) {
  return [...scannedRepoArgs(repo), "-c", "core.quotePath=true", ...STAGED_DIFF];
}
function startStagedDiff(repo) {
  const holder = globalThis;
  const early = holder.__leakhoundEarlyDiff;
  holder.__leakhoundEarlyDiff = void 0;
  const args = STAGED_DIFF;
  if (early && early.repo === repo && early.args.join("\0") === stagedDiffArgs(repo).join("\0") && Object.entries(HARDENING_ENV).every(([k, v]) => early.env[k] === v)) {
    return {
      repo,
      output: early.result.then(({ chunks: chunks2, stderr, code, signal, error }) => {
        if (error) throw spawnFailure(error);
        return { chunks: chunks2, errors: exitProblems(repo, args, code, signal, stderr) };
      })
    };
  }
  const git4 = spawnGit(repo, args);
  const chunks = [];
  git4.stdout.on("data", (chunk) => chunks.push(chunk));
  return { repo, output: git4.done.then((errors) => ({ chunks, errors })) };
}
async function stagedPatches(diff, maxFileBytes2, onFragment) {
  const { chunks, errors } = await diff.output;
  if (errors.length > 0) inspectRepo(diff.repo);
  const parser = new PatchParser(onFragment, maxFileBytes2);
  for (const chunk of chunks) parser.push(chunk);
  parser.end();
  return { bytes: chunks.reduce((n, c) => n + c.length, 0), errors, ...parser.stats };
}
function workTreeTop(dir) {
  for (let d = resolve2(dir); ; d = dirname4(d)) {
    if (existsSync4(join6(d, ".git"))) return d;
    if (dirname4(d) === d) return resolve2(dir);
  }
}
function commitOf(repo, rev) {
  verifyRevision(repo, rev);
  return git(repo, ["rev-parse", "--verify", "--quiet", `${rev}^{commit}`]).stdout;
}
function fileAtCommit(repo, rev, path) {
  const spec = `${rev}:${path}`;
  const type = git(repo, ["cat-file", "-t", spec]);
  if (!type.ok) {
    if (/does not exist|exists on disk, but not in|not a valid object name|invalid object name/i.test(type.stderr))
      return void 0;
    throw new LeakhoundError(
      "GIT_FAILED",
      `cannot read ${path} at ${rev}: ${type.stderr.split("\n")[0] ?? "git failed"}`
    );
  }
  if (type.stdout !== "blob") return void 0;
  const blob = childProcess().spawnSync("git", [...scannedRepoArgs(repo), "cat-file", "blob", spec], {
    env: gitEnv(),
    maxBuffer: 64 * 1024 * 1024
  });
  if (blob.error || blob.status !== 0)
    throw new LeakhoundError(
      "GIT_FAILED",
      `cannot read ${path} at ${rev}: ${blob.stderr?.toString("utf8").split("\n")[0] ?? blob.error?.message}`
    );
  return blob.stdout.toString("utf8");
}
function originUrl(repo) {
  const r = git(repo, ["remote", "get-url", "origin"]);
  return r.ok && r.stdout ? r.stdout : void 0;
}
var require9, childProcess, DIFF_OPTIONS, gitBinary, STAGED_DIFF;
var init_git = __esm({
  "src/sources/git.ts"() {
    "use strict";
    init_errors();
    init_git_hardening();
    init_patch();
    require9 = createRequire8(import.meta.url);
    childProcess = () => require9("node:child_process");
    DIFF_OPTIONS = ["-U0", "--no-color", "--no-ext-diff", "--no-textconv", "--find-renames", "--ignore-submodules"];
    STAGED_DIFF = ["diff", "--cached", ...DIFF_OPTIONS, "--"];
  }
});

// src/config/settings-files.ts
import { existsSync as existsSync5, realpathSync as realpathSync2, statSync as statSync3 } from "node:fs";
import { dirname as dirname5, isAbsolute, join as join7, posix, relative as relative2, resolve as resolve3 } from "node:path";
function insideRoot(root, path) {
  const rel = relative2(resolve3(root), resolve3(root, path));
  if (rel === "" || rel.startsWith("..") || isAbsolute(rel)) return void 0;
  return rel.split("\\").join("/");
}
function repoPath(rel) {
  const normal = posix.normalize(rel.split("\\").join("/"));
  if (normal.startsWith("../") || normal === ".." || posix.isAbsolute(normal)) {
    throw new LeakhoundError("BAD_CONFIG", `${rel}: a repository's settings may only name files inside the repository`);
  }
  return normal;
}
function workTreeFiles(root) {
  const top = resolve3(root);
  let realTop;
  return {
    root: top,
    origin: "the work tree",
    label: (rel) => join7(top, rel),
    read(rel) {
      const path = join7(top, repoPath(rel));
      if (!existsSync5(path)) return void 0;
      try {
        const real = realpathSync2(path);
        if (insideRoot(realTop ??= realpathSync2(top), real) === void 0) {
          throw new LeakhoundError(
            "BAD_CONFIG",
            `${path} leads outside the repository (a symbolic link to ${real}): not read`
          );
        }
        return readRegularFile(real);
      } catch (err) {
        if (err instanceof LeakhoundError) throw err;
        throw new LeakhoundError("BAD_CONFIG", `cannot read ${path}: ${reasonOf(err)}`);
      }
    }
  };
}
function commitFiles(root, commit, why) {
  const short = commit.slice(0, 12);
  return {
    root: resolve3(root),
    origin: `commit ${short} (${why})`,
    label: (rel) => `${rel} at ${short}`,
    read: (rel) => fileAtCommit(root, commit, repoPath(rel))
  };
}
function settingsRoot(path) {
  const start = resolve3(path);
  let dir = start;
  try {
    if (!statSync3(start).isDirectory()) dir = dirname5(start);
  } catch {
    dir = dirname5(start);
  }
  const first = dir;
  for (let d = dir; ; d = dirname5(d)) {
    if (SETTINGS_FILES.some((name) => existsSync5(join7(d, name))) && insideWorkTree(d)) return d;
    if (existsSync5(join7(d, ".git"))) return d;
    if (dirname5(d) === d) return first;
  }
}
function insideWorkTree(dir) {
  for (let d = dir; ; d = dirname5(d)) {
    if (existsSync5(join7(d, ".git"))) return true;
    if (dirname5(d) === d) return false;
  }
}
var SETTINGS_FILES;
var init_settings_files = __esm({
  "src/config/settings-files.ts"() {
    "use strict";
    init_read_file();
    init_errors();
    init_git();
    SETTINGS_FILES = [".leakhound.toml", ".gitleaks.toml", ".leakhound-baseline.json", ".gitleaksignore"];
  }
});

// src/config/load.ts
import { existsSync as existsSync6, readFileSync as readFileSync4, statSync as statSync4 } from "node:fs";
import { homedir } from "node:os";
import { dirname as dirname6, join as join8, posix as posix2, resolve as resolve4 } from "node:path";
function userConfigPath(env = process.env) {
  if (env.LEAKHOUND_USER_CONFIG) return env.LEAKHOUND_USER_CONFIG;
  const base = env.XDG_CONFIG_HOME || join8(homedir(), ".config");
  return join8(base, "leakhound", "config.toml");
}
function readDisk(path, what) {
  try {
    return readFileSync4(path, "utf8");
  } catch (err) {
    throw new LeakhoundError("BAD_CONFIG", `cannot read ${what} ${path}: ${reasonOf(err)}`);
  }
}
function repositoryInclude(files, labels) {
  return (path, from) => {
    const fromRel = labels.get(from) ?? "";
    const rel = posix2.normalize(posix2.join(posix2.dirname(fromRel), path.split("\\").join("/")));
    const text = files.read(rel);
    if (text === void 0)
      throw new LeakhoundError("BAD_CONFIG", `${from}: [extend] path ${path}: no such file in the repository`);
    const label = files.label(rel);
    labels.set(label, rel);
    return { text, source: label };
  };
}
function repositoryDetection(files, warnings) {
  for (const rel of [CONFIG_FILE, GITLEAKS_CONFIG_FILE]) {
    const text = files.read(rel);
    if (text === void 0) continue;
    const label = files.label(rel);
    const labels = /* @__PURE__ */ new Map([[label, rel]]);
    const { detection, ignoredOperatorKeys } = readRepositoryConfig(text, label, {
      include: repositoryInclude(files, labels)
    });
    if (ignoredOperatorKeys.length > 0) {
      warnings.push(
        `${label} sets operator settings, ignored: ${ignoredOperatorKeys.join(", ")} (a scanned repository cannot choose hosts, commands, files or tickets: use --config FILE, flags or ${userConfigPath()})`
      );
    }
    return detection;
  }
  return void 0;
}
function loadSettings(options) {
  const warnings = [];
  let operator = {};
  const userPath = options.userConfig === false ? void 0 : options.userConfig ?? userConfigPath();
  if (userPath && existsSync6(userPath)) operator = readUserConfig(readDisk(userPath, "config"), userPath);
  let detection;
  if (options.explicit) {
    const rel = options.files ? insideRoot(options.files.root, resolve4(options.explicit)) : void 0;
    const text = rel !== void 0 ? options.files.read(rel) : readDisk(options.explicit, "config");
    if (text === void 0)
      throw new LeakhoundError("BAD_CONFIG", `cannot read config ${options.files.label(rel)}: no such file`);
    const source = rel !== void 0 ? options.files.label(rel) : options.explicit;
    const labels = /* @__PURE__ */ new Map([[source, rel ?? ""]]);
    const include = rel !== void 0 ? repositoryInclude(options.files, labels) : diskInclude;
    const explicit = readOperatorConfig(text, source, {
      include,
      ...options.dialect ? { dialect: options.dialect } : {}
    });
    detection = explicit.detection;
    operator = { ...operator, ...explicit.operator };
  } else if (options.files) {
    detection = repositoryDetection(options.files, warnings);
  }
  return { ...detection ?? defaultSettings(), ...operator, warnings };
}
function rootFolder(searchDir) {
  try {
    return statSync4(searchDir).isDirectory() ? searchDir : dirname6(searchDir);
  } catch {
    return void 0;
  }
}
function loadConfig(explicitPath, searchDir) {
  const dir = rootFolder(searchDir);
  return loadSettings({
    ...explicitPath ? { explicit: explicitPath } : {},
    ...dir !== void 0 ? { files: workTreeFiles(dir) } : {}
  });
}
var diskInclude;
var init_load = __esm({
  "src/config/load.ts"() {
    "use strict";
    init_errors();
    init_config();
    init_settings_files();
    diskInclude = (path, from) => {
      const full = resolve4(dirname6(from), path);
      return { text: readDisk(full, "config"), source: full };
    };
  }
});

// src/filters/baseline.ts
function key(fingerprint2, path) {
  return `${fingerprint2}\0${path}`;
}
function jsonProblem(err) {
  const at = /position (\d+)/.exec(err instanceof Error ? err.message : "")?.[1];
  return `invalid JSON${at ? ` at character ${at}` : ""}`;
}
function foreignHint(doc, path) {
  const first = Array.isArray(doc) ? doc[0] : doc;
  const looksForeign = typeof first === "object" && first !== null && ["RuleID", "SourceMetadata", "DetectorName", "results", "plugins_used"].some((k) => k in first);
  return looksForeign ? `: it looks like another scanner's file; convert it with \`leakhound baseline import ${path}\`` : "";
}
function entriesFor(findings, previous, root) {
  const old = new Map((previous?.entries ?? []).map((e) => [key(e.fingerprint, e.path), e]));
  const out = /* @__PURE__ */ new Map();
  for (const f of findings) {
    const path = root(f.path);
    const k = key(f.fingerprint, path);
    const before = old.get(k);
    out.set(k, {
      fingerprint: f.fingerprint,
      path,
      rule: f.ruleId,
      ...before?.reason ? { reason: before.reason } : {},
      ...before?.expires ? { expires: before.expires } : {},
      ...before?.verdict ? { verdict: before.verdict } : {}
    });
  }
  return [...out.values()];
}
function writeBaseline(path, entries2) {
  const sorted = [...new Map(entries2.map((e) => [key(e.fingerprint, e.path), e])).values()].sort(
    (a, b) => a.fingerprint < b.fingerprint ? -1 : a.fingerprint > b.fingerprint ? 1 : a.path < b.path ? -1 : a.path > b.path ? 1 : 0
  );
  const lines2 = sorted.map((e) => `${JSON.stringify(e)},`);
  writeWholeFile(path, [FIRST_LINE, ...lines2, LAST_LINE, ""].join("\n"), "baseline ");
}
var BASELINE_FILE, FIRST_LINE, LAST_LINE, Baseline;
var init_baseline = __esm({
  "src/filters/baseline.ts"() {
    "use strict";
    init_read_file();
    init_write_file();
    init_errors();
    BASELINE_FILE = ".leakhound-baseline.json";
    FIRST_LINE = '{"leakhound-baseline": 1, "entries": [';
    LAST_LINE = "null]}";
    Baseline = class _Baseline {
      constructor(entries2, today = (/* @__PURE__ */ new Date()).toISOString().slice(0, 10)) {
        this.entries = entries2;
        this.today = today;
        for (const entry of entries2) this.byKey.set(key(entry.fingerprint, entry.path), entry);
      }
      entries;
      today;
      byKey = /* @__PURE__ */ new Map();
      /** entries that matched a finding in this run (for --prune) */
      used = /* @__PURE__ */ new Set();
      /** Reads a baseline file, or a leakhound JSON report used as one. */
      static load(path) {
        let text;
        try {
          text = readRegularFile(path);
        } catch (err) {
          throw new LeakhoundError("BAD_CONFIG", `cannot read baseline ${path}: ${reasonOf(err)}`);
        }
        return _Baseline.parse(text, path);
      }
      /** Parses baseline text; `path` names it in errors. */
      static parse(text, path) {
        let doc;
        try {
          doc = JSON.parse(text);
        } catch (err) {
          throw new LeakhoundError("BAD_CONFIG", `cannot read baseline ${path}: ${jsonProblem(err)}`);
        }
        const list = Array.isArray(doc) ? doc : doc?.entries;
        if (!Array.isArray(list))
          throw new LeakhoundError(
            "BAD_CONFIG",
            `${path}: not a leakhound baseline or JSON report${foreignHint(doc, path)}`
          );
        const entries2 = [];
        for (const [i, item] of list.entries()) {
          if (item === null) continue;
          const e = item;
          const path_ = e.path ?? e.file;
          if (typeof e.fingerprint !== "string" || typeof path_ !== "string") {
            const keys = typeof item === "object" ? Object.keys(item).slice(0, 8).join(", ") : typeof item;
            throw new LeakhoundError(
              "BAD_CONFIG",
              `${path}: entry ${i + 1} has no fingerprint or path (it has: ${keys})${foreignHint(doc, path)}`
            );
          }
          if (e.expires !== void 0 && !/^\d{4}-\d{2}-\d{2}$/.test(e.expires)) {
            throw new LeakhoundError(
              "BAD_CONFIG",
              `${path}: expires must be a date like 2027-01-31, not ${JSON.stringify(e.expires)}`
            );
          }
          if (e.verdict !== void 0 && e.verdict !== "false-positive" && e.verdict !== "accepted") {
            throw new LeakhoundError(
              "BAD_CONFIG",
              `${path}: entry ${i + 1}: verdict must be "false-positive" or "accepted"`
            );
          }
          entries2.push({
            fingerprint: e.fingerprint,
            path: path_,
            rule: e.rule ?? e.ruleId ?? "",
            ...e.reason ? { reason: e.reason } : {},
            ...e.expires ? { expires: e.expires } : {},
            ...e.verdict ? { verdict: e.verdict } : {}
          });
        }
        return new _Baseline(entries2);
      }
      /** The entry accepting this finding, if any and not expired. */
      covers(finding) {
        const entry = this.byKey.get(key(finding.fingerprint, finding.path)) ?? this.bySuffix(finding);
        if (!entry) return false;
        this.used.add(entry);
        return entry.expires === void 0 || entry.expires > this.today;
      }
      // a scan of /abs/repo shows /abs/repo/a.env where the baseline, written at the root, says a.env
      bySuffix(finding) {
        for (let i = finding.path.indexOf("/"); i !== -1; i = finding.path.indexOf("/", i + 1)) {
          const entry = this.byKey.get(key(finding.fingerprint, finding.path.slice(i + 1)));
          if (entry) return entry;
        }
        return void 0;
      }
    };
  }
});

// src/scan/detector.ts
function createDetector(ruleSet, options = {}) {
  return new Detector(ruleSet.rules, { ...options, allowlist: new Allowlist(ruleSet.allowlists, "config allowlist") });
}
var init_detector2 = __esm({
  "src/scan/detector.ts"() {
    "use strict";
    init_detector();
    init_allowlist();
  }
});

// src/sources/encoding.ts
var encoding_exports = {};
__export(encoding_exports, {
  asText: () => asText,
  isBinary: () => isBinary
});
function isBinary(bytes) {
  return bytes.subarray(0, SNIFF).includes(0);
}
function asText(bytes) {
  const [b0, b1, b2, b3] = bytes;
  if (b0 === 239 && b1 === 187 && b2 === 191) return utf8(bytes.subarray(3));
  if (b0 === 255 && b1 === 254) {
    if (b2 === 0 && b3 === 0)
      return { kind: "undecodable", reason: "UTF-32 text is not scanned (convert it to UTF-8)" };
    return utf16(bytes.subarray(2), "utf-16le", true);
  }
  if (b0 === 254 && b1 === 255) return utf16(bytes.subarray(2), "utf-16be", true);
  if (b0 === 0 && b1 === 0 && b2 === 254 && b3 === 255)
    return { kind: "undecodable", reason: "UTF-32 text is not scanned (convert it to UTF-8)" };
  if (!isBinary(bytes)) return { kind: "text", bytes, encoding: "utf-8" };
  const guess = utf16Guess(bytes);
  return guess ? utf16(bytes, guess, false) : { kind: "binary" };
}
function utf8(bytes) {
  return isBinary(bytes) ? { kind: "binary" } : { kind: "text", bytes, encoding: "utf-8" };
}
function utf16(bytes, encoding, marked) {
  let text;
  try {
    if (bytes.length % 2 !== 0) throw new Error(`an odd number of bytes (${bytes.length})`);
    text = new TextDecoder(encoding, { fatal: true, ignoreBOM: true }).decode(bytes);
  } catch (err) {
    if (!marked) return { kind: "binary" };
    const why = err instanceof Error && err.message.startsWith("an odd") ? err.message : "bytes that are not UTF-16";
    return {
      kind: "undecodable",
      reason: `starts with a ${encoding.toUpperCase()} byte-order mark but holds ${why}: not scanned`
    };
  }
  if (text.slice(0, SNIFF).includes("\0")) return { kind: "binary" };
  return { kind: "text", bytes: Buffer.from(text, "utf8"), encoding };
}
function utf16Guess(bytes) {
  const units = Math.floor(Math.min(bytes.length, SNIFF) / 2);
  if (units < 2) return void 0;
  let le = 0;
  let be = 0;
  for (let i = 0; i < units; i++) {
    const a = bytes[2 * i];
    const b = bytes[2 * i + 1];
    if (b === 0 && a !== 0 && a < 128) le++;
    else if (a === 0 && b !== 0 && b < 128) be++;
  }
  if (le >= units * UTF16_ASCII_SHARE) return "utf-16le";
  if (be >= units * UTF16_ASCII_SHARE) return "utf-16be";
  return void 0;
}
var SNIFF, UTF16_ASCII_SHARE;
var init_encoding = __esm({
  "src/sources/encoding.ts"() {
    "use strict";
    SNIFF = 8e3;
    UTF16_ASCII_SHARE = 0.9;
  }
});

// src/sources/files.ts
import { closeSync as closeSync3, fstatSync as fstatSync2, openSync as openSync3, readdirSync as readdirSync2, readSync, statSync as statSync5 } from "node:fs";
import { basename as basename2, join as join9, relative as relative3, sep } from "node:path";
function toPosix(path) {
  return sep === "/" ? path : path.split(sep).join("/");
}
function displayJoin(root, rel) {
  const base = toPosix(root).replace(/\/+$/, "");
  if (base === "." || base === "") return rel;
  return rel === "" ? base : `${base}/${rel}`;
}
function* walkFiles(roots, options, stats) {
  const included = globMatcher(options.include);
  const excluded = globMatcher(options.exclude);
  const skip = options.skip;
  for (const root of roots) {
    let rootStat;
    try {
      rootStat = statSync5(root);
    } catch (err) {
      throw new LeakhoundError("NOT_FOUND", `cannot scan ${root}: ${reasonOf(err)}`);
    }
    if (rootStat.isFile()) {
      yield { absPath: root, displayPath: toPosix(root), relPath: basename2(root) };
      continue;
    }
    if (!rootStat.isDirectory()) throw new LeakhoundError("NOT_FOUND", `cannot scan ${root}: not a file or directory`);
    const pending = [root];
    while (pending.length > 0) {
      const dir = pending.pop();
      let entries2;
      try {
        entries2 = readdirSync2(dir, { withFileTypes: true });
      } catch (err) {
        stats.errors.push({ path: displayJoin(root, toPosix(relative3(root, dir))), reason: reasonOf(err) });
        continue;
      }
      entries2.sort((a, b) => a.name < b.name ? -1 : a.name > b.name ? 1 : 0);
      const subdirs = [];
      for (const entry of entries2) {
        if (entry.isSymbolicLink()) continue;
        const abs = join9(dir, entry.name);
        const rel = toPosix(relative3(root, abs));
        if (entry.isDirectory()) {
          if (!PRUNED_DIRS.has(entry.name) && !excluded?.(rel) && !skip?.(abs)) subdirs.push(abs);
        } else if (entry.isFile()) {
          if (excluded?.(rel) || included && !included(rel) || skip?.(abs)) continue;
          yield { absPath: abs, displayPath: displayJoin(root, rel), relPath: rel };
        }
      }
      for (let i = subdirs.length - 1; i >= 0; i--) pending.push(subdirs[i]);
    }
  }
}
function readFileFragment(task, maxFileSize) {
  let fd;
  try {
    fd = openSync3(task.absPath, "r");
    const size = fstatSync2(fd).size;
    if (size > maxFileSize) return { kind: "large" };
    const content = size > 0 ? readExactly(fd, size) : readToEnd(fd, maxFileSize);
    if (content === void 0) return { kind: "large" };
    const text = asText(content);
    if (text.kind !== "text") return text;
    return { kind: "fragment", fragment: { path: task.displayPath, relPath: task.relPath, bytes: text.bytes } };
  } catch (err) {
    return { kind: "error", reason: reasonOf(err) };
  } finally {
    if (fd !== void 0) closeSync3(fd);
  }
}
function readExactly(fd, size) {
  const bytes = Buffer.allocUnsafe(size);
  let filled = 0;
  while (filled < size) {
    const n = readSync(fd, bytes, filled, size - filled, filled);
    if (n === 0) break;
    filled += n;
  }
  return filled === size ? bytes : bytes.subarray(0, filled);
}
function readToEnd(fd, limit) {
  const chunks = [];
  let total = 0;
  for (; ; ) {
    const chunk = Buffer.allocUnsafe(64 * 1024);
    const n = readSync(fd, chunk, 0, chunk.length, null);
    if (n === 0) return Buffer.concat(chunks, total);
    chunks.push(chunk.subarray(0, n));
    total += n;
    if (total > limit) return void 0;
  }
}
var DEFAULT_MAX_FILE_SIZE, PRUNED_DIRS;
var init_files = __esm({
  "src/sources/files.ts"() {
    "use strict";
    init_errors();
    init_glob();
    init_encoding();
    DEFAULT_MAX_FILE_SIZE = 10 * 1024 * 1024;
    PRUNED_DIRS = /* @__PURE__ */ new Set([".git"]);
  }
});

// src/scan/batch.ts
function scanFileTasks(detector, tasks, maxFileSize) {
  const result2 = { findings: [], files: 0, bytes: 0, skippedBinary: 0, skippedLarge: 0, errors: [] };
  for (const task of tasks) {
    const read = readFileFragment(task, maxFileSize);
    if (read.kind === "error" || read.kind === "undecodable") {
      result2.errors.push({ path: task.displayPath, reason: read.reason });
    } else if (read.kind === "binary") {
      result2.skippedBinary++;
      for (const finding of detector.detectByPath({ path: task.displayPath, relPath: task.relPath }))
        result2.findings.push(finding);
    } else if (read.kind === "large") {
      result2.skippedLarge++;
    } else {
      result2.files++;
      result2.bytes += read.fragment.bytes.length;
      for (const finding of detector.detect(read.fragment)) result2.findings.push(finding);
    }
  }
  return result2;
}
var init_batch = __esm({
  "src/scan/batch.ts"() {
    "use strict";
    init_files();
  }
});

// src/scan/threads.ts
import { createRequire as createRequire9 } from "node:module";
var require10, workerThreads;
var init_threads = __esm({
  "src/scan/threads.ts"() {
    "use strict";
    require10 = createRequire9(import.meta.url);
    workerThreads = () => require10("node:worker_threads");
  }
});

// src/scan/pool.ts
var ScanPool;
var init_pool = __esm({
  "src/scan/pool.ts"() {
    "use strict";
    init_threads();
    init_paths();
    ScanPool = class {
      workers;
      idle;
      waiting = /* @__PURE__ */ new Map();
      waitingFor = /* @__PURE__ */ new Map();
      nextId = 0;
      freed;
      failure;
      constructor(size, rules, allowlists, maxFileSize) {
        this.workers = Array.from(
          { length: size },
          () => new (workerThreads()).Worker(WORKER_FILE, { workerData: { rules, allowlists, maxFileSize } })
        );
        this.idle = [...this.workers];
        for (const worker of this.workers) {
          worker.on("message", (message) => {
            const pending = this.waiting.get(message.id);
            this.waiting.delete(message.id);
            this.waitingFor.delete(worker);
            this.idle.push(worker);
            pending?.resolve(message.result);
            this.freed?.();
          });
          worker.on("error", (err) => {
            this.failure = err;
            const id = this.waitingFor.get(worker);
            if (id !== void 0) this.waiting.get(id)?.reject(err);
            this.freed?.();
          });
        }
      }
      /** Sends a batch to an idle worker, waiting for one to become free; `done` resolves with its result. */
      async run(tasks) {
        while (this.idle.length === 0 && !this.failure) await new Promise((r) => this.freed = r);
        if (this.failure) throw this.failure;
        const worker = this.idle.pop();
        const id = this.nextId++;
        this.waitingFor.set(worker, id);
        const done = new Promise((resolve14, reject) => this.waiting.set(id, { resolve: resolve14, reject }));
        worker.postMessage({ id, tasks });
        return { done };
      }
      async close() {
        await Promise.all(this.workers.map((w) => w.terminate()));
      }
    };
  }
});

// src/scan/scan.ts
import { availableParallelism } from "node:os";
async function scan(source, settings) {
  const stats = emptyStats();
  const findings = [];
  const run3 = {
    ruleSet: settings.ruleSet,
    maxFileSize: settings.maxFileSize ?? DEFAULT_MAX_FILE_SIZE,
    ...settings.workers ? { workers: settings.workers } : {},
    stats,
    found: (finding) => {
      findings.push(finding);
      settings.onFinding?.(finding);
    },
    ...settings.onProgress ? { progress: settings.onProgress } : {}
  };
  if (source.fragments) {
    const detector = createDetector(settings.ruleSet);
    for await (const fragment of source.fragments(run3)) {
      stats.files++;
      stats.bytes += fragment.bytes.length;
      for (const finding of detector.detect(fragment).sort(byPosition)) run3.found(finding);
    }
  } else if (source.run) {
    await source.run(run3);
  } else {
    throw new Error(`source ${source.kind} gives neither fragments nor a run`);
  }
  if (!source.ordered) findings.sort(byPosition);
  return { findings, stats, unit: source.unit, complete: stats.errors.length === 0 };
}
async function scanPaths(paths, ruleSet, options = {}) {
  const stats = emptyStats();
  const findings = [];
  const maxFileSize = options.maxFileSize ?? DEFAULT_MAX_FILE_SIZE;
  const absorb = (batch) => {
    stats.files += batch.files;
    stats.bytes += batch.bytes;
    stats.skippedBinary += batch.skippedBinary;
    stats.skippedLarge += batch.skippedLarge;
    stats.errors.push(...batch.errors);
    for (const f of batch.findings) {
      findings.push(f);
      options.onFinding?.(f);
    }
    options.onProgress?.(stats);
  };
  const walker = walkFiles(paths, options, stats);
  const head = [];
  let next = walker.next();
  for (; !next.done && head.length < INLINE_LIMIT_FILES; next = walker.next()) head.push(next.value);
  const workers = options.workers ?? availableParallelism();
  const tasks = (function* () {
    yield* head;
    for (; !next.done; next = walker.next()) yield next.value;
  })();
  if (next.done || workers <= 1) {
    const detector = createDetector(ruleSet);
    for (const batch of batches(tasks)) absorb(scanFileTasks(detector, batch, maxFileSize));
  } else {
    const pool = new ScanPool(workers, ruleSet.rules, ruleSet.allowlists, maxFileSize);
    try {
      const running = [];
      for (const batch of batches(tasks)) running.push((await pool.run(batch)).done.then(absorb));
      await Promise.all(running);
    } finally {
      await pool.close();
    }
  }
  findings.sort(byPosition);
  return { findings, stats };
}
function* batches(tasks) {
  let batch = [];
  for (const task of tasks) {
    batch.push(task);
    if (batch.length === BATCH_FILES) {
      yield batch;
      batch = [];
    }
  }
  if (batch.length > 0) yield batch;
}
function byPosition(a, b) {
  return (a.path < b.path ? -1 : a.path > b.path ? 1 : 0) || a.startLine - b.startLine || a.startColumn - b.startColumn || (a.ruleId < b.ruleId ? -1 : a.ruleId > b.ruleId ? 1 : 0);
}
var INLINE_LIMIT_FILES, BATCH_FILES;
var init_scan = __esm({
  "src/scan/scan.ts"() {
    "use strict";
    init_model();
    init_detector2();
    init_files();
    init_batch();
    init_pool();
    init_encoding();
    init_detector2();
    INLINE_LIMIT_FILES = 200;
    BATCH_FILES = 64;
  }
});

// src/sources/dir-source.ts
function dirSource(paths, walk = {}) {
  return {
    kind: "dir",
    unit: "file",
    async run(run3) {
      const { stats } = await scanPaths(paths, run3.ruleSet, {
        ...walk,
        maxFileSize: run3.maxFileSize,
        ...run3.workers ? { workers: run3.workers } : {},
        onFinding: run3.found
      });
      addStats(run3.stats, stats);
    }
  };
}
function addStats(into, from) {
  into.files += from.files;
  into.bytes += from.bytes;
  into.skippedBinary += from.skippedBinary;
  into.skippedLarge += from.skippedLarge;
  into.errors.push(...from.errors);
}
var init_dir_source = __esm({
  "src/sources/dir-source.ts"() {
    "use strict";
    init_scan();
  }
});

// src/sources/history.ts
function blobLogArgs(revisions, commits, merges) {
  return [
    "log",
    ...merges ? ["--merges"] : [],
    "--raw",
    "--no-abbrev",
    // nothing the repository chose runs: no diff programs, no signature checks (git-hardening.ts)
    "--no-ext-diff",
    "--no-textconv",
    "--no-show-signature",
    "--no-renames",
    merges ? "--diff-merges=combined" : "--diff-merges=first-parent",
    // what the repository's config could set otherwise: the root commit's files, the whole tree's
    // paths, no colour, the headers in UTF-8 (i18n.logOutputEncoding would re-encode everything)
    "--root",
    "--no-relative",
    "--no-color",
    "--encoding=UTF-8",
    "--full-history",
    ...commits ? ["--no-walk=unsorted", "--stdin"] : ["--date-order", "--reverse"],
    `--format=format:${COMMIT_MARKER}${COMMIT_FORMAT}`,
    ...commits ? [] : revisions,
    "--"
  ];
}
function rawChange(data, start, end, prefix, commit) {
  const tab = data.indexOf(9, start);
  if (data[start] !== COLON || tab === -1 || tab > end) return void 0;
  const [oldMode, newMode, oldOid, newOid, status] = data.toString("latin1", start + 1, tab).split(" ");
  if (!newOid || !status || status.startsWith("D") || newMode === GITLINK || newMode === TREE || NULL_OID.test(newOid))
    return void 0;
  const parentOid = blobIn(oldMode, oldOid);
  const path = prefix + unquote(data.subarray(tab + 1, end));
  return parentOid ? { oid: newOid, path, parentOid, commit } : { oid: newOid, path, commit };
}
function blobIn(mode, oid) {
  return oid && !NULL_OID.test(oid) && mode !== TREE && mode !== GITLINK ? oid : void 0;
}
function combinedChange(data, start, end, commit) {
  let parents = 0;
  while (data[start + parents] === COLON) parents++;
  const tab = data.indexOf(9, start);
  if (parents < 2 || tab === -1 || tab > end) return void 0;
  const fields = data.toString("latin1", start + parents, tab).split(" ");
  if (fields.length !== 2 * (parents + 1) + 1) return void 0;
  const modes = fields.slice(0, parents + 1);
  const oids = fields.slice(parents + 1, 2 * (parents + 1));
  const newMode = modes[parents];
  const newOid = oids[parents];
  if (newMode === GITLINK || newMode === TREE || NULL_OID.test(newMode) || NULL_OID.test(newOid)) return void 0;
  const parentOid = blobIn(modes[0], oids[0]);
  const otherParentOids = [];
  for (let i = 1; i < parents; i++) {
    const oid = blobIn(modes[i], oids[i]);
    if (oid) otherParentOids.push(oid);
  }
  const path = unquote(data.subarray(tab + 1, end));
  return { oid: newOid, path, ...parentOid ? { parentOid } : {}, otherParentOids, commit };
}
var COMMIT_MARKER, MARKER_BYTES, COLON, NULL_OID, GITLINK, TREE, COMMIT_FORMAT, BlobLogParser;
var init_history = __esm({
  "src/sources/history.ts"() {
    "use strict";
    init_lines2();
    init_patch();
    COMMIT_MARKER = "leakhound-commit ";
    MARKER_BYTES = Buffer.from(COMMIT_MARKER, "latin1");
    COLON = 58;
    NULL_OID = /^0+$/;
    GITLINK = "160000";
    TREE = "040000";
    COMMIT_FORMAT = "%H%n%an%n%ae%n%aI%n%s";
    BlobLogParser = class {
      constructor(onChange, onCommit = () => void 0) {
        this.onChange = onChange;
        this.onCommit = onCommit;
      }
      onChange;
      onCommit;
      lines = new LineSplitter((data, start, end) => this.line(data, start, end));
      header;
      commit;
      /** commits seen; a merge listed once per parent counts once */
      commits = 0;
      push(chunk) {
        this.lines.push(chunk);
      }
      end() {
        this.lines.end();
      }
      line(data, start, end) {
        if (this.header) {
          this.header.push(data.toString("utf8", start, end));
          if (this.header.length === 5) {
            const [hash2, author, email, date, message] = this.header;
            const fresh = hash2 !== this.commit?.commit;
            this.commit = { commit: hash2, author, email, date, message };
            if (fresh) {
              this.commits++;
              this.onCommit(this.commit);
            }
            this.header = void 0;
          }
          return;
        }
        if (data[start] === 1 && startsWith(data, start, end, MARKER_BYTES)) {
          this.header = [data.toString("latin1", start + MARKER_BYTES.length, end)];
          return;
        }
        if (data[start] !== COLON || !this.commit) return;
        const change = data[start + 1] === COLON ? combinedChange(data, start, end, this.commit) : rawChange(data, start, end, "", this.commit);
        if (change) this.onChange(change);
      }
    };
  }
});

// src/sources/history-patch.ts
import { randomBytes } from "node:crypto";
function patchLogArgs(markers, revisions, maxFileBytes2) {
  return [
    "-c",
    `core.bigFileThreshold=${Math.max(1, Math.min(maxFileBytes2, READ_WHOLE_FROM))}`,
    "log",
    // merges without a diff: what a merge alone brings is listed beside (blobLogArgs with `merges`)
    "--diff-merges=off",
    "-p",
    "-U0",
    "--inter-hunk-context=0",
    "--full-index",
    "--src-prefix=a/",
    "--dst-prefix=b/",
    "--no-color",
    "--no-relative",
    "--no-ext-diff",
    "--no-textconv",
    "--no-show-signature",
    "--no-renames",
    "--ignore-submodules",
    "--root",
    "--full-history",
    "--date-order",
    "--reverse",
    // the message whole (%B) between two marker lines: it is scanned from here, not read again
    "--encoding=UTF-8",
    `--format=format:${markers.commit}${COMMIT_FORMAT}%n%P%n%B%n${markers.end}`,
    ...revisions,
    "--"
  ];
}
function logMarkers() {
  const nonce = randomBytes(12).toString("hex");
  return { commit: `leakhound-commit-${nonce} `, end: `leakhound-end-${nonce}` };
}
function sectionPath(rest) {
  if (rest[0] === 34) {
    for (let i = 1; i < rest.length; i++) {
      if (rest[i] === BACKSLASH2) i++;
      else if (rest[i] === 34) {
        const quoted = rest.subarray(0, i + 1);
        const path = unquote(quoted);
        return path.startsWith("a/") ? path.slice(2) : void 0;
      }
    }
    return void 0;
  }
  const n = (rest.length - 5) / 2;
  if (!Number.isInteger(n) || n < 1 || rest[0] !== 97 || rest[1] !== 47) return void 0;
  return rest.toString("utf8", 2, 2 + n);
}
var PLUS2, MINUS2, SPACE, AT2, BACKSLASH2, COMMA, DIFF_GIT2, INDEX, BINARY2, NEW_FILE, DELETED, NEW_MODE, NULL_OID2, GITLINK2, READ_WHOLE_FROM, PatchLogParser, MAX_HELD, STEP_BYTES, PatchStream;
var init_history_patch = __esm({
  "src/sources/history-patch.ts"() {
    "use strict";
    init_git();
    init_history();
    init_lines2();
    init_patch();
    PLUS2 = 43;
    MINUS2 = 45;
    SPACE = 32;
    AT2 = 64;
    BACKSLASH2 = 92;
    COMMA = 44;
    DIFF_GIT2 = Buffer.from("diff --git ");
    INDEX = Buffer.from("index ");
    BINARY2 = Buffer.from("Binary files ");
    NEW_FILE = Buffer.from("new file mode ");
    DELETED = Buffer.from("deleted file mode ");
    NEW_MODE = Buffer.from("new mode ");
    NULL_OID2 = /^0+$/;
    GITLINK2 = "160000";
    READ_WHOLE_FROM = 256 * 1024;
    PatchLogParser = class {
      constructor(markers, onCommit, onChange, maxFileBytes2, wanted = () => true) {
        this.onCommit = onCommit;
        this.onChange = onChange;
        this.maxFileBytes = maxFileBytes2;
        this.wanted = wanted;
        this.commitMarker = Buffer.from(markers.commit, "latin1");
        this.endMarker = Buffer.from(markers.end, "latin1");
        this.added = new AddedLinesBuilder(maxFileBytes2);
        this.lines = new LineSplitter(
          (data, start, end) => this.line(data, start, end),
          maxFileBytes2 + 64 * 1024,
          () => this.overlongLine()
        );
      }
      onCommit;
      onChange;
      maxFileBytes;
      wanted;
      lines;
      header;
      /** the message's lines, while they are read (after the header, up to the end marker) */
      inMessage = false;
      message = new ByteBuilder();
      /** the message is longer than the size limit: not kept */
      messageLarge = false;
      commitMarker;
      endMarker;
      commit;
      /** the current commit's number of parents */
      parents = 0;
      file;
      /** lines still due in the current hunk, old and new side (-U0 prints no context, but count it anyway) */
      oldDue = 0;
      newDue = 0;
      nextLine = 0;
      added;
      push(chunk) {
        this.lines.push(chunk);
      }
      end() {
        this.lines.end();
        this.endFile();
      }
      /** A line too long to keep has ended: what it was part of is over the size limit. */
      overlongLine() {
        if (this.inMessage) this.messageLarge = true;
        else if (this.newDue > 0 || this.oldDue > 0) {
          if (this.oldDue > 0) {
            this.oldDue--;
          } else {
            this.newDue--;
            this.nextLine++;
            if (this.file) this.file.large = true;
          }
        }
      }
      /** git stopped mid-way: the file it was printing is dropped, not scanned cut short */
      abandon() {
        this.lines.drop();
        this.file = void 0;
        this.header = void 0;
        this.inMessage = false;
        this.messageLarge = false;
        this.message.clear();
        this.oldDue = this.newDue = 0;
        this.added.reset();
      }
      line(data, start, end) {
        const first = data[start];
        if (this.oldDue > 0 || this.newDue > 0) {
          if (first === PLUS2 && this.newDue > 0) {
            this.newDue--;
            const line = this.nextLine++;
            if (this.file && !this.file.skip && !this.file.large) this.added.add(data, start + 1, end, line);
            return;
          }
          if (first === MINUS2 && this.oldDue > 0) return void this.oldDue--;
          if (first === SPACE && this.oldDue > 0 && this.newDue > 0) {
            this.oldDue--;
            this.newDue--;
            this.nextLine++;
            return;
          }
          if (first === BACKSLASH2) return;
          this.oldDue = this.newDue = 0;
        }
        if (this.inMessage) {
          if (first === 1 && end - start === this.endMarker.length && startsWith(data, start, end, this.endMarker)) {
            this.inMessage = false;
            const message = this.message.view();
            this.onCommit(
              this.commit,
              this.messageLarge ? void 0 : message.subarray(0, Math.max(0, message.length - 1)),
              this.parents
            );
            this.message.clear();
            this.messageLarge = false;
          } else if (this.message.length + (end - start) + 1 > this.maxFileBytes) {
            this.messageLarge = true;
            this.message.clear();
          } else if (!this.messageLarge) {
            this.message.append(data, start, end);
          }
          return;
        }
        if (this.header) {
          this.header.push(data.toString("utf8", start, end));
          if (this.header.length === 6) {
            const [commit, author, email, date, message, parents] = this.header;
            this.commit = { commit, author, email, date, message };
            this.parents = parents === "" ? 0 : parents.split(" ").length;
            this.header = void 0;
            this.inMessage = true;
          }
          return;
        }
        if (first === 1 && startsWith(data, start, end, this.commitMarker)) {
          this.endFile();
          this.header = [data.toString("latin1", start + this.commitMarker.length, end)];
          return;
        }
        if (first === 100 && startsWith(data, start, end, DIFF_GIT2)) {
          this.endFile();
          const path = sectionPath(data.subarray(start + DIFF_GIT2.length, end));
          if (path !== void 0 && this.commit) this.file = { path, commit: this.commit };
          return;
        }
        const file = this.file;
        if (!file) return;
        if (first === AT2) return this.hunk(data, start, end);
        if (first === 105 && startsWith(data, start, end, INDEX)) {
          const [range, mode] = data.toString("latin1", start + INDEX.length, end).split(" ");
          const [oldOid, newOid] = (range ?? "").split("..");
          if (oldOid && !NULL_OID2.test(oldOid)) file.parentOid = oldOid;
          if (newOid && !NULL_OID2.test(newOid)) file.oid = newOid;
          if (mode === GITLINK2 || file.oid && !this.wanted(file.path, file.oid, file.commit)) file.skip = true;
        } else if (first === 66 && startsWith(data, start, end, BINARY2)) {
          file.whole = true;
        } else if (startsWith(data, start, end, DELETED)) {
          file.skip = true;
        } else if (startsWith(data, start, end, NEW_FILE) || startsWith(data, start, end, NEW_MODE)) {
          if (data.toString("latin1", end - GITLINK2.length, end) === GITLINK2) file.skip = true;
        }
      }
      /** `@@ -a[,b] +c[,d] @@`: a count left out is 1. Read from the bytes (one a line per hunk; a regex costs more). */
      hunk(data, start, end) {
        let at = start;
        const number = () => {
          let n = -1;
          for (let byte = data[at]; at < end && byte >= 48 && byte <= 57; byte = data[++at])
            n = (n < 0 ? 0 : n * 10) + byte - 48;
          return n;
        };
        const expect = (byte) => at < end && data[at] === byte && (at++, true);
        if (!(expect(AT2) && expect(AT2) && expect(SPACE) && expect(MINUS2))) return;
        if (number() < 0) return;
        const oldCount = expect(COMMA) ? number() : 1;
        if (oldCount < 0 || !(expect(SPACE) && expect(PLUS2))) return;
        const first = number();
        if (first < 0) return;
        const newCount = expect(COMMA) ? number() : 1;
        if (newCount < 0 || !(expect(SPACE) && expect(AT2) && expect(AT2))) return;
        this.oldDue = oldCount;
        this.newDue = newCount;
        this.nextLine = first;
      }
      endFile() {
        const file = this.file;
        this.file = void 0;
        this.oldDue = this.newDue = 0;
        const added = this.added;
        if (file && !file.skip && file.oid) {
          const change = { path: file.path, oid: file.oid, commit: file.commit };
          if (file.parentOid) change.parentOid = file.parentOid;
          if (file.whole) change.whole = true;
          else if (added.oversized || file.large) change.large = true;
          else if (added.lineMap.length > 0) change.added = added.lines(true);
          this.onChange(change);
        }
        added.reset();
      }
    };
    MAX_HELD = 32 * 1024 * 1024;
    STEP_BYTES = 16 * 1024;
    PatchStream = class {
      constructor(repo, args, parser) {
        this.repo = repo;
        this.args = args;
        this.parser = parser;
      }
      repo;
      args;
      parser;
      git;
      paused = false;
      held = [];
      heldBytes = 0;
      scheduled = false;
      drained;
      /** Lists to the end; git's problems if it stopped early (the file it was printing is dropped). */
      async run() {
        const git4 = spawnGit(this.repo, this.args);
        this.git = git4;
        this.flow();
        git4.stdout.on("data", (chunk) => {
          this.held.push(chunk);
          this.heldBytes += chunk.length;
          this.flow();
          this.schedule();
        });
        const problems2 = await git4.done;
        this.git = void 0;
        if (this.held.length > 0) await new Promise((resolve14) => this.drained = resolve14);
        if (problems2.length === 0) this.parser.end();
        else this.parser.abandon();
        return problems2;
      }
      pause() {
        this.paused = true;
        this.flow();
      }
      resume() {
        this.paused = false;
        this.flow();
        this.schedule();
      }
      kill() {
        this.git?.kill();
      }
      schedule() {
        if (this.scheduled || this.paused || this.held.length === 0) return;
        this.scheduled = true;
        setImmediate(() => this.step());
      }
      step() {
        this.scheduled = false;
        if (this.paused) return;
        const chunk = this.held[0];
        if (chunk) {
          const slice = chunk.subarray(0, STEP_BYTES);
          if (slice.length === chunk.length) this.held.shift();
          else this.held[0] = chunk.subarray(STEP_BYTES);
          this.heldBytes -= slice.length;
          this.parser.push(slice);
        }
        this.flow();
        if (this.held.length > 0) this.schedule();
        else this.drained?.();
      }
      flow() {
        if (!this.git) return;
        if (this.paused || this.heldBytes > MAX_HELD) this.git.stdout.pause();
        else this.git.stdout.resume();
      }
    };
  }
});

// src/sources/listing.ts
import { spawnSync } from "node:child_process";
function gitSync(repo, args) {
  const r = spawnSync("git", [...scannedRepoArgs(repo), "-c", "core.quotePath=true", ...args], {
    env: gitEnv(),
    maxBuffer: 1 << 30
  });
  const stderr = r.stderr?.toString("utf8") ?? "";
  const line = stderr.split("\n").find((l) => /^(fatal|error):/.test(l));
  const error = r.error?.message ?? line?.replace(/^(fatal|error): /, "") ?? `git ${args[0]} exited with code ${r.status}`;
  return { ok: !r.error && r.status === 0, stdout: r.stdout ?? Buffer.alloc(0), error, stderr };
}
function lines(bytes) {
  return bytes.toString("latin1").split("\n").filter(Boolean);
}
var NULL_OID3, HistoryListing;
var init_listing = __esm({
  "src/sources/listing.ts"() {
    "use strict";
    init_git();
    init_git_hardening();
    init_history();
    init_lines2();
    init_patch();
    NULL_OID3 = /^0+$/;
    HistoryListing = class {
      constructor(repo, revisions, onChange, onCommit, only) {
        this.repo = repo;
        this.revisions = revisions;
        this.onChange = onChange;
        this.onCommit = onCommit;
        this.only = only;
        this.parser = new BlobLogParser(onChange, (commit) => {
          this.listed.add(commit.commit);
          this.last = commit.commit;
          onCommit(commit);
        });
      }
      repo;
      revisions;
      onChange;
      onCommit;
      only;
      parser;
      current;
      paused = false;
      listed = /* @__PURE__ */ new Set();
      last;
      problems = [];
      /** Whether the listing has shown this commit. */
      has(commit) {
        return this.listed.has(commit);
      }
      /** commits listed so far */
      get commits() {
        return this.listed.size;
      }
      /** Holds the listing back while the scanners are busy (memory stays bounded). */
      pause() {
        this.paused = true;
        this.current?.stdout.pause();
      }
      resume() {
        this.paused = false;
        this.current?.stdout.resume();
      }
      kill() {
        this.current?.kill();
      }
      /** Lists everything; what could not be listed is in `problems`. */
      async run() {
        await this.recover(await this.stream(blobLogArgs(this.revisions, void 0, this.only)));
      }
      /** A commit another listing of the same scope (the patch listing) listed whole: not listed again. */
      listedElsewhere(commit) {
        this.listed.add(commit);
        this.last = commit;
      }
      /**
       * After a listing of the scope (this one's, or the patch listing's) stopped with `failure`: lists
       * the commits it did not list, resuming past each one git cannot read. `readContents`: the
       * listing that stopped read file contents (a patch): when this one, which reads none, lists the
       * rest without a failure, git stopped on a file's content, which cat-file then reports as unreadable.
       */
      async recover(failure, readContents = false) {
        if (failure.length === 0) return;
        if (/unrecognized argument|unknown option|usage:/i.test(failure[0].reason)) {
          this.problems.push(...failure);
          return;
        }
        let remaining = this.inScope().filter((c) => c === this.last || !this.listed.has(c));
        let explained = false;
        while (remaining.length > 0) {
          const problems2 = await this.stream(blobLogArgs([], "stdin", this.only), remaining.join("\n") + "\n");
          if (problems2.length === 0) break;
          const failed = remaining.find((c) => !this.listed.has(c));
          if (!failed) {
            this.problems.push(...problems2);
            explained = true;
            break;
          }
          this.listByTrees(failed, problems2[0].reason);
          explained = true;
          remaining = remaining.filter((c) => c !== failed && !this.listed.has(c));
        }
        if (!explained && !readContents) this.problems.push(...failure);
      }
      async stream(args, input2) {
        const git4 = spawnGit(this.repo, args, input2);
        this.current = git4;
        if (this.paused) git4.stdout.pause();
        git4.stdout.on("data", (chunk) => this.parser.push(chunk));
        const problems2 = await git4.done;
        this.parser.end();
        this.current = void 0;
        return problems2;
      }
      /**
       * The commits in scope, oldest first as the listing orders them. When a commit object itself is
       * missing git cannot order the history: the commits it can reach before the missing one are
       * taken (newest first from git, so reversed), and the rest is reported as not scanned.
       */
      inScope() {
        const ordered = gitSync(this.repo, [
          "rev-list",
          "--date-order",
          "--reverse",
          "--full-history",
          ...this.only ? ["--merges"] : [],
          ...this.revisions,
          "--"
        ]);
        if (ordered.ok) return lines(ordered.stdout);
        const partial = gitSync(this.repo, [
          "rev-list",
          "--full-history",
          ...this.only ? ["--merges"] : [],
          ...this.revisions,
          "--"
        ]);
        this.problems.push({
          path: this.repo,
          reason: `history not scanned past a commit git cannot read: ${partial.ok ? ordered.error : partial.error}`
        });
        const stuck = / of commit ([0-9a-f]{40,64})/.exec(partial.stderr)?.[1];
        return [...stuck ? [stuck] : [], ...lines(partial.stdout).reverse()];
      }
      /**
       * Lists what `commit` brings by comparing its trees with its first parent's level by level, so
       * that an unreadable tree is reported with its path and the rest of the commit is still listed.
       */
      listByTrees(commit, why) {
        const head = gitSync(this.repo, [
          "log",
          "-1",
          "--no-walk",
          `--format=format:${COMMIT_FORMAT}%n%T%n%P`,
          commit,
          "--"
        ]);
        const [hash2, author, email, date, message, tree, parents] = head.stdout.toString("utf8").split("\n");
        if (!head.ok || !hash2 || !tree) {
          this.problems.push({
            path: `commit ${commit.slice(0, 12)}`,
            reason: `cannot read the commit: ${head.ok ? why : head.error}`
          });
          return;
        }
        const provenance = {
          commit: hash2,
          author: author ?? "",
          email: email ?? "",
          date: date ?? "",
          message: message ?? ""
        };
        this.listed.add(hash2);
        this.onCommit(provenance);
        const parent = parents?.split(" ")[0];
        let parentTree;
        if (parent) {
          const r = gitSync(this.repo, ["rev-parse", "--verify", "-q", `${parent}^{tree}`]);
          if (r.ok) parentTree = r.stdout.toString("latin1").trim();
          else
            this.problems.push({
              path: `commit ${hash2.slice(0, 12)}`,
              reason: `cannot read its parent ${parent.slice(0, 12)}; its files were scanned whole`
            });
        }
        const before = this.problems.length;
        this.walk(parentTree, tree, "", provenance);
        if (this.problems.length === before)
          this.problems.push({
            path: `commit ${hash2.slice(0, 12)}`,
            reason: `git log failed (${why}); its files were listed tree by tree`
          });
      }
      walk(oldTree, newTree, prefix, commit) {
        const where = `${prefix === "" ? "/" : prefix} (commit ${commit.commit.slice(0, 12)})`;
        if (oldTree === newTree) return;
        if (!oldTree) {
          const r2 = gitSync(this.repo, ["ls-tree", "--full-tree", newTree]);
          if (!r2.ok) {
            this.problems.push({ path: where, reason: `cannot read tree ${newTree} (${r2.error})` });
            return;
          }
          const entries2 = lines(r2.stdout).map((line) => {
            const [mode, , oid] = line.slice(0, line.indexOf("	")).split(" ");
            return `:000000 ${mode} ${"0".repeat(oid.length)} ${oid} A${line.slice(line.indexOf("	"))}`;
          });
          this.entries(Buffer.from(entries2.join("\n") + "\n", "latin1"), void 0, prefix, commit);
          return;
        }
        const r = gitSync(this.repo, ["diff-tree", "--raw", "--no-abbrev", "--no-renames", oldTree, newTree]);
        if (r.ok) {
          this.entries(r.stdout, oldTree, prefix, commit);
          return;
        }
        if (!gitSync(this.repo, ["ls-tree", newTree]).ok) {
          this.problems.push({ path: where, reason: `cannot read tree ${newTree} (${r.error})` });
          return;
        }
        this.problems.push({ path: where, reason: `cannot compare with the parent's version (${r.error}); scanned whole` });
        this.walk(void 0, newTree, prefix, commit);
      }
      /** Raw lines of one tree level: blobs are changes, subtrees are walked. */
      entries(raw, oldTree, prefix, commit) {
        const subtrees = [];
        const splitter = new LineSplitter((data, start, end) => {
          const change = rawChange(data, start, end, prefix, commit);
          if (change) return this.onChange(change);
          const text = data.toString("latin1", start, end);
          const [modes, name] = [text.slice(1, text.indexOf("	")), text.slice(text.indexOf("	") + 1)];
          const [oldMode, newMode, oldOid, newOid] = modes.split(" ");
          if (newMode !== "040000" || !newOid || NULL_OID3.test(newOid)) return;
          const path = prefix + unquote(Buffer.from(name, "latin1"));
          subtrees.push({ old: oldTree && oldMode === "040000" ? oldOid : void 0, next: newOid, path: `${path}/` });
        });
        splitter.push(raw);
        splitter.end();
        for (const { old, next, path } of subtrees) this.walk(old, next, path, commit);
      }
    };
  }
});

// src/sources/messages.ts
import { execFile } from "node:child_process";
function tagMessagePath(tag) {
  return `<tag ${tag} message>`;
}
function isMessagePath(path) {
  return path === COMMIT_MESSAGE_PATH || path.startsWith("<tag ") && path.endsWith(" message>");
}
function messageBody(raw) {
  const at = raw.indexOf("\n\n");
  return at === -1 ? Buffer.alloc(0) : raw.subarray(at + 2);
}
function annotatedTags(repo) {
  const format = [
    "objectname",
    "objecttype",
    "*objectname",
    "*objecttype",
    "refname:short",
    "taggername",
    "taggeremail",
    "taggerdate:iso-strict",
    "subject"
  ].map((f) => `%(${f})`).join("%00");
  return new Promise((resolve14, reject) => {
    execFile(
      "git",
      [...scannedRepoArgs(repo), "for-each-ref", `--format=${format}`, "refs/tags"],
      { env: gitEnv(), encoding: "utf8", maxBuffer: 1 << 28 },
      (err, stdout, stderr) => {
        if (err) {
          reject(new Error(`cannot list the annotated tags: ${stderr.trim().split("\n")[0] || err.message}`));
          return;
        }
        const tags = [];
        for (const line of stdout.split("\n")) {
          const [oid, type, target, targetType, name, tagger, email, date, subject] = line.split("\0");
          if (type !== "tag" || targetType !== "commit" || !oid || !target) continue;
          tags.push({
            oid,
            name: name ?? "",
            commit: {
              commit: target,
              author: tagger ?? "",
              email: (email ?? "").replace(/^<|>$/g, ""),
              date: date ?? "",
              message: subject ?? ""
            }
          });
        }
        resolve14(tags);
      }
    );
  });
}
var COMMIT_MESSAGE_PATH;
var init_messages = __esm({
  "src/sources/messages.ts"() {
    "use strict";
    init_git();
    init_git_hardening();
    COMMIT_MESSAGE_PATH = "<commit message>";
  }
});

// src/scan/dedupe.ts
function historyKey(finding) {
  const where = isMessagePath(finding.path) ? `${finding.path}\0${finding.git?.commit ?? ""}` : finding.path;
  return `${finding.fingerprint}\0${where}`;
}
var HistoryDeduper;
var init_dedupe = __esm({
  "src/scan/dedupe.ts"() {
    "use strict";
    init_messages();
    HistoryDeduper = class {
      seen = /* @__PURE__ */ new Set();
      isNew(finding) {
        const key2 = historyKey(finding);
        if (this.seen.has(key2)) return false;
        this.seen.add(key2);
        return true;
      }
    };
  }
});

// src/scan/message-secrets.ts
function markMessageSecrets(findings) {
  const byCommit = /* @__PURE__ */ new Map();
  for (const f of findings) {
    if (!f.git || !isMessagePath(f.path)) continue;
    const secrets = byCommit.get(f.git.commit) ?? /* @__PURE__ */ new Set();
    byCommit.set(f.git.commit, secrets.add(f.secret));
  }
  if (byCommit.size === 0) return findings;
  return findings.map((f) => {
    const secrets = f.git && byCommit.get(f.git.commit);
    return secrets && f.git ? { ...f, git: { ...f.git, messageSecrets: [...secrets] } } : f;
  });
}
var init_message_secrets = __esm({
  "src/scan/message-secrets.ts"() {
    "use strict";
    init_messages();
  }
});

// src/sources/cat-file.ts
var cat_file_exports = {};
__export(cat_file_exports, {
  BlobReader: () => BlobReader
});
import { spawn } from "node:child_process";
var NL3, requestLines, BlobReader;
var init_cat_file = __esm({
  "src/sources/cat-file.ts"() {
    "use strict";
    init_git();
    init_git_hardening();
    NL3 = 10;
    requestLines = (oids) => `${oids.join("\n")}
`;
    BlobReader = class {
      constructor(repo, maxBytes) {
        this.repo = repo;
        this.maxBytes = maxBytes;
      }
      repo;
      maxBytes;
      child;
      queue = [];
      stderr = "";
      // parse state for the response at the head of the queue
      headerBytes;
      remaining = -1;
      size = 0;
      type = "";
      parts = [];
      keeping = true;
      restarts = 0;
      closed = false;
      /** object ids asked for in this turn, written to git in one write at its end (a write per id costs a syscall each) */
      outgoing = [];
      /** Asks for a blob (or a commit or tag object); its result arrives in order with the others. */
      read(oid, type = "blob") {
        return new Promise((done) => {
          this.queue.push({ oid, type, done });
          if (this.outgoing.push(oid) === 1) queueMicrotask(() => this.flush());
        });
      }
      /** Starts git now (it is otherwise started by the first request). */
      start() {
        if (!this.closed) this.process();
      }
      /** Ends the process once every request is answered. */
      close() {
        this.flush();
        this.closed = true;
        this.child?.stdin.end();
      }
      flush() {
        if (this.outgoing.length === 0) return;
        const oids = this.outgoing;
        this.outgoing = [];
        this.process().stdin.write(requestLines(oids));
      }
      process() {
        if (this.child) return this.child;
        const child = spawn("git", [...scannedRepoArgs(this.repo), "cat-file", "--batch"], {
          env: gitEnv(),
          stdio: ["pipe", "pipe", "pipe"]
        });
        this.child = child;
        this.stderr = "";
        child.stdout.on("data", (chunk) => this.onData(chunk));
        child.stderr.on("data", (chunk) => {
          if (this.stderr.length < 16 * 1024) this.stderr += chunk.toString("utf8");
        });
        child.stdin.on("error", () => void 0);
        child.on("close", (code) => this.onExit(child, code));
        child.on("error", (err) => this.onExit(child, null, err));
        return child;
      }
      onExit(child, code, err) {
        if (this.child !== child) return;
        this.child = void 0;
        this.resetParse();
        if (this.queue.length === 0) return;
        const why = err?.message ?? (this.stderr.split("\n").find((l) => /^(fatal|error):/.test(l))?.replace(/^(fatal|error): /, "") || `git cat-file exited with code ${code}`);
        this.queue.shift().done({ kind: "missing", reason: why });
        if (++this.restarts > 1e3 || err) {
          for (const request of this.queue.splice(0)) request.done({ kind: "missing", reason: why });
          return;
        }
        if (this.queue.length > 0) {
          this.outgoing = [];
          const again = this.process();
          again.stdin.write(requestLines(this.queue.map((request) => request.oid)));
          if (this.closed) again.stdin.end();
        }
      }
      resetParse() {
        this.headerBytes = void 0;
        this.remaining = -1;
        this.parts = [];
      }
      onData(chunk) {
        let at = 0;
        while (at < chunk.length) {
          if (this.remaining < 0) {
            const nl = chunk.indexOf(NL3, at);
            const piece = chunk.subarray(at, nl === -1 ? chunk.length : nl);
            this.headerBytes = this.headerBytes ? Buffer.concat([this.headerBytes, piece]) : piece;
            if (nl === -1) return;
            at = nl + 1;
            this.startResponse(this.headerBytes.toString("latin1"));
            this.headerBytes = void 0;
            continue;
          }
          const take = Math.min(this.remaining, chunk.length - at);
          if (this.keeping && take > 0) this.parts.push(chunk.subarray(at, at + take));
          this.remaining -= take;
          at += take;
          if (this.remaining === 0) {
            this.finishResponse();
          }
        }
      }
      startResponse(header) {
        const [, type, size] = header.split(" ");
        if (size === void 0) {
          const what = type === "missing" ? "missing or corrupt" : type ?? "unreadable";
          this.queue.shift()?.done({ kind: "missing", reason: `object ${header.split(" ")[0]} is ${what}` });
          return;
        }
        this.type = type;
        this.size = Number(size);
        this.keeping = type === this.queue[0]?.type && this.size <= this.maxBytes;
        this.remaining = this.size + 1;
        this.parts = [];
      }
      finishResponse() {
        const request = this.queue.shift();
        this.remaining = -1;
        if (!request) return;
        if (this.type !== request.type) {
          request.done({
            kind: "missing",
            reason: `object ${request.oid} is a ${this.type}, not a ${request.type === "blob" ? "file" : request.type}`
          });
        } else if (!this.keeping) {
          request.done({ kind: "large", size: this.size });
        } else {
          const bytes = this.parts.length === 1 ? this.parts[0].subarray(0, this.size) : Buffer.concat(this.parts, this.size);
          request.done({ kind: "blob", bytes });
        }
        this.parts = [];
      }
    };
  }
});

// src/filters/inherited.ts
function introducedFindings(findings, before) {
  if (!before || findings.length === 0) return findings;
  return findings.filter((f) => !(before.includes(f.secret) || f.match !== "" && before.includes(f.match)));
}
var init_inherited = __esm({
  "src/filters/inherited.ts"() {
    "use strict";
  }
});

// src/sources/changes.ts
function changedRegion(before, after) {
  const limit = Math.min(before.length, after.length);
  const head = commonPrefix(before, after, limit);
  if (head === after.length) return void 0;
  const tail = commonSuffix(before, after, limit - head);
  if (after.length - tail <= head) return void 0;
  const start = head === 0 ? 0 : after.lastIndexOf(NL4, head - 1) + 1;
  let end = after.indexOf(NL4, Math.max(start, after.length - tail - 1));
  end = end === -1 ? after.length : end + 1;
  return { start, end, firstLine: countLines(after, start) };
}
function commonPrefix(a, b, limit) {
  let i = 0;
  while (i + BLOCK <= limit && a.compare(b, i, i + BLOCK, i, i + BLOCK) === 0) i += BLOCK;
  while (i < limit && a[i] === b[i]) i++;
  return i;
}
function commonSuffix(a, b, limit) {
  let n = 0;
  while (n + BLOCK <= limit && a.compare(b, b.length - n - BLOCK, b.length - n, a.length - n - BLOCK, a.length - n) === 0)
    n += BLOCK;
  while (n < limit && a[a.length - n - 1] === b[b.length - n - 1]) n++;
  return n;
}
function countLines(bytes, end) {
  let lines2 = 0;
  for (let i = bytes.indexOf(NL4); i !== -1 && i < end; i = bytes.indexOf(NL4, i + 1)) lines2++;
  return lines2;
}
var BLOCK, NL4;
var init_changes = __esm({
  "src/sources/changes.ts"() {
    "use strict";
    BLOCK = 4096;
    NL4 = 10;
  }
});

// src/sources/line-diff.ts
import { diffArrays } from "diff";
function addedLines(before, after) {
  const region = changedRegion(before, after);
  if (!region) return void 0;
  const oldLines = splitLines(before, region.start, before.length - (after.length - region.end));
  const newLines = splitLines(after, region.start, region.end);
  const maxEditLength = Math.max(16, Math.floor(DIFF_STEPS / (oldLines.length + newLines.length + 1)));
  const changes = diffArrays(oldLines, newLines, { maxEditLength });
  const out = new AddedLinesBuilder(Number.POSITIVE_INFINITY);
  let line = region.firstLine + 1;
  let at = region.start;
  const next = (text, added) => {
    if (added) out.add(after, at, text.endsWith("\n") ? at + text.length - 1 : at + text.length, line);
    at += text.length;
    line++;
  };
  if (!changes) {
    for (const text of newLines) next(text, true);
  } else {
    for (const change of changes) {
      if (!change.removed) for (const text of change.value) next(text, change.added);
    }
  }
  return out.lineMap.length === 0 ? void 0 : out.lines();
}
function splitLines(bytes, start, end) {
  const text = bytes.toString("latin1", start, end);
  const lines2 = [];
  let at = 0;
  for (let nl = text.indexOf("\n"); nl !== -1; nl = text.indexOf("\n", at)) {
    lines2.push(text.slice(at, nl + 1));
    at = nl + 1;
  }
  if (at < text.length) lines2.push(text.slice(at));
  return lines2;
}
var DIFF_STEPS;
var init_line_diff = __esm({
  "src/sources/line-diff.ts"() {
    "use strict";
    init_changes();
    init_patch();
    DIFF_STEPS = 5e5;
  }
});

// src/scan/introduced.ts
function introducedBy(detector, whole, before) {
  if (!before) return detector.detect(whole);
  const added = addedLines(before, whole.bytes);
  if (!added) return [];
  const { firstLine: _f, ...rest } = whole;
  return introducedFindings(detector.detect({ ...rest, bytes: added.bytes, lineMap: added.lineMap }), before);
}
function introducedByMerge(detector, whole, parents) {
  let start = 0;
  let end = whole.bytes.length;
  let firstLine = 0;
  for (const parent of parents) {
    if (!parent) continue;
    const region = changedRegion(parent, whole.bytes);
    if (!region) return [];
    if (region.start > start) start = region.start, firstLine = region.firstLine;
    end = Math.min(end, region.end);
  }
  if (start >= end) return [];
  const found = detector.detect({
    ...whole,
    bytes: whole.bytes.subarray(start, end),
    firstLine: (whole.firstLine ?? 0) + firstLine
  });
  return parents.reduce((kept, parent) => introducedFindings(kept, parent), found);
}
async function introducedSinceHead(findings, readHead) {
  if (findings.length === 0) return findings;
  const byPath = /* @__PURE__ */ new Map();
  for (const f of findings) byPath.set(f.path, [...byPath.get(f.path) ?? [], f]);
  const { asText: asText2 } = await Promise.resolve().then(() => (init_encoding(), encoding_exports));
  const kept = /* @__PURE__ */ new Set();
  for (const [path, found] of byPath) {
    const raw = await readHead(path);
    let before;
    if (raw) {
      const text = asText2(raw);
      before = text.kind === "text" ? text.bytes : raw;
    }
    for (const f of introducedFindings(found, before)) kept.add(f);
  }
  return findings.filter((f) => kept.has(f));
}
async function catFileHead(repo, maxFileBytes2) {
  const { BlobReader: BlobReader2 } = await Promise.resolve().then(() => (init_cat_file(), cat_file_exports));
  const reader = new BlobReader2(repo, Math.max(maxFileBytes2, 256 * 1024 * 1024));
  return {
    // a name with a newline cannot be asked for on cat-file's line protocol: all of it counts as new
    read: async (path) => {
      if (path.includes("\n")) return void 0;
      const head = await reader.read(`HEAD:${path}`);
      return head.kind === "blob" ? head.bytes : void 0;
    },
    close: () => reader.close()
  };
}
var init_introduced = __esm({
  "src/scan/introduced.ts"() {
    "use strict";
    init_inherited();
    init_changes();
    init_line_diff();
  }
});

// src/scan/history-scanner.ts
function emptyReport() {
  return { outcomes: [], completed: 0, bytes: 0, binary: 0, large: 0, errors: [] };
}
function textOrBytes(raw) {
  const text = asText(raw);
  return text.kind === "text" ? text.bytes : raw;
}
var REPORT_EVERY, LastVersions, HistoryBlobScanner;
var init_history_scanner = __esm({
  "src/scan/history-scanner.ts"() {
    "use strict";
    init_cat_file();
    init_messages();
    init_encoding();
    init_inherited();
    init_introduced();
    REPORT_EVERY = 32;
    LastVersions = class {
      constructor(maxBytes) {
        this.maxBytes = maxBytes;
      }
      maxBytes;
      byPath = /* @__PURE__ */ new Map();
      size = 0;
      get(path, oid) {
        const entry = this.byPath.get(path);
        return entry?.oid === oid ? entry.bytes : void 0;
      }
      set(path, oid, bytes) {
        this.delete(path);
        if (bytes.length > this.maxBytes / 4) return;
        const own = bytes.byteOffset === 0 && bytes.buffer.byteLength === bytes.length;
        this.byPath.set(path, { oid, bytes: own ? bytes : Buffer.from(bytes) });
        this.size += bytes.length;
        for (const oldest of this.byPath.keys()) {
          if (this.size <= this.maxBytes) break;
          this.delete(oldest);
        }
      }
      delete(path) {
        const entry = this.byPath.get(path);
        if (!entry) return;
        this.size -= entry.bytes.length;
        this.byPath.delete(path);
      }
    };
    HistoryBlobScanner = class {
      constructor(detector, repo, maxFileBytes2, post, fail = (err) => {
        throw err;
      }) {
        this.detector = detector;
        this.post = post;
        this.fail = fail;
        this.reader = new BlobReader(repo, maxFileBytes2);
      }
      detector;
      post;
      fail;
      reader;
      lastVersions = new LastVersions(64 * 1024 * 1024);
      report = emptyReport();
      pending = 0;
      ending = false;
      handle(message) {
        if (message.jobs) {
          for (const job of message.jobs) {
            this.pending++;
            const read = this.reader.read(job.oid, job.object ?? "blob");
            if (job.otherParentOids) {
              const parents = [job.parentOid, ...job.otherParentOids].map(
                (oid) => oid ? this.reader.read(oid) : Promise.resolve(void 0)
              );
              Promise.all([read, ...parents]).then(([result2, ...versions]) => this.scanned(job, result2, versions)).catch(this.fail);
            } else {
              read.then((result2) => this.scanned(job, result2)).catch(this.fail);
            }
          }
        } else if (message.end) {
          this.ending = true;
          this.reader.close();
          if (this.pending === 0) this.flush(true);
        }
      }
      /** stops its git cat-file (a scan given up before the end) */
      close() {
        this.reader.close();
      }
      flush(done = false) {
        this.post(done ? { ...this.report, done } : this.report);
        this.report = emptyReport();
      }
      /** `parents`: a merge's job, the versions in its parents (see BlobJob.otherParentOids) */
      scanned(job, result2, parents) {
        if (job.check) {
          this.found(job, introducedFindings(job.check, result2.kind === "blob" ? textOrBytes(result2.bytes) : void 0));
        } else if (job.object && result2.kind === "blob") {
          const bytes = messageBody(result2.bytes);
          this.report.bytes += bytes.length;
          this.found(job, this.detector.detect({ path: job.path, bytes, git: job.commit }));
        } else if (result2.kind === "missing") {
          this.report.errors.push({
            path: `${job.path} (commit ${job.commit.commit.slice(0, 12)})`,
            reason: result2.reason
          });
        } else if (result2.kind === "large") {
          this.report.large++;
        } else {
          this.scannedText(job, result2.bytes, parents);
          return;
        }
        this.finished();
      }
      /** A blob read whole: scanned as text (UTF-16 decoded, see sources/encoding.ts) unless it is binary. */
      scannedText(job, raw, parents) {
        const text = asText(raw);
        const { detector } = this;
        if (text.kind === "binary") {
          this.report.binary++;
          this.found(job, detector.detectByPath({ path: job.path, git: job.commit }));
        } else if (text.kind === "undecodable") {
          this.report.errors.push({ path: `${job.path} (commit ${job.commit.commit.slice(0, 12)})`, reason: text.reason });
        } else {
          const bytes = text.bytes;
          this.report.bytes += raw.length;
          const whole = { path: job.path, bytes, git: job.commit };
          if (parents) {
            const versions = parents.map((r) => r?.kind === "blob" ? textOrBytes(r.bytes) : void 0);
            this.found(job, introducedByMerge(detector, whole, versions));
            return void this.finished();
          }
          const before = job.parentOid ? this.lastVersions.get(job.path, job.parentOid) : void 0;
          this.lastVersions.set(job.path, job.oid, bytes);
          if (before) {
            this.found(job, introducedBy(detector, whole, before));
          } else if (job.parentOid && detector.mayFind(whole)) {
            this.reader.read(job.parentOid).then((parent) => {
              this.found(
                job,
                introducedBy(detector, whole, parent.kind === "blob" ? textOrBytes(parent.bytes) : void 0)
              );
              this.finished();
            }).catch(this.fail);
            return;
          } else {
            this.found(job, detector.detect(whole));
          }
        }
        this.finished();
      }
      found(job, findings) {
        if (findings.length > 0) this.report.outcomes.push({ seq: job.seq, findings });
      }
      finished() {
        this.report.completed++;
        this.pending--;
        if (this.pending === 0 || this.report.completed >= REPORT_EVERY || this.report.outcomes.length > 0) {
          this.flush(this.ending && this.pending === 0);
        }
      }
    };
  }
});

// src/scan/merge-order.ts
var pairKey, MergeOrder;
var init_merge_order = __esm({
  "src/scan/merge-order.ts"() {
    "use strict";
    pairKey = (path, oid) => `${path}\0${oid}`;
    MergeOrder = class {
      constructor(order, onHold) {
        this.order = order;
        this.onHold = onHold;
      }
      order;
      onHold;
      waiting = [];
      /** changes wait: the merge listing is to be held */
      holding = false;
      /** the commits' listing has ended: nothing waits any more */
      ended = false;
      /** Whether the merge's version of a file was shown before the merge (then it is not read at all). */
      shownBefore(path, oid, merge) {
        const first = this.order.seen.get(pairKey(path, oid));
        const at = this.order.commitSeq.get(merge);
        return first !== void 0 && at !== void 0 && first < at;
      }
      /** The merge listing's callback for changes that `scan` scans, told the merge's place. */
      taker(scan2) {
        return (change) => {
          if (!this.ended && (this.waiting.length > 0 || !this.order.commitSeq.has(change.commit.commit))) {
            this.waiting.push({ change, scan: (at) => scan2(change, at) });
            if (!this.holding) this.holding = true, this.onHold();
          } else {
            this.take(change, (at) => scan2(change, at));
          }
        };
      }
      /**
       * Takes the waiting changes whose merge the commits' listing has reached; `ended`: that listing
       * is over, so every change left is taken, and those to come at once.
       */
      catchUp(ended = false) {
        if (ended) this.ended = true;
        const all = this.ended;
        const { waiting } = this;
        if (waiting.length === 0 && !this.holding) return;
        const ready = all ? -1 : waiting.findIndex((w) => !this.order.commitSeq.has(w.change.commit.commit));
        for (const { change, scan: scan2 } of waiting.splice(0, ready === -1 ? waiting.length : ready)) this.take(change, scan2);
        if (waiting.length > 0 || !this.holding) return;
        this.holding = false;
        this.onHold();
      }
      take(change, scan2) {
        const { commitSeq, seen } = this.order;
        if (!commitSeq.has(change.commit.commit)) commitSeq.set(change.commit.commit, this.order.next());
        if (this.shownBefore(change.path, change.oid, change.commit.commit)) return;
        const at = commitSeq.get(change.commit.commit);
        seen.set(pairKey(change.path, change.oid), at);
        scan2(at);
      }
    };
  }
});

// src/scan/history.ts
import { resolve as resolve5 } from "node:path";
async function scanHistory(repo, ruleSet, scope = {}, options = {}) {
  const info = options.repoInfo ?? inspectRepo(repo);
  const revisions = revisionArgs(repo, scope);
  const stats = emptyStats();
  const maxFileBytes2 = options.maxFileSize ?? DEFAULT_MAX_FILE_SIZE;
  const detector = createDetector(ruleSet);
  const commitSeq = /* @__PURE__ */ new Map();
  const seen = /* @__PURE__ */ new Map();
  let seq = 0;
  const earliest = /* @__PURE__ */ new Map();
  const record = (at, findings) => {
    for (const finding of findings) {
      const key2 = historyKey(finding);
      const known = earliest.get(key2);
      if (!known || at < known.seq) earliest.set(key2, { seq: at, finding });
    }
  };
  let fail;
  let finish;
  const finished = new Promise((resolve14, reject) => (finish = resolve14, fail = reject));
  finished.catch(() => void 0);
  let queued = 0;
  const progress = () => options.onProgress?.({ bytes: stats.bytes, commits: commitSeq.size });
  const objects = new HistoryBlobScanner(
    detector,
    resolve5(repo),
    maxFileBytes2,
    (report2) => setImmediate(() => reported(report2)),
    (err) => fail(err)
  );
  const ask2 = (job) => {
    queued++;
    objects.handle({ jobs: [job] });
    if (queued > MAX_QUEUED) paused(true);
  };
  function reported(report2) {
    queued -= report2.completed;
    stats.bytes += report2.bytes;
    stats.skippedBinary += report2.binary;
    stats.skippedLarge += report2.large;
    stats.errors.push(...report2.errors);
    for (const { seq: at, findings } of report2.outcomes) record(at, findings);
    progress();
    if (queued <= MAX_QUEUED / 2) paused(false);
    if (report2.done) finish();
  }
  const commitListed = (commit, message) => {
    if (commitSeq.has(commit.commit)) return;
    const at = ++seq;
    commitSeq.set(commit.commit, at);
    if (commitSeq.size % 64 === 0) progress();
    if (message === "large") stats.skippedLarge++;
    else if (!message) ask2({ seq: at, oid: commit.commit, path: COMMIT_MESSAGE_PATH, commit, object: "commit" });
    else {
      stats.bytes += message.length;
      record(at, detector.detect({ path: COMMIT_MESSAGE_PATH, bytes: message, git: commit }));
    }
  };
  const readWhole = (change, at) => {
    ask2({
      seq: at,
      oid: change.oid,
      path: change.path,
      commit: change.commit,
      ...change.parentOid ? { parentOid: change.parentOid } : {},
      ...change.otherParentOids ? { otherParentOids: change.otherParentOids } : {}
    });
  };
  const take = (change, at) => {
    if (change.whole) return readWhole(change, at);
    if (change.large) return void stats.skippedLarge++;
    if (!change.added) return;
    const bytes = change.added.bytes;
    stats.bytes += bytes.length;
    const fragment = { path: change.path, bytes, lineMap: change.added.lineMap, git: change.commit };
    const findings = detector.detect(fragment);
    if (findings.length === 0) return;
    if (change.parentOid)
      ask2({ seq: at, oid: change.parentOid, path: change.path, commit: change.commit, check: findings });
    else record(at, findings);
  };
  const firstSeen = (scan2) => (change) => {
    const key2 = pairKey(change.path, change.oid);
    if (seen.has(key2)) return;
    const at = ++seq;
    seen.set(key2, at);
    scan2(change, at);
  };
  const markers = logMarkers();
  const commits = new PatchStream(
    repo,
    patchLogArgs(markers, revisions, maxFileBytes2),
    new PatchLogParser(
      markers,
      (commit, message, parents) => {
        commitListed(commit, message ?? "large");
        rest.listedElsewhere(commit.commit);
        if (parents > 1) startMerges();
        mergeOrder.catchUp();
      },
      firstSeen(take),
      maxFileBytes2,
      (path, oid) => !seen.has(pairKey(path, oid))
    )
  );
  const rest = new HistoryListing(repo, revisions, firstSeen(readWhole), (commit) => void commitListed(commit));
  const mergeOrder = new MergeOrder({ commitSeq, seen, next: () => ++seq }, () => mergesPaused());
  const merges = new HistoryListing(repo, revisions, mergeOrder.taker(readWhole), () => void 0, "merges");
  const mergesPaused = () => {
    if (mergeOrder.holding || listingsPaused) merges.pause();
    else merges.resume();
  };
  let listingsPaused = false;
  function paused(full) {
    if (full === listingsPaused) return;
    listingsPaused = full;
    if (full) commits.pause(), rest.pause();
    else commits.resume(), rest.resume();
    mergesPaused();
  }
  let mergeListing;
  const startMerges = () => {
    if (mergeListing) return;
    mergeListing = (async () => {
      await merges.run();
      stats.errors.push(...merges.problems);
    })();
    mergeListing.catch(() => void 0);
  };
  let tags = Promise.resolve([]);
  try {
    const listing = (async () => {
      await rest.recover(await commits.run(), true);
      stats.errors.push(...rest.problems);
    })();
    listing.catch(() => void 0);
    if (info.hasTags !== false) tags = annotatedTags(repo);
    tags.catch(() => void 0);
    await Promise.race([listing, finished]);
    mergeOrder.catchUp(true);
    if (mergeListing) await Promise.race([mergeListing, finished]);
    for (const tag of (await tags).filter((t) => commitSeq.has(t.commit.commit))) {
      ask2({ seq: ++seq, oid: tag.oid, path: tagMessagePath(tag.name), commit: tag.commit, object: "tag" });
    }
    objects.handle({ end: true });
    await finished;
    const findings = markMessageSecrets(
      [...earliest.values()].sort(
        (a, b) => a.seq - b.seq || a.finding.startLine - b.finding.startLine || a.finding.startColumn - b.finding.startColumn
      ).map(({ finding }) => finding)
    );
    findings.forEach((f) => options.onFinding?.(f));
    stats.files = commitSeq.size;
    return { findings, stats, repo: info, commits: commitSeq.size };
  } finally {
    for (const listing of [commits, rest, merges]) listing.kill();
    objects.close();
  }
}
var MAX_QUEUED;
var init_history2 = __esm({
  "src/scan/history.ts"() {
    "use strict";
    init_model();
    init_files();
    init_git();
    init_history_patch();
    init_listing();
    init_messages();
    init_dedupe();
    init_message_secrets();
    init_history_scanner();
    init_detector2();
    init_merge_order();
    MAX_QUEUED = 4096;
  }
});

// src/sources/isogit.ts
var isogit_exports = {};
__export(isogit_exports, {
  IsoHistory: () => IsoHistory,
  addedLines: () => addedLines2,
  openRepo: () => openRepo
});
import * as fs from "node:fs";
import { join as join10 } from "node:path";
import git2 from "isomorphic-git";
async function openRepo(path) {
  if (fs.existsSync(join10(path, "HEAD")) && fs.existsSync(join10(path, "objects")))
    return { dir: path, gitdir: path, bare: true };
  try {
    const dir = await git2.findRoot({ fs, filepath: path });
    return { dir, gitdir: join10(dir, ".git"), bare: false };
  } catch {
    throw new LeakhoundError("NOT_A_REPO", `${path} is not a git repository (no .git found)`);
  }
}
function isoDate(timestamp, timezoneOffset) {
  const offset = -timezoneOffset;
  const local = new Date((timestamp + offset * 60) * 1e3).toISOString().slice(0, 19);
  const sign = offset >= 0 ? "+" : "-";
  const abs = Math.abs(offset);
  return `${local}${sign}${String(Math.floor(abs / 60)).padStart(2, "0")}:${String(abs % 60).padStart(2, "0")}`;
}
function addedLines2(previous, next) {
  const split = (b) => {
    const text = b.toString("latin1");
    const lines2 = text.split("\n");
    if (lines2[lines2.length - 1] === "") lines2.pop();
    return lines2;
  };
  const remaining = /* @__PURE__ */ new Map();
  if (previous) for (const line of split(previous)) remaining.set(line, (remaining.get(line) ?? 0) + 1);
  const out = [];
  const lineMap = [];
  split(next).forEach((line, i) => {
    const left = remaining.get(line) ?? 0;
    if (left > 0) remaining.set(line, left - 1);
    else {
      out.push(line);
      lineMap.push(i + 1);
    }
  });
  return { bytes: Buffer.from(out.map((l) => `${l}
`).join(""), "latin1"), lineMap };
}
var IsoHistory;
var init_isogit = __esm({
  "src/sources/isogit.ts"() {
    "use strict";
    init_errors();
    init_encoding();
    init_messages();
    IsoHistory = class {
      constructor(repo) {
        this.repo = repo;
      }
      repo;
      cache = {};
      async resolve(ref) {
        try {
          if (/^[0-9a-f]{4,40}$/i.test(ref)) {
            return await git2.expandOid({ fs, gitdir: this.repo.gitdir, oid: ref.toLowerCase(), cache: this.cache });
          }
          return await git2.resolveRef({ fs, gitdir: this.repo.gitdir, ref });
        } catch {
          throw new LeakhoundError("USAGE", `no such commit or branch in ${this.repo.dir}: ${ref}`);
        }
      }
      /** Every branch and tag tip (and a detached HEAD). */
      async allTips() {
        const { gitdir } = this.repo;
        const tips = /* @__PURE__ */ new Set();
        for (const branch of await git2.listBranches({ fs, gitdir }))
          tips.add(await git2.resolveRef({ fs, gitdir, ref: `refs/heads/${branch}` }));
        for (const tag of await git2.listTags({ fs, gitdir })) {
          const oid = await git2.resolveRef({ fs, gitdir, ref: `refs/tags/${tag}` });
          try {
            tips.add((await git2.readTag({ fs, gitdir, oid, cache: this.cache })).tag.object);
          } catch {
            tips.add(oid);
          }
        }
        try {
          tips.add(await git2.resolveRef({ fs, gitdir, ref: "HEAD" }));
        } catch {
        }
        return [...tips];
      }
      async reachable(tips, problems2) {
        const seen = /* @__PURE__ */ new Map();
        const queue = [...tips];
        while (queue.length > 0) {
          const oid = queue.pop();
          if (seen.has(oid)) continue;
          try {
            const commit = await git2.readCommit({ fs, gitdir: this.repo.gitdir, oid, cache: this.cache });
            seen.set(oid, commit);
            queue.push(...commit.commit.parent);
          } catch (err) {
            problems2.push({
              path: this.repo.dir,
              reason: `cannot read commit ${oid}: ${err.message.split("\n")[0]}`
            });
          }
        }
        return seen;
      }
      /** The commits in scope, oldest first (by commit time). */
      async commits(scope, problems2) {
        let tips;
        let excluded = [];
        if (scope.range) {
          const [from, to] = scope.range.split(/\.\.\.?/);
          if (!from || !to) throw new LeakhoundError("USAGE", `--range must look like A..B, not ${scope.range}`);
          tips = [await this.resolve(to)];
          excluded = [await this.resolve(from)];
        } else {
          tips = scope.branch ? [await this.resolve(scope.branch)] : await this.allTips();
          if (scope.sinceCommit) excluded = [await this.resolve(scope.sinceCommit)];
        }
        const included = await this.reachable(tips, problems2);
        for (const oid of (await this.reachable(excluded, problems2)).keys()) included.delete(oid);
        return [...included.values()].sort((a, b) => a.commit.committer.timestamp - b.commit.committer.timestamp);
      }
      /**
       * Blob contents by path in a commit's tree, for the files that differ from its first parent; of a
       * merge (more than one parent), for those that differ from every parent, with the other parents'
       * versions (the combined listing of the git CLI path, sources/history.ts).
       */
      async changedFiles(commitOid, parentOids) {
        const merge = parentOids.length > 1;
        const trees = [git2.TREE({ ref: commitOid }), ...parentOids.map((ref) => git2.TREE({ ref }))];
        const changed = [];
        await git2.walk({
          fs,
          gitdir: this.repo.gitdir,
          trees,
          cache: this.cache,
          map: async (path, [now, ...then]) => {
            if (path === ".") return true;
            const type = await now?.type();
            if (type === "tree") return true;
            if (type !== "blob") return null;
            const after = await now.oid();
            const versions = [];
            for (const entry of then)
              versions.push(entry && await entry.type() === "blob" ? await entry.oid() : void 0);
            const [before, ...others] = versions;
            if (!merge) {
              if (before !== after) changed.push({ path, before, after });
            } else if (!versions.includes(after)) {
              changed.push({ path, before, others: others.filter((o) => o !== void 0), after });
            }
            return null;
          }
        });
        return changed;
      }
      /** The lines `change` adds, unless its new version is binary or too large (then counted). */
      async addedIn(change, maxFileBytes2, counts) {
        let after = await this.blob(change.after);
        if (after.length > maxFileBytes2) {
          counts.large++;
          return void 0;
        }
        const text = asText(after);
        if (text.kind !== "text") {
          counts.binary++;
          return void 0;
        }
        const beforeRaw = change.before ? await this.blob(change.before) : void 0;
        const beforeText = beforeRaw ? asText(beforeRaw) : void 0;
        const before = beforeText?.kind === "text" ? beforeText.bytes : beforeRaw;
        after = text.bytes;
        const added = addedLines2(before, after);
        return added.lineMap.length > 0 ? { ...added, before } : void 0;
      }
      async blob(oid) {
        const { blob } = await git2.readBlob({ fs, gitdir: this.repo.gitdir, oid, cache: this.cache });
        return Buffer.from(blob);
      }
      /**
       * Every commit in scope, oldest first: its message, then each (path, content) pair it brings that
       * the history has not shown before, as the whole new version with the version it replaces at
       * that path in the first parent (what it introduced is decided by scan/introduced.ts); then the
       * messages of annotated tags on those commits.
       */
      async *history(scope, maxFileBytes2, problems2, counts) {
        const seen = /* @__PURE__ */ new Set();
        const inScope = /* @__PURE__ */ new Set();
        for (const { oid, commit } of await this.commits(scope, problems2)) {
          counts.commits++;
          inScope.add(oid);
          const provenance = {
            commit: oid,
            author: commit.author.name,
            email: commit.author.email,
            date: isoDate(commit.author.timestamp, commit.author.timezoneOffset),
            message: commit.message.split("\n")[0] ?? ""
          };
          yield {
            fragment: { path: COMMIT_MESSAGE_PATH, bytes: Buffer.from(commit.message, "utf8"), git: provenance },
            before: void 0
          };
          let files;
          try {
            files = await this.changedFiles(oid, commit.parent);
          } catch (err) {
            problems2.push({
              path: this.repo.dir,
              reason: `cannot read the tree of ${oid}: ${err.message.split("\n")[0]}`
            });
            continue;
          }
          for (const file of files) {
            const key2 = `${file.path}\0${file.after}`;
            if (seen.has(key2)) continue;
            seen.add(key2);
            try {
              const after = await this.blob(file.after);
              const text = after.length > maxFileBytes2 ? void 0 : asText(after);
              if (!text) counts.large++;
              else if (text.kind !== "text") counts.binary++;
              else {
                const version = async (blobOid) => {
                  const raw = blobOid ? await this.blob(blobOid) : void 0;
                  const decoded = raw ? asText(raw) : void 0;
                  return decoded?.kind === "text" ? decoded.bytes : raw;
                };
                const others = file.others && await Promise.all(file.others.map(version));
                yield {
                  fragment: { path: file.path, bytes: text.bytes, git: provenance },
                  before: await version(file.before),
                  ...others ? { others } : {}
                };
              }
            } catch (err) {
              problems2.push({
                path: `${file.path} (commit ${oid.slice(0, 12)})`,
                reason: `cannot read the object: ${err.message.split("\n")[0]}`
              });
            }
          }
        }
        const { gitdir } = this.repo;
        for (const name of await git2.listTags({ fs, gitdir })) {
          try {
            const { tag } = await git2.readTag({
              fs,
              gitdir,
              oid: await git2.resolveRef({ fs, gitdir, ref: `refs/tags/${name}` }),
              cache: this.cache
            });
            if (tag.type !== "commit" || !inScope.has(tag.object)) continue;
            const commit = {
              commit: tag.object,
              author: tag.tagger.name,
              email: tag.tagger.email,
              date: isoDate(tag.tagger.timestamp, tag.tagger.timezoneOffset),
              message: tag.message.split("\n")[0] ?? ""
            };
            yield {
              fragment: { path: tagMessagePath(name), bytes: Buffer.from(tag.message, "utf8"), git: commit },
              before: void 0
            };
          } catch (err) {
            if (err.code !== "ObjectTypeError")
              problems2.push({
                path: `${tagMessagePath(name)}`,
                reason: `cannot read the tag: ${err.message.split("\n")[0]}`
              });
          }
        }
      }
      /** Fragments of the lines the index adds to HEAD (or to nothing before the first commit). */
      /** HEAD's version of `path`, or undefined when HEAD has none there (or no HEAD). */
      async headVersion(path) {
        try {
          const head = await git2.resolveRef({ fs, gitdir: this.repo.gitdir, ref: "HEAD" });
          const { blob } = await git2.readBlob({
            fs,
            gitdir: this.repo.gitdir,
            oid: head,
            filepath: path,
            cache: this.cache
          });
          return Buffer.from(blob);
        } catch {
          return void 0;
        }
      }
      async *staged(maxFileBytes2, counts) {
        let head;
        try {
          head = await git2.resolveRef({ fs, gitdir: this.repo.gitdir, ref: "HEAD" });
        } catch {
          head = void 0;
        }
        const entries2 = [];
        await git2.walk({
          fs,
          dir: this.repo.dir,
          gitdir: this.repo.gitdir,
          trees: [git2.STAGE(), ...head ? [git2.TREE({ ref: head })] : []],
          cache: this.cache,
          map: async (path, [staged, committed]) => {
            if (path === ".") return true;
            if (!staged) return null;
            const type = await staged.type();
            if (type === "tree") return true;
            if (type !== "blob") return null;
            const after = await staged.oid();
            const before = committed && await committed.type() === "blob" ? await committed.oid() : void 0;
            if (before !== after) entries2.push({ path, before, after });
            return null;
          }
        });
        for (const entry of entries2) {
          const added = await this.addedIn(entry, maxFileBytes2, counts);
          if (added) yield { path: entry.path, bytes: added.bytes, lineMap: added.lineMap };
        }
      }
    };
  }
});

// src/scan/history-isogit.ts
var history_isogit_exports = {};
__export(history_isogit_exports, {
  scanHistoryWithIsomorphicGit: () => scanHistoryWithIsomorphicGit,
  scanStagedWithIsomorphicGit: () => scanStagedWithIsomorphicGit
});
async function scanHistoryWithIsomorphicGit(repo, ruleSet, scope, options) {
  const opened = await openRepo(repo);
  const history = new IsoHistory(opened);
  const detector = createDetector(ruleSet);
  const deduper = new HistoryDeduper();
  const stats = emptyStats();
  const counts = { commits: 0, binary: 0, large: 0 };
  const findings = [];
  for await (const { fragment, before, others } of history.history(
    scope,
    options.maxFileSize ?? DEFAULT_MAX_FILE_SIZE,
    stats.errors,
    counts
  )) {
    stats.bytes += fragment.bytes.length;
    options.onProgress?.({ bytes: stats.bytes, commits: counts.commits });
    const introduced = others ? introducedByMerge(detector, fragment, [before, ...others]) : introducedBy(detector, fragment, before);
    for (const finding of introduced) {
      if (deduper.isNew(finding)) findings.push(finding);
    }
  }
  const marked = markMessageSecrets(findings);
  marked.forEach((f) => options.onFinding?.(f));
  stats.files = counts.commits;
  stats.skippedBinary = counts.binary;
  stats.skippedLarge = counts.large;
  return {
    findings: marked,
    stats,
    repo: { root: opened.dir, shallow: false, hasHead: counts.commits > 0 },
    commits: counts.commits
  };
}
async function scanStagedWithIsomorphicGit(repo, ruleSet, options) {
  const history = new IsoHistory(await openRepo(repo));
  const detector = createDetector(ruleSet);
  const stats = emptyStats();
  const counts = { binary: 0, large: 0 };
  const added = [];
  for await (const fragment of history.staged(options.maxFileSize ?? DEFAULT_MAX_FILE_SIZE, counts)) {
    stats.files++;
    stats.bytes += fragment.bytes.length;
    added.push(...detector.detect(fragment));
  }
  const findings = await introducedSinceHead(added, (path) => history.headVersion(path));
  findings.forEach((f) => options.onFinding?.(f));
  stats.skippedBinary = counts.binary;
  stats.skippedLarge = counts.large;
  return { findings, stats };
}
var init_history_isogit = __esm({
  "src/scan/history-isogit.ts"() {
    "use strict";
    init_model();
    init_files();
    init_isogit();
    init_introduced();
    init_message_secrets();
    init_dedupe();
    init_detector2();
  }
});

// src/sources/isogit-history-source.ts
function isogitHistorySource(repo, scope = {}) {
  const source = {
    kind: "git history (isomorphic-git)",
    unit: "commit",
    ordered: true,
    commits: 0,
    async run(run3) {
      const { scanHistoryWithIsomorphicGit: scanHistoryWithIsomorphicGit2 } = await Promise.resolve().then(() => (init_history_isogit(), history_isogit_exports));
      const result2 = await scanHistoryWithIsomorphicGit2(repo, run3.ruleSet, scope, {
        maxFileSize: run3.maxFileSize,
        onFinding: run3.found,
        ...run3.progress ? { onProgress: run3.progress } : {}
      });
      addStats(run3.stats, result2.stats);
      source.commits = result2.commits;
    }
  };
  return source;
}
var init_isogit_history_source = __esm({
  "src/sources/isogit-history-source.ts"() {
    "use strict";
    init_dir_source();
  }
});

// src/sources/git-history-source.ts
function historySource(repo, scope = {}, repoInfo) {
  if (!hasGitBinary()) {
    noteNoGitForHistory();
    return isogitHistorySource(repo, scope);
  }
  return gitHistorySource(repo, scope, repoInfo);
}
function gitHistorySource(repo, scope = {}, repoInfo) {
  const source = {
    kind: "git history",
    unit: "commit",
    ordered: true,
    commits: 0,
    async run(run3) {
      const result2 = await scanHistory(repo, run3.ruleSet, scope, {
        maxFileSize: run3.maxFileSize,
        ...repoInfo ? { repoInfo } : {},
        onFinding: run3.found,
        ...run3.progress ? { onProgress: run3.progress } : {}
      });
      addStats(run3.stats, result2.stats);
      source.commits = result2.commits;
    }
  };
  return source;
}
var init_git_history_source = __esm({
  "src/sources/git-history-source.ts"() {
    "use strict";
    init_history2();
    init_dir_source();
    init_git();
    init_isogit_history_source();
  }
});

// src/sources/staged-text.ts
var staged_text_exports = {};
__export(staged_text_exports, {
  stagedTextFiles: () => stagedTextFiles
});
import { spawnSync as spawnSync2 } from "node:child_process";
async function stagedTextFiles(repo, maxFileBytes2) {
  const out = { changes: [], decoded: 0, binary: [], errors: [] };
  const list = spawnSync2(
    "git",
    [
      "-C",
      repo,
      "diff",
      "--cached",
      "--numstat",
      "-z",
      "--no-renames",
      "--diff-filter=d",
      "--no-ext-diff",
      "--no-textconv",
      "--ignore-submodules",
      "--"
    ],
    { env: gitEnv(), maxBuffer: 64 * 1024 * 1024 }
  );
  if (list.error || list.status !== 0) {
    out.errors.push({
      path: repo,
      reason: `git diff --numstat failed: ${list.error?.message ?? String(list.stderr).split("\n")[0]}`
    });
    return out;
  }
  const binaries = String(list.stdout).split("\0").filter((record) => record.startsWith("-	-	")).map((record) => record.slice(4)).filter((path) => path !== "" && !path.includes("\n"));
  if (binaries.length === 0) return out;
  const reader = new BlobReader(repo, maxFileBytes2);
  try {
    for (const path of binaries) {
      const [staged, head] = await Promise.all([reader.read(`:${path}`), reader.read(`HEAD:${path}`)]);
      if (staged.kind !== "blob") continue;
      const text = asText(staged.bytes);
      if (text.kind === "binary") {
        out.binary.push(path);
        continue;
      }
      out.decoded++;
      if (text.kind === "undecodable") {
        out.errors.push({ path, reason: text.reason });
        continue;
      }
      const headText = head.kind === "blob" ? asText(head.bytes) : void 0;
      const before = headText?.kind === "text" ? headText.bytes : void 0;
      if (!before) {
        out.changes.push({ fragment: { path, bytes: text.bytes }, before });
        continue;
      }
      const added = addedLines(before, text.bytes);
      if (added) out.changes.push({ fragment: { path, bytes: added.bytes, lineMap: added.lineMap }, before });
    }
  } finally {
    reader.close();
  }
  return out;
}
var init_staged_text = __esm({
  "src/sources/staged-text.ts"() {
    "use strict";
    init_cat_file();
    init_line_diff();
    init_encoding();
    init_git();
  }
});

// src/tickets/leak-repository.ts
import { basename as basename3, resolve as resolve7 } from "node:path";
function repositoryFromUrl(url) {
  const scp = /^[^@/\s]+@[^:/\s]+:(.+?)(?:\.git)?\/?$/.exec(url);
  if (scp) return scp[1];
  try {
    const parsed = new URL(url);
    const path = parsed.pathname.replace(/^\/+/, "").replace(/\.git\/?$/, "").replace(/\/+$/, "");
    return path || parsed.host;
  } catch {
    return url.replace(/\.git\/?$/, "");
  }
}
function leakRepository(root, env = process.env) {
  if (env.GITHUB_REPOSITORY) return env.GITHUB_REPOSITORY;
  const url = originUrl(root);
  return url ? repositoryFromUrl(url) : basename3(resolve7(root));
}
var init_leak_repository = __esm({
  "src/tickets/leak-repository.ts"() {
    "use strict";
    init_git();
  }
});

// src/verify/http.ts
function requestUrl(baseUrl, path) {
  const base = new URL(baseUrl);
  const prefix = base.pathname.replace(/\/+$/, "");
  if (!path.startsWith("/") || path.startsWith("//") || path.includes("\\")) {
    throw new Error(`refused: request path ${JSON.stringify(scrub(path, ""))} could leave ${base.host}`);
  }
  const url = new URL(`${base.origin}${prefix}${path}`);
  if (url.origin !== base.origin) throw new Error(`refused: request would go to ${url.host}, not ${base.host}`);
  return url;
}
function scrub(text, secret) {
  if (!secret) return text;
  return text.split(secret).join(redact(secret)).split(encodeURIComponent(secret)).join(redact(secret));
}
function retryAfterSeconds(header) {
  if (!header) return 0;
  const seconds = Number(header);
  if (Number.isFinite(seconds)) return Math.max(0, seconds);
  const date = Date.parse(header);
  return Number.isNaN(date) ? 0 : Math.max(0, Math.ceil((date - Date.now()) / 1e3));
}
var RateLimited, Timeout, DEFAULT_HTTP, VerifyHttp;
var init_http = __esm({
  "src/verify/http.ts"() {
    "use strict";
    init_write_file();
    init_redact();
    RateLimited = class extends Error {
    };
    Timeout = class extends Error {
    };
    DEFAULT_HTTP = { timeoutMs: 1e4, concurrency: 4, retries: 2, maxRetryAfterSeconds: 30 };
    VerifyHttp = class {
      constructor(options) {
        this.options = options;
      }
      options;
      active = 0;
      waiting = [];
      /** requests sent, for tests and the summary */
      sent = 0;
      /**
       * Sends `request` to `baseUrl`. Throws if the resulting URL would leave the base URL's origin,
       * whatever the request's path holds. `secret` and `fingerprint` are lists for a batch (a
       * revocation of many credentials in one request); `action` is written to the audit log.
       */
      async send(provider, baseUrl, request, secret, fingerprint2, action = "verify") {
        const url = requestUrl(baseUrl, request.path);
        await this.acquire();
        try {
          for (let attempt = 0; ; attempt++) {
            const started = /* @__PURE__ */ new Date();
            let response;
            try {
              this.sent++;
              response = await fetch(url, {
                method: request.method,
                headers: { "user-agent": "leakhound-verify", ...request.headers },
                body: request.body,
                redirect: "manual",
                // a redirect could lead to another host
                signal: AbortSignal.timeout(this.options.timeoutMs)
              });
            } catch (err) {
              const timedOut = err instanceof Error && (err.name === "TimeoutError" || err.name === "AbortError");
              this.audit(
                provider,
                url,
                request,
                secret,
                fingerprint2,
                started,
                timedOut ? "timeout" : "network error",
                action
              );
              if (timedOut) throw new Timeout(`no answer within ${this.options.timeoutMs} ms`);
              throw new Error(
                `network error: ${err instanceof Error ? err.cause?.message ?? err.message : String(err)}`
              );
            }
            const body = await response.text();
            this.audit(provider, url, request, secret, fingerprint2, started, response.status, action);
            if (response.status === 429) {
              const wait = retryAfterSeconds(response.headers.get("retry-after"));
              if (attempt >= this.options.retries || wait > this.options.maxRetryAfterSeconds) {
                throw new RateLimited(`rate limited (HTTP 429${wait ? `, retry after ${wait} s` : ""})`);
              }
              await new Promise((r) => setTimeout(r, Math.max(wait, 2 ** attempt) * 1e3));
              continue;
            }
            return { status: response.status, body, headers: response.headers };
          }
        } finally {
          this.release();
        }
      }
      audit(provider, url, request, secret, fingerprint2, at, outcome, action) {
        if (!this.options.auditLog) return;
        let path = url.pathname + url.search;
        for (const s of typeof secret === "string" ? [secret] : secret) path = scrub(path, s);
        const entry = {
          time: at.toISOString(),
          action,
          provider,
          host: url.host,
          method: request.method,
          path,
          status: outcome,
          ...typeof fingerprint2 === "string" ? { fingerprint: fingerprint2 } : { fingerprints: [...fingerprint2] }
        };
        appendChecked(this.options.auditLog, JSON.stringify(entry) + "\n", "audit log ");
      }
      async acquire() {
        if (this.active < this.options.concurrency) {
          this.active++;
          return;
        }
        await new Promise((resolve14) => this.waiting.push(resolve14));
        this.active++;
      }
      release() {
        this.active--;
        this.waiting.shift()?.();
      }
    };
  }
});

// src/verify/verify.ts
var verify_exports = {};
__export(verify_exports, {
  verifyFindings: () => verifyFindings
});
async function verifyFindings(findings, rules, options = {}) {
  const verifierOf = new Map(rules.map((r) => [r.id, r.verify]));
  const http = new VerifyHttp({ ...DEFAULT_HTTP, ...options.http });
  const canaries = /* @__PURE__ */ new Set([...CANARY_ACCOUNTS, ...options.canaryAccounts ?? []]);
  const cache = /* @__PURE__ */ new Map();
  const explained = [];
  const verifyOne = async (finding) => {
    const name = verifierOf.get(finding.ruleId);
    const verifier = name ? VERIFIERS[name] : void 0;
    if (!verifier) return { status: "unsupported" };
    const baseUrl = options.baseUrls?.[verifier.provider] ?? verifier.baseUrl;
    const neighbours = findings.filter(
      (f) => f !== finding && f.path === finding.path && f.git?.commit === finding.git?.commit
    );
    let request;
    try {
      request = verifier.request(finding.secret, { neighbours, host: new URL(baseUrl).host, canaryAccounts: canaries });
    } catch (err) {
      return {
        status: "unknown",
        provider: verifier.provider,
        reason: err instanceof Error ? err.message : String(err)
      };
    }
    if ("status" in request) return request;
    if (options.explain) {
      explained.push(describe(finding, verifier.provider, baseUrl, request));
      return { status: "unknown", provider: verifier.provider, reason: "not sent (--explain)" };
    }
    try {
      const response = await http.send(verifier.provider, baseUrl, request, finding.secret, finding.fingerprint);
      return verifier.interpret(response);
    } catch (err) {
      if (err instanceof LeakhoundError && err.code === "OUTPUT_FAILED") throw err;
      const reason = err instanceof Timeout ? `timeout: ${err.message}` : err instanceof RateLimited ? err.message : err instanceof Error ? err.message : String(err);
      return { status: "unknown", provider: verifier.provider, reason };
    }
  };
  await Promise.all(
    findings.map(async (finding) => {
      let pending = cache.get(finding.fingerprint);
      if (!pending) {
        pending = verifyOne(finding);
        cache.set(finding.fingerprint, pending);
      }
      finding.verification = await pending;
    })
  );
  return { explained, sent: http.sent };
}
function describe(finding, provider, baseUrl, request) {
  const secret = finding.secret;
  let url;
  try {
    url = scrub(requestUrl(baseUrl, request.path).toString(), secret);
  } catch (err) {
    url = `(refused: ${err instanceof Error ? err.message : String(err)})`;
  }
  const headers = Object.entries(request.headers).map(([k, v]) => {
    const shown = v.includes(secret) ? scrub(v, secret) : SECRET_HEADERS.test(k) ? v.includes(" ") ? `${v.split(" ")[0]} \u2026` : "\u2026" : v;
    return `    ${k}: ${shown}`;
  });
  const where = `${finding.path}:${finding.startLine}${finding.git ? ` (${finding.git.commit.slice(0, 12)})` : ""}`;
  return [
    `${finding.ruleId} ${redact(secret)} at ${where} \u2192 ${provider}`,
    `    ${request.method} ${url}`,
    ...headers,
    ...request.body ? [`    body: ${scrub(request.body, secret)}`] : []
  ].join("\n");
}
var SECRET_HEADERS;
var init_verify = __esm({
  "src/verify/verify.ts"() {
    "use strict";
    init_errors();
    init_redact();
    init_http();
    init_providers();
    SECRET_HEADERS = /^(authorization|x-api-key|private-token|dd-api-key|circle-token|x-postmark-server-token|api-key|x-honeycomb-team)$/i;
  }
});

// src/tickets/document.ts
function ticketDocument(finding, rule, repository, redactor, now = /* @__PURE__ */ new Date()) {
  const mask = (text) => redactor.mask(text, [finding.secret]);
  const provider = finding.verification?.provider ?? "";
  const rotate = rule?.rotate || "Revoke the secret at its provider, issue a new one, and remove it from the code.";
  const references = rule?.references ?? [];
  const where = `${finding.path}:${finding.startLine}`;
  const title = `Rotate now: live ${finding.description} leaked in ${finding.path}`;
  const rows2 = [
    ["What", `${finding.description} (\`${finding.ruleId}\`)${provider ? `, confirmed live by ${provider}` : ""}`],
    ["Where", `${repository ? `${repository}: ` : ""}\`${where}\``],
    ...finding.git ? [
      [
        "Commit",
        `${finding.git.commit} by ${mask(finding.git.author)} <${mask(finding.git.email)}> on ${finding.git.date}: ${mask(finding.git.message)}`
      ]
    ] : [],
    ["Live since", `at least ${finding.git?.date ?? "the scan"} (committed); confirmed live ${now.toISOString()}`],
    ...finding.verification?.identity ? [["Belongs to", finding.verification.identity]] : [],
    ["Secret", `\`${redact(finding.secret)}\` (redacted)`],
    ["Fingerprint", `\`${finding.fingerprint}\``]
  ];
  const body = [
    `leakhound found a **live** secret. Anyone who can read this repository or its history can use it: rotate it now.`,
    "",
    "| | |",
    "|---|---|",
    ...rows2.map(([k, v]) => `| ${k} | ${v.replace(/\|/g, "\\|").replace(/\n/g, " ")} |`),
    "",
    `**How to rotate:** ${rotate}`,
    ...references.length ? ["", ...references.map((r) => `- ${r}`)] : [],
    "",
    "Deleting the line is not enough: the secret stays in git history. Once it is rotated, `leakhound tickets sync` closes this ticket.",
    "",
    `<!-- ${MARKER_PREFIX}${finding.fingerprint} -->`
  ].join("\n");
  return {
    fingerprint: finding.fingerprint,
    title,
    rule: finding.ruleId,
    description: finding.description,
    provider,
    severity: finding.severity,
    repository,
    file: finding.path,
    line: finding.startLine,
    ...finding.git ? {
      commit: finding.git.commit,
      author: mask(finding.git.author),
      email: mask(finding.git.email),
      committedAt: finding.git.date
    } : {},
    verifiedLiveAt: now.toISOString(),
    ...finding.verification?.identity ? { identity: finding.verification.identity } : {},
    secretPreview: redact(finding.secret),
    rotate,
    references,
    body
  };
}
function fingerprintIn(body) {
  return body ? new RegExp(`${MARKER_PREFIX}([0-9a-f]{32})`).exec(body)?.[1] : void 0;
}
var MARKER_PREFIX;
var init_document = __esm({
  "src/tickets/document.ts"() {
    "use strict";
    init_redact();
    MARKER_PREFIX = "leakhound-fingerprint:";
  }
});

// src/tickets/codeowners.ts
import { existsSync as existsSync9, readFileSync as readFileSync5 } from "node:fs";
import { join as join13 } from "node:path";
function codeOwners(root) {
  const file = [".github/CODEOWNERS", "CODEOWNERS", "docs/CODEOWNERS"].map((p) => join13(root, p)).find((p) => existsSync9(p));
  if (!file) return void 0;
  const entries2 = readFileSync5(file, "utf8").split("\n").map((l) => l.replace(/#.*/, "").trim()).filter(Boolean).map((line) => {
    const [pattern, ...owners] = line.split(/\s+/);
    let glob = pattern;
    if (glob.endsWith("/")) glob += "**";
    else if (!glob.includes("*")) glob = `${glob.replace(/\/$/, "")}{,/**}`;
    return { match: globMatcher([glob]), owners };
  });
  return (path) => {
    for (let i = entries2.length - 1; i >= 0; i--) {
      if (entries2[i].match(path)) return entries2[i].owners.filter((o) => /^@[^/]+$/.test(o)).map((o) => o.slice(1));
    }
    return [];
  };
}
var init_codeowners = __esm({
  "src/tickets/codeowners.ts"() {
    "use strict";
    init_glob();
  }
});

// src/tickets/github.ts
import { Octokit } from "@octokit/rest";
var GitHubTickets;
var init_github = __esm({
  "src/tickets/github.ts"() {
    "use strict";
    init_errors();
    init_document();
    GitHubTickets = class {
      constructor(options) {
        this.options = options;
        const [owner, repo] = options.repository.split("/");
        if (!owner || !repo)
          throw new LeakhoundError("BAD_CONFIG", `tickets: repository must be owner/name, not ${options.repository}`);
        this.owner = owner;
        this.repo = repo;
        this.octokit = new Octokit({
          auth: options.token,
          ...options.apiUrl ? { baseUrl: options.apiUrl } : {},
          userAgent: "leakhound",
          log: { debug() {
          }, info() {
          }, warn() {
          }, error() {
          } }
        });
      }
      options;
      octokit;
      owner;
      repo;
      open;
      /** Open leakhound tickets, by fingerprint (read once per run). */
      openTickets() {
        this.open ??= this.octokit.paginate(this.octokit.rest.issues.listForRepo, {
          owner: this.owner,
          repo: this.repo,
          state: "open",
          labels: this.options.labels[0] ?? "leakhound",
          per_page: 100
        }).then(
          (issues) => issues.flatMap((issue) => {
            const fingerprint2 = fingerprintIn(issue.body);
            const labels = issue.labels.map((l) => typeof l === "string" ? l : l.name ?? "").filter(Boolean);
            return fingerprint2 ? [
              {
                number: issue.number,
                fingerprint: fingerprint2,
                labels,
                ...issue.created_at ? { createdAt: issue.created_at } : {}
              }
            ] : [];
          })
        );
        return this.open;
      }
      /** Opens the ticket unless an open one has the same fingerprint; says which happened. */
      async ensure(doc) {
        const open = await this.openTickets();
        const existing2 = open.find((t) => t.fingerprint === doc.fingerprint);
        if (existing2) return { state: "exists", number: existing2.number };
        const assignees = this.options.assignees?.(doc) ?? [];
        const created = await this.octokit.rest.issues.create({
          owner: this.owner,
          repo: this.repo,
          title: doc.title,
          body: doc.body,
          labels: this.options.labels,
          ...assignees.length ? { assignees } : {}
        });
        open.push({ number: created.data.number, fingerprint: doc.fingerprint, labels: this.options.labels });
        return { state: "opened", number: created.data.number };
      }
      /** Escalates a ticket: a comment saying why, the escalation labels and assignees added. */
      async escalate(ticket, labels, assignees, comment) {
        await this.octokit.rest.issues.createComment({
          owner: this.owner,
          repo: this.repo,
          issue_number: ticket.number,
          body: comment
        });
        const all = [.../* @__PURE__ */ new Set([...ticket.labels, ...labels])];
        await this.octokit.rest.issues.update({
          owner: this.owner,
          repo: this.repo,
          issue_number: ticket.number,
          labels: all,
          ...assignees.length ? { assignees } : {}
        });
        ticket.labels = all;
      }
      /** Closes a ticket with a comment saying why. */
      async close(ticket, comment) {
        await this.octokit.rest.issues.createComment({
          owner: this.owner,
          repo: this.repo,
          issue_number: ticket.number,
          body: comment
        });
        await this.octokit.rest.issues.update({
          owner: this.owner,
          repo: this.repo,
          issue_number: ticket.number,
          state: "closed",
          state_reason: "completed"
        });
      }
    };
  }
});

// src/tickets/hooks.ts
import { spawn as spawn2 } from "node:child_process";
import { createHmac } from "node:crypto";
function payload(doc, event = "leakhound.secret.live", lifecycle) {
  const { body: _body, ...rest } = doc;
  return JSON.stringify({ event, ticket: rest, ...lifecycle ? { lifecycle } : {} });
}
async function postWebhook(url, doc, secret, timeoutMs = 1e4, event = "leakhound.secret.live", lifecycle) {
  const body = payload(doc, event, lifecycle);
  const headers = { "content-type": "application/json", "user-agent": "leakhound" };
  if (secret) headers[SIGNATURE_HEADER] = `sha256=${createHmac("sha256", secret).update(body).digest("hex")}`;
  let response;
  try {
    response = await fetch(url, {
      method: "POST",
      headers,
      body,
      redirect: "manual",
      signal: AbortSignal.timeout(timeoutMs)
    });
  } catch (err) {
    throw new Error(`webhook ${new URL(url).host} unreachable: ${reasonOf(err.cause ?? err)}`);
  }
  if (response.status < 200 || response.status >= 300)
    throw new Error(`webhook ${new URL(url).host} answered HTTP ${response.status}`);
}
function runCommand(command, doc, timeoutMs = 6e4, event = "leakhound.secret.live", lifecycle) {
  const [file, ...args] = command;
  if (!file) return Promise.reject(new LeakhoundError("BAD_CONFIG", "tickets: command is empty"));
  return new Promise((resolve14, reject) => {
    const child = spawn2(file, args, { stdio: ["pipe", "ignore", "pipe"], timeout: timeoutMs });
    let stderr = "";
    child.stderr.on("data", (c) => stderr += c.toString("utf8"));
    child.on("error", (err) => reject(new Error(`ticket command ${file} failed to start: ${err.message}`)));
    child.on(
      "close",
      (code) => code === 0 ? resolve14() : reject(
        new Error(`ticket command ${file} exited ${code}${stderr ? `: ${stderr.trim().split("\n")[0]}` : ""}`)
      )
    );
    child.stdin.end(payload(doc, event, lifecycle));
  });
}
var SIGNATURE_HEADER;
var init_hooks = __esm({
  "src/tickets/hooks.ts"() {
    "use strict";
    init_errors();
    SIGNATURE_HEADER = "x-leakhound-signature-256";
  }
});

// src/tickets/providers.ts
function githubToken() {
  const token = process.env.LEAKHOUND_GITHUB_TOKEN || process.env.GITHUB_TOKEN;
  if (!token)
    throw new LeakhoundError(
      "BAD_CONFIG",
      "tickets: set GITHUB_TOKEN (or LEAKHOUND_GITHUB_TOKEN) to open GitHub issues"
    );
  return token;
}
function githubTickets(settings, root) {
  if (!settings.repository)
    throw new LeakhoundError("BAD_CONFIG", 'tickets: github needs repository = "owner/name" in [tickets]');
  const owners = settings.assignees === "codeowners" ? codeOwners(root) : void 0;
  return new GitHubTickets({
    repository: settings.repository,
    token: githubToken(),
    ...settings.apiUrl ? { apiUrl: settings.apiUrl } : {},
    labels: settings.labels,
    ...owners ? { assignees: (doc) => owners(doc.file) } : {}
  });
}
function webhookUrl(settings) {
  if (!settings.url) throw new LeakhoundError("BAD_CONFIG", "tickets: webhook needs url in [tickets]");
  return settings.url;
}
function commandLine(settings) {
  if (!settings.command?.length)
    throw new LeakhoundError("BAD_CONFIG", 'tickets: command needs command = ["/path/to/script", \u2026] in [tickets]');
  return settings.command;
}
function ticketProvider(name) {
  const found = TICKET_PROVIDER_REGISTRY[name];
  if (!found || !Object.hasOwn(TICKET_PROVIDER_REGISTRY, name)) {
    throw new LeakhoundError(
      "BAD_CONFIG",
      `tickets: unknown provider ${name} (known: ${Object.keys(TICKET_PROVIDER_REGISTRY).join(", ")})`
    );
  }
  return found;
}
var TICKET_PROVIDER_REGISTRY;
var init_providers2 = __esm({
  "src/tickets/providers.ts"() {
    "use strict";
    init_errors();
    init_codeowners();
    init_github();
    init_hooks();
    TICKET_PROVIDER_REGISTRY = {
      github: {
        describe: "a GitHub issue per live secret (repository, labels, code owners as assignees)",
        knowsOpenTickets: true,
        connect(settings, root) {
          const github = githubTickets(settings, root);
          return {
            async open(doc) {
              const { state, number } = await github.ensure(doc);
              return { state, issue: number };
            },
            listOpen: async () => (await github.openTickets()).map((t) => ({
              fingerprint: t.fingerprint,
              labels: t.labels,
              issue: t,
              ...t.createdAt ? { createdAt: t.createdAt } : {}
            })),
            close: (ticket, _doc, _lifecycle, comment) => github.close(ticket.issue, comment),
            async escalate(ticket, _doc, _lifecycle, { labels, assignees, comment }) {
              await github.escalate(ticket.issue, labels, assignees, comment);
              ticket.labels = ticket.issue.labels;
            }
          };
        }
      },
      webhook: {
        describe: "a signed JSON POST per event (Jira, PagerDuty, ServiceNow automation)",
        knowsOpenTickets: false,
        connect(settings) {
          const url = webhookUrl(settings);
          const secret = process.env[settings.secretEnv];
          return {
            async open(doc) {
              await postWebhook(url, doc, secret);
              return { state: "opened" };
            },
            close: (_ticket, doc, lifecycle) => postWebhook(url, doc, secret, 1e4, "leakhound.secret.closed", lifecycle),
            escalate: (_ticket, doc, lifecycle) => postWebhook(url, doc, secret, 1e4, "leakhound.secret.escalated", lifecycle)
          };
        }
      },
      command: {
        describe: "a local command that reads the ticket's JSON on stdin",
        knowsOpenTickets: false,
        connect(settings) {
          const command = commandLine(settings);
          return {
            async open(doc) {
              await runCommand(command, doc);
              return { state: "opened" };
            },
            close: (_ticket, doc, lifecycle) => runCommand(command, doc, 6e4, "leakhound.secret.closed", lifecycle),
            escalate: (_ticket, doc, lifecycle) => runCommand(command, doc, 6e4, "leakhound.secret.escalated", lifecycle)
          };
        }
      }
    };
  }
});

// src/tickets/ledger.ts
import { existsSync as existsSync10, mkdirSync, readFileSync as readFileSync6 } from "node:fs";
import { homedir as homedir2 } from "node:os";
import { dirname as dirname7, join as join14 } from "node:path";
var DEFAULT_STATE_FILE, Ledger;
var init_ledger = __esm({
  "src/tickets/ledger.ts"() {
    "use strict";
    init_errors();
    init_write_file();
    DEFAULT_STATE_FILE = join14(homedir2(), ".cache", "leakhound", "tickets-sent.json");
    Ledger = class {
      constructor(file) {
        this.file = file;
        let state = {};
        if (existsSync10(file)) {
          try {
            state = JSON.parse(readFileSync6(file, "utf8"));
          } catch (err) {
            throw new LeakhoundError(
              "BAD_CONFIG",
              `ticket state ${file} cannot be read: ${reasonOf(err)} (move it aside to start afresh)`
            );
          }
        }
        this.sent = new Set(state.sent ?? []);
        this.records = new Map(Object.entries(state.tickets ?? {}));
        for (const fp of this.sent) if (!this.records.has(fp)) this.records.set(fp, { fingerprint: fp });
      }
      file;
      records;
      sent;
      /** A webhook or command ticket was sent for this secret. */
      has(fingerprint2) {
        return this.sent.has(fingerprint2);
      }
      get(fingerprint2) {
        return this.records.get(fingerprint2);
      }
      /** Open tickets (opened, not closed) of `provider`. */
      open(provider) {
        return [...this.records.values()].filter(
          (r) => !r.closedAt && (r.provider === provider || r.provider === void 0 && this.sent.has(r.fingerprint) && provider !== "github")
        );
      }
      /** Merges `changes` into the secret's record and writes the file. */
      update(fingerprint2, changes, sent = false) {
        const record = { ...this.records.get(fingerprint2) ?? { fingerprint: fingerprint2 }, ...changes };
        this.records.set(fingerprint2, record);
        if (sent) this.sent.add(fingerprint2);
        this.save();
        return record;
      }
      save() {
        try {
          mkdirSync(dirname7(this.file), { recursive: true });
        } catch (err) {
          throw new LeakhoundError("OUTPUT_FAILED", `cannot write ticket state ${this.file}: ${reasonOf(err)}`, {
            cause: err
          });
        }
        const tickets = Object.fromEntries([...this.records.entries()].sort(([a], [b]) => a.localeCompare(b)));
        writeWholeFile(
          this.file,
          JSON.stringify({ sent: [...this.sent].sort(), tickets }, null, 1) + "\n",
          "ticket state "
        );
      }
    };
  }
});

// src/tickets/tickets.ts
var tickets_exports = {};
__export(tickets_exports, {
  DEFAULT_TICKETS: () => DEFAULT_TICKETS,
  TICKET_PROVIDERS: () => TICKET_PROVIDERS,
  githubTickets: () => githubTickets,
  openTickets: () => openTickets,
  ticketLedger: () => ticketLedger
});
function ticketLedger(settings) {
  if (ticketProvider(settings.provider).knowsOpenTickets && !settings.stateFile) return void 0;
  return new Ledger(settings.stateFile ?? DEFAULT_STATE_FILE);
}
async function openTickets(findings, rules, settings, root, repository) {
  const outcome = { opened: 0, existing: 0, failed: [] };
  const live = /* @__PURE__ */ new Map();
  for (const f of findings)
    if (f.verification?.status === "live" && !live.has(f.fingerprint)) live.set(f.fingerprint, f);
  if (live.size === 0) return outcome;
  const ruleOf = new Map(rules.map((r) => [r.id, r]));
  const redactor = new Redactor(rules);
  const provider = ticketProvider(settings.provider);
  const channel = provider.connect(settings, root);
  const state = ticketLedger(settings);
  const now = (/* @__PURE__ */ new Date()).toISOString();
  for (const finding of live.values()) {
    const doc = ticketDocument(finding, ruleOf.get(finding.ruleId), repository, redactor);
    const before = state?.get(doc.fingerprint);
    const seen = {
      provider: settings.provider,
      repository,
      rule: finding.ruleId,
      file: finding.path,
      ...finding.git ? { foundAt: finding.git.date } : {},
      verifiedLiveAt: before?.verifiedLiveAt ?? now,
      lastVerifiedAt: now,
      lastStatus: "live"
    };
    try {
      if (provider.knowsOpenTickets) {
        const { state: opened, issue } = await channel.open(doc);
        if (opened === "opened") outcome.opened++;
        else outcome.existing++;
        state?.update(doc.fingerprint, {
          ...seen,
          ...issue !== void 0 ? { issue } : {},
          ...opened === "opened" || !before?.openedAt ? { openedAt: before?.openedAt ?? now } : {}
        });
        continue;
      }
      if (state.has(doc.fingerprint)) {
        state.update(doc.fingerprint, seen);
        outcome.existing++;
        continue;
      }
      await channel.open(doc);
      state.update(doc.fingerprint, { ...seen, openedAt: now }, true);
      outcome.opened++;
    } catch (err) {
      if (err instanceof LeakhoundError) throw err;
      outcome.failed.push({
        fingerprint: finding.fingerprint,
        reason: err instanceof Error ? err.message : String(err)
      });
    }
  }
  return outcome;
}
var init_tickets = __esm({
  "src/tickets/tickets.ts"() {
    "use strict";
    init_errors();
    init_redact();
    init_document();
    init_providers2();
    init_ledger();
    init_settings();
    init_providers2();
  }
});

// src/tickets/sync.ts
var sync_exports = {};
__export(sync_exports, {
  syncTickets: () => syncTickets
});
async function syncTickets(findings, options) {
  const { settings } = options;
  const now = options.now ?? /* @__PURE__ */ new Date();
  const stamp = now.toISOString();
  const ledger = ticketLedger(settings);
  const provider = ticketProvider(settings.provider);
  const channel = provider.connect(settings, options.root);
  const tickets = provider.knowsOpenTickets ? await channel.listOpen() : ledger.open(settings.provider).map((r) => ({ fingerprint: r.fingerprint }));
  const outcome = {
    open: tickets.length,
    closed: 0,
    escalated: 0,
    overdue: 0,
    missing: 0,
    unknown: 0,
    failed: []
  };
  const wanted = new Set(tickets.map((t) => t.fingerprint));
  const candidates = /* @__PURE__ */ new Map();
  for (const f of findings)
    if (wanted.has(f.fingerprint) && !candidates.has(f.fingerprint))
      candidates.set(f.fingerprint, { ...f, verification: void 0 });
  await options.verify([...candidates.values()]);
  const ruleOf = new Map(options.rules.map((r) => [r.id, r]));
  const redactor = new Redactor(options.rules);
  const escalationHook = (doc, lifecycle, url) => postWebhook(url, doc, process.env[settings.secretEnv], 1e4, "leakhound.secret.escalated", lifecycle);
  for (const ticket of tickets) {
    const finding = candidates.get(ticket.fingerprint);
    if (!finding) {
      outcome.missing++;
      continue;
    }
    const status = finding.verification?.status ?? "unknown";
    const before = ledger?.get(ticket.fingerprint);
    const record = {
      ...before ?? { fingerprint: ticket.fingerprint },
      lastVerifiedAt: stamp,
      lastStatus: status
    };
    const doc = ticketDocument(finding, ruleOf.get(finding.ruleId), options.repository, redactor, now);
    try {
      if (status === "invalid") {
        const byLeakhound = record.revokedBy === "leakhound" && record.revokedAt !== void 0;
        const closed = {
          ...record,
          revokedBy: byLeakhound ? "leakhound" : "owner",
          revokedAt: record.revokedAt ?? stamp,
          closedAt: stamp,
          closeReason: "invalid"
        };
        const comment = [
          `leakhound: ${finding.verification?.provider ?? "the provider"} now rejects this secret (checked ${stamp}): ${byLeakhound ? `revoked by leakhound on ${record.revokedAt}` : "rotated or revoked by its owner"}. Closing.`,
          "",
          lifecycleLines(closed, ticket.createdAt)
        ].join("\n");
        await channel.close(ticket, doc, closed, comment);
        ledger?.update(ticket.fingerprint, closed);
        outcome.closed++;
        continue;
      }
      if (status !== "live") {
        ledger?.update(ticket.fingerprint, record);
        outcome.unknown++;
        continue;
      }
      const liveSince = record.verifiedLiveAt ?? ticket.createdAt ?? stamp;
      if (!record.verifiedLiveAt) record.verifiedLiveAt = liveSince;
      const afterDays = options.escalate?.afterDays;
      const overdue = afterDays !== void 0 && now.getTime() - Date.parse(liveSince) > afterDays * DAY_MS;
      if (overdue) {
        outcome.overdue++;
        const labels = options.escalate.labels;
        const already = record.escalatedAt !== void 0 || ticket.labels !== void 0 && labels.length > 0 && labels.every((l) => ticket.labels.includes(l));
        if (!already) {
          const escalated = { ...record, escalatedAt: stamp };
          const days = Math.floor((now.getTime() - Date.parse(liveSince)) / DAY_MS);
          const comment = `leakhound: this secret is still live ${days} days after it was confirmed live (escalation after ${afterDays} days). Rotate it now.

${lifecycleLines(escalated, ticket.createdAt)}`;
          await channel.escalate(ticket, doc, escalated, { labels, assignees: options.escalate.assignees, comment });
          if (options.escalate.webhook) await escalationHook(doc, escalated, options.escalate.webhook);
          ledger?.update(ticket.fingerprint, escalated);
          outcome.escalated++;
          continue;
        }
      }
      ledger?.update(ticket.fingerprint, record);
    } catch (err) {
      if (err instanceof LeakhoundError) throw err;
      outcome.failed.push({
        fingerprint: ticket.fingerprint,
        reason: err instanceof Error ? err.message : String(err)
      });
    }
  }
  return outcome;
}
function lifecycleLines(r, openedAt) {
  const steps = [
    ["found (committed)", r.foundAt],
    ["verified live", r.verifiedLiveAt],
    ["ticket opened", r.openedAt ?? openedAt],
    [
      `revoked${r.revokedBy ? ` by ${r.revokedBy === "leakhound" ? "leakhound" : "its owner (seen by leakhound)"}` : ""}`,
      r.revokedAt
    ],
    ["escalated", r.escalatedAt],
    ["closed", r.closedAt]
  ];
  return steps.filter(([, at]) => at).map(([what, at]) => `- ${what}: ${at}`).join("\n");
}
var DAY_MS;
var init_sync = __esm({
  "src/tickets/sync.ts"() {
    "use strict";
    init_errors();
    init_redact();
    init_document();
    init_hooks();
    init_providers2();
    init_tickets();
    DAY_MS = 864e5;
  }
});

// src/cli/verify-tickets.ts
var verify_tickets_exports = {};
__export(verify_tickets_exports, {
  baseUrls: () => baseUrls,
  syncTickets: () => syncTickets2,
  ticketAll: () => ticketAll,
  ticketSettings: () => ticketSettings,
  verifyAll: () => verifyAll
});
function baseUrls(args, config) {
  const urls = { ...config.verify?.baseUrls ?? {} };
  for (const pair of args.verifyBaseUrl ?? []) {
    const at = pair.indexOf("=");
    if (at < 1) throw new LeakhoundError("USAGE", `--verify-base-url takes provider=URL, not ${pair}`);
    const problem = checkOperatorUrl(pair.slice(at + 1));
    if (problem) throw new LeakhoundError("USAGE", `--verify-base-url ${pair.slice(0, at)}: ${problem}`);
    urls[pair.slice(0, at)] = pair.slice(at + 1);
  }
  return urls;
}
function ticketSettings(args, config) {
  if (!args.ticket) return void 0;
  return { ...DEFAULT_TICKETS, ...config.tickets ?? {}, provider: args.ticket };
}
async function verifyAll(findings, args, config) {
  const { verifyFindings: verifyFindings2 } = await Promise.resolve().then(() => (init_verify(), verify_exports));
  const verify = config.verify;
  const run3 = await verifyFindings2(findings, config.rules, {
    baseUrls: baseUrls(args, config),
    explain: args.explain === true,
    canaryAccounts: verify?.canaryAccounts ?? [],
    http: {
      ...verify?.timeoutSeconds !== void 0 ? { timeoutMs: verify.timeoutSeconds * 1e3 } : {},
      ...verify?.concurrency !== void 0 ? { concurrency: verify.concurrency } : {},
      ...args.auditLog ?? verify?.auditLog ? { auditLog: args.auditLog ?? verify?.auditLog } : {}
    }
  });
  if (args.explain) {
    process.stdout.write(
      run3.explained.length ? `${run3.explained.join("\n\n")}
` : "no finding has a verifier: nothing would be sent\n"
    );
  } else if (!args.quiet) {
    const count2 = (s) => findings.filter((f) => f.verification?.status === s).length;
    process.stderr.write(
      `leakhound: verified: ${count2("live")} live, ${count2("invalid")} invalid, ${count2("unknown")} unknown, ${count2("unsupported")} unsupported, ${count2("canary")} canary (${run3.sent} requests)
`
    );
  }
}
async function ticketAll(findings, settings, config, root, quiet) {
  const { openTickets: openTickets2 } = await Promise.resolve().then(() => (init_tickets(), tickets_exports));
  const outcome = await openTickets2(findings, config.rules, settings, root, leakRepository(root));
  for (const failure of outcome.failed)
    process.stderr.write(`leakhound: could not open a ticket for ${failure.fingerprint}: ${failure.reason}
`);
  if (!quiet && outcome.opened + outcome.existing + outcome.failed.length > 0) {
    process.stderr.write(
      `leakhound: tickets (${settings.provider}): ${outcome.opened} opened, ${outcome.existing} already open, ${outcome.failed.length} failed
`
    );
  }
  return outcome.failed.length;
}
async function syncTickets2(findings, args, config, root) {
  const settings = args.ticket ? ticketSettings(args, config) : config.tickets;
  if (!settings)
    throw new LeakhoundError(
      "USAGE",
      "tickets sync needs the ticket provider: --ticket github|webhook|command, or [tickets] provider in your config"
    );
  const where = settings.provider === "github" ? settings.repository ?? "the tickets repository" : `the ticket state ${settings.stateFile ?? "(default ~/.cache/leakhound/tickets-sent.json)"}`;
  if (args.explain) {
    let shown = findings;
    if (settings.provider !== "github") {
      const { ticketLedger: ticketLedger2 } = await Promise.resolve().then(() => (init_tickets(), tickets_exports));
      const open = new Set(
        ticketLedger2(settings).open(settings.provider).map((r) => r.fingerprint)
      );
      shown = findings.filter((f) => open.has(f.fingerprint));
    }
    await verifyAll(shown, { ...args, explain: true }, config);
    process.stdout.write(
      `tickets sync would list the open tickets of ${where}, send the requests above for the secrets they name, close those the provider rejects and escalate those live past the escalation age
`
    );
    return 0;
  }
  const { syncTickets: sync } = await Promise.resolve().then(() => (init_sync(), sync_exports));
  const outcome = await sync(findings, {
    settings,
    ...config.escalate ? { escalate: config.escalate } : {},
    rules: config.rules,
    root,
    repository: leakRepository(root),
    verify: (candidates) => verifyAll(candidates, { ...args, explain: false, quiet: true }, config)
  });
  for (const failure of outcome.failed)
    process.stderr.write(`leakhound: could not update the ticket of ${failure.fingerprint}: ${failure.reason}
`);
  const parts = [
    `${outcome.open} open`,
    `${outcome.closed} closed as rotated or revoked`,
    ...outcome.escalated ? [`${outcome.escalated} escalated`] : [],
    ...outcome.overdue ? [`${outcome.overdue} live past the escalation age`] : [],
    ...outcome.unknown ? [`${outcome.unknown} not verifiable now (left open)`] : [],
    ...outcome.missing ? [`${outcome.missing} whose secret this scan did not find (left open)`] : [],
    ...outcome.failed.length ? [`${outcome.failed.length} failed`] : []
  ];
  process.stderr.write(`leakhound: tickets sync (${settings.provider}): ${parts.join(", ")}
`);
  return outcome.failed.length > 0 ? 2 : outcome.overdue > 0 ? 1 : 0;
}
var init_verify_tickets = __esm({
  "src/cli/verify-tickets.ts"() {
    "use strict";
    init_errors();
    init_settings();
    init_urls();
    init_leak_repository();
  }
});

// src/revoke/revokers.ts
var revokers_exports = {};
__export(revokers_exports, {
  NOT_REVOCABLE: () => NOT_REVOCABLE,
  REVOKERS: () => REVOKERS
});
function json2(body) {
  try {
    const value = JSON.parse(body);
    return typeof value === "object" && value !== null ? value : void 0;
  } catch {
    return void 0;
  }
}
function selfRevoke(provider, baseUrl, doc, method, path, header, accepted) {
  return {
    provider,
    baseUrl,
    tokenTypes: doc.tokenTypes,
    api: doc.api,
    limits: doc.limits ?? "one request per credential",
    batchSize: 1,
    request: ([secret]) => ({ method, path, headers: header(secret), ...method === "POST" ? { body: "" } : {} }),
    accepted
  };
}
var byStatus, REVOKERS, none, NOT_REVOCABLE;
var init_revokers = __esm({
  "src/revoke/revokers.ts"() {
    "use strict";
    byStatus = (...ok) => (r) => ok.includes(r.status) ? { ok: true } : { ok: false, reason: `provider answered HTTP ${r.status}` };
    REVOKERS = {
      // https://docs.github.com/rest/credentials/revoke : no authentication (an authenticated request is
      // refused with 403), up to 1,000 credentials per request, 60 requests per hour; 202 Accepted, the
      // owner is notified and the revocation is processed asynchronously
      github: {
        provider: "github",
        baseUrl: "https://api.github.com",
        tokenTypes: "classic PATs (ghp_), fine-grained PATs (github_pat_), OAuth app tokens (gho_), GitHub App user-to-server (ghu_) and refresh tokens (ghr_)",
        api: "POST /credentials/revoke (unauthenticated)",
        limits: "1,000 credentials per request, 60 requests per hour; the owner is notified",
        batchSize: 1e3,
        requestsPerRun: 60,
        request: (secrets) => ({
          method: "POST",
          path: "/credentials/revoke",
          headers: {
            accept: "application/vnd.github+json",
            "content-type": "application/json",
            "x-github-api-version": "2022-11-28"
          },
          body: JSON.stringify({ credentials: secrets })
        }),
        accepted(r) {
          if (r.status === 202 || r.status === 200 || r.status === 204) return { ok: true };
          if (r.status === 422)
            return {
              ok: false,
              reason: "GitHub refused the request (HTTP 422: validation failed, or the endpoint has been spammed)"
            };
          if (r.status === 403)
            return { ok: false, reason: "GitHub refused the request (HTTP 403: rate limit, or an authenticated request)" };
          return { ok: false, reason: `GitHub answered HTTP ${r.status}` };
        }
      },
      // https://docs.github.com/rest/apps/installations#revoke-an-installation-access-token
      "github-app": selfRevoke(
        "github-app",
        "https://api.github.com",
        { tokenTypes: "GitHub App installation tokens (ghs_)", api: "DELETE /installation/token (as the token)" },
        "DELETE",
        "/installation/token",
        (s) => ({ authorization: `Bearer ${s}`, accept: "application/vnd.github+json" }),
        byStatus(204)
      ),
      // https://docs.gitlab.com/api/personal_access_tokens/#revoke-a-personal-access-token (self)
      gitlab: selfRevoke(
        "gitlab",
        "https://gitlab.com",
        {
          tokenTypes: "personal, project and group access tokens (glpat-)",
          api: "DELETE /api/v4/personal_access_tokens/self (as the token)"
        },
        "DELETE",
        "/api/v4/personal_access_tokens/self",
        (s) => ({ "private-token": s }),
        byStatus(204)
      ),
      // https://api.slack.com/methods/auth.revoke : HTTP 200 always, `revoked: true` says it was
      slack: selfRevoke(
        "slack",
        "https://slack.com",
        {
          tokenTypes: "bot (xoxb-) and user (xoxp-) tokens",
          api: "POST /api/auth.revoke (as the token)",
          limits: "one request per token; a bot token's bot user is deactivated"
        },
        "POST",
        "/api/auth.revoke",
        (s) => ({ authorization: `Bearer ${s}`, "content-type": "application/x-www-form-urlencoded" }),
        (r) => {
          const body = json2(r.body);
          if (r.status === 200 && body?.ok === true && body.revoked === true) return { ok: true };
          return {
            ok: false,
            reason: `Slack did not revoke it (${typeof body?.error === "string" ? body.error : `HTTP ${r.status}`})`
          };
        }
      ),
      // https://buildkite.com/docs/apis/rest-api/access-token#revoke-the-current-token
      buildkite: selfRevoke(
        "buildkite",
        "https://api.buildkite.com",
        { tokenTypes: "API access tokens (bkua_)", api: "DELETE /v2/access-token (as the token)" },
        "DELETE",
        "/v2/access-token",
        (s) => ({ authorization: `Bearer ${s}` }),
        byStatus(204)
      ),
      // https://vercel.com/docs/rest-api/reference/endpoints/authentication/delete-an-authentication-token ("current")
      vercel: selfRevoke(
        "vercel",
        "https://api.vercel.com",
        { tokenTypes: "access tokens", api: "DELETE /v3/user/tokens/current (as the token)" },
        "DELETE",
        "/v3/user/tokens/current",
        (s) => ({ authorization: `Bearer ${s}` }),
        byStatus(200)
      )
    };
    none = (provider, rotationPage, reason = "the provider documents no API that revokes this credential with itself") => ({ provider, reason, rotationPage });
    NOT_REVOCABLE = {
      aws: none(
        "aws",
        "https://docs.aws.amazon.com/IAM/latest/UserGuide/id_credentials_access-keys.html#rotating_access_keys_console",
        "deactivating a key needs IAM permissions of another principal; canary accounts are never touched"
      ),
      stripe: none("stripe", "https://dashboard.stripe.com/apikeys"),
      openai: none("openai", "https://platform.openai.com/api-keys"),
      anthropic: none("anthropic", "https://console.anthropic.com/settings/keys"),
      sendgrid: none(
        "sendgrid",
        "https://app.sendgrid.com/settings/api_keys",
        "deleting a key needs its ID and a key with api_keys scope"
      ),
      mailgun: none("mailgun", "https://app.mailgun.com/settings/api_security"),
      npm: none(
        "npm",
        "https://docs.npmjs.com/revoking-access-tokens",
        "revoking needs the token's key from the account's token list"
      ),
      huggingface: none("huggingface", "https://huggingface.co/settings/tokens"),
      digitalocean: none("digitalocean", "https://cloud.digitalocean.com/account/api/tokens"),
      discord: none(
        "discord",
        "https://discord.com/developers/applications",
        "a bot token is reset in the application's Bot page"
      ),
      telegram: none(
        "telegram",
        "https://core.telegram.org/bots/features#botfather",
        "a bot token is revoked with BotFather's /revoke"
      ),
      datadog: none(
        "datadog",
        "https://app.datadoghq.com/organization-settings/api-keys",
        "revoking needs an application key"
      ),
      heroku: none("heroku", "https://dashboard.heroku.com/account/applications"),
      google: none("google", "https://console.cloud.google.com/apis/credentials"),
      circleci: none("circleci", "https://app.circleci.com/settings/user/tokens"),
      netlify: none("netlify", "https://app.netlify.com/user/applications#personal-access-tokens"),
      cloudflare: none(
        "cloudflare",
        "https://dash.cloudflare.com/profile/api-tokens",
        "deleting a token needs its ID and API Tokens Write permission"
      ),
      groq: none("groq", "https://console.groq.com/keys"),
      mistral: none("mistral", "https://console.mistral.ai/api-keys"),
      cohere: none("cohere", "https://dashboard.cohere.com/api-keys"),
      replicate: none("replicate", "https://replicate.com/account/api-tokens"),
      xai: none("xai", "https://console.x.ai"),
      square: none(
        "square",
        "https://developer.squareup.com/apps",
        "an access token is replaced in the Developer Console (OAuth tokens: POST /oauth2/revoke with the application's secret)"
      ),
      postmark: none(
        "postmark",
        "https://account.postmarkapp.com/servers",
        "a server token is regenerated in the server's API Tokens tab"
      ),
      brevo: none("brevo", "https://app.brevo.com/settings/keys/api"),
      pagerduty: none("pagerduty", "https://support.pagerduty.com/main/docs/api-access-keys"),
      doppler: none("doppler", "https://docs.doppler.com/docs/service-tokens"),
      terraform: none("terraform", "https://app.terraform.io/app/settings/tokens"),
      snyk: none("snyk", "https://app.snyk.io/account"),
      notion: none("notion", "https://www.notion.so/my-integrations"),
      airtable: none("airtable", "https://airtable.com/create/tokens"),
      honeycomb: none("honeycomb", "https://docs.honeycomb.io/configure/environments/manage-api-keys/")
    };
  }
});

// src/revoke/revoke.ts
var revoke_exports = {};
__export(revoke_exports, {
  planLines: () => planLines,
  revocationPlan: () => revocationPlan,
  revokeFindings: () => revokeFindings
});
function revocationPlan(findings, rules, providers) {
  const verifierOf = new Map(rules.map((r) => [r.id, r.verify]));
  const targets = /* @__PURE__ */ new Map();
  for (const f of findings) {
    if (f.verification?.status !== "live") continue;
    const t = targets.get(f.fingerprint);
    if (t) t.findings.push(f);
    else
      targets.set(f.fingerprint, {
        secret: f.secret,
        fingerprint: f.fingerprint,
        findings: [f],
        verifier: verifierOf.get(f.ruleId)
      });
  }
  const revocable = /* @__PURE__ */ new Map();
  const notRevocable = [];
  const skipped = [];
  for (const t of targets.values()) {
    const revoker = t.verifier ? REVOKERS[t.verifier] : void 0;
    if (!revoker) notRevocable.push(t);
    else if (providers && !providers.includes(revoker.provider)) skipped.push(t);
    else revocable.set(revoker.provider, [...revocable.get(revoker.provider) ?? [], t]);
  }
  return { revocable, notRevocable, skipped };
}
function planLines(plan) {
  return [...plan.revocable.entries()].flatMap(
    ([provider, targets]) => targets.map((t) => {
      const f = t.findings[0];
      return `  ${provider}: ${inert(f.ruleId)} ${inert(redact(t.secret))} at ${inert(f.path)}:${f.startLine}${f.git ? ` (${f.git.commit.slice(0, 12)})` : ""}${t.findings.length > 1 ? ` and ${t.findings.length - 1} more` : ""}`;
    })
  );
}
async function revokeFindings(findings, rules, options = {}) {
  const plan = revocationPlan(findings, rules, options.providers);
  const run3 = {
    explained: [],
    sent: 0,
    revoked: 0,
    notRevocable: plan.notRevocable.length,
    failed: 0,
    skipped: plan.skipped.length
  };
  const ruleOf = new Map(rules.map((r) => [r.id, r]));
  for (const t of plan.notRevocable) {
    const known = t.verifier ? NOT_REVOCABLE[t.verifier] : void 0;
    const rule = ruleOf.get(t.findings[0].ruleId);
    const rotationPage = known?.rotationPage ?? rule?.references?.[0];
    set(t, {
      status: "not-revocable",
      ...known?.provider ?? t.verifier ? { provider: known?.provider ?? t.verifier } : {},
      reason: known?.reason ?? "no revocation API is known for this provider",
      ...rotationPage ? { rotationPage } : {}
    });
  }
  const http = new VerifyHttp({ ...DEFAULT_HTTP, ...options.http });
  const accepted = [];
  for (const [provider, targets] of plan.revocable) {
    const revoker = REVOKERS[provider];
    const baseUrl = options.baseUrls?.[revoker.provider] ?? revoker.baseUrl;
    let requests = 0;
    for (let i = 0; i < targets.length; i += revoker.batchSize) {
      const batch = targets.slice(i, i + revoker.batchSize);
      const request = revoker.request(batch.map((t) => t.secret));
      if (options.explain) {
        run3.explained.push(describe2(revoker, baseUrl, request, batch));
        continue;
      }
      if (revoker.requestsPerRun !== void 0 && requests >= revoker.requestsPerRun) {
        for (const t of batch)
          set(t, { status: "failed", provider, reason: `not sent: ${revoker.limits} (run again in an hour)` });
        run3.failed += batch.length;
        continue;
      }
      requests++;
      const outcome = await send(http, revoker, baseUrl, request, batch);
      if (outcome.ok) accepted.push(...batch);
      else {
        for (const t of batch) set(t, { status: "failed", provider, reason: outcome.reason });
        run3.failed += batch.length;
      }
    }
  }
  run3.sent = http.sent;
  if (options.explain || accepted.length === 0) return run3;
  const attempts = options.confirmAttempts ?? 3;
  const delayMs = (options.confirmDelaySeconds ?? 2) * 1e3;
  let pending = accepted;
  for (let attempt = 1; pending.length > 0; attempt++) {
    const probes = pending.map((t) => ({ ...t.findings[0], verification: void 0 }));
    const verified = await verifyFindings(probes, rules, {
      ...options.baseUrls ? { baseUrls: options.baseUrls } : {},
      ...options.http ? { http: options.http } : {},
      ...options.canaryAccounts ? { canaryAccounts: options.canaryAccounts } : {}
    });
    run3.sent += verified.sent;
    const still = [];
    pending.forEach((t, i) => {
      const provider = REVOKERS[t.verifier].provider;
      const status = probes[i].verification?.status;
      if (status === "invalid") {
        set(t, { status: "revoked", provider, confirmed: "invalid" });
        run3.revoked++;
      } else if (attempt < attempts && status === "live") still.push(t);
      else {
        const why = status === "live" ? `the provider accepted the revocation, but the secret still works (checked ${attempt} times)` : `revocation accepted, but not confirmed: verification ${status}${probes[i].verification?.reason ? ` (${probes[i].verification.reason})` : ""}`;
        set(t, { status: "failed", provider, reason: why, ...status ? { confirmed: status } : {} });
        run3.failed++;
      }
    });
    pending = still;
    if (pending.length > 0) await new Promise((r) => setTimeout(r, delayMs));
  }
  return run3;
}
async function send(http, revoker, baseUrl, request, batch) {
  try {
    const response = await http.send(
      revoker.provider,
      baseUrl,
      request,
      batch.map((t) => t.secret),
      batch.map((t) => t.fingerprint),
      "revoke"
    );
    return revoker.accepted(response);
  } catch (err) {
    if (err instanceof LeakhoundError && err.code === "OUTPUT_FAILED") throw err;
    const reason = err instanceof Timeout ? `timeout: ${err.message}` : err instanceof RateLimited ? err.message : err instanceof Error ? err.message : String(err);
    return { ok: false, reason };
  }
}
function describe2(revoker, baseUrl, request, batch) {
  const hide = (text) => batch.reduce((acc, t) => scrub(acc, t.secret), text);
  let url;
  try {
    url = hide(requestUrl(baseUrl, request.path).toString());
  } catch (err) {
    url = `(refused: ${err instanceof Error ? err.message : String(err)})`;
  }
  const headers = Object.entries(request.headers).map(([k, v]) => `    ${k}: ${hide(v)}`);
  const what = batch.map((t) => `${t.findings[0].ruleId} ${redact(t.secret)}`).join(", ");
  return [
    `revoke ${what} \u2192 ${revoker.provider}`,
    `    ${request.method} ${url}`,
    ...headers,
    ...request.body ? [`    body: ${hide(request.body)}`] : []
  ].join("\n");
}
var set;
var init_revoke = __esm({
  "src/revoke/revoke.ts"() {
    "use strict";
    init_errors();
    init_inert();
    init_redact();
    init_http();
    init_verify();
    init_revokers();
    set = (t, revocation) => t.findings.forEach((f) => f.revocation = revocation);
  }
});

// src/cli/revoke-command.ts
var revoke_command_exports = {};
__export(revoke_command_exports, {
  checkRevokeFlags: () => checkRevokeFlags,
  revokeAll: () => revokeAll
});
function checkRevokeFlags(command, args) {
  if (!args.revoke) {
    if (args.revokeProviders?.length) throw new LeakhoundError("USAGE", "--revoke-providers goes with --revoke");
    return;
  }
  if (!REVOKING_COMMANDS.includes(command))
    throw new LeakhoundError("USAGE", `--revoke goes with ${REVOKING_COMMANDS.join(", ")}, not ${command}`);
  if (!args.yes && !args.explain && !(process.stdin.isTTY && process.stderr.isTTY)) {
    throw new LeakhoundError(
      "USAGE",
      "--revoke off a terminal needs --yes (nothing was revoked); --explain shows what would be sent"
    );
  }
}
function providersOf(args, config) {
  const flags2 = (args.revokeProviders ?? []).flatMap((p) => p.split(",")).map((p) => p.trim()).filter(Boolean);
  const chosen = flags2.length ? flags2 : config.revoke?.providers;
  if (!chosen) return void 0;
  return chosen;
}
async function revokeAll(findings, args, config, baseUrls2) {
  const { revokeFindings: revokeFindings2, revocationPlan: revocationPlan2, planLines: planLines2 } = await Promise.resolve().then(() => (init_revoke(), revoke_exports));
  const { REVOKERS: REVOKERS2 } = await Promise.resolve().then(() => (init_revokers(), revokers_exports));
  const providers = providersOf(args, config);
  for (const p of providers ?? []) {
    if (!REVOKERS2[p])
      throw new LeakhoundError(
        "USAGE",
        `--revoke-providers: no revocation API for ${JSON.stringify(p)} (revocable: ${Object.keys(REVOKERS2).join(", ")})`
      );
  }
  const verify = config.verify;
  const options = {
    baseUrls: baseUrls2,
    ...providers ? { providers } : {},
    canaryAccounts: verify?.canaryAccounts ?? [],
    confirmAttempts: config.revoke?.confirmAttempts ?? 3,
    confirmDelaySeconds: config.revoke?.confirmDelaySeconds ?? 2,
    http: {
      ...verify?.timeoutSeconds !== void 0 ? { timeoutMs: verify.timeoutSeconds * 1e3 } : {},
      ...args.auditLog ?? verify?.auditLog ? { auditLog: args.auditLog ?? verify?.auditLog } : {}
    }
  };
  if (args.explain) {
    const hypothetical = findings.map((f) => ({ ...f, verification: { status: "live" } }));
    const run4 = await revokeFindings2(hypothetical, config.rules, { ...options, explain: true });
    process.stdout.write(
      run4.explained.length ? `
for those found live, revocation would send:

${run4.explained.join("\n\n")}
` : "no finding has a revocation API: nothing would be revoked\n"
    );
    return 0;
  }
  const plan = revocationPlan2(findings, config.rules, providers);
  if (plan.revocable.size > 0 && !args.yes) {
    const lines2 = planLines2(plan);
    const { createInterface: createInterface2 } = await import("node:readline/promises");
    const rl = createInterface2({ input: process.stdin, output: process.stderr });
    const answer = await rl.question(
      `leakhound: revoke ${lines2.length} live ${lines2.length === 1 ? "secret" : "secrets"}? Their owners lose them at once.
${lines2.join("\n")}
Revoke? [y/N] `
    );
    rl.close();
    if (!/^y(es)?$/i.test(answer.trim())) {
      process.stderr.write("leakhound: nothing revoked\n");
      return 0;
    }
  }
  const run3 = await revokeFindings2(findings, config.rules, options);
  await recordRevocations(findings, config);
  const failed = findings.filter(
    (f, i, all) => f.revocation?.status === "failed" && all.findIndex((g) => g.fingerprint === f.fingerprint) === i
  );
  for (const f of failed)
    process.stderr.write(
      `leakhound: ${inert(`could not revoke ${f.ruleId} ${f.fingerprint}: ${f.revocation.reason}`)}
`
    );
  if (!args.quiet) {
    process.stderr.write(
      `leakhound: revoked: ${run3.revoked} revoked and confirmed invalid, ${run3.notRevocable} not revocable (see rotationPage), ${run3.failed} failed${run3.skipped ? `, ${run3.skipped} of providers not named (left alone)` : ""} (${run3.sent} requests)
`
    );
  }
  return run3.failed;
}
async function recordRevocations(findings, config) {
  if (!config.tickets) return;
  const { ticketLedger: ticketLedger2 } = await Promise.resolve().then(() => (init_tickets(), tickets_exports));
  const ledger = ticketLedger2(config.tickets);
  if (!ledger) return;
  const at = (/* @__PURE__ */ new Date()).toISOString();
  const done = /* @__PURE__ */ new Set();
  for (const f of findings) {
    if (f.revocation?.status !== "revoked" || done.has(f.fingerprint)) continue;
    done.add(f.fingerprint);
    ledger.update(f.fingerprint, { revokedAt: at, revokedBy: "leakhound", lastVerifiedAt: at, lastStatus: "invalid" });
  }
}
var REVOKING_COMMANDS;
var init_revoke_command = __esm({
  "src/cli/revoke-command.ts"() {
    "use strict";
    init_errors();
    init_inert();
    REVOKING_COMMANDS = ["git", "dir", "staged", "stdin", "verify", "revoke"];
  }
});

// src/sources/gitignored.ts
var gitignored_exports = {};
__export(gitignored_exports, {
  gitIgnored: () => gitIgnored
});
import { spawnSync as spawnSync4 } from "node:child_process";
import { existsSync as existsSync11 } from "node:fs";
import { dirname as dirname8, join as join15, resolve as resolve8 } from "node:path";
function workTreeOf(dir) {
  for (let d = resolve8(dir); ; d = dirname8(d)) {
    if (existsSync11(join15(d, ".git"))) return d;
    if (dirname8(d) === d) return void 0;
  }
}
function gitIgnored(path) {
  const top = workTreeOf(path);
  if (!top) return void 0;
  const r = spawnSync4(
    "git",
    [
      ...scannedRepoArgs(top),
      "ls-files",
      "-z",
      "--others",
      "--ignored",
      "--exclude-standard",
      "--directory",
      "--no-empty-directory"
    ],
    {
      env: gitEnv(),
      maxBuffer: 1 << 30
    }
  );
  if (r.error || r.status !== 0) return void 0;
  const ignored = new Set(
    String(r.stdout).split("\0").filter(Boolean).map((rel) => resolve8(top, rel))
  );
  if (ignored.size === 0) return void 0;
  return (absPath) => ignored.has(resolve8(absPath));
}
var init_gitignored = __esm({
  "src/sources/gitignored.ts"() {
    "use strict";
    init_git_hardening();
    init_git();
  }
});

// src/repos/clone.ts
var clone_exports = {};
__export(clone_exports, {
  ensureLocal: () => ensureLocal,
  githubHost: () => githubHost,
  tokenConfig: () => tokenConfig
});
import { spawnSync as spawnSync5 } from "node:child_process";
import { existsSync as existsSync12, mkdirSync as mkdirSync2 } from "node:fs";
import { join as join16 } from "node:path";
function githubHost(apiUrl) {
  if (!apiUrl) return "github.com";
  let url;
  try {
    url = new URL(apiUrl);
  } catch {
    throw new LeakhoundError("USAGE", `--github-api-url is not a URL: ${apiUrl}`);
  }
  const host = url.host.toLowerCase();
  return host.startsWith("api.") && !url.pathname.startsWith("/api/") ? host.slice(4) : host;
}
function tokenConfig(url, host, token, env = process.env) {
  if (!token) return {};
  let parsed;
  try {
    parsed = new URL(url);
  } catch {
    return {};
  }
  if (parsed.protocol !== "https:" || parsed.host.toLowerCase() !== host.toLowerCase()) return {};
  const basic = Buffer.from(`x-access-token:${token}`).toString("base64");
  const count2 = Number(env.GIT_CONFIG_COUNT) > 0 ? Number(env.GIT_CONFIG_COUNT) : 0;
  return {
    GIT_CONFIG_COUNT: String(count2 + 1),
    [`GIT_CONFIG_KEY_${count2}`]: `http.https://${parsed.host.toLowerCase()}/.extraHeader`,
    [`GIT_CONFIG_VALUE_${count2}`]: `Authorization: Basic ${basic}`
  };
}
function run(args, location, host) {
  const token = process.env.LEAKHOUND_GIT_TOKEN || process.env.GITHUB_TOKEN;
  const env = hardenedEnv(tokenConfig(location, host, token));
  const r = spawnSync5("git", args, { env, encoding: "utf8", timeout: 30 * 60 * 1e3 });
  const error = (r.stderr ?? "").split("\n").find((l) => /^(fatal|error):/.test(l))?.replace(/^(fatal|error): /, "") ?? r.error?.message ?? `git exited ${r.status}`;
  return { ok: r.status === 0, error };
}
function ensureLocal(spec, cacheDir, host = "github.com") {
  if (spec.local) return existsSync12(spec.location) ? { path: spec.location } : { error: "no such folder" };
  const dir = join16(cacheDir, `${spec.name.replace(/[^A-Za-z0-9._-]+/g, "_")}.git`);
  const hardening = hardeningArgs(TRANSPORT_CONFIG);
  if (existsSync12(join16(dir, "HEAD"))) {
    const fetched = run(
      ["-C", dir, ...hardening, "fetch", ...FETCH_ARGS, "--prune", "--quiet", "origin", "+refs/*:refs/*"],
      spec.location,
      host
    );
    return fetched.ok ? { path: dir } : { error: `fetch failed: ${fetched.error}` };
  }
  mkdirSync2(cacheDir, { recursive: true });
  const cloned = run([...hardening, "clone", "--mirror", "--quiet", "--", spec.location, dir], spec.location, host);
  return cloned.ok ? { path: dir } : { error: `clone failed: ${cloned.error}` };
}
var init_clone = __esm({
  "src/repos/clone.ts"() {
    "use strict";
    init_errors();
    init_git_hardening();
  }
});

// src/repos/list.ts
var list_exports = {};
__export(list_exports, {
  filterByName: () => filterByName,
  listGitHub: () => listGitHub,
  nameFromUrl: () => nameFromUrl,
  parseShard: () => parseShard,
  readListFile: () => readListFile,
  shardOf: () => shardOf
});
import { createHash } from "node:crypto";
import { readFileSync as readFileSync7 } from "node:fs";
import { resolve as resolve9 } from "node:path";
function nameFromUrl(url) {
  return url.replace(/^[a-z][a-z0-9+.-]*:\/\/(?:[^@/]+@)?/i, "").replace(/^git@([^:]+):/, "$1/").replace(/\.git$/, "").replace(/\/+$/, "");
}
function readListFile(file) {
  let text;
  try {
    text = readFileSync7(file, "utf8");
  } catch (err) {
    throw new LeakhoundError("NOT_FOUND", `cannot read repository list ${file}: ${reasonOf(err)}`);
  }
  return text.split("\n").map((l) => l.replace(/#.*/, "").trim()).filter(Boolean).map(
    (entry) => URL_LIKE.test(entry) ? { name: nameFromUrl(entry), location: entry, local: false } : { name: resolve9(entry), location: resolve9(entry), local: true }
  );
}
async function listGitHub(listing) {
  const { Octokit: Octokit2 } = await import("@octokit/rest");
  const octokit = new Octokit2({
    ...listing.token ? { auth: listing.token } : {},
    ...listing.apiUrl ? { baseUrl: listing.apiUrl } : {},
    userAgent: "leakhound",
    log: { debug() {
    }, info() {
    }, warn() {
    }, error() {
    } }
  });
  try {
    const repos = listing.org ? await octokit.paginate(octokit.rest.repos.listForOrg, { org: listing.org, per_page: 100, type: "all" }) : await octokit.paginate(octokit.rest.repos.listForUser, {
      username: listing.user,
      per_page: 100,
      type: "owner"
    });
    return repos.filter((r) => !(listing.skipArchived && r.archived) && !(listing.skipForks && r.fork)).map((r) => ({ name: r.full_name, location: r.clone_url, local: false }));
  } catch (err) {
    throw new LeakhoundError(
      "GIT_FAILED",
      `cannot list the repositories of ${listing.org ?? listing.user} on GitHub: ${reasonOf(err)}`
    );
  }
}
function filterByName(specs, include, exclude) {
  const inc = globMatcher(include);
  const exc = globMatcher(exclude);
  return specs.filter((s) => (!inc || inc(s.name)) && !exc?.(s.name));
}
function shardOf(specs, index, count2) {
  return specs.filter(
    (s) => parseInt(createHash("sha1").update(s.name).digest("hex").slice(0, 8), 16) % count2 === index
  );
}
function parseShard(text, jobIndex, shards) {
  if (text) {
    const m = /^(\d+)\/(\d+)$/.exec(text);
    if (!m || Number(m[1]) >= Number(m[2]) || Number(m[2]) < 1)
      throw new LeakhoundError("USAGE", `--shard takes i/n with 0 <= i < n, not ${text}`);
    return { index: Number(m[1]), count: Number(m[2]) };
  }
  if (shards !== void 0) {
    if (jobIndex === void 0)
      throw new LeakhoundError(
        "USAGE",
        "--shards needs JOB_COMPLETION_INDEX (a Kubernetes Indexed Job sets it) or use --shard i/n"
      );
    const index = Number(jobIndex);
    if (!Number.isInteger(index) || index < 0 || index >= shards)
      throw new LeakhoundError("USAGE", `JOB_COMPLETION_INDEX ${jobIndex} is not below --shards ${shards}`);
    return { index, count: shards };
  }
  return void 0;
}
var URL_LIKE;
var init_list = __esm({
  "src/repos/list.ts"() {
    "use strict";
    init_errors();
    init_glob();
    URL_LIKE = /^(?:[a-z][a-z0-9+.-]*:\/\/|git@[^:]+:)/i;
  }
});

// src/filters/baseline-formats.ts
var IMPORT_FORMATS;
var init_baseline_formats = __esm({
  "src/filters/baseline-formats.ts"() {
    "use strict";
    IMPORT_FORMATS = ["gitleaks", "gitleaksignore", "detect-secrets", "trufflehog"];
  }
});

// src/filters/baseline-import.ts
import { createHash as createHash2 } from "node:crypto";
function detectImportFormat(text, name) {
  if (/(^|[\\/])\.gitleaksignore$/.test(name)) return "gitleaksignore";
  const trimmed = text.trimStart();
  if (trimmed.startsWith("{")) {
    try {
      const doc = JSON.parse(trimmed);
      if (doc && typeof doc === "object" && "results" in doc && ("plugins_used" in doc || "generated_at" in doc || "version" in doc))
        return "detect-secrets";
      if (doc && typeof doc === "object" && ("SourceMetadata" in doc || "DetectorName" in doc)) return "trufflehog";
    } catch {
      for (const line of trimmed.split("\n", 50)) {
        try {
          const doc = JSON.parse(line);
          if (doc && typeof doc === "object" && ("SourceMetadata" in doc || "DetectorName" in doc)) return "trufflehog";
        } catch {
          break;
        }
      }
    }
  }
  if (trimmed.startsWith("[")) {
    try {
      const doc = JSON.parse(trimmed);
      if (Array.isArray(doc) && (doc.length === 0 || typeof doc[0] === "object" && doc[0] !== null && "RuleID" in doc[0]))
        return "gitleaks";
      if (Array.isArray(doc) && typeof doc[0] === "object" && doc[0] !== null && "SourceMetadata" in doc[0])
        return "trufflehog";
    } catch {
    }
  }
  if (!trimmed.startsWith("{") && !trimmed.startsWith("[")) return "gitleaksignore";
  throw new LeakhoundError(
    "BAD_CONFIG",
    `${name}: not a gitleaks or trufflehog JSON report, a .gitleaksignore or a detect-secrets baseline (give --from to say which)`
  );
}
function parseJson(text, name, what) {
  try {
    return JSON.parse(text);
  } catch (err) {
    throw new LeakhoundError("BAD_CONFIG", `${name}: not a ${what}: ${jsonProblem(err)}`);
  }
}
function gitleaksReport(text, name) {
  const doc = parseJson(text, name, FORMAT_NAMES.gitleaks);
  if (!Array.isArray(doc)) throw new LeakhoundError("BAD_CONFIG", `${name}: not a gitleaks report: not a JSON array`);
  return doc.map((item, i) => {
    const f = item ?? {};
    const file = str(f.File);
    if (!file) throw new LeakhoundError("BAD_CONFIG", `${name}: entry ${i + 1} has no File`);
    const line = int(f.StartLine);
    const commit = commitOr(f.Commit);
    const secret = str(f.Secret);
    const match = str(f.Match);
    return {
      file,
      ...line ? { line } : {},
      ...commit ? { commit } : {},
      rule: str(f.RuleID) ?? "?",
      ...secret ? { secret } : {},
      ...match ? { match } : {},
      where: `entry ${i + 1}`
    };
  });
}
function gitleaksIgnore(text) {
  const out = [];
  text.split("\n").forEach((raw, i) => {
    const line = raw.trim();
    if (!line || line.startsWith("#")) return;
    const parts = line.split(":");
    const lineNo = Number(parts.pop());
    const rule = parts.pop() ?? "";
    if (!Number.isInteger(lineNo) || lineNo < 1 || parts.length === 0) return;
    const commit = parts.length > 1 && COMMIT.test(parts[0]) ? parts.shift().toLowerCase() : void 0;
    out.push({ file: parts.join(":"), line: lineNo, ...commit ? { commit } : {}, rule, where: `line ${i + 1}` });
  });
  return out;
}
function detectSecrets(text, name) {
  const doc = parseJson(text, name, FORMAT_NAMES["detect-secrets"]);
  if (!doc || typeof doc.results !== "object" || doc.results === null)
    throw new LeakhoundError("BAD_CONFIG", `${name}: not a detect-secrets baseline: no "results"`);
  const out = [];
  for (const [file, list] of Object.entries(doc.results)) {
    if (!Array.isArray(list)) continue;
    list.forEach((item, i) => {
      const r = item ?? {};
      const line = int(r.line_number);
      const hash2 = str(r.hashed_secret);
      out.push({
        file: str(r.filename) ?? file,
        ...line ? { line } : {},
        rule: str(r.type) ?? "?",
        ...hash2 && /^[0-9a-f]{40}$/i.test(hash2) ? { secretSha1: hash2.toLowerCase() } : {},
        ...r.is_secret === true ? { markedReal: true } : {},
        where: `${file} result ${i + 1}`
      });
    });
  }
  return out;
}
function trufflehog(text, name) {
  const trimmed = text.trim();
  const items = trimmed.startsWith("[") ? parseJson(trimmed, name, FORMAT_NAMES.trufflehog) : trimmed.split("\n").filter((l) => l.trim()).map((l, i) => parseJson(l, `${name} line ${i + 1}`, FORMAT_NAMES.trufflehog));
  const out = [];
  items.forEach((item, i) => {
    const r = item ?? {};
    if (!("DetectorName" in r) && !("SourceMetadata" in r)) return;
    const data = r.SourceMetadata?.Data ?? {};
    const place = data.Git ?? data.Filesystem ?? Object.values(data)[0] ?? {};
    const file = str(place.file);
    const where = trimmed.startsWith("[") ? `entry ${i + 1}` : `line ${i + 1}`;
    if (!file) {
      out.push({ file: "", rule: str(r.DetectorName) ?? "?", where });
      return;
    }
    const line = int(place.line);
    const commit = commitOr(place.commit);
    const secret = str(r.Raw);
    out.push({
      file,
      ...line ? { line } : {},
      ...commit ? { commit } : {},
      rule: str(r.DetectorName) ?? "?",
      ...secret ? { secret } : {},
      where
    });
  });
  return out;
}
function parseForeign(text, name, format) {
  switch (format) {
    case "gitleaks":
      return gitleaksReport(text, name);
    case "gitleaksignore":
      return gitleaksIgnore(text);
    case "detect-secrets":
      return detectSecrets(text, name);
    case "trufflehog":
      return trufflehog(text, name);
  }
}
function sameSecret(f, foreign) {
  if (foreign.secretSha1) return sha1(f.secret) === foreign.secretSha1;
  if (foreign.secret)
    return f.secret === foreign.secret || f.secret.length >= 8 && foreign.secret.includes(f.secret) || foreign.secret.length >= 8 && f.secret.includes(foreign.secret);
  return true;
}
function importFindings(foreign, format, sources, today = (/* @__PURE__ */ new Date()).toISOString().slice(0, 10)) {
  const entries2 = /* @__PURE__ */ new Map();
  const unmatched = [];
  const texts = /* @__PURE__ */ new Map();
  const findingsIn = /* @__PURE__ */ new Map();
  const reason = (f) => `imported ${today} from a ${FORMAT_NAMES[format]} (${f.rule})`;
  for (const f of foreign) {
    const place = { where: f.where, file: f.file, ...f.line ? { line: f.line } : {} };
    if (!f.file) {
      unmatched.push({ ...place, why: "it names no file" });
      continue;
    }
    if (f.markedReal) {
      unmatched.push({
        ...place,
        why: "detect-secrets' audit marked it a real secret: not accepted (rotate it, then remove it)"
      });
      continue;
    }
    const key2 = `${f.commit ?? ""}\0${f.file}`;
    if (!texts.has(key2)) {
      let text;
      try {
        text = sources.read(f.file, f.commit);
      } catch {
        text = void 0;
      }
      texts.set(key2, text);
      if (text !== void 0) findingsIn.set(key2, sources.detect(text, f.file));
    }
    let found = findingsIn.get(key2);
    let onLine = found?.filter((x) => f.line === void 0 || x.startLine <= f.line && f.line <= x.endLine) ?? [];
    if (onLine.filter((x) => sameSecret(x, f)).length === 0 && (f.match || f.secret)) {
      found = [
        ...f.match ? sources.detect(f.match, f.file) : [],
        ...f.secret ? sources.detect(f.secret, f.file) : []
      ];
      onLine = found;
    }
    const matching = onLine.filter((x) => sameSecret(x, f));
    const chosen = matching.length > 0 ? matching : f.secretSha1 ? onLine : [];
    if (chosen.length === 0) {
      unmatched.push({
        ...place,
        why: texts.get(key2) === void 0 && !f.match && !f.secret ? `the file cannot be read${f.commit ? ` at commit ${f.commit.slice(0, 12)}` : " in the work tree"}` : "leakhound's rules find no secret there"
      });
      continue;
    }
    for (const x of chosen) {
      const entry = { fingerprint: x.fingerprint, path: f.file, rule: x.ruleId, reason: reason(f) };
      entries2.set(`${entry.fingerprint}\0${entry.path}`, entry);
    }
  }
  return { entries: [...entries2.values()], unmatched, read: foreign.length };
}
var FORMAT_NAMES, str, int, COMMIT, commitOr, sha1;
var init_baseline_import = __esm({
  "src/filters/baseline-import.ts"() {
    "use strict";
    init_errors();
    init_baseline();
    init_baseline_formats();
    FORMAT_NAMES = {
      gitleaks: "gitleaks report",
      gitleaksignore: ".gitleaksignore",
      "detect-secrets": "detect-secrets baseline",
      trufflehog: "trufflehog report"
    };
    str = (v) => typeof v === "string" && v.length > 0 ? v : void 0;
    int = (v) => typeof v === "number" && Number.isInteger(v) && v > 0 ? v : void 0;
    COMMIT = /^[0-9a-f]{7,64}$/i;
    commitOr = (v) => {
      const s = str(v);
      return s && COMMIT.test(s) ? s.toLowerCase() : void 0;
    };
    sha1 = (s) => createHash2("sha1").update(s).digest("hex");
  }
});

// src/cli/baseline-import.ts
var baseline_import_exports = {};
__export(baseline_import_exports, {
  baselineImportCommand: () => baselineImportCommand
});
import { isAbsolute as isAbsolute3, join as join21 } from "node:path";
import { existsSync as existsSync16 } from "node:fs";
function baselineImportCommand(args) {
  let text;
  try {
    text = readRegularFile(args.file);
  } catch (err) {
    throw new LeakhoundError("NOT_FOUND", `cannot read ${args.file}: ${reasonOf(err)}`);
  }
  const format = args.from ?? detectImportFormat(text, args.file);
  const root = workTreeTop(args.repo);
  const foreign = parseForeign(text, args.file, format).map((f) => {
    const inside2 = isAbsolute3(f.file) ? insideRoot(root, f.file) : f.file.replace(/^(\.\/)+/, "");
    return inside2 !== void 0 ? { ...f, file: inside2 } : f;
  });
  const config = loadSettings({ ...args.config ? { explicit: args.config } : {}, files: workTreeFiles(root) });
  const detector = createDetector(config);
  const work = workTreeFiles(root);
  const result2 = importFindings(foreign, format, {
    read: (file, commit) => commit ? commitFiles(root, commit, "named by the imported file").read(file) : work.read(file),
    detect: (content, file) => detector.detect({ path: file, bytes: Buffer.from(content, "utf8") })
  });
  const target = args.output ?? join21(root, BASELINE_FILE);
  const previous = existsSync16(target) ? Baseline.load(target).entries : [];
  const key2 = (e) => `${e.fingerprint}\0${e.path}`;
  const before = new Set(previous.map(key2));
  const added = result2.entries.filter((e) => !before.has(key2(e)));
  writeBaseline(target, [...previous, ...added]);
  const matched = result2.read - result2.unmatched.length;
  if (!args.quiet || result2.unmatched.length > 0) {
    writeStderr(
      `leakhound: ${inert(`imported ${matched} of ${result2.read} ${format} ${result2.read === 1 ? "finding" : "findings"} from ${args.file}: ${added.length} new ${added.length === 1 ? "entry" : "entries"} in ${target} (${previous.length} there before)`)}
`
    );
  }
  for (const u of result2.unmatched)
    writeStderr(`leakhound: not imported: ${inert(`${u.where} (${u.file}${u.line ? `:${u.line}` : ""}): ${u.why}`)}
`);
  return 0;
}
var init_baseline_import2 = __esm({
  "src/cli/baseline-import.ts"() {
    "use strict";
    init_errors();
    init_load();
    init_settings_files();
    init_baseline();
    init_baseline_import();
    init_read_file();
    init_inert();
    init_detector2();
    init_git();
    init_stdio();
  }
});

// src/filters/baseline-audit.ts
function auditEntries(entries2, findings, today) {
  const byKey = /* @__PURE__ */ new Map();
  for (const f of findings) {
    const k = `${f.fingerprint}\0${f.path}`;
    if (!byKey.has(k)) byKey.set(k, f);
  }
  const find = (e) => byKey.get(`${e.fingerprint}\0${e.path}`) ?? findings.find((f) => f.fingerprint === e.fingerprint && f.path.endsWith(`/${e.path}`));
  return entries2.map((entry) => {
    const finding = find(entry);
    return {
      entry,
      ...finding ? { finding } : {},
      expired: entry.expires !== void 0 && entry.expires <= today,
      stale: finding === void 0
    };
  });
}
function isDay(text) {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(text)) return false;
  const d = /* @__PURE__ */ new Date(`${text}T00:00:00Z`);
  return !Number.isNaN(d.getTime()) && isoDay(d) === text;
}
var isoDay;
var init_baseline_audit = __esm({
  "src/filters/baseline-audit.ts"() {
    "use strict";
    isoDay = (date) => date.toISOString().slice(0, 10);
  }
});

// src/cli/baseline-audit.ts
var baseline_audit_exports = {};
__export(baseline_audit_exports, {
  baselineAuditCommand: () => baselineAuditCommand
});
import { createInterface } from "node:readline/promises";
import { existsSync as existsSync17 } from "node:fs";
import { join as join22 } from "node:path";
async function baselineAuditCommand(args) {
  const root = args.dir ? args.repo : workTreeTop(args.repo);
  if (args.baseline === false) throw new LeakhoundError("USAGE", "baseline audit needs a baseline: drop --no-baseline");
  const file = args.baseline ?? join22(root, BASELINE_FILE);
  if (!existsSync17(file))
    throw new LeakhoundError("NOT_FOUND", `no baseline at ${file}: \`leakhound baseline\` writes one`);
  const baseline = Baseline.load(file);
  const config = loadSettings({ ...args.config ? { explicit: args.config } : {}, files: workTreeFiles(root) });
  const scan2 = args.dir ? await scanPaths([args.repo], config) : await scan(historySource(args.repo), { ruleSet: config });
  const prefix = args.dir ? args.repo.replace(/\/+$/, "") + "/" : "";
  const findings = prefix && prefix !== "./" ? scan2.findings.map((f) => f.path.startsWith(prefix) ? { ...f, path: f.path.slice(prefix.length) } : f) : scan2.findings;
  const today = isoDay(/* @__PURE__ */ new Date());
  const audited = auditEntries(baseline.entries, findings, today);
  for (const problem of scan2.stats.errors)
    writeStderr(`leakhound: ${inert(`could not scan ${problem.path}: ${problem.reason}`)}
`);
  const interactive = !args.check && process.stdin.isTTY === true && process.stdout.isTTY === true;
  if (interactive) return interactiveAudit(file, audited, config.rules, today);
  return reportAudit(audited, scan2.stats.errors.length > 0, args.quiet);
}
function reportAudit(audited, incomplete, quiet) {
  const expired = audited.filter((a) => a.expired);
  const stale = audited.filter((a) => a.stale);
  const lines2 = [];
  for (const a of expired)
    lines2.push(
      `expired ${a.entry.expires}  ${describe3(a.entry)}: reported again until its entry is renewed or the secret is gone`
    );
  for (const a of stale)
    lines2.push(`stale  ${describe3(a.entry)}: no finding matches it any more (\`leakhound baseline --prune\` drops it)`);
  const unjudged = audited.filter((a) => !a.entry.verdict && !a.entry.reason).length;
  if (lines2.length) writeStdout(lines2.map((l) => inert(l)).join("\n") + "\n");
  if (!quiet || lines2.length > 0 || incomplete) {
    const n = audited.length;
    writeStderr(
      `leakhound: baseline audit: ${n} ${n === 1 ? "entry" : "entries"}: ${expired.length} expired, ${stale.length} stale, ${n - (/* @__PURE__ */ new Set([...expired, ...stale])).size} in force${unjudged ? `; ${unjudged} without a verdict or reason (run \`leakhound baseline audit\` on a terminal)` : ""}${incomplete ? "; the scan could not read everything, so stale entries cannot be told apart" : ""}
`
    );
  }
  if (incomplete) return 2;
  return expired.length + stale.length > 0 ? 1 : 0;
}
function standing(a, today) {
  const e = a.entry;
  const verdict = e.verdict === "false-positive" ? "false positive" : e.verdict === "accepted" ? "accepted" : "no verdict yet";
  const parts = [verdict];
  if (e.reason) parts.push(`reason: ${e.reason}`);
  if (e.expires) parts.push(e.expires <= today ? `EXPIRED ${e.expires}` : `until ${e.expires}`);
  if (a.stale) parts.push("STALE: no finding matches it any more");
  return parts.join("; ");
}
function show(a, i, total, redactor, today) {
  const f = a.finding;
  const where = f ? `${f.path}:${f.startLine}` : a.entry.path;
  const git4 = f?.git ? `  commit ${f.git.commit.slice(0, 12)} ${f.git.author} ${f.git.date.slice(0, 10)}` : "";
  const lines2 = [`[${i + 1}/${total}] ${a.entry.rule || f?.ruleId || "?"}  ${where}${git4}`];
  if (f) lines2.push(`      ${redactor.context(f).trim()}`);
  lines2.push(`      now: ${standing(a, today)}`);
  return lines2.map((l) => inert(l)).join("\n") + "\n";
}
async function interactiveAudit(file, audited, rules, today) {
  const redactor = new Redactor(rules);
  const rl = createInterface({ input: process.stdin, output: process.stdout, terminal: true });
  const answers = new Answers(rl);
  const kept = [];
  const counts = { real: 0, falsePositive: 0, accepted: 0, skipped: 0 };
  const defaultExpiry = isoDay(new Date(Date.parse(`${today}T00:00:00Z`) + DEFAULT_ACCEPT_DAYS * 864e5));
  let quit = false;
  try {
    writeStdout(
      `leakhound: auditing ${audited.length} baseline ${audited.length === 1 ? "entry" : "entries"} in ${inert(file)}
${CHOICES}`
    );
    for (const [i, a] of audited.entries()) {
      if (quit || answers.closed) {
        kept.push(a.entry);
        continue;
      }
      writeStdout(show(a, i, audited.length, redactor, today));
      let decided = false;
      while (!decided) {
        const answer = await ask(answers, "  verdict [r/f/a/s/q]: ");
        if (answer === void 0 || answer === "q") {
          quit = true;
          kept.push(a.entry);
          break;
        }
        const { fingerprint: fingerprint2, path, rule } = a.entry;
        if (answer === "r") {
          counts.real++;
          decided = true;
        } else if (answer === "s" || answer === "") {
          kept.push(a.entry);
          counts.skipped++;
          decided = true;
        } else if (answer === "f") {
          const reason = await askReason(answers, "  why is it not a secret: ");
          if (reason === void 0) continue;
          kept.push({ fingerprint: fingerprint2, path, rule, reason, verdict: "false-positive" });
          counts.falsePositive++;
          decided = true;
        } else if (answer === "a") {
          const reason = await askReason(answers, "  why is it accepted: ");
          if (reason === void 0) continue;
          const expires = await askExpiry(answers, today, defaultExpiry);
          if (expires === void 0) continue;
          kept.push({ fingerprint: fingerprint2, path, rule, reason, expires, verdict: "accepted" });
          counts.accepted++;
          decided = true;
        } else {
          writeStdout(CHOICES);
        }
        if (answers.closed && !decided) quit = true;
      }
    }
  } finally {
    rl.close();
  }
  writeBaseline(file, kept);
  writeStdout(
    `leakhound: wrote ${inert(file)}: ${counts.real} real (dropped: rotate them), ${counts.falsePositive} false positive, ${counts.accepted} accepted, ${counts.skipped} skipped${quit ? `, ${audited.length - counts.real - counts.falsePositive - counts.accepted - counts.skipped} not reached` : ""}
`
  );
  return 0;
}
async function askReason(rl, prompt) {
  for (; ; ) {
    const reason = await ask(rl, prompt);
    if (reason === void 0) return void 0;
    if (reason) return reason;
    writeStdout("  a reason is needed (or press Ctrl-D to stop)\n");
  }
}
async function askExpiry(rl, today, fallback) {
  for (; ; ) {
    const answer = await ask(rl, `  accepted until (YYYY-MM-DD, default ${fallback}): `);
    if (answer === void 0) return void 0;
    const day = answer || fallback;
    if (isDay(day) && day > today) return day;
    writeStdout(`  a day after ${today}, like ${fallback}
`);
  }
}
var DEFAULT_ACCEPT_DAYS, describe3, CHOICES, Answers, ask;
var init_baseline_audit2 = __esm({
  "src/cli/baseline-audit.ts"() {
    "use strict";
    init_errors();
    init_load();
    init_settings_files();
    init_baseline();
    init_baseline_audit();
    init_inert();
    init_redact();
    init_scan();
    init_git_history_source();
    init_scan();
    init_git();
    init_stdio();
    DEFAULT_ACCEPT_DAYS = 90;
    describe3 = (e) => `${e.path}  ${e.rule || "?"}  ${e.fingerprint.slice(0, 12)}${e.reason ? `  (${e.reason})` : ""}`;
    CHOICES = "  r = real secret (drop the entry: reported again until rotated and removed), f = false positive,\n  a = accept for now (reason and expiry), s = skip, q = save and quit\n";
    Answers = class {
      constructor(rl) {
        this.rl = rl;
        rl.on("line", (line) => {
          if (this.waiting) {
            const resolve14 = this.waiting;
            this.waiting = void 0;
            resolve14(line);
          } else this.queue.push(line);
        });
        rl.on("close", () => {
          this.closed = true;
          this.waiting?.(void 0);
          this.waiting = void 0;
        });
      }
      rl;
      queue = [];
      waiting;
      closed = false;
      next(prompt) {
        this.rl.setPrompt(prompt);
        this.rl.prompt();
        const queued = this.queue.shift();
        if (queued !== void 0) {
          writeStdout("\n");
          return Promise.resolve(queued.trim());
        }
        if (this.closed) return Promise.resolve(void 0);
        return new Promise((resolve14) => this.waiting = (line) => resolve14(line?.trim()));
      }
    };
    ask = (answers, prompt) => answers.next(prompt);
  }
});

// src/action/main.ts
init_write_file();
import { readFileSync as readFileSync14 } from "node:fs";
import { isAbsolute as isAbsolute4, join as join23 } from "node:path";

// src/report/github.ts
init_inert();

// src/report/present.ts
init_redact();
function present(finding, redaction, redactor) {
  const showSecrets = showsSecrets(redaction);
  const { messageSecrets = [], ...git4 } = finding.git ?? {};
  const mask = (text, known, path) => showSecrets ? text : redactor.mask(text, known, path, redaction);
  return {
    ruleId: finding.ruleId,
    description: finding.description,
    severity: finding.severity,
    tags: finding.tags,
    file: finding.path,
    startLine: finding.startLine,
    startColumn: finding.startColumn,
    endLine: finding.endLine,
    endColumn: finding.endColumn,
    secret: redact(finding.secret, redaction),
    match: mask(finding.match, [finding.secret], finding.path),
    entropy: finding.entropy,
    fingerprint: finding.fingerprint,
    ...finding.field ? { field: finding.field } : {},
    redacted: !showSecrets,
    ...finding.verification ? { verification: finding.verification.status } : {},
    ...finding.verification?.reason ? { verificationReason: finding.verification.reason } : {},
    ...finding.revocation ? { revocation: finding.revocation.status } : {},
    ...finding.revocation?.reason ? { revocationReason: finding.revocation.reason } : {},
    ...finding.revocation?.rotationPage ? { rotationPage: finding.revocation.rotationPage } : {},
    ...finding.hiddenBy ? { hiddenBy: finding.hiddenBy } : {},
    ...git4,
    // the repository chose its commit messages and author fields: they may quote a secret, or hold secrets of their own
    ...git4.message !== void 0 ? { message: mask(git4.message, [finding.secret, ...messageSecrets]) } : {},
    ...git4.author !== void 0 ? { author: mask(git4.author, [finding.secret]) } : {},
    ...git4.email !== void 0 ? { email: mask(git4.email, [finding.secret]) } : {}
  };
}

// src/report/summary.ts
function count(n, noun, plural = `${noun}s`) {
  return `${n} ${n === 1 ? noun : plural}`;
}
function formatBytes(bytes) {
  if (bytes < 1024) return `${bytes} B`;
  if (bytes < 1024 * 1024) return `${(bytes / 1024).toFixed(1)} KB`;
  if (bytes < 1024 * 1024 * 1024) return `${(bytes / 1024 / 1024).toFixed(1)} MB`;
  return `${(bytes / 1024 / 1024 / 1024).toFixed(2)} GB`;
}
function knownText(stats) {
  if (!stats.known) return "";
  const by = stats.knownBy ?? { baseline: stats.known, gitleaksignore: 0 };
  const held = [
    ...by.baseline ? [`${by.baseline} more known in the baseline`] : [],
    ...by.gitleaksignore ? [`${by.gitleaksignore} more allowed by .gitleaksignore`] : []
  ];
  return held.length ? ` (${held.join(", ")})` : ` (${stats.known} more already accepted)`;
}
function summaryLine(stats, findings, elapsedMs, unit = "file") {
  const parts = [`scanned ${stats.files} ${stats.files === 1 ? unit : `${unit}s`} (${formatBytes(stats.bytes)})`];
  const skipped = [];
  if (stats.skippedBinary) skipped.push(`${stats.skippedBinary} binary`);
  if (stats.skippedLarge) skipped.push(`${stats.skippedLarge} over the size limit`);
  if (skipped.length) parts.push(`skipped ${skipped.join(", ")}`);
  if (stats.errors.length) parts.push(`${stats.errors.length} unreadable`);
  parts.push(`${findings} ${findings === 1 ? "finding" : "findings"}${knownText(stats)}`);
  parts.push(`${(elapsedMs / 1e3).toFixed(2)} s`);
  return parts.join("; ");
}
function scanSummary(stats, findings, elapsedMs, unit = "file") {
  return {
    type: "summary",
    complete: stats.errors.length === 0,
    unit,
    scanned: stats.files,
    bytes: stats.bytes,
    skipped: { binary: stats.skippedBinary, large: stats.skippedLarge },
    known: stats.known,
    findings,
    problems: stats.errors.map(({ path, reason }) => ({ path, reason })),
    elapsedMs
  };
}
function isSummaryRecord(record) {
  return typeof record === "object" && record !== null && record.type === "summary";
}

// src/report/github.ts
function escapeData(text) {
  return inert(text.replace(/%/g, "%25").replace(/\r/g, "%0D").replace(/\n/g, "%0A"));
}
function escapeProperty(text) {
  return escapeData(text).replace(/:/g, "%3A").replace(/,/g, "%2C");
}
function annotation(f, level = "error") {
  const props = [
    `file=${escapeProperty(inert(f.file))}`,
    `line=${f.startLine}`,
    `endLine=${f.endLine}`,
    ...f.startLine === f.endLine ? [`col=${f.startColumn}`, `endColumn=${f.endColumn}`] : [],
    `title=${escapeProperty(inert(`leakhound: ${f.description}`))}`
  ].join(",");
  const where = f.commit ? ` in commit ${f.commit.slice(0, 12)}` : "";
  const hidden = f.hiddenBy ? `This pull request's change to ${inert(f.hiddenBy)} would hide this finding; judged by the base branch's settings it still counts, so a reviewer must accept that change.
` : "";
  const message = `${inert(f.ruleId)}: ${inert(f.match)}${where}
` + hidden + "Rotate this secret at its provider now: it is in the branch's history even if a later commit removes it. If it is not a secret, add `leakhound:allow` in a comment on the line, an allowlist entry in .leakhound.toml, or accept it with `leakhound baseline`.";
  return `::${level} ${props}::${escapeData(message)}`;
}
function inlineAllowAnnotation(f) {
  const props = [
    `file=${escapeProperty(f.file)}`,
    `line=${f.startLine}`,
    `title=${escapeProperty("leakhound: allowed by an inline comment this change adds")}`
  ].join(",");
  return `::warning ${props}::${escapeData(`${f.ruleId}: ${f.secret} is not reported because this change adds an inline allow comment on the line. Make sure it is not a real secret.`)}`;
}
function cell(text) {
  return inert(text).replace(/[\\`*_[\]<>|~&:]/g, "\\$&");
}
function codeSpan(text) {
  const shown = inert(text);
  const fence = "`".repeat(Math.max(0, ...(shown.match(/`+/g) ?? []).map((run3) => run3.length)) + 1);
  const pad = /^[` ]|[` ]$/.test(shown) ? " " : "";
  return `${fence}${pad}${shown}${pad}${fence}`;
}
function findingsTable(findings) {
  const lines2 = [
    "| severity | rule | file | line | commit | secret (redacted) | verified |",
    "|---|---|---|---|---|---|---|"
  ];
  for (const f of findings) {
    const verified = f.verification === "live" ? "**LIVE**" : f.verification ?? "";
    lines2.push(
      `| ${f.severity} | ${cell(f.ruleId)} | ${cell(f.file)} | ${f.startLine} | ${f.commit ? `\`${f.commit.slice(0, 7)}\`` : ""} | ${cell(f.secret)} | ${verified} |`
    );
  }
  return lines2;
}
function summaryMarkdown(findings, scanned, sarifPath, baseSettings = false, allowedInline = [], summary) {
  const lines2 = [
    `## leakhound`,
    "",
    `Scanned ${scanned}${baseSettings ? ", judged by the base branch's config, baseline and .gitleaksignore" : ""}.`,
    ""
  ];
  const hidden = findings.filter((f) => f.hiddenBy);
  const plain = findings.filter((f) => !f.hiddenBy);
  const problems2 = summary?.problems ?? [];
  if (findings.length === 0 && problems2.length === 0) {
    lines2.push("No secrets found. :white_check_mark:");
  } else if (findings.length === 0) {
    lines2.push("No secrets found in what could be read: the scan is **incomplete** (see below).");
  } else {
    lines2.push(
      `**${findings.length} ${findings.length === 1 ? "secret" : "secrets"} found.** Rotate each one at its provider: removing it from the code does not remove it from history.`,
      ""
    );
    if (plain.length > 0) lines2.push(...findingsTable(plain));
  }
  if (hidden.length > 0) {
    const files = [...new Set(hidden.map((f) => f.hiddenBy))];
    lines2.push(
      "",
      `### Hidden by this pull request's change to ${files.map(codeSpan).join(", ")}`,
      "",
      "This pull request changes the settings that would hide these findings. They are judged by the base branch's settings and still fail the check: a reviewer must look at the settings change (or the workflow can set `trust-pr-settings: true`).",
      "",
      ...findingsTable(hidden)
    );
  }
  if (allowedInline.length > 0) {
    lines2.push(
      "",
      `### Allowed by inline comments this change adds (${allowedInline.length})`,
      "",
      "Honoured, so not counted above; a reviewer should make sure none is a real secret.",
      "",
      ...findingsTable(allowedInline)
    );
  }
  if (problems2.length > 0) {
    lines2.push("", `**Not scanned** (${problems2.length}):`, "");
    for (const p of problems2) lines2.push(`- ${codeSpan(p.path)}: ${cell(p.reason)}`);
  }
  if (summary && (summary.skipped.binary || summary.skipped.large)) {
    lines2.push(
      "",
      `Skipped by design: ${summary.skipped.binary} binary, ${summary.skipped.large} over the size limit.`
    );
  }
  if (sarifPath) lines2.push("", `SARIF: \`${sarifPath}\``);
  return lines2.join("\n") + "\n";
}
function githubAnnotationsReporter(ctx) {
  const options = ctx.github ?? {};
  return {
    onFinding: (f) => `${annotation(present(f, ctx.redaction, ctx.redactor), options.failing?.(f) ?? true ? "error" : "warning")}
`,
    end: () => (options.allowedInline?.() ?? []).map((f) => `${inlineAllowAnnotation(present(f, "default", ctx.redactor))}
`).join("")
  };
}
function githubSummaryReporter(ctx) {
  const options = ctx.github ?? {};
  return {
    end: ({ findings, stats, elapsedMs, unit }) => summaryMarkdown(
      findings.map((f) => present(f, ctx.redaction, ctx.redactor)),
      options.scanned ?? `${unit === "commit" ? "the history" : "the files"}`,
      options.sarifPath,
      options.baseSettings ?? false,
      (options.allowedInline?.() ?? []).map((f) => present(f, "default", ctx.redactor)),
      scanSummary(stats, findings.length, elapsedMs, unit)
    )
  };
}

// src/report/json.ts
init_inert();
function jsonReporter(ctx) {
  return {
    end: ({ findings }) => inertJson(
      JSON.stringify(
        findings.map((f) => present(f, ctx.redaction, ctx.redactor)),
        null,
        2
      )
    ) + "\n"
  };
}
function jsonEnvelopeReporter(ctx) {
  return {
    end: ({ findings, stats, elapsedMs, unit }) => inertJson(
      JSON.stringify(
        {
          findings: findings.map((f) => present(f, ctx.redaction, ctx.redactor)),
          summary: scanSummary(stats, findings.length, elapsedMs, unit)
        },
        null,
        2
      )
    ) + "\n"
  };
}

// src/report/jsonl.ts
init_inert();
function jsonlReporter(ctx) {
  return {
    onFinding: (finding) => inertJson(JSON.stringify(present(finding, ctx.redaction, ctx.redactor))) + "\n",
    end: ({ findings, stats, elapsedMs, unit }) => inertJson(JSON.stringify(scanSummary(stats, findings.length, elapsedMs, unit))) + "\n"
  };
}

// src/report/index.ts
init_redact();

// src/report/sarif.ts
init_inert();
import { createRequire as createRequire4 } from "node:module";
var SARIF_SCHEMA = "https://docs.oasis-open.org/sarif/sarif/v2.1.0/errata01/os/schemas/sarif-schema-2.1.0.json";
var INFORMATION_URI = "https://github.com/leakhound/leakhound";
var FINGERPRINT_KEY = "secretFingerprint/v1";
var SECURITY_SEVERITY = { critical: "9.5", high: "8.0", medium: "5.5", low: "3.0" };
var LEVEL = { critical: "error", high: "error", medium: "warning", low: "note" };
function ruleName(id) {
  return id.replace(/(^|-)([a-z0-9])/g, (_m, _d, c) => c.toUpperCase());
}
var require5 = createRequire4(import.meta.url);
var gzipSync = (text) => require5("node:zlib").gzipSync(text);
var GITHUB_LIMITS = {
  resultsPerRun: 25e3,
  runsPerFile: 20,
  shownPerRun: 5e3,
  gzippedBytes: 10 * 1024 * 1024,
  tagsPerRule: 10
};
var CWE = "798";
var CWE_TAG = "external/cwe/cwe-798";
var CWE_TAXONOMY = {
  name: "CWE",
  organization: "MITRE",
  informationUri: "https://cwe.mitre.org/",
  shortDescription: { text: "The MITRE Common Weakness Enumeration" },
  taxa: [
    {
      id: CWE,
      name: "UseOfHardCodedCredentials",
      shortDescription: { text: "Use of Hard-coded Credentials" },
      helpUri: "https://cwe.mitre.org/data/definitions/798.html"
    }
  ]
};
function descriptor(rule) {
  const rotate = rule.rotate || "Revoke the secret at its provider, issue a new one, and remove it from the code.";
  const refs = rule.references.map((r) => `- ${r}`).join("\n");
  return {
    id: rule.id,
    name: ruleName(rule.id),
    shortDescription: { text: rule.description },
    fullDescription: {
      text: `${rule.description}. A secret of this kind in source code or history lets anyone who reads it act as its owner.`
    },
    help: {
      text: `How to fix: ${rotate} Then remove it from the code; if it was committed, it stays in history until rotated.`,
      markdown: `**How to fix:** ${rotate}

Then remove it from the code (read it from the environment or a secret manager). If it was committed, it stays in git history: rotating it is what makes it harmless.${refs ? `

**References**
${refs}` : ""}`
    },
    ...rule.references[0] ? { helpUri: rule.references[0] } : {},
    defaultConfiguration: { level: LEVEL[rule.severity] },
    relationships: [{ target: { id: CWE, index: 0, toolComponent: { name: "CWE", index: 0 } }, kinds: ["relevant"] }],
    properties: {
      // GitHub keeps the first 10 tags of a rule: the ones that say "this is a secret" come first
      tags: [.../* @__PURE__ */ new Set(["security", "secret", CWE_TAG, ...rule.tags])].slice(0, GITHUB_LIMITS.tagsPerRule),
      precision: rule.tags.includes("generic") ? "medium" : "high",
      "security-severity": SECURITY_SEVERITY[rule.severity]
    }
  };
}
function artifactUri(path) {
  const encoded = path.split("/").map(encodeURIComponent).join("/");
  return path.startsWith("/") ? `file://${encoded}` : encoded;
}
function result(f, ruleIndex, authorEmail) {
  const properties = { entropy: f.entropy };
  for (const key2 of [
    "field",
    "commit",
    "author",
    ...authorEmail ? ["email"] : [],
    "date",
    "message",
    "verification",
    "verificationReason",
    "revocation",
    "revocationReason",
    "rotationPage"
  ]) {
    if (f[key2] !== void 0) properties[key2] = f[key2];
  }
  return {
    ruleId: f.ruleId,
    ruleIndex,
    // a secret the provider confirmed live is an error whatever the rule's severity
    level: f.verification === "live" ? "error" : LEVEL[f.severity],
    message: {
      text: `${f.verification === "live" ? "LIVE " : ""}${f.description} found: ${f.secret}${f.commit ? ` (commit ${f.commit.slice(0, 12)})` : ""}${f.verification ? ` [verification: ${f.verification}]` : ""}`
    },
    locations: [
      {
        physicalLocation: {
          artifactLocation: { uri: artifactUri(f.file), ...f.file.startsWith("/") ? {} : { uriBaseId: "%SRCROOT%" } },
          region: {
            startLine: f.startLine,
            startColumn: f.startColumn,
            endLine: f.endLine,
            endColumn: f.endColumn,
            snippet: { text: f.match }
          }
        }
      }
    ],
    partialFingerprints: { [FINGERPRINT_KEY]: f.fingerprint },
    properties
  };
}
function invocation(summary) {
  return {
    executionSuccessful: summary.complete,
    toolExecutionNotifications: summary.problems.map((problem) => ({
      level: "error",
      message: { text: `could not scan ${problem.path}: ${problem.reason}` },
      descriptor: { id: "not-scanned" },
      properties: { path: problem.path, reason: problem.reason }
    })),
    properties: {
      unit: summary.unit,
      scanned: summary.scanned,
      bytes: summary.bytes,
      skippedBinary: summary.skipped.binary,
      skippedLarge: summary.skipped.large,
      known: summary.known
    }
  };
}
var LEVEL_RANK = { error: 0, warning: 1, note: 2, none: 3 };
var RANK = { critical: 0, high: 1, medium: 2, low: 3 };
var priority = (f) => f.verification === "live" ? -1 : RANK[f.severity];
function notify(run3, notification, onNotice) {
  run3.invocations ??= [{ executionSuccessful: true }];
  const invocation2 = run3.invocations[0];
  (invocation2.toolExecutionNotifications ??= []).push(notification);
  onNotice?.(notification.message.text);
}
function buildSarif(findings, ctx, summary, options = {}) {
  const indexOf = new Map(ctx.rules.map((r, i) => [r.id, i]));
  const ordered = findings.length <= GITHUB_LIMITS.resultsPerRun ? findings : findings.map((f, i) => ({ f, i })).sort((a, b) => priority(a.f) - priority(b.f) || a.i - b.i).map(({ f }) => f);
  const kept = ordered.slice(0, GITHUB_LIMITS.resultsPerRun);
  const run3 = {
    tool: {
      driver: {
        name: "leakhound",
        version: ctx.toolVersion,
        semanticVersion: ctx.toolVersion,
        informationUri: INFORMATION_URI,
        rules: ctx.rules.map(descriptor),
        supportedTaxonomies: [{ name: "CWE", index: 0 }]
      }
    },
    ...summary ? { invocations: [invocation(summary)] } : {},
    taxonomies: [CWE_TAXONOMY],
    columnKind: "utf16CodeUnits",
    results: kept.map((f) => {
      const r = result(f, indexOf.get(f.ruleId) ?? -1, options.authorEmail === true);
      const state = options.baselineState?.(f);
      return state ? { ...r, baselineState: state } : r;
    })
  };
  if (kept.length < ordered.length) {
    notify(
      run3,
      truncation(
        ordered.length,
        kept.length,
        `GitHub code scanning accepts at most ${GITHUB_LIMITS.resultsPerRun.toLocaleString("en")} results per run`
      ),
      options.onNotice
    );
  } else if (kept.length > GITHUB_LIMITS.shownPerRun) {
    notify(
      run3,
      {
        level: "note",
        message: {
          text: `${kept.length} results: GitHub code scanning shows only the top ${GITHUB_LIMITS.shownPerRun.toLocaleString("en")} of a run, by severity (use -f json or -f html for all of them)`
        },
        descriptor: { id: "results-not-shown" },
        properties: { results: kept.length, shown: GITHUB_LIMITS.shownPerRun }
      },
      options.onNotice
    );
  }
  return { $schema: SARIF_SCHEMA, version: "2.1.0", runs: [run3] };
}
function truncation(found, reported, why) {
  return {
    level: "warning",
    message: {
      text: `results left out: ${found - reported} of ${found} findings are not in this SARIF file (${why}); the ones left out are the least severe: use -f json or -f html for all of them`
    },
    descriptor: { id: "results-truncated" },
    properties: { found, reported, omitted: found - reported }
  };
}
function sarifText(log, onNotice, maxGzippedBytes = GITHUB_LIMITS.gzippedBytes) {
  const text = (l) => inertJson(JSON.stringify(l, null, 2)) + "\n";
  if (log.runs.length > GITHUB_LIMITS.runsPerFile) {
    const dropped = log.runs.slice(GITHUB_LIMITS.runsPerFile);
    log = { ...log, runs: log.runs.slice(0, GITHUB_LIMITS.runsPerFile) };
    const results = dropped.reduce((n, r) => n + (r.results?.length ?? 0), 0);
    notify(
      log.runs[log.runs.length - 1],
      {
        level: "warning",
        message: {
          text: `runs left out: ${dropped.length} of ${dropped.length + GITHUB_LIMITS.runsPerFile} runs (${results} results) are not in this SARIF file (GitHub code scanning accepts at most ${GITHUB_LIMITS.runsPerFile} runs per file): ${dropped.map((r) => r.automationDetails?.id ?? "?").join(", ")}`
        },
        descriptor: { id: "runs-truncated" },
        properties: { runs: dropped.length, results }
      },
      onNotice
    );
  }
  let out = text(log);
  if (Buffer.byteLength(out) <= maxGzippedBytes * 0.99) return out;
  let size = gzipSync(out).length;
  if (size <= maxGzippedBytes) return out;
  const cut = /* @__PURE__ */ new Map();
  const orderOf = (run3) => {
    const rules = run3.tool.driver.rules ?? [];
    const severityOf = (r) => Number(rules[r.ruleIndex ?? -1]?.properties?.["security-severity"] ?? 0);
    return (run3.results ?? []).map((r, i) => ({ r, i })).sort(
      (a, b) => LEVEL_RANK[a.r.level ?? "warning"] - LEVEL_RANK[b.r.level ?? "warning"] || severityOf(b.r) - severityOf(a.r) || a.i - b.i
    ).map(({ r }) => r);
  };
  const why = `GitHub code scanning rejects files over ${maxGzippedBytes / 1024 / 1024} MB gzipped`;
  for (let margin = 0.95; size > maxGzippedBytes; margin *= 0.9) {
    const runs = log.runs.filter((r) => (r.results?.length ?? 0) > 0);
    if (runs.length === 0) break;
    for (const run3 of runs) {
      let state = cut.get(run3);
      if (!state) {
        const earlier = run3.invocations?.[0]?.toolExecutionNotifications?.find(
          (n) => n.descriptor?.id === "results-truncated"
        )?.properties?.omitted;
        const all = orderOf(run3);
        state = {
          all,
          keep: all.length,
          notice: truncation(all.length + (typeof earlier === "number" ? earlier : 0), all.length, why)
        };
        notify(run3, state.notice);
        cut.set(run3, state);
      }
      state.keep = Math.max(0, Math.min(state.keep - 1, Math.floor(state.keep * maxGzippedBytes * margin / size)));
      run3.results = state.all.slice(0, state.keep);
      Object.assign(state.notice, truncation(state.notice.properties.found, state.keep, why));
    }
    out = text(log);
    size = gzipSync(out).length;
  }
  for (const { notice } of cut.values()) onNotice?.(notice.message.text);
  return out;
}
function sarifReporter(ctx) {
  const options = {
    ...ctx.authorEmail ? { authorEmail: true } : {},
    ...ctx.onNotice ? { onNotice: ctx.onNotice } : {}
  };
  return {
    end: ({ findings, stats, elapsedMs, unit }) => sarifText(
      buildSarif(
        findings.map((f) => present(f, ctx.redaction, ctx.redactor)),
        ctx,
        scanSummary(stats, findings.length, elapsedMs, unit),
        options
      ),
      ctx.onNotice
    )
  };
}

// src/report/html.ts
init_inert();
import { createRequire as createRequire5 } from "node:module";
var SEVERITIES = ["critical", "high", "medium", "low"];
var DAY = 24 * 60 * 60 * 1e3;
var AGES = [
  { label: "under 30 days", upTo: 30 },
  { label: "30 to 90 days", upTo: 90 },
  { label: "90 days to a year", upTo: 365 },
  { label: "over a year", upTo: Infinity }
];
var NOT_IN_HISTORY = "not in history (files)";
var DEFAULT_ROTATE = "Revoke the secret at its provider, issue a new one, and remove it from the code.";
function escapeHtml(text) {
  return inert(text).replace(/[&<>"'`]/g, (c) => `&#${c.charCodeAt(0)};`);
}
var STYLE = `
:root{color-scheme:light dark;--bg:#fff;--fg:#1d2330;--muted:#5d6677;--line:#d9dde5;--card:#f5f7fa;--critical:#b3123b;--high:#d9480f;--medium:#b08800;--low:#1971c2;--live:#b3123b}
@media (prefers-color-scheme:dark){:root{--bg:#14171d;--fg:#e6e9ef;--muted:#9aa3b2;--line:#2c323d;--card:#1c2029}}
*{box-sizing:border-box}body{margin:0;padding:24px 32px;font:14px/1.45 system-ui,-apple-system,"Segoe UI",sans-serif;background:var(--bg);color:var(--fg)}
h1{font-size:22px;margin:0 0 4px}h2{font-size:15px;margin:0 0 8px}.muted{color:var(--muted)}
.cards{display:grid;grid-template-columns:repeat(auto-fit,minmax(220px,1fr));gap:16px;margin:20px 0}
.card{background:var(--card);border:1px solid var(--line);border-radius:8px;padding:12px 14px}
.card table{width:100%;border-collapse:collapse}.card td{padding:2px 0}.card td.n{text-align:right;font-variant-numeric:tabular-nums;font-weight:600}
.big{font-size:28px;font-weight:700}
.sev{display:inline-block;min-width:64px;padding:1px 8px;border-radius:10px;color:#fff;font-size:12px;font-weight:600;text-align:center}
.sev-critical{background:var(--critical)}.sev-high{background:var(--high)}.sev-medium{background:var(--medium)}.sev-low{background:var(--low)}
.live{color:#fff;background:var(--live);padding:1px 8px;border-radius:10px;font-weight:700;font-size:12px}
.tools{display:flex;gap:12px;align-items:center;margin:8px 0 12px;flex-wrap:wrap}
input,select{font:inherit;padding:5px 8px;border:1px solid var(--line);border-radius:6px;background:var(--bg);color:var(--fg)}
input{min-width:280px}
table.findings{width:100%;border-collapse:collapse}
.findings th{text-align:left;border-bottom:2px solid var(--line);padding:6px 8px;cursor:pointer;user-select:none;white-space:nowrap}
.findings th[aria-sort=ascending]::after{content:" \\25B2"}.findings th[aria-sort=descending]::after{content:" \\25BC"}
.findings td{border-bottom:1px solid var(--line);padding:6px 8px;vertical-align:top}
.findings td.rotate{max-width:340px;color:var(--muted)}
code{font:12px/1.4 ui-monospace,SFMono-Regular,Menlo,monospace;word-break:break-all}
.problems{color:var(--critical)}
`;
var SCRIPT = `
(function () {
  var table = document.getElementById("findings");
  var body = table.tBodies[0];
  var rows = Array.prototype.slice.call(body.rows);
  var q = document.getElementById("q"), sev = document.getElementById("severity"), st = document.getElementById("status");
  var shown = document.getElementById("shown");
  function apply() {
    var text = q.value.toLowerCase(), n = 0;
    rows.forEach(function (r) {
      var ok = (!text || r.textContent.toLowerCase().indexOf(text) !== -1) && (!sev.value || r.dataset.severity === sev.value) && (!st.value || r.dataset.status === st.value);
      r.hidden = !ok;
      if (ok) n++;
    });
    shown.textContent = String(n);
  }
  function sortBy(th, dir) {
    var i = th.cellIndex, numeric = th.dataset.type === "number";
    Array.prototype.forEach.call(table.tHead.rows[0].cells, function (c) { c.removeAttribute("aria-sort"); });
    th.setAttribute("aria-sort", dir > 0 ? "ascending" : "descending");
    rows.sort(function (a, b) {
      var x = a.cells[i].dataset.sort, y = b.cells[i].dataset.sort;
      var c = numeric ? Number(x) - Number(y) : x < y ? -1 : x > y ? 1 : 0;
      return c * dir;
    });
    rows.forEach(function (r) { body.appendChild(r); });
  }
  Array.prototype.forEach.call(table.tHead.querySelectorAll("th[data-key]"), function (th) {
    th.addEventListener("click", function () { sortBy(th, th.getAttribute("aria-sort") === "ascending" ? -1 : 1); });
  });
  [q, sev, st].forEach(function (el) { el.addEventListener("input", apply); });
  var preset = new URLSearchParams(location.hash.slice(1));
  if (preset.get("q")) q.value = preset.get("q");
  if (preset.get("severity")) sev.value = preset.get("severity");
  if (preset.get("status")) st.value = preset.get("status");
  var key = preset.get("sort");
  var th = key && table.querySelector('th[data-key="' + key.replace(/[^a-z]/g, "") + '"]');
  if (th) sortBy(th, preset.get("dir") === "desc" ? -1 : 1);
  apply();
  document.documentElement.dataset.ready = "1";
})();
`;
var require6 = createRequire5(import.meta.url);
var hash = (text) => {
  const { createHash: createHash3 } = require6("node:crypto");
  return `'sha256-${createHash3("sha256").update(text, "utf8").digest("base64")}'`;
};
function htmlCsp() {
  return `default-src 'none'; style-src ${hash(STYLE)}; script-src ${hash(SCRIPT)}; img-src 'none'; base-uri 'none'; form-action 'none'`;
}
function countBy(items, key2) {
  const out = /* @__PURE__ */ new Map();
  for (const item of items) out.set(key2(item), (out.get(key2(item)) ?? 0) + 1);
  return out;
}
function ageOf(date, now) {
  if (!date) return NOT_IN_HISTORY;
  const days = (now.getTime() - new Date(date).getTime()) / DAY;
  if (!Number.isFinite(days)) return NOT_IN_HISTORY;
  return AGES.find((a) => days < a.upTo).label;
}
var statusOf = (f) => f.verification ?? "not verified";
function card(title, id, counts) {
  const rows2 = counts.map(
    ([label, n]) => `<tr><td>${escapeHtml(label)}</td><td class="n" data-count="${escapeHtml(label)}">${n}</td></tr>`
  ).join("");
  return `<section class="card" id="${id}"><h2>${escapeHtml(title)}</h2><table>${rows2 || `<tr><td class="muted">none</td></tr>`}</table></section>`;
}
function cell2(text, sort = text, html = escapeHtml(text)) {
  return `<td data-sort="${escapeHtml(String(sort))}">${html}</td>`;
}
function buildHtml(findings, options, summary) {
  const now = options.now ?? /* @__PURE__ */ new Date();
  const rotate = new Map(options.rules.map((r) => [r.id, r.rotate || DEFAULT_ROTATE]));
  const repository = (f) => f.repository ?? options.repository ?? "this scan";
  const bySeverity = countBy(findings, (f) => f.severity);
  const byStatus2 = countBy(findings, statusOf);
  const byAge = countBy(findings, (f) => ageOf(f.date, now));
  const sorted = (m) => [...m].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1));
  const live = byStatus2.get("live") ?? 0;
  const rows2 = findings.map((f) => {
    const status = statusOf(f);
    const age = ageOf(f.date, now);
    const statusHtml = status === "live" ? `<span class="live">LIVE</span>` : escapeHtml(status + (f.verificationReason ? `: ${f.verificationReason}` : ""));
    return `<tr data-severity="${escapeHtml(f.severity)}" data-status="${escapeHtml(status)}">` + cell2(
      f.severity,
      SEVERITIES.indexOf(f.severity),
      `<span class="sev sev-${escapeHtml(f.severity)}">${escapeHtml(f.severity)}</span>`
    ) + cell2(status, status === "live" ? 0 : 1, statusHtml) + cell2(f.ruleId, f.ruleId, `${escapeHtml(f.ruleId)}<br><span class="muted">${escapeHtml(f.description)}</span>`) + cell2(f.secret, f.secret, `<code>${escapeHtml(f.secret)}</code>`) + cell2(repository(f)) + cell2(f.file) + cell2(String(f.startLine), f.startLine) + cell2(
      f.commit ? f.commit.slice(0, 12) : "",
      f.commit ?? "",
      f.commit ? `<code title="${escapeHtml(f.message ?? "")}">${escapeHtml(f.commit.slice(0, 12))}</code>` : ""
    ) + cell2(f.author ?? "") + cell2(
      f.date ? f.date.slice(0, 10) : "",
      f.date ?? "",
      f.date ? `${escapeHtml(f.date.slice(0, 10))}<br><span class="muted">${escapeHtml(age)}</span>` : `<span class="muted">${escapeHtml(age)}</span>`
    ) + `<td class="rotate">${escapeHtml(rotate.get(f.ruleId) ?? DEFAULT_ROTATE)}</td></tr>`;
  });
  const scanned = summary ? `${summary.scanned} ${summary.unit}${summary.scanned === 1 ? "" : "s"} scanned` + (summary.known ? `, ${summary.known} known findings hidden by the baseline` : "") + (summary.complete ? "" : `, <span class="problems">${summary.problems.length} could not be scanned</span>`) : "";
  const problems2 = summary && summary.problems.length > 0 ? `<section class="card problems" id="problems"><h2>Not scanned</h2><ul>${summary.problems.map((p) => `<li>${escapeHtml(`${p.path}: ${p.reason}`)}</li>`).join("")}</ul></section>` : "";
  const options_ = (values) => values.map((v) => `<option value="${escapeHtml(v)}">${escapeHtml(v)}</option>`).join("");
  const header = (key2, label, type = "text") => `<th data-key="${key2}" data-type="${type}">${label}</th>`;
  return `<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="${htmlCsp()}">
<meta name="referrer" content="no-referrer">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>leakhound report</title>
<style>${STYLE}</style>
</head>
<body>
<header>
<h1>leakhound report</h1>
<p class="muted">${escapeHtml(now.toISOString().replace("T", " ").slice(0, 16))} UTC \xB7 leakhound ${escapeHtml(options.toolVersion)}${scanned ? ` \xB7 ${scanned}` : ""}${findings.some((f) => !f.redacted) ? ` \xB7 <span class="problems">secrets shown unredacted</span>` : ""}</p>
</header>
<div class="cards">
<section class="card" id="total"><h2>Findings</h2><div class="big" data-count="total">${findings.length}</div><div>${live > 0 ? `<span class="live">${live} LIVE</span>` : `<span class="muted">none confirmed live</span>`}</div></section>
${card(
    "By severity",
    "by-severity",
    SEVERITIES.map((s) => [s, bySeverity.get(s) ?? 0])
  )}
${card("Live status", "by-status", sorted(byStatus2))}
${card(
    "By age of the commit that added it",
    "by-age",
    [...AGES.map((a) => a.label), NOT_IN_HISTORY].filter((l) => byAge.has(l)).map((l) => [l, byAge.get(l)])
  )}
${card("By rule", "by-rule", sorted(countBy(findings, (f) => f.ruleId)))}
${card("By repository", "by-repository", sorted(countBy(findings, repository)))}
${problems2}
</div>
<div class="tools">
<input id="q" type="search" placeholder="Filter: file, rule, author, commit\u2026" aria-label="filter">
<select id="severity" aria-label="severity"><option value="">every severity</option>${options_(SEVERITIES)}</select>
<select id="status" aria-label="live status"><option value="">every status</option>${options_([...byStatus2.keys()].sort())}</select>
<span class="muted">showing <b id="shown">${findings.length}</b> of ${findings.length}</span>
</div>
<table class="findings" id="findings">
<thead><tr>${header("severity", "Severity", "number")}${header("status", "Status", "number")}${header("rule", "Rule")}${header("secret", "Secret")}${header("repository", "Repository")}${header("file", "File")}${header("line", "Line", "number")}${header("commit", "Commit")}${header("author", "Author")}${header("date", "Added")}<th>How to rotate</th></tr></thead>
<tbody>
${rows2.join("\n")}
</tbody>
</table>
<script>${SCRIPT}</script>
</body>
</html>
`;
}
function htmlReporter(ctx) {
  return {
    end: ({ findings, stats, elapsedMs, unit }) => buildHtml(
      findings.map((f) => present(f, ctx.redaction, ctx.redactor)),
      { rules: ctx.rules, toolVersion: ctx.toolVersion, ...ctx.repository ? { repository: ctx.repository } : {} },
      scanSummary(stats, findings.length, elapsedMs, unit)
    )
  };
}

// src/report/text.ts
init_inert();
var SEVERITY_COLOR = { critical: "\x1B[1;31m", high: "\x1B[31m", medium: "\x1B[33m", low: "\x1B[36m" };
var BOLD = "\x1B[1m";
var DIM = "\x1B[2m";
var RESET = "\x1B[0m";
var MAX_CONTEXT = 160;
function textReporter(ctx) {
  const paint = (code, text) => ctx.color ? `${code}${text}${RESET}` : text;
  return {
    end({ findings, stats, elapsedMs, unit }) {
      const out = [];
      let file;
      const byFile = [...findings].sort(
        (a, b) => a.path < b.path ? -1 : a.path > b.path ? 1 : a.startLine - b.startLine || a.startColumn - b.startColumn
      );
      for (const finding of byFile) {
        const f = present(finding, ctx.redaction, ctx.redactor);
        if (f.file !== file) {
          if (file !== void 0) out.push("");
          file = f.file;
          out.push(paint(BOLD, inert(f.file)));
        }
        const where = `${f.startLine}:${f.startColumn}`.padEnd(8);
        const commit = f.commit ? `  ${paint(DIM, inert(`${f.commit.slice(0, 10)} ${f.author ?? ""} ${f.date?.slice(0, 10) ?? ""}`))}` : "";
        const status = f.verification ? `  ${f.verification === "live" ? paint(SEVERITY_COLOR.critical, "LIVE") : inert(`[${f.verification}${f.verificationReason ? `: ${f.verificationReason}` : ""}]`)}` : "";
        const field = f.field ? ` (${inert(f.field)})` : "";
        out.push(
          `  ${where} ${paint(SEVERITY_COLOR[f.severity], f.severity.padEnd(8))} ${inert(f.ruleId)}  ${inert(f.description)}${field}${commit}${status}`
        );
        const context = inert(ctx.redactor.context(finding, ctx.redaction).trim());
        out.push(
          `           ${paint(DIM, context.length > MAX_CONTEXT ? context.slice(0, MAX_CONTEXT) + "\u2026" : context)}`
        );
        if (f.revocation)
          out.push(
            `           ${inert(`${f.revocation}${f.revocationReason ? `: ${f.revocationReason}` : ""}${f.rotationPage ? ` (rotate it at ${f.rotationPage})` : ""}`)}`
          );
        if (f.hiddenBy)
          out.push(
            `           ${paint(SEVERITY_COLOR.high, inert(`hidden by this change to ${f.hiddenBy}: judged by the base's settings, it still counts`))}`
          );
      }
      for (const problem of stats.errors) out.push(inert(`could not scan ${problem.path}: ${problem.reason}`));
      if (ctx.quiet) return out.length ? out.join("\n") + "\n" : "";
      if (out.length) out.push("");
      out.push(summaryLine(stats, findings.length, elapsedMs, unit));
      if (findings.length > 0 && ctx.redaction !== 0) {
        out.push(
          paint(
            DIM,
            "To allow a false positive: add `leakhound:allow` in a comment on its line, or an allowlist in .leakhound.toml."
          )
        );
      }
      return out.join("\n") + "\n";
    }
  };
}

// src/report/index.ts
var REPORTERS = {
  text: textReporter,
  json: jsonReporter,
  "json-envelope": jsonEnvelopeReporter,
  jsonl: jsonlReporter,
  sarif: sarifReporter,
  html: htmlReporter,
  "github-annotations": githubAnnotationsReporter,
  "github-summary": githubSummaryReporter
};
var FORMATS = Object.keys(REPORTERS);
function createReporter(format, given) {
  const ctx = given.redactor ? given : Object.assign(Object.create(given), { redactor: new Redactor(given.rules) });
  if (!Object.hasOwn(REPORTERS, format)) throw new Error(`unknown report format ${String(format)}`);
  return REPORTERS[format](ctx);
}

// src/report/repos.ts
init_model();
init_inert();
init_redact();
var unfinished = (o) => o.status === "failed" || o.status === "incomplete";
function repositoriesOf(outcome) {
  if (!outcome.repositories) throw new Error("a repos format was given the outcome of a scan of one source");
  return outcome.repositories;
}
function jsonl(reports) {
  return reports.flatMap((r) => r.findings.map((f) => inertJson(JSON.stringify(f)) + "\n")).join("");
}
function sarif(reports, ctx) {
  const runs = reports.map(({ outcome, findings }) => {
    const run3 = buildSarif(findings, ctx, void 0, {
      baselineState: (f) => f.new ? "new" : "unchanged",
      ...ctx.onNotice ? { onNotice: ctx.onNotice } : {}
    }).runs[0];
    const truncated = run3.invocations?.[0]?.toolExecutionNotifications ?? [];
    const invocation2 = unfinished(outcome) ? {
      executionSuccessful: false,
      toolExecutionNotifications: [
        { level: "error", message: { text: outcome.error ?? "not scanned" } },
        ...truncated
      ]
    } : { executionSuccessful: true, ...truncated.length ? { toolExecutionNotifications: truncated } : {} };
    return { ...run3, invocations: [invocation2], automationDetails: { id: `leakhound/${outcome.name}/` } };
  });
  const log = buildSarif([], ctx);
  return sarifText({ ...log, runs }, ctx.onNotice);
}
var reporter = (format) => (ctx) => ({ end: (outcome) => format(repositoriesOf(outcome), ctx) });
var REPOS_REPORTERS = {
  jsonl: reporter(jsonl),
  sarif: reporter(sarif),
  // the state holds findings already redacted: the page shows them as they are
  html: reporter(
    (reports, ctx) => buildHtml(
      reports.flatMap((r) => r.findings),
      { rules: [...ctx.rules], toolVersion: ctx.toolVersion }
    )
  )
};
var REPOS_FORMATS = Object.keys(REPOS_REPORTERS);
function createReposReporter(format, given) {
  if (!Object.hasOwn(REPOS_REPORTERS, format)) throw new Error(`unknown repos report format ${String(format)}`);
  return REPOS_REPORTERS[format]({ ...given, redaction: "default", color: false, redactor: new Redactor(given.rules) });
}
function reposOutcome(reports, elapsedMs) {
  const stats = emptyStats();
  for (const { outcome } of reports) {
    stats.files += outcome.commits;
    stats.bytes += outcome.bytes;
    if (unfinished(outcome)) stats.errors.push({ path: outcome.name, reason: outcome.error ?? "not scanned" });
  }
  return { findings: [], stats, elapsedMs, unit: "commit", repositories: reports };
}

// src/version.ts
init_paths();
import { readFileSync } from "node:fs";
import { join as join3 } from "node:path";
var VERSION = JSON.parse(readFileSync(join3(PACKAGE_ROOT, "package.json"), "utf8")).version;

// src/cli/args.ts
init_errors();
var HELP_FLAG = { name: "help", short: "h", type: "boolean", describe: "show help" };
var VERSION_FLAG = { name: "version", type: "boolean", describe: "show the version" };
var usage = (message) => new LeakhoundError("USAGE", message);
var camel = (name) => name.replace(/-([a-z])/g, (_, c) => c.toUpperCase());
function flagsOf(program, path) {
  const own = path.length > 1 ? path[path.length - 1].flags ?? [] : [];
  return [...own, ...program.flags ?? [], HELP_FLAG, VERSION_FLAG];
}
function parse(program, argv) {
  const path = [program];
  const current2 = () => path[path.length - 1];
  const values = /* @__PURE__ */ new Map();
  const negated = /* @__PURE__ */ new Set();
  const positionals = [];
  const unknown = [];
  let help = false;
  let version = false;
  const lookup = (name, short) => {
    const flags2 = flagsOf(program, path);
    if (short) return flags2.find((f) => f.short === name);
    return flags2.find((f) => f.name === name || f.aliases?.includes(name));
  };
  const give = (flag, value, shown) => {
    if (flag === HELP_FLAG) help = true;
    else if (flag === VERSION_FLAG) version = true;
    const list = values.get(flag) ?? [];
    if (flag.type !== "boolean" && !flag.array && list.length > 0) throw usage(`${shown} is given more than once`);
    if (flag.type === "boolean") list.length = 0;
    list.push(value);
    values.set(flag, list);
  };
  const valueFor = (_flag, shown, inline, i) => {
    if (inline !== void 0) return [inline, i];
    const next2 = argv[i + 1];
    const isFlag = next2?.startsWith("-") && next2 !== "-" && !/^-\d/.test(next2);
    if (next2 === void 0 || isFlag) throw usage(`${shown} needs a value`);
    return [next2, i + 1];
  };
  let rest = false;
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i];
    if (rest || arg === "-" || !arg.startsWith("-") || /^-\d/.test(arg)) {
      const sub = positionals.length === 0 && !rest ? current2().subcommands?.find((c) => c.name === arg) : void 0;
      if (sub) path.push(sub);
      else if (path.length === 1 && arg === "help" && !rest) help = true;
      else if (path.length === 1 && !rest) throw unknownCommand(program.subcommands ?? [], arg, "");
      else if (current2().subcommands && !current2().run) {
        throw unknownCommand(current2().subcommands, arg, current2().name);
      } else positionals.push(arg);
      continue;
    }
    if (arg === "--") {
      rest = true;
      continue;
    }
    if (arg.startsWith("--")) {
      const eq = arg.indexOf("=");
      const name = eq < 0 ? arg.slice(2) : arg.slice(2, eq);
      const inline = eq < 0 ? void 0 : arg.slice(eq + 1);
      const flag = lookup(name, false);
      if (!flag && name.startsWith("no-")) {
        const positive = lookup(name.slice(3), false);
        if (positive && (positive.type === "boolean" || positive.negatable)) {
          if (inline !== void 0) throw usage(`--${name} takes no value`);
          negated.add(positive);
          give(positive, false, `--${name}`);
          continue;
        }
      }
      if (!flag) {
        unknown.push(name);
        if (inline === void 0 && argv[i + 1] !== void 0 && !argv[i + 1].startsWith("-")) i++;
        continue;
      }
      negated.delete(flag);
      if (flag.type === "boolean") {
        if (inline !== void 0 && inline !== "true" && inline !== "false") {
          throw usage(`--${name} takes no value (or =true, =false), not ${JSON.stringify(inline)}`);
        }
        give(flag, inline !== "false", `--${name}`);
      } else {
        const [value, at] = valueFor(flag, `--${name}`, inline, i);
        i = at;
        give(flag, value, `--${name}`);
      }
      continue;
    }
    const letters = arg.slice(1);
    for (let k = 0; k < letters.length; k++) {
      const letter = letters[k];
      const flag = lookup(letter, true);
      if (!flag) {
        unknown.push(letter);
        continue;
      }
      if (flag.type === "boolean") {
        give(flag, true, `-${letter}`);
        continue;
      }
      const attached = letters.slice(k + 1);
      const [value, at] = valueFor(flag, `-${letter}`, attached === "" ? void 0 : attached.replace(/^=/, ""), i);
      i = at;
      give(flag, value, `-${letter}`);
      break;
    }
  }
  if (help) return { kind: "help", path };
  if (version) return { kind: "version" };
  const command = current2();
  if (path.length === 1) throw usage(program.missingSubcommand ?? "name a command (see --help)");
  if (command.subcommands && !command.run) {
    const names = listOr(command.subcommands.map((c) => c.name));
    throw usage(command.missingSubcommand ?? `name a ${command.name} subcommand: ${names}`);
  }
  const args = { command: path.slice(1).map((c) => c.name) };
  const slots = command.positionals ?? [];
  let next = 0;
  for (const slot of slots) {
    const taken = slot.variadic ? positionals.slice(next) : positionals.slice(next, next + 1);
    next += taken.length;
    if (taken.length === 0) {
      const wanted = `<${slot.name}${slot.variadic ? ".." : ""}>${slot.choices ? `: ${listOr(slot.choices)}` : ""}`;
      if (slot.required) throw usage(`${args.command.join(" ")} needs ${wanted}`);
      if (slot.default !== void 0) args[camel(slot.name)] = slot.default;
      continue;
    }
    for (const value of taken) {
      if (slot.choices && !slot.choices.includes(value)) throw invalid(slot.name, value, slot.choices);
    }
    args[camel(slot.name)] = slot.variadic ? taken : taken[0];
  }
  unknown.push(...positionals.slice(next));
  if (unknown.length > 0) {
    throw usage(`Unknown ${unknown.length === 1 ? "argument" : "arguments"}: ${unknown.join(", ")}`);
  }
  for (const flag of flagsOf(program, path)) {
    if (flag === HELP_FLAG || flag === VERSION_FLAG) continue;
    const given = values.get(flag);
    let value;
    if (given === void 0) {
      if (flag.default === void 0) continue;
      value = flag.default;
    } else if (negated.has(flag)) {
      value = false;
    } else {
      const typed = given.map((v) => flag.type === "number" ? toNumber(flag, v) : v);
      for (const v of typed) {
        if (flag.choices && !flag.choices.includes(v)) throw invalid(flag.name, String(v), flag.choices);
      }
      value = flag.array ? typed : typed[0];
    }
    args[camel(flag.name)] = flag.coerce && value !== false ? flag.coerce(value) : value;
  }
  for (const [a, b] of command.conflicts ?? []) {
    const given = (name) => values.has(flagNamed(program, path, name));
    if (given(a) && given(b)) throw usage(`Arguments ${a} and ${b} are mutually exclusive`);
  }
  return { kind: "run", path, args };
}
function flagNamed(program, path, name) {
  return flagsOf(program, path).find((f) => f.name === name);
}
function toNumber(flag, text) {
  const n = text.trim() === "" ? NaN : Number(text);
  if (!Number.isFinite(n)) throw usage(`--${flag.name} takes a number, not ${JSON.stringify(text)}`);
  return n;
}
function invalid(name, given, choices) {
  const list = choices.map((c) => JSON.stringify(c)).join(", ");
  return usage(`Invalid values: Argument: ${name}, Given: ${JSON.stringify(given)}, Choices: ${list}`);
}
function listOr(words2) {
  return words2.length <= 1 ? words2.join("") : `${words2.slice(0, -1).join(", ")} or ${words2[words2.length - 1]}`;
}
function unknownCommand(commands, word, parent) {
  const near = closest(
    word,
    commands.map((c) => c.name)
  );
  const what = parent ? `${parent} subcommand` : "command";
  return usage(`Unknown ${what}: ${word}${near ? ` (did you mean ${near}?)` : ""}`);
}
function closest(word, names) {
  let best;
  let bestDistance = Infinity;
  for (const name of names) {
    const d = editDistance(word.toLowerCase(), name);
    const allowed = name.length <= 3 ? 1 : name.length <= 6 ? 2 : 3;
    if (d <= allowed && d < bestDistance) [best, bestDistance] = [name, d];
  }
  return best;
}
function editDistance(a, b) {
  const d = Array.from({ length: a.length + 1 }, (_, i) => [i, ...Array(b.length).fill(0)]);
  for (let j = 1; j <= b.length; j++) d[0][j] = j;
  for (let i = 1; i <= a.length; i++) {
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      d[i][j] = Math.min(d[i - 1][j] + 1, d[i][j - 1] + 1, d[i - 1][j - 1] + cost);
      const swapped = i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1];
      if (swapped) d[i][j] = Math.min(d[i][j], d[i - 2][j - 2] + 1);
    }
  }
  return d[a.length][b.length];
}
function synopsis(path) {
  const command = path[path.length - 1];
  const words2 = ["leakhound", ...path.slice(1).map((c) => c.name)];
  if (command.subcommands && !command.run) words2.push("<command>");
  for (const p of command.positionals ?? []) {
    const name = `${p.name}${p.variadic ? ".." : ""}`;
    words2.push(p.required ? `<${name}>` : `[${name}]`);
  }
  return words2.join(" ");
}
function wrap(text, width, indent) {
  const lines2 = [];
  let line = "";
  for (const word of text.split(/\s+/).filter(Boolean)) {
    if (line && line.length + 1 + word.length > width - indent) {
      lines2.push(line);
      line = word;
    } else line = line ? `${line} ${word}` : word;
  }
  lines2.push(line);
  return lines2.join(`
${" ".repeat(indent)}`);
}
function flagLabel(flag) {
  const long = [flag.name, ...flag.aliases ?? []].map((n) => `--${n}`).join(", ");
  const value = flag.type === "boolean" ? "" : ` ${flag.placeholder ?? (flag.type === "number" ? "N" : "VALUE")}`;
  return `${flag.short ? `-${flag.short}, ` : "    "}${long}${value}${flag.array ? " \u2026" : ""}`;
}
function flagNotes(flag) {
  const notes = [];
  if (flag.choices) notes.push(`one of: ${flag.choices.join(", ")}`);
  if (flag.default !== void 0 && flag.default !== false) notes.push(`default: ${flag.default}`);
  if (flag.array) notes.push("repeatable");
  return notes.length ? ` [${notes.join("; ")}]` : "";
}
function rows(list, width) {
  const column = Math.min(34, Math.max(...list.map(([name]) => name.length)) + 4);
  return list.map(([name, what]) => {
    if (name.length + 4 > column) return `  ${name}
${" ".repeat(column)}${wrap(what, width, column)}`;
    return `  ${name.padEnd(column - 2)}${wrap(what, width, column)}`;
  });
}
function helpText(program, path, width) {
  const command = path[path.length - 1];
  const usageLine = path.length === 1 ? `${program.name} <command> [options]` : `${synopsis(path)} [options]`;
  const out = [usageLine, "", wrap(command.describe, width, 0)];
  if (command.subcommands) {
    out.push("", "Commands:");
    const name = (c) => synopsis([...path, c]).slice("leakhound ".length);
    const list = command.subcommands.map((c) => [name(c), c.describe]);
    out.push(...rows(list, width));
  }
  const positionals = (command.positionals ?? []).filter((p) => p.describe || p.choices || p.default !== void 0);
  if (path.length > 1 && positionals.length > 0) {
    out.push("", "Arguments:");
    out.push(
      ...rows(
        positionals.map((p) => {
          const notes = [
            p.choices ? `one of: ${p.choices.join(", ")}` : "",
            p.default !== void 0 ? `default: ${[p.default].flat().join(" ")}` : ""
          ].filter(Boolean);
          return [p.name, `${p.describe ?? ""}${notes.length ? ` [${notes.join("; ")}]` : ""}`.trim()];
        }),
        width
      )
    );
  }
  const flags2 = flagsOf(program, path).filter((f) => !f.hidden);
  out.push("", "Options:");
  out.push(
    ...rows(
      flags2.map((f) => [flagLabel(f), `${f.describe ?? ""}${flagNotes(f)}`.trim()]),
      width
    )
  );
  if (command.examples?.length) {
    out.push("", "Examples:");
    for (const [example, what] of command.examples) out.push(`  ${example}`, `      ${wrap(what, width, 6)}`);
  }
  return `${out.join("\n")}
`;
}

// src/cli/fail.ts
init_errors();
init_inert();
init_stdio();
function reportFailure(err, debug) {
  if (err instanceof LeakhoundError) {
    writeStderr(`leakhound: ${inert(err.message)}
`);
    if (err.code === "USAGE") writeStderr("Run `leakhound --help` for usage.\n");
  } else {
    const message = err instanceof Error ? err.message.split("\n")[0] : String(err);
    writeStderr(`leakhound: internal error: ${inert(message ?? "")}
`);
  }
  if (debug && err instanceof Error && err.stack) writeStderr(`${err.stack}
`);
  return 2;
}

// src/cli/flags.ts
init_errors();
import { constants } from "node:buffer";
var usage2 = (message) => new LeakhoundError("USAGE", message);
function parseExitCode(value) {
  const text = String(value ?? "").trim();
  const code = /^\d+$/.test(text) ? Number(text) : NaN;
  if (!(code >= 1 && code <= 125))
    throw usage2(`--exit-code must be a whole number from 1 to 125, not ${JSON.stringify(String(value ?? ""))}`);
  return code;
}
var MAX_FILE_BYTES = Math.min(2 ** 31 - 1, constants.MAX_LENGTH);
var MB = 1024 * 1024;
function parseMaxFileSize(value) {
  const text = String(value ?? "").trim();
  const mb = /^\d+(\.\d+)?$|^\.\d+$/.test(text) ? Number(text) : NaN;
  if (!(mb > 0))
    throw usage2(`--max-file-size must be a positive number of MB, not ${JSON.stringify(String(value ?? ""))}`);
  const bytes = Math.round(mb * MB);
  if (bytes > MAX_FILE_BYTES)
    throw usage2(
      `--max-file-size must be at most ${Math.floor(MAX_FILE_BYTES / MB)} MB (the largest file Node can read at once)`
    );
  return Math.max(1, bytes);
}
var REDACT_LEVEL = "redact-level";
function separateRedactLevel(argv) {
  return argv.map((arg) => arg.startsWith("--redact=") ? `--${REDACT_LEVEL}=${arg.slice("--redact=".length)}` : arg);
}
function parseRedaction(redact2, level) {
  if (level !== void 0) {
    if (Array.isArray(level)) throw usage2("--redact=N is given more than once");
    const text = String(level).trim();
    const n = /^\d+$/.test(text) ? Number(text) : NaN;
    if (!(n >= 0 && n <= 100))
      throw usage2(
        `--redact=N takes a whole percentage from 0 to 100 (100 hides the whole secret), not ${JSON.stringify(String(level))}`
      );
    if (redact2 === false) throw usage2("--redact=N and --no-redact contradict each other");
    return n;
  }
  return redact2 === false ? 0 : "default";
}
function checkVerifyFlags(args) {
  if (args.verify) return;
  const given = [
    args.explain ? "--explain" : "",
    args.auditLog !== void 0 ? "--audit-log" : "",
    args.verifyBaseUrl !== void 0 && args.verifyBaseUrl.length > 0 ? "--verify-base-url" : "",
    args.ticket !== void 0 ? "--ticket" : ""
  ].filter(Boolean);
  if (given.length > 0) throw usage2(`${given.join(", ")} ${given.length === 1 ? "goes" : "go"} with --verify`);
}

// src/cli/scan-commands.ts
init_errors();
init_load();
init_settings_files();
import { existsSync as existsSync13, readFileSync as readFileSync8, statSync as statSync7 } from "node:fs";
import { basename as basename4, join as join17, relative as relative4, resolve as resolve10 } from "node:path";

// src/cli/gitleaks-flags.ts
init_errors();
var usage3 = (message) => new LeakhoundError("USAGE", message);
function operatorConfigPath(explicit, env = process.env) {
  return explicit || env.LEAKHOUND_CONFIG || env.GITLEAKS_CONFIG || void 0;
}
function enableRules(config, ids) {
  if (!ids || ids.length === 0) return config;
  const wanted = new Set(
    ids.flatMap((id) => id.split(",")).map((id) => id.trim()).filter(Boolean)
  );
  const known = new Set(config.rules.map((r) => r.id));
  const unknown = [...wanted].filter((id) => !known.has(id));
  if (unknown.length > 0) {
    throw usage3(
      `--enable-rule: no rule ${unknown.map((id) => JSON.stringify(id)).join(", ")} (\`leakhound rules list\` shows the ids)`
    );
  }
  return { ...config, rules: config.rules.filter((r) => wanted.has(r.id)) };
}
var VALUE_OPTIONS = [
  "--since",
  "--after",
  "--until",
  "--before",
  "--max-count",
  "--skip",
  "--author",
  "--committer",
  "--grep",
  "--min-parents",
  "--max-parents"
];
var SWITCHES = [
  "--all",
  "--branches",
  "--tags",
  "--remotes",
  "--no-merges",
  "--merges",
  "--first-parent",
  "--regexp-ignore-case",
  "-i",
  "--all-match",
  "--invert-grep"
];
var REVISION = /^[A-Za-z0-9_][A-Za-z0-9_./~^-]*(\.\.\.?[A-Za-z0-9_][A-Za-z0-9_./~^-]*)?$/;
function words(text) {
  return [...text.matchAll(/"([^"]*)"|'([^']*)'|(\S+)/g)].map((m) => m[1] ?? m[2] ?? m[3]);
}
function scopeFromLogOpts(text, scope) {
  if (text === void 0 || text.trim() === "") return scope;
  const out = { ...scope };
  const options = [];
  const list = words(text);
  for (let i = 0; i < list.length; i++) {
    const word = list[i];
    if (SWITCHES.includes(word)) {
      if (word !== "--all") options.push(word);
      continue;
    }
    if (/^-n$/.test(word) || /^-\d+$/.test(word) || /^-n\d+$/.test(word)) {
      const count2 = word === "-n" ? list[++i] : word.replace(/^-n?/, "");
      if (count2 === void 0 || !/^\d+$/.test(count2)) throw usage3(`--log-opts: ${word} takes a number of commits`);
      options.push(`--max-count=${count2}`);
      continue;
    }
    const eq = word.indexOf("=");
    if (word.startsWith("--") && eq > 0 && VALUE_OPTIONS.includes(word.slice(0, eq))) {
      options.push(word);
      continue;
    }
    if (!word.startsWith("-") && REVISION.test(word)) {
      if (out.range || out.branch)
        throw usage3(`--log-opts: name one revision or one range A..B, not several (${JSON.stringify(word)})`);
      if (word.includes("..")) out.range = word;
      else out.branch = word;
      continue;
    }
    throw usage3(
      `--log-opts: ${JSON.stringify(word)} is not accepted (only a revision, a range A..B, ${SWITCHES.join(" ")}, -n N, and ${VALUE_OPTIONS.map((o) => `${o}=\u2026`).join(" ")}; nothing that names paths, runs a program or writes a file)`
    );
  }
  if (out.range && (scope.branch || scope.sinceCommit) || out.branch && scope.range)
    throw usage3("--log-opts names a revision; do not combine it with --range, --branch or --since-commit");
  if (scope.range && out.range && scope.range !== out.range)
    throw usage3("--log-opts and --range name different ranges");
  if (options.length > 0) out.logOptions = [...scope.logOptions ?? [], ...options];
  return out;
}

// src/filters/changed-settings.ts
init_detector();
init_allowlist();
function hiddenByChange(head) {
  const where = head.detection.source ?? "the configuration";
  let detector;
  return (finding) => {
    if (!head.detection.rules.some((r) => r.id === finding.ruleId)) return fileName(where);
    detector ??= new Detector(head.detection.rules, { allowlist: new Allowlist(head.detection.allowlists, where) });
    const text = finding.match.includes("\n") ? finding.match : finding.context;
    const again = detector.detect({
      path: finding.path,
      bytes: Buffer.from(text, "utf8"),
      ...finding.git ? { git: finding.git } : {}
    });
    if (!again.some((f) => f.ruleId === finding.ruleId && f.secret === finding.secret)) return fileName(where);
    const known = head.known.reasonFor(finding)?.file;
    return known === void 0 ? void 0 : fileName(known);
  };
}
function fileName(label) {
  return label.replace(/ at [0-9a-f]{7,40}$/, "");
}

// src/cli/scan-commands.ts
init_write_file();
init_baseline();
init_scan();
init_dir_source();
init_git_history_source();

// src/scan/git.ts
init_errors();
init_model();
init_files();
init_git();
init_detector2();
init_inherited();
init_introduced();
async function scanStaged(repo, ruleSet, options = {}, diff) {
  try {
    return await scanStagedWithGit(diff ?? startStagedDiff(repo), ruleSet, options);
  } catch (err) {
    if (!(err instanceof LeakhoundError && err.code === "NO_GIT")) throw err;
    process.stderr.write("leakhound: note: no git executable found; reading the index with isomorphic-git\n");
    const { scanStagedWithIsomorphicGit: scanStagedWithIsomorphicGit2 } = await Promise.resolve().then(() => (init_history_isogit(), history_isogit_exports));
    return scanStagedWithIsomorphicGit2(repo, ruleSet, options);
  }
}
async function scanStagedWithGit(diff, ruleSet, options) {
  const stats = emptyStats();
  const findings = [];
  const detector = createDetector(ruleSet);
  const added = [];
  const result2 = await stagedPatches(diff, options.maxFileSize ?? DEFAULT_MAX_FILE_SIZE, (fragment) => {
    stats.files++;
    stats.bytes += fragment.bytes.length;
    added.push(...detector.detect(fragment));
  });
  mergeGitStats(stats, result2);
  if (added.length > 0) {
    const head = await catFileHead(diff.repo, options.maxFileSize ?? DEFAULT_MAX_FILE_SIZE);
    try {
      for (const finding of await introducedSinceHead(added, head.read)) {
        findings.push(finding);
        options.onFinding?.(finding);
      }
    } finally {
      head.close();
    }
  }
  if (result2.binary > 0) {
    const { stagedTextFiles: stagedTextFiles2 } = await Promise.resolve().then(() => (init_staged_text(), staged_text_exports));
    const text = await stagedTextFiles2(diff.repo, options.maxFileSize ?? DEFAULT_MAX_FILE_SIZE);
    stats.skippedBinary -= text.decoded;
    stats.errors.push(...text.errors);
    for (const { fragment, before } of text.changes) {
      stats.files++;
      stats.bytes += fragment.bytes.length;
      for (const finding of introducedFindings(detector.detect(fragment), before)) {
        findings.push(finding);
        options.onFinding?.(finding);
      }
    }
    for (const path of text.binary) {
      for (const finding of detector.detectByPath({ path })) {
        findings.push(finding);
        options.onFinding?.(finding);
      }
    }
  }
  return { findings, stats };
}
function mergeGitStats(stats, result2) {
  stats.skippedBinary += result2.binary;
  stats.skippedLarge += result2.large;
  stats.errors.push(...result2.errors);
}

// src/sources/staged-source.ts
init_dir_source();
function stagedSource(repo, diff) {
  return {
    kind: "staged",
    unit: "file",
    async run(run3) {
      const { stats } = await scanStaged(
        repo,
        run3.ruleSet,
        { maxFileSize: run3.maxFileSize, onFinding: run3.found },
        diff
      );
      addStats(run3.stats, stats);
    }
  };
}

// src/sources/stdin-source.ts
init_encoding();
function stdinSource(input2, label) {
  return {
    kind: "stdin",
    unit: "file",
    async *fragments(run3) {
      const chunks = [];
      let size = 0;
      for await (const chunk of input2) {
        const bytes = typeof chunk === "string" ? Buffer.from(chunk) : chunk;
        chunks.push(bytes);
        size += bytes.length;
        if (size > run3.maxFileSize) {
          run3.stats.skippedLarge++;
          return;
        }
      }
      const raw = Buffer.concat(chunks);
      const text = asText(raw);
      if (text.kind === "undecodable") run3.stats.errors.push({ path: label, reason: text.reason });
      yield { path: label, bytes: text.kind === "text" ? text.bytes : raw };
    }
  };
}

// src/cli/scan-commands.ts
init_git();
init_inert();

// src/cli/known.ts
init_read_file();
init_errors();
init_baseline();
import { statSync as statSync6 } from "node:fs";
import { join as join12, resolve as resolve6 } from "node:path";

// src/filters/gitleaksignore.ts
init_errors();
init_read_file();
import { existsSync as existsSync8 } from "node:fs";
import { join as join11 } from "node:path";
var GITLEAKSIGNORE_FILE = ".gitleaksignore";
var GitleaksIgnore = class _GitleaksIgnore {
  constructor(entries2, ruleIds) {
    this.entries = entries2;
    this.ruleIds = ruleIds;
  }
  entries;
  ruleIds;
  /** The `.gitleaksignore` in `root`, if there is one. */
  static find(root, ruleIds) {
    const path = join11(root, GITLEAKSIGNORE_FILE);
    if (!existsSync8(path)) return void 0;
    let text;
    try {
      text = readRegularFile(path);
    } catch (err) {
      throw new LeakhoundError("BAD_CONFIG", `cannot read ${path}: ${reasonOf(err)}`);
    }
    return _GitleaksIgnore.parse(text, ruleIds);
  }
  static parse(text, ruleIds) {
    const entries2 = [];
    for (const raw of text.split("\n")) {
      const text2 = raw.trim();
      if (!text2 || text2.startsWith("#")) continue;
      const parts = text2.split(":");
      const line = Number(parts.pop());
      const rule = parts.pop() ?? "";
      if (!Number.isInteger(line) || parts.length === 0) continue;
      const commit = /^[0-9a-f]{7,64}$/i.test(parts[0]) && parts.length > 1 ? parts.shift() : void 0;
      entries2.push({ ...commit ? { commit: commit.toLowerCase() } : {}, file: parts.join(":"), rule, line });
    }
    return new _GitleaksIgnore(entries2, new Set(ruleIds));
  }
  covers(finding) {
    return this.entries.some(
      (e) => e.line === finding.startLine && (finding.path === e.file || finding.path.endsWith(`/${e.file}`)) && (e.commit === void 0 || finding.git?.commit.startsWith(e.commit) === true) && (!this.ruleIds.has(e.rule) || e.rule === finding.ruleId)
    );
  }
};

// src/cli/known.ts
init_settings_files();
var KnownFindings = class {
  baseline;
  ignore;
  /** the file names, for messages */
  baselineFile;
  ignoreFile;
  /** the findings held back so far */
  held = /* @__PURE__ */ new Set();
  /** how many of the held were held by each kind */
  heldBy = { baseline: 0, gitleaksignore: 0 };
  /** a finding's path as the settings root sees it (a folder scan's paths start where the user stands) */
  toRoot;
  get hidden() {
    return this.held.size;
  }
  /**
   * `explicit`: --baseline FILE, `false` for --no-baseline, undefined to use the one at the root of
   * `files`. A baseline inside the repository is read where the repository's files are read (at the
   * base commit of a pull request); one outside it is the operator's and read from disk.
   */
  /**
   * `ignorePath`: gitleaks' `--gitleaks-ignore-path` / `-i`, a .gitleaksignore file or the folder
   * holding one; the operator's choice, so one outside the repository is read from disk.
   */
  constructor(files, explicit, rules, ignorePath) {
    if (explicit !== false) {
      const rel = explicit === void 0 ? BASELINE_FILE : files ? insideRoot(files.root, resolve6(explicit)) : void 0;
      if (rel !== void 0 && files) {
        const text = files.read(rel);
        if (text === void 0 && explicit !== void 0)
          throw new LeakhoundError("BAD_CONFIG", `cannot read baseline ${files.label(rel)}: no such file`);
        if (text !== void 0) {
          this.baselineFile = files.label(rel);
          this.baseline = Baseline.parse(text, this.baselineFile);
        }
      } else if (explicit !== void 0) {
        this.baselineFile = explicit;
        this.baseline = Baseline.load(explicit);
      }
    }
    const ignore = ignorePath === void 0 ? this.repositoryIgnore(files) : explicitIgnore(files, ignorePath);
    if (ignore) {
      this.ignoreFile = ignore.file;
      this.ignore = GitleaksIgnore.parse(
        ignore.text,
        rules.map((r) => r.id)
      );
    }
  }
  repositoryIgnore(files) {
    const text = files?.read(GITLEAKSIGNORE_FILE);
    return text !== void 0 && files ? { file: files.label(GITLEAKSIGNORE_FILE), text } : void 0;
  }
  /** Which file accepts the finding, if any (no counting). */
  reasonFor(shown) {
    const reason = this.reasonAt(shown);
    if (reason || !this.toRoot) return reason;
    const path = this.toRoot(shown.path);
    return path === shown.path ? void 0 : this.reasonAt({ ...shown, path });
  }
  reasonAt(finding) {
    if (this.baseline?.covers(finding)) return { kind: "baseline", file: this.baselineFile };
    if (this.ignore?.covers(finding)) return { kind: "gitleaksignore", file: this.ignoreFile };
    return void 0;
  }
  /** True for a finding to report; false (and counted) for one already accepted. */
  isNew = (finding) => {
    const reason = this.reasonFor(finding);
    if (reason) {
      if (!this.held.has(finding)) this.heldBy[reason.kind]++;
      this.held.add(finding);
      return false;
    }
    return true;
  };
  /** The findings of a scan, less those held back while it streamed them. */
  fresh(findings) {
    return this.held.size > 0 ? findings.filter((f) => !this.held.has(f)) : findings;
  }
};
function explicitIgnore(files, path) {
  let file = path;
  try {
    if (statSync6(path).isDirectory()) file = join12(path, GITLEAKSIGNORE_FILE);
  } catch {
  }
  const rel = files ? insideRoot(files.root, resolve6(file)) : void 0;
  if (rel !== void 0 && files) {
    const text = files.read(rel);
    if (text === void 0)
      throw new LeakhoundError("BAD_CONFIG", `cannot read --gitleaks-ignore-path ${files.label(rel)}: no such file`);
    return { file: files.label(rel), text };
  }
  try {
    return { file, text: readRegularFile(file) };
  } catch (err) {
    throw new LeakhoundError("BAD_CONFIG", `cannot read --gitleaks-ignore-path ${file}: ${reasonOf(err)}`);
  }
}

// src/sources/inline-allows.ts
init_inline();
init_patch();
init_git();
init_git_hardening();
import { spawnSync as spawnSync3 } from "node:child_process";
function inlineAllowsAdded(repo, from, to, detector, maxFileBytes2) {
  const diff = spawnSync3(
    "git",
    [
      ...scannedRepoArgs(repo),
      "-c",
      "core.quotePath=true",
      "diff",
      "-U0",
      "--no-color",
      "--no-ext-diff",
      "--no-textconv",
      "--find-renames",
      "--ignore-submodules",
      from,
      to,
      "--"
    ],
    { env: gitEnv(), maxBuffer: 1024 * 1024 * 1024 }
  );
  if (diff.status !== 0 || !diff.stdout) return [];
  const found = [];
  const parser = new PatchParser((fragment) => {
    const lines2 = fragment.bytes.toString("utf8").split("\n");
    lines2.forEach((line, i) => {
      if (!hasInlineAllow(line)) return;
      const lineNo = fragment.lineMap?.[i] ?? i + 1;
      for (const f of detector.detect({ path: fragment.path, bytes: Buffer.from(withoutInlineAllow(line), "utf8") })) {
        found.push({ ...f, startLine: lineNo, endLine: lineNo + (f.endLine - f.startLine) });
      }
    });
  }, maxFileBytes2);
  parser.push(diff.stdout);
  parser.end();
  return found;
}

// src/cli/scan-commands.ts
init_detector2();
init_redact();

// src/cli/output.ts
init_errors();
init_write_file();
init_redact();
init_inert();
init_stdio();
function colorWanted(flag, toFile, env = process.env, isTerminal = stdoutIsTerminal) {
  if (flag !== void 0) return flag;
  if (env.NO_COLOR !== void 0 && env.NO_COLOR !== "") return false;
  if (env.FORCE_COLOR !== void 0) return !/^(0|false)$/i.test(env.FORCE_COLOR);
  if (toFile || env.TERM === "dumb") return false;
  return isTerminal();
}
var ReportSink = class {
  constructor(options, rules) {
    this.options = options;
    let color;
    this.reporter = createReporter(options.format, {
      rules,
      redaction: options.redaction,
      quiet: options.quiet,
      // decided when something is first painted: a clean run paints nothing, and asking costs 2 ms
      get color() {
        return color ??= colorWanted(options.color, options.output !== void 0);
      },
      toolVersion: VERSION,
      redactor: new Redactor(rules),
      ...options.authorEmail ? { authorEmail: true } : {},
      ...options.repository ? { repository: options.repository } : {},
      // what a report leaves out (SARIF over GitHub's limits) is said even with -q
      onNotice: (message) => writeStderr(`leakhound: warning: ${inert(message)}
`)
    });
  }
  options;
  /** the --output file, opened when first written; stdout otherwise */
  file;
  reporter;
  failure;
  write(text) {
    if (!this.options.output) return writeStdout(text);
    if (this.failure) return;
    try {
      this.file ??= new OutputFile(this.options.output);
      this.file.write(text);
    } catch (err) {
      this.failure = err;
    }
  }
  /** For streamed formats: writes a finding as soon as it is found. */
  onFinding = (finding) => {
    const text = this.reporter.onFinding?.(finding);
    if (text) this.write(text);
  };
  /** Drops a report file that will not be finished (the scan failed): no partial file is left. */
  abandon() {
    this.file?.abandon();
  }
  /** Writes the end of the report and returns the process exit code; a failed write is an error. */
  async finish(outcome) {
    const text = this.reporter.end(outcome);
    if (text || this.options.output) this.write(text);
    if (this.file && !this.failure) {
      try {
        this.file.close();
      } catch (err) {
        this.failure = err;
      }
    }
    if (this.options.format !== "text" || this.options.output) {
      for (const problem of outcome.stats.errors)
        writeStderr(`leakhound: ${inert(`could not scan ${problem.path}: ${problem.reason}`)}
`);
    }
    if (this.failure) throw this.failure;
    if (!this.options.output) await stdoutFlushed();
    const stdout = stdoutFailure();
    if (stdout) throw new LeakhoundError("OUTPUT_FAILED", `cannot write the report to stdout: ${reasonOf(stdout)}`);
    if (this.options.format !== "text" && !this.options.quiet) {
      writeStderr(
        `leakhound: ${summaryLine(outcome.stats, outcome.findings.length, outcome.elapsedMs, outcome.unit)}
`
      );
    }
    if (outcome.stats.errors.length > 0) return 2;
    return outcome.findings.length > 0 ? this.options.exitCode : 0;
  }
};

// src/pipeline/embed.ts
import { AsyncLocalStorage } from "node:async_hooks";
var current = new AsyncLocalStorage();
function runEmbedded(embedding2, command) {
  return current.run(embedding2, command);
}
function embedding() {
  return current.getStore();
}

// src/pipeline/pipeline.ts
var NOTHING_KNOWN = Object.freeze({
  isNew: () => true,
  fresh: (findings) => findings,
  hidden: 0,
  heldBy: Object.freeze({ baseline: 0, gitleaksignore: 0 })
});
async function runPipeline(scan2, input2) {
  const { known, sinks, stages = {} } = input2;
  const now = input2.now ?? Date.now;
  const started = now();
  const acting = stages.verify !== void 0;
  try {
    const { findings, stats } = await scan2((f) => {
      if (!known.isNew(f)) return;
      const hiddenBy = input2.hiddenBy?.(f);
      if (hiddenBy) f.hiddenBy = hiddenBy;
      if (!acting) for (const sink of sinks) sink.onFinding(f);
    });
    const fresh = known.fresh(findings);
    stats.known = known.hidden;
    stats.knownBy = { ...known.heldBy };
    const unit = input2.unit ?? "file";
    let actionFailures = 0;
    if (acting) {
      await stages.verify(fresh);
      if (stages.revoke) actionFailures += await stages.revoke(fresh);
      if (stages.explainOnly) {
        return {
          findings: fresh,
          stats,
          elapsedMs: now() - started,
          unit,
          actionFailures,
          code: fresh.length > 0 ? input2.exitCode ?? 1 : 0,
          config: input2.config
        };
      }
      for (const f of fresh) for (const sink of sinks) sink.onFinding(f);
      if (stages.tickets) actionFailures += await stages.tickets(fresh);
    }
    const outcome = { findings: fresh, stats, elapsedMs: now() - started, unit };
    const codes = [];
    let failure;
    for (const sink of sinks) {
      try {
        codes.push(await sink.finish(outcome));
      } catch (err) {
        failure ??= { err };
      }
    }
    if (failure) throw failure.err;
    const code = codes.includes(2) ? 2 : codes[0] ?? (stats.errors.length > 0 ? 2 : fresh.length > 0 ? input2.exitCode ?? 1 : 0);
    return {
      findings: fresh,
      stats,
      elapsedMs: outcome.elapsedMs,
      unit,
      actionFailures,
      code: actionFailures > 0 ? 2 : code,
      config: input2.config
    };
  } catch (err) {
    for (const sink of sinks) sink.abandon?.();
    throw err;
  }
}

// src/cli/progress.ts
var INTERVAL_MS = 250;
var Progress = class {
  constructor(started) {
    this.started = started;
  }
  started;
  enabled = process.stderr.isTTY === true && !process.env.CI && process.env.TERM !== "dumb";
  last = 0;
  shown = false;
  update = (progress) => {
    if (!this.enabled) return;
    const now = Date.now();
    if (now - this.last < INTERVAL_MS) return;
    this.last = now;
    const seconds = (now - this.started) / 1e3;
    const rate = seconds > 0 ? progress.bytes / seconds : 0;
    process.stderr.write(
      `\r\x1B[Kscanning history: ${progress.commits} commits listed, ${formatBytes(progress.bytes)} of file versions scanned, ${formatBytes(rate)}/s`
    );
    this.shown = true;
  };
  done() {
    if (this.shown) process.stderr.write("\r\x1B[K");
    this.shown = false;
  }
};

// src/cli/scan-commands.ts
init_stdio();
function maxFileBytes(args) {
  return parseMaxFileSize(args.maxFileSize ?? 10);
}
function settingsFor(args, root, files, warn2 = true) {
  const explicit = operatorConfigPath(args.config);
  const loaded = loadSettings({
    ...explicit ? { explicit } : {},
    ...args.configFormat ? { dialect: args.configFormat } : {},
    ...files ? { files } : {}
  });
  const config = enableRules(loaded, args.enableRule);
  if (warn2) for (const warning of config.warnings) writeStderr(`leakhound: warning: ${warning}
`);
  return { root, config, known: new KnownFindings(files, args.baseline, config.rules, args.gitleaksIgnorePath) };
}
async function report(args, settings, run3, unit = "file") {
  const { config, root, known } = settings;
  const embedded = embedding();
  const sinks = embedded ? embedded.sinks(config) : [
    new ReportSink(
      {
        format: args.format,
        output: args.output,
        redaction: args.redaction ?? "default",
        exitCode: args.exitCode,
        quiet: args.quiet,
        ...args.color !== void 0 ? { color: args.color } : {},
        authorEmail: args.authorEmail === true,
        repository: basename4(resolve10(settings.root))
      },
      config.rules
    )
  ];
  const result2 = await runPipeline(run3, {
    config,
    known,
    ...settings.hiddenBy ? { hiddenBy: settings.hiddenBy } : {},
    stages: await actingStages(args, config, root),
    sinks,
    unit,
    exitCode: args.exitCode
  });
  if (embedded) embedded.result = result2;
  return result2.code;
}
async function actingStages(args, config, root) {
  if (!args.verify) return {};
  const { verifyAll: verifyAll2, ticketAll: ticketAll2, ticketSettings: ticketSettings2, baseUrls: baseUrls2 } = await Promise.resolve().then(() => (init_verify_tickets(), verify_tickets_exports));
  const revokeAll2 = args.revoke ? (await Promise.resolve().then(() => (init_revoke_command(), revoke_command_exports))).revokeAll : void 0;
  const tickets = args.explain ? void 0 : ticketSettings2({ ...args, quiet: args.quiet }, config);
  return {
    verify: (findings) => verifyAll2(findings, { ...args, quiet: args.quiet }, config),
    ...revokeAll2 ? {
      revoke: (findings) => revokeAll2(findings, { ...args, quiet: args.quiet }, config, baseUrls2(args, config))
    } : {},
    ...tickets ? { tickets: (findings) => ticketAll2(findings, tickets, config, root, args.quiet) } : {},
    // --explain prints the requests that would be sent instead of a report
    ...args.explain ? { explainOnly: true } : {}
  };
}
async function dirCommand(args) {
  checkVerifyFlags(args);
  if (args.workers !== void 0 && !(Number.isInteger(args.workers) && args.workers >= 1)) {
    throw new LeakhoundError("USAGE", "--workers must be a whole number of at least 1");
  }
  const root = rootFolder(args.paths[0] ?? ".") === void 0 ? "." : settingsRoot(args.paths[0] ?? ".");
  const settings = settingsFor(args, root, workTreeFiles(root));
  settings.known.toRoot = (path) => relative4(root, resolve10(path)).split("\\").join("/");
  const skip = args.gitignore === false ? void 0 : await ignoredBy(args.paths);
  const options = {
    include: args.include,
    exclude: args.exclude,
    maxFileSize: maxFileBytes(args),
    workers: args.workers,
    ...skip ? { skip } : {}
  };
  const { maxFileSize, workers, ...walk } = options;
  return report(
    args,
    settings,
    (onFinding) => scan(dirSource(args.paths, walk), {
      ruleSet: settings.config,
      maxFileSize,
      ...workers ? { workers } : {},
      onFinding
    })
  );
}
async function ignoredBy(paths) {
  const { gitIgnored: gitIgnored2 } = await Promise.resolve().then(() => (init_gitignored(), gitignored_exports));
  const tests = [...new Set(paths.map((p) => settingsRootOf(p)))].map(gitIgnored2).filter((t) => t !== void 0);
  return tests.length === 0 ? void 0 : (abs) => tests.some((t) => t(abs));
}
function settingsRootOf(path) {
  return rootFolder(path) ?? path;
}
async function stdinCommand(args) {
  checkVerifyFlags(args);
  if (process.stdin.isTTY) throw new LeakhoundError("USAGE", "stdin is a terminal: pipe text into `leakhound stdin`");
  const limit = maxFileBytes(args);
  const root = settingsRoot(process.cwd());
  const settings = settingsFor(args, root, workTreeFiles(root));
  return report(
    args,
    settings,
    (onFinding) => scan(stdinSource(process.stdin, args.label), { ruleSet: settings.config, maxFileSize: limit, onFinding })
  );
}
function historySettings(args, root) {
  if (args.settingsFrom !== "base" && clonedRepos.has(args.repo))
    return settingsFor(args, root, headFiles(args.repo, root));
  if (args.settingsFrom !== "base") return settingsFor(args, root, workTreeFiles(root));
  if (!args.range)
    throw new LeakhoundError("USAGE", "--settings-from base needs --range A..B (the settings are read at A)");
  const [from, to] = rangeEnds(args.range);
  const base = settingsFor(args, root, commitFiles(root, commitOf(args.repo, from), "the base of the range"));
  let head;
  try {
    head = settingsFor(args, root, commitFiles(root, commitOf(args.repo, to), "the end of the range"), false);
  } catch (err) {
    writeStderr(
      `leakhound: warning: the settings at the end of the range cannot be read (${err instanceof Error ? err.message : String(err)}); judging by the base's alone
`
    );
    return base;
  }
  return { ...base, hiddenBy: hiddenByChange({ detection: head.config, known: head.known }) };
}
var clonedRepos = /* @__PURE__ */ new Set();
function headFiles(repo, root) {
  let head;
  try {
    head = commitOf(repo, "HEAD");
  } catch {
    return void 0;
  }
  return commitFiles(root, head, "the clone's default branch");
}
var CLONE_URL = /^(?:https?|ssh|git|file):\/\//i;
async function gitCommand(args) {
  checkVerifyFlags(args);
  if (CLONE_URL.test(args.repo) && !existsSync13(args.repo)) return scanClone(args);
  const scoped = scopeFromLogOpts(args.logOpts, {
    branch: args.branch,
    range: args.range,
    sinceCommit: args.sinceCommit
  });
  if (args.logOpts !== void 0) args = { ...args, ...scoped };
  const info = hasGitBinary() ? inspectRepo(args.repo) : await repoWithoutGit(args.repo);
  const settings = historySettings(args, info.root);
  const config = settings.config;
  if (info.shallow && !args.quiet) {
    process.stderr.write(
      "leakhound: note: shallow clone: scanning only the commits present (git fetch --unshallow for full history)\n"
    );
  }
  const scope = {
    branch: args.branch,
    range: args.range,
    sinceCommit: args.sinceCommit,
    ...scoped.logOptions ? { logOptions: scoped.logOptions } : {}
  };
  const progress = new Progress(Date.now());
  const embedded = embedding();
  if (embedded && args.range)
    embedded.allowedInline = listInlineAllows(
      args.repo,
      args.range,
      config,
      maxFileBytes(args),
      args.redaction ?? "default",
      args.quiet
    );
  try {
    const code = await report(
      args,
      settings,
      async (onFinding) => {
        const result2 = await scan(historySource(args.repo, scope, info), {
          ruleSet: config,
          maxFileSize: maxFileBytes(args),
          onFinding,
          onProgress: progress.update
        });
        progress.done();
        return result2;
      },
      "commit"
    );
    if (args.range && !args.quiet && !embedded)
      listInlineAllows(args.repo, args.range, config, maxFileBytes(args), args.redaction ?? "default", false);
    return code;
  } finally {
    progress.done();
  }
}
async function scanClone(args) {
  const [{ ensureLocal: ensureLocal2 }, { nameFromUrl: nameFromUrl2 }, { mkdtempSync, rmSync: rmSync4 }, { tmpdir }] = await Promise.all([
    Promise.resolve().then(() => (init_clone(), clone_exports)),
    Promise.resolve().then(() => (init_list(), list_exports)),
    import("node:fs"),
    import("node:os")
  ]);
  const temp = mkdtempSync(join17(tmpdir(), "leakhound-clone-"));
  try {
    const cloned = ensureLocal2({ name: nameFromUrl2(args.repo), location: args.repo, local: false }, temp);
    if ("error" in cloned)
      throw new LeakhoundError("GIT_FAILED", `cannot clone ${nameFromUrl2(args.repo)}: ${cloned.error}`);
    clonedRepos.add(cloned.path);
    try {
      return await gitCommand({ ...args, repo: cloned.path });
    } finally {
      clonedRepos.delete(cloned.path);
    }
  } finally {
    rmSync4(temp, { recursive: true, force: true });
  }
}
async function stagedCommand(args) {
  checkVerifyFlags(args);
  const diff = startStagedDiff(args.repo);
  diff.output.catch(() => void 0);
  const root = workTreeTop(args.repo);
  const settings = settingsFor(args, root, workTreeFiles(root));
  const code = await report(
    args,
    settings,
    (onFinding) => scan(stagedSource(args.repo, diff), { ruleSet: settings.config, maxFileSize: maxFileBytes(args), onFinding })
  );
  if (code !== 0 && code !== 2 && !args.quiet) {
    writeStderr(
      "leakhound: commit blocked: the staged changes above contain secrets.\n  Remove the secret (and rotate it if it was ever pushed), or, if it is a false positive,\n  add `leakhound:allow` in a comment on its line or an allowlist entry in .leakhound.toml.\n"
    );
  }
  return code;
}
function listInlineAllows(repo, range, config, maxFileBytes2, redaction, quiet) {
  const [from, to] = rangeEnds(range);
  const allowed = inlineAllowsAdded(repo, from, to, createDetector(config), maxFileBytes2);
  if (allowed.length === 0 || quiet) return allowed;
  const lines2 = allowed.map((f) => `  ${f.path}:${f.startLine}  ${f.ruleId}  ${redact(f.secret, redaction)}`);
  writeStderr(
    `leakhound: note: ${allowed.length} ${allowed.length === 1 ? "finding is" : "findings are"} allowed by inline comments this range adds (honoured; a reviewer should look):
${lines2.join("\n")}
`
  );
  return allowed;
}
async function repoWithoutGit(repo) {
  const { openRepo: openRepo2 } = await Promise.resolve().then(() => (init_isogit(), isogit_exports));
  return { root: (await openRepo2(repo)).dir, shallow: false, hasHead: true };
}
function verifyCommand(args) {
  const verifying = { ...args, verify: true };
  return args.dir ? dirCommand({ ...verifying, paths: [args.target] }) : gitCommand({ ...verifying, repo: args.target });
}
function revokeCommand(args) {
  return verifyCommand({ ...args, revoke: true });
}
async function ticketsSyncCommand(args) {
  const info = inspectRepo(args.repo);
  const { config } = settingsFor(args, info.root, workTreeFiles(info.root));
  const { findings } = await scan(historySource(args.repo), { ruleSet: config, maxFileSize: maxFileBytes(args) });
  const { syncTickets: syncTickets3 } = await Promise.resolve().then(() => (init_verify_tickets(), verify_tickets_exports));
  return syncTickets3(findings, { ...args, quiet: args.quiet }, config, info.root);
}
async function baselineCommand(args) {
  checkVerifyFlags(args);
  const started = Date.now();
  let root;
  let config;
  let found;
  if (args.dir) {
    root = rootFolder(args.target) ?? args.target;
    config = settingsFor(args, root, workTreeFiles(root)).config;
    found = await scan(dirSource([args.target]), { ruleSet: config, maxFileSize: maxFileBytes(args) });
  } else {
    root = inspectRepo(args.target).root;
    config = settingsFor(args, root, workTreeFiles(root)).config;
    found = await scan(historySource(args.target), { ruleSet: config, maxFileSize: maxFileBytes(args) });
  }
  const file = args.output ?? join17(root, BASELINE_FILE);
  const previous = new KnownFindings(void 0, isRegularFile(file) ? file : false, config.rules).baseline;
  const prefix = args.dir ? args.target.replace(/\/+$/, "") + "/" : "";
  const toRoot = (path) => prefix && prefix !== "./" && path.startsWith(prefix) ? path.slice(prefix.length) : path;
  const current2 = entriesFor(found.findings, previous, toRoot);
  const currentKeys = new Set(current2.map((e) => `${e.fingerprint}\0${e.path}`));
  const kept = args.prune ? [] : (previous?.entries ?? []).filter((e) => !currentKeys.has(`${e.fingerprint}\0${e.path}`));
  writeBaseline(file, [...current2, ...kept]);
  unionMerge(root, file);
  for (const problem of found.stats.errors)
    process.stderr.write(`leakhound: ${inert(`could not scan ${problem.path}: ${problem.reason}`)}
`);
  if (!args.quiet) {
    const dropped = args.prune && previous ? previous.entries.length - current2.filter((e) => previous.entries.some((p) => p.fingerprint === e.fingerprint && p.path === e.path)).length : 0;
    process.stderr.write(
      `leakhound: wrote ${file}: ${current2.length + kept.length} entries (${current2.length} found now${kept.length ? `, ${kept.length} kept from before` : ""}${dropped ? `, ${dropped} pruned` : ""}) in ${((Date.now() - started) / 1e3).toFixed(2)} s
`
    );
  }
  return found.stats.errors.length > 0 ? 2 : 0;
}
function isRegularFile(path) {
  try {
    return statSync7(path).isFile();
  } catch {
    return false;
  }
}
function unionMerge(root, file) {
  const rel = relative4(resolve10(root), resolve10(file));
  if (rel.startsWith("..") || !existsSync13(join17(root, ".git"))) return;
  const attributes = join17(root, ".gitattributes");
  const line = `${rel.split("\\").join("/")} merge=union`;
  const current2 = existsSync13(attributes) ? readFileSync8(attributes, "utf8") : "";
  if (current2.split("\n").some((l) => l.trim() === line)) return;
  writeWholeFile(attributes, `${current2}${current2 && !current2.endsWith("\n") ? "\n" : ""}${line}
`);
}

// src/cli/main.ts
init_revoke_command();
init_baseline();
init_settings();

// src/cli/hook-command.ts
init_errors();
init_git();
init_git_hardening();
init_paths();
import { spawnSync as spawnSync7 } from "node:child_process";
import { chmodSync, existsSync as existsSync15, mkdirSync as mkdirSync3, readFileSync as readFileSync10, renameSync as renameSync2, rmSync as rmSync2, writeFileSync } from "node:fs";
import { join as join19, resolve as resolve12 } from "node:path";

// src/cli/hook-managers.ts
init_git();
init_git_hardening();
import { spawnSync as spawnSync6 } from "node:child_process";
import { existsSync as existsSync14, readFileSync as readFileSync9 } from "node:fs";
import { isAbsolute as isAbsolute2, join as join18, relative as relative5, resolve as resolve11, sep as sep2 } from "node:path";
var HOOK_LINE = "npx --no-install leakhound staged";
function readText(path) {
  try {
    return readFileSync9(path, "utf8");
  } catch {
    return void 0;
  }
}
function gitOutput(top, args) {
  const hardening = HARDENING_CONFIG.filter((c) => !c.startsWith("core.hooksPath=")).flatMap((c) => ["-c", c]);
  const result2 = spawnSync6("git", ["-C", top, "--no-pager", ...hardening, ...safeDirectoryArgs(top), ...args], {
    env: gitEnv(),
    encoding: "utf8"
  });
  return result2.status === 0 ? result2.stdout.trim() : void 0;
}
var inside = (top, path) => {
  const rel = relative5(top, path);
  return rel === "" || !rel.startsWith(`..${sep2}`) && rel !== ".." && !isAbsolute2(rel);
};
var printable = (text) => text.replace(/[\u0000-\u001f\u007f-\u009f]/g, "?");
var runsLeakhound = (text) => text !== void 0 && /leakhound\s+staged/.test(text);
function detectHookManager(top, hookFile, existing2) {
  const hooksPath = gitOutput(top, ["config", "--get", "core.hooksPath"]);
  const shownHooksPath = printable(hooksPath ?? "");
  const hooksDir2 = hooksPath === void 0 ? void 0 : resolve11(top, hooksPath);
  if (hooksDir2 !== void 0 && inside(join18(top, ".husky"), hooksDir2)) {
    const file = join18(".husky", "pre-commit");
    return {
      name: "husky",
      evidence: `core.hooksPath=${shownHooksPath}`,
      file,
      addition: HOOK_LINE,
      alreadyRunsLeakhound: runsLeakhound(readText(join18(top, file)))
    };
  }
  for (const name of [
    "lefthook.yml",
    "lefthook.yaml",
    ".lefthook.yml",
    ".lefthook.yaml",
    "lefthook.toml",
    "lefthook.json"
  ]) {
    if (!existsSync14(join18(top, name))) continue;
    const addition = name.endsWith(".toml") ? `[pre-commit.commands.leakhound] run = "${HOOK_LINE}"` : name.endsWith(".json") ? `"pre-commit": { "commands": { "leakhound": { "run": "${HOOK_LINE}" } } }` : `pre-commit: { commands: { leakhound: { run: ${HOOK_LINE} } } }`;
    return {
      name: "lefthook",
      evidence: name,
      file: name,
      addition,
      alreadyRunsLeakhound: runsLeakhound(readText(join18(top, name)))
    };
  }
  const packageJson = readText(join18(top, "package.json"));
  if (packageJson !== void 0) {
    let config;
    try {
      config = JSON.parse(packageJson)["simple-git-hooks"];
    } catch {
      config = void 0;
    }
    if (config !== void 0 && config !== null && typeof config === "object") {
      const preCommit = config["pre-commit"];
      return {
        name: "simple-git-hooks",
        evidence: `"simple-git-hooks" in package.json`,
        file: "package.json",
        addition: `"simple-git-hooks": { "pre-commit": "${HOOK_LINE}" } (then run npx simple-git-hooks)`,
        alreadyRunsLeakhound: runsLeakhound(typeof preCommit === "string" ? preCommit : void 0)
      };
    }
  }
  if (existing2?.includes("File generated by pre-commit: https://pre-commit.com")) {
    const file = ".pre-commit-config.yaml";
    return {
      name: "the pre-commit framework",
      evidence: `${relative5(top, hookFile)} was generated by pre-commit`,
      file,
      addition: "a repos: entry for leakhound with `- id: leakhound` (see the README's Pre-commit section)",
      alreadyRunsLeakhound: /id:\s*leakhound\b/.test(readText(join18(top, file)) ?? "")
    };
  }
  if (hooksDir2 !== void 0 && inside(top, hooksDir2) && existing2 !== void 0) {
    const file = relative5(top, hookFile);
    if (gitOutput(top, ["ls-files", "--error-unmatch", "--", file]) !== void 0) {
      return {
        name: "a committed core.hooksPath folder",
        evidence: `core.hooksPath=${shownHooksPath}`,
        file: printable(file),
        addition: HOOK_LINE,
        alreadyRunsLeakhound: runsLeakhound(existing2)
      };
    }
  }
  return void 0;
}
function dispatchesOnOwnName(script) {
  return /basename\s+"?\$0|\$\{0##\*\/\}|\$\(basename\s+--\s+"?\$0/.test(script);
}

// src/cli/hook-command.ts
var MARKER = "# installed by leakhound install-hook";
var CHAINED = "pre-commit.before-leakhound";
function hooksDir(repo) {
  const { root } = inspectRepo(repo);
  const hardening = HARDENING_CONFIG.filter((c) => !c.startsWith("core.hooksPath=")).flatMap((c) => ["-c", c]);
  const result2 = spawnSync7(
    "git",
    ["-C", repo, "--no-pager", ...hardening, ...safeDirectoryArgs(repo), "rev-parse", "--git-path", "hooks"],
    { env: gitEnv(), encoding: "utf8" }
  );
  if (result2.status !== 0) throw new LeakhoundError("GIT_FAILED", `cannot find the hooks folder of ${repo}`);
  return { top: root, dir: resolve12(repo, result2.stdout.trim()) };
}
function hookScript(chained) {
  const quote2 = (s) => `'${s.replace(/'/g, `'\\''`)}'`;
  return [
    "#!/bin/sh",
    MARKER,
    "# Blocks a commit whose staged changes contain a secret. Skip once with: git commit --no-verify",
    ...chained ? [`"$(dirname "$0")/${CHAINED}" "$@" || exit $?`] : [],
    `node=${quote2(process.execPath)}`,
    `leakhound=${quote2(BIN_FILE)}`,
    'if [ -x "$node" ] && [ -f "$leakhound" ]; then exec "$node" "$leakhound" staged; fi',
    "exec npx --no-install leakhound staged",
    ""
  ].join("\n");
}
function installHookCommand(repo, options) {
  const { top, dir } = hooksDir(repo);
  const hook = join19(dir, "pre-commit");
  const existing2 = existsSync15(hook) ? readFileSync10(hook, "utf8") : void 0;
  const ours = existing2?.includes(MARKER) ?? false;
  const manager = options.uninstall || ours ? void 0 : detectHookManager(top, hook, existing2);
  if (manager !== void 0) {
    if (manager.alreadyRunsLeakhound) {
      process.stderr.write(
        `leakhound: ${manager.name} runs this repository's hooks and ${manager.file} already runs leakhound; nothing changed
`
      );
      return 0;
    }
    process.stderr.write(
      `leakhound: ${manager.name} runs this repository's hooks (${manager.evidence}), so no hook was installed; add to ${manager.file}: ${manager.addition}
`
    );
    return 2;
  }
  if (options.uninstall) {
    if (!ours) throw new LeakhoundError("USAGE", `no leakhound hook to remove at ${hook}`);
    rmSync2(hook);
    if (existsSync15(join19(dir, CHAINED))) renameSync2(join19(dir, CHAINED), hook);
    process.stderr.write(`leakhound: removed the pre-commit hook at ${hook}
`);
    return 0;
  }
  let chained = ours && existsSync15(join19(dir, CHAINED));
  if (existing2 !== void 0 && !ours) {
    if (options.chain) {
      if (dispatchesOnOwnName(existing2)) {
        process.stderr.write(
          `leakhound: the pre-commit hook at ${hook} finds its work by its own file name, so chaining (which renames it) would disable it; no hook was installed; add to it: ${HOOK_LINE}
`
        );
        return 2;
      }
      renameSync2(hook, join19(dir, CHAINED));
      chained = true;
    } else if (!options.force) {
      throw new LeakhoundError(
        "USAGE",
        `a pre-commit hook already exists at ${hook}; use --chain to run it before leakhound, or --force to replace it`
      );
    }
  }
  mkdirSync3(dir, { recursive: true });
  writeFileSync(hook, hookScript(chained));
  chmodSync(hook, 493);
  process.stderr.write(
    `leakhound: installed the pre-commit hook at ${hook}${chained ? " (runs the previous hook first)" : ""}
`
  );
  return 0;
}

// src/cli/repos-command.ts
init_write_file();
init_stdio();
init_load();
init_errors();
init_inert();
import { mkdirSync as mkdirSync5 } from "node:fs";
import { homedir as homedir3 } from "node:os";
import { dirname as dirname10, join as join20, resolve as resolve13 } from "node:path";
init_list();
init_clone();

// src/repos/merge.ts
init_errors();
init_inert();
import { readFileSync as readFileSync11 } from "node:fs";
function mergeOutputs(files) {
  const texts = files.map((file) => {
    try {
      return readFileSync11(file, "utf8");
    } catch (err) {
      throw new LeakhoundError("NOT_FOUND", `cannot read ${file}: ${reasonOf(err)}`);
    }
  });
  const sarif2 = texts.map((t) => t.trimStart().startsWith("{\n") || t.includes('"$schema"') || t.includes('"runs"'));
  if (sarif2.every(Boolean)) {
    const logs = texts.map((t, i) => {
      try {
        return JSON.parse(t);
      } catch (err) {
        throw new LeakhoundError("BAD_CONFIG", `${files[i]}: not SARIF: ${reasonOf(err)}`);
      }
    });
    const seen2 = /* @__PURE__ */ new Set();
    const runs = logs.flatMap((l) => l.runs).filter((run3) => {
      const key2 = JSON.stringify(run3.automationDetails?.id ?? [run3.results, run3.invocations ?? []]);
      if (seen2.has(key2)) return false;
      seen2.add(key2);
      return true;
    });
    return { format: "sarif", text: inertJson(JSON.stringify({ ...logs[0], runs }, null, 2)) + "\n" };
  }
  if (sarif2.some(Boolean)) throw new LeakhoundError("USAGE", "merge takes files of one format: all JSONL or all SARIF");
  const seen = /* @__PURE__ */ new Set();
  const lines2 = [];
  const summaries = [];
  texts.forEach((text, i) => {
    for (const line of text.split("\n").filter(Boolean)) {
      let f;
      try {
        f = JSON.parse(line);
      } catch (err) {
        throw new LeakhoundError("BAD_CONFIG", `${files[i]}: a line is not JSON: ${reasonOf(err)}`);
      }
      if (isSummaryRecord(f)) {
        summaries.push(f);
        continue;
      }
      const key2 = `${f.repository}\0${f.fingerprint}\0${f.file}\0${f.commit}`;
      if (seen.has(key2)) continue;
      seen.add(key2);
      lines2.push(inertJson(line));
    }
  });
  lines2.sort();
  if (summaries.length > 0) lines2.push(JSON.stringify(mergedSummary(summaries, lines2.length)));
  return { format: "jsonl", text: lines2.length ? lines2.join("\n") + "\n" : "" };
}
function mergedSummary(summaries, findings) {
  const sum = (pick) => summaries.reduce((n, s) => n + (Number(pick(s)) || 0), 0);
  return {
    type: "summary",
    complete: summaries.every((s) => s.complete === true),
    unit: summaries[0].unit,
    scanned: sum((s) => s.scanned),
    bytes: sum((s) => s.bytes),
    skipped: { binary: sum((s) => s.skipped?.binary), large: sum((s) => s.skipped?.large) },
    known: sum((s) => s.known),
    findings,
    problems: summaries.flatMap((s) => Array.isArray(s.problems) ? s.problems : []),
    elapsedMs: Math.max(...summaries.map((s) => Number(s.elapsedMs) || 0))
  };
}

// src/repos/lock.ts
init_errors();
import { closeSync as closeSync4, linkSync, openSync as openSync4, readFileSync as readFileSync12, renameSync as renameSync3, unlinkSync, writeSync as writeSync3 } from "node:fs";
function holderOf(file) {
  let text;
  try {
    text = readFileSync12(file, "utf8");
  } catch {
    return void 0;
  }
  return /^[1-9][0-9]{0,9}\n$/.test(text) ? Number(text) : void 0;
}
function alive(pid) {
  try {
    process.kill(pid, 0);
    return true;
  } catch (err) {
    return err.code === "EPERM";
  }
}
function tryCreate(file) {
  const own = `${file}.${process.pid}.new`;
  if (!writePid(own, "w")) return false;
  try {
    linkSync(own, file);
    return true;
  } catch (err) {
    const code = err.code;
    if (code === "EEXIST") return false;
    if (code === "EPERM" || code === "ENOTSUP" || code === "EOPNOTSUPP") return writePid(file, "wx");
    throw cannotCreate(file, err);
  } finally {
    unlinkSync(own);
  }
}
function writePid(path, flag) {
  let fd;
  try {
    fd = openSync4(path, flag, 384);
  } catch (err) {
    if (err.code === "EEXIST") return false;
    throw cannotCreate(path, err);
  }
  try {
    writeSync3(fd, `${process.pid}
`);
  } finally {
    closeSync4(fd);
  }
  return true;
}
var cannotCreate = (file, err) => new LeakhoundError("UNREADABLE", `cannot create the lock file ${file}: ${reasonOf(err)}`);
function takeOver(file, stalePid) {
  const aside = `${file}.${process.pid}.stale`;
  try {
    renameSync3(file, aside);
  } catch {
    return;
  }
  if (holderOf(aside) === stalePid) {
    unlinkSync(aside);
    return;
  }
  try {
    linkSync(aside, file);
  } catch {
  }
  unlinkSync(aside);
}
var sleep = (ms) => new Promise((resolve14) => setTimeout(resolve14, ms));
async function lockState(stateFile, waitSeconds) {
  const file = `${stateFile}.lock`;
  const deadline = Date.now() + waitSeconds * 1e3;
  for (; ; ) {
    if (tryCreate(file)) {
      return {
        release: () => {
          if (holderOf(file) === process.pid) unlinkSync(file);
        }
      };
    }
    const pid = holderOf(file);
    if (pid !== void 0 && !alive(pid)) {
      takeOver(file, pid);
      continue;
    }
    if (Date.now() >= deadline) {
      const who = pid === void 0 ? `another process (the lock file ${file} names no pid: remove it if no run is going on)` : `process ${pid}`;
      throw new LeakhoundError(
        "STATE_BUSY",
        `the state ${stateFile} is in use by ${who}: one run at a time per state (wait for it, use --lock-wait SECONDS, or give this run its own --state)`
      );
    }
    await sleep(Math.min(200, Math.max(0, deadline - Date.now())));
  }
}

// src/repos/run.ts
init_detector2();
init_scan();
init_git_history_source();
init_git();
init_clone();

// src/pipeline/sinks.ts
init_inert();
function outcomeCode(outcome, exitCode = 1) {
  return outcome.stats.errors.length > 0 ? 2 : outcome.findings.length > 0 ? exitCode : 0;
}
var ReporterSink = class {
  constructor(reporter2, target, exitCode = 1) {
    this.reporter = reporter2;
    this.target = target;
    this.exitCode = exitCode;
  }
  reporter;
  target;
  exitCode;
  kept = "";
  onFinding(finding) {
    const text = this.reporter.onFinding?.(finding);
    if (!text) return;
    if (this.target.stream) this.target.stream(text);
    else this.kept += text;
  }
  finish(outcome) {
    this.target.end(this.kept + this.reporter.end(outcome));
    return outcomeCode(outcome, this.exitCode);
  }
};
var DiagnosticsSink = class {
  constructor(write2, quiet = false) {
    this.write = write2;
    this.quiet = quiet;
  }
  write;
  quiet;
  onFinding() {
  }
  finish(outcome) {
    for (const problem of outcome.stats.errors)
      this.write(`leakhound: ${inert(`could not scan ${problem.path}: ${problem.reason}`)}
`);
    if (!this.quiet)
      this.write(
        `leakhound: ${summaryLine(outcome.stats, outcome.findings.length, outcome.elapsedMs, outcome.unit)}
`
      );
    return outcomeCode(outcome);
  }
};

// src/repos/scrub.ts
init_redact();
function scrubbed(findings, repository, detector) {
  const known = [...new Set(findings.map((f) => f.secret))];
  const clean = (text) => {
    const found = detector.detect({ path: "<commit message>", bytes: Buffer.from(text, "utf8") }).map((f) => f.secret);
    return [.../* @__PURE__ */ new Set([...known, ...found])].sort((a, b) => b.length - a.length).reduce((t, secret) => redactIn(t, secret), text);
  };
  const messages = /* @__PURE__ */ new Map();
  const redactor = new Redactor(detector.rules);
  return findings.map((f) => {
    const shown = present(f, "default", redactor);
    if (shown.message !== void 0) {
      const raw = f.git?.message ?? shown.message;
      if (!messages.has(raw)) messages.set(raw, clean(raw));
      shown.message = messages.get(raw);
    }
    return { ...shown, match: clean(shown.match), repository };
  });
}

// src/repos/state-sink.ts
function reasons(errors) {
  const shown = errors.slice(0, 3).map((e) => `${e.path}: ${e.reason}`);
  return shown.join("; ") + (errors.length > 3 ? `; and ${errors.length - 3} more` : "");
}
var StateSink = class {
  constructor(state, repository, range, detector) {
    this.state = state;
    this.repository = repository;
    this.range = range;
    this.detector = detector;
  }
  state;
  repository;
  range;
  detector;
  /** the repository's outcome, once the state holds its scan */
  outcome;
  // nothing is written while the scan runs: a repository killed half-way leaves the state as it was
  onFinding() {
  }
  finish(outcome) {
    const findings = scrubbed(outcome.findings, this.repository, this.detector);
    const errors = outcome.stats.errors;
    const commits = this.range.commits();
    const bytes = outcome.stats.bytes;
    const error = errors.length ? reasons(errors) : void 0;
    const added = this.state.finish(
      error ? { name: this.repository, status: "incomplete", tips: [], commits, bytes, error } : { name: this.repository, status: "done", tips: this.range.tips, commits, bytes, error: null },
      findings
    );
    this.outcome = {
      name: this.repository,
      status: error ? "incomplete" : "scanned",
      commits,
      bytes,
      added,
      ...error ? { error } : {}
    };
    return outcomeCode(outcome);
  }
};

// src/repos/run.ts
var messageDetectors = /* @__PURE__ */ new WeakMap();
function messageDetector(config) {
  let detector = messageDetectors.get(config);
  if (!detector) messageDetectors.set(config, detector = createDetector(config));
  return detector;
}
var ScanFailure = class extends Error {
};
async function scanRepository(spec, config, state, options) {
  const before = state.get(spec.name);
  const fail = (error) => {
    state.finish({ name: spec.name, status: "failed", tips: [], commits: 0, bytes: 0, error }, []);
    return { name: spec.name, status: "failed", commits: 0, bytes: 0, added: 0, error };
  };
  const firstLine = (err) => err instanceof Error ? err.message.split("\n")[0] : String(err);
  const local = ensureLocal(spec, options.cacheDir, options.githubHost);
  if ("error" in local) return fail(local.error);
  let tips;
  let source;
  try {
    tips = refTips(local.path);
    if (before?.status === "done" && tips.every((t) => before.tips.includes(t))) {
      return { name: spec.name, status: "unchanged", commits: 0, bytes: 0, added: 0 };
    }
    const scanned = before?.status === "done" ? existingCommits(local.path, before.tips) : [];
    source = historySource(local.path, scanned.length ? { exclude: scanned } : {});
  } catch (err) {
    return fail(firstLine(err));
  }
  const sink = new StateSink(state, spec.name, { tips, commits: () => source.commits }, messageDetector(config));
  let last = 0;
  try {
    await runPipeline(
      async (onFinding) => {
        try {
          return await scan(source, {
            ruleSet: config,
            maxFileSize: options.maxFileSize,
            onFinding,
            onProgress: ({ bytes }) => {
              options.onBytes?.(bytes - last);
              last = bytes;
            }
          });
        } catch (err) {
          throw new ScanFailure(firstLine(err));
        }
      },
      // nothing held back and no acting stages: repos neither reads baselines nor verifies
      { config, known: NOTHING_KNOWN, sinks: [sink], unit: "commit" }
    );
  } catch (err) {
    if (err instanceof ScanFailure) return fail(err.message);
    throw err;
  }
  if (!sink.outcome) throw new Error(`the state was not told the outcome of ${spec.name}`);
  return sink.outcome;
}
async function scanRepositories(specs, config, state, options) {
  const outcomes = new Array(specs.length);
  let next = 0;
  const jobs = Math.max(1, Math.min(options.jobs, specs.length));
  let broken;
  await Promise.all(
    Array.from({ length: jobs }, async () => {
      for (let i = next++; i < specs.length && !broken; i = next++) {
        try {
          outcomes[i] = await scanRepository(specs[i], config, state, options);
        } catch (err) {
          broken ??= { err };
          return;
        }
        options.onRepoDone?.(outcomes[i]);
      }
    })
  );
  if (broken) throw broken.err;
  return outcomes;
}

// src/repos/state.ts
init_errors();
import { linkSync as linkSync2, mkdirSync as mkdirSync4, rmSync as rmSync3, statSync as statSync8 } from "node:fs";
import { dirname as dirname9 } from "node:path";

// src/repos/sqlite.ts
import { createRequire as createRequire10 } from "node:module";
var require11 = createRequire10(import.meta.url);
function nodeSqlite() {
  if (process.env.LEAKHOUND_SQLITE === "better-sqlite3") return void 0;
  try {
    return require11("node:sqlite");
  } catch {
    return void 0;
  }
}
function openDatabase(file, options = {}) {
  const native = nodeSqlite();
  if (native) {
    const db2 = new native.DatabaseSync(file, { readOnly: options.readonly === true });
    return {
      exec: (sql) => db2.exec(sql),
      prepare: (sql) => db2.prepare(sql),
      transaction: (work) => {
        db2.exec("BEGIN IMMEDIATE");
        try {
          const result2 = work();
          db2.exec("COMMIT");
          return result2;
        } catch (err) {
          db2.exec("ROLLBACK");
          throw err;
        }
      },
      close: () => db2.close()
    };
  }
  let Addon;
  try {
    Addon = require11("better-sqlite3");
  } catch (err) {
    throw Object.assign(
      new Error(
        `this Node (${process.version}) has no node:sqlite and the better-sqlite3 addon did not load (${err.message.split("\n")[0]}): use Node 22.5 or later, or install better-sqlite3`
      ),
      { code: "NO_SQLITE" }
    );
  }
  const db = new Addon(file, { readonly: options.readonly === true });
  return {
    exec: (sql) => void db.exec(sql),
    prepare: (sql) => db.prepare(sql),
    transaction: (work) => db.transaction(work)(),
    close: () => void db.close()
  };
}
function sqliteCode(err) {
  const e = err;
  if (typeof e.code === "string" && e.code.startsWith("SQLITE_")) return e.code;
  const primary = typeof e.errcode === "number" ? e.errcode & 255 : void 0;
  return primary === 26 ? "SQLITE_NOTADB" : primary === 11 ? "SQLITE_CORRUPT" : primary === void 0 ? "" : `SQLITE_${primary}`;
}

// src/repos/state.ts
var SCHEMA_VERSION = 1;
var SCHEMA = `
  CREATE TABLE repos (
    name TEXT PRIMARY KEY, status TEXT NOT NULL, tips TEXT NOT NULL, commits INTEGER NOT NULL,
    bytes INTEGER NOT NULL, findings INTEGER NOT NULL, error TEXT, scanned_at TEXT NOT NULL);
  CREATE TABLE findings (
    repo TEXT NOT NULL, fingerprint TEXT NOT NULL, file TEXT NOT NULL, finding TEXT NOT NULL,
    reported INTEGER NOT NULL DEFAULT 0, PRIMARY KEY (repo, fingerprint, file));
  PRAGMA user_version = ${SCHEMA_VERSION};`;
var corrupt = (file, reason) => new LeakhoundError(
  "UNREADABLE",
  `the state file ${file} is corrupt (${reason}): move it aside to start a new state (every repository is then scanned again)`
);
function problems(rows2) {
  const all = rows2.flatMap((r) => r.split("\n")).map((l) => l.trim()).filter((l) => l && !l.startsWith("***"));
  return all.slice(0, 3).join("; ") + (all.length > 3 ? `; and ${all.length - 3} more` : "");
}
function stateError(file, err) {
  if (err instanceof LeakhoundError) return err;
  const code = sqliteCode(err);
  if (/^SQLITE_(NOTADB|CORRUPT)/.test(code)) return corrupt(file, reasonOf(err));
  return new LeakhoundError("UNREADABLE", `cannot use the state file ${file}: ${reasonOf(err)}`);
}
var ScanState = class _ScanState {
  constructor(db, file) {
    this.db = db;
    this.file = file;
  }
  db;
  file;
  static open(file, options = {}) {
    const info = statSync8(file, { throwIfNoEntry: false });
    if (!info) {
      if (options.readonly) return void 0;
      create(file);
    } else if (!info.isFile()) {
      throw new LeakhoundError("UNREADABLE", `the state file ${file} is not a file`);
    } else if (info.size === 0 && !(statSync8(`${file}-wal`, { throwIfNoEntry: false })?.size ?? 0)) {
      throw corrupt(file, "the file is empty");
    }
    let db;
    try {
      db = openDatabase(file, { readonly: options.readonly === true });
      const check = db.prepare("PRAGMA quick_check").all();
      if (check.length !== 1 || check[0].quick_check !== "ok")
        throw corrupt(file, problems(check.map((r) => r.quick_check)));
      checkSchema(db, file, options.readonly === true);
      if (!options.readonly) db.exec("PRAGMA journal_mode = WAL");
      return new _ScanState(db, file);
    } catch (err) {
      db?.close();
      throw stateError(file, err);
    }
  }
  guard(work) {
    try {
      return work();
    } catch (err) {
      throw stateError(this.file, err);
    }
  }
  get(name) {
    const row = this.guard(() => this.db.prepare("SELECT * FROM repos WHERE name = ?").get(name));
    return row && { ...row, tips: JSON.parse(row.tips), scannedAt: row.scanned_at };
  }
  /** Records a repository and its findings in one transaction; returns how many of them the state did not know. */
  finish(state, findings) {
    return this.guard(() => {
      const insert = this.db.prepare(
        "INSERT OR IGNORE INTO findings (repo, fingerprint, file, finding) VALUES (?, ?, ?, ?)"
      );
      return this.db.transaction(() => {
        let added = 0;
        for (const f of findings)
          added += Number(insert.run(state.name, f.fingerprint, f.file, JSON.stringify(f)).changes);
        const total = this.db.prepare("SELECT COUNT(*) AS n FROM findings WHERE repo = ?").get(state.name).n;
        this.db.prepare(
          "INSERT OR REPLACE INTO repos (name, status, tips, commits, bytes, findings, error, scanned_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?)"
        ).run(
          state.name,
          state.status,
          JSON.stringify(state.tips),
          state.commits,
          state.bytes,
          total,
          state.error,
          (/* @__PURE__ */ new Date()).toISOString()
        );
        return added;
      });
    });
  }
  /** A repository's findings, by file and place. */
  findingsOf(repo) {
    const rows2 = this.guard(
      () => this.db.prepare("SELECT finding, reported FROM findings WHERE repo = ?").all(repo)
    );
    return rows2.map((r) => ({ finding: JSON.parse(r.finding), reported: r.reported !== 0 })).sort((a, b) => byPlace(a.finding, b.finding));
  }
  /** After an output was written: its findings are no longer new. */
  markReported(repos) {
    this.guard(() => {
      const mark = this.db.prepare("UPDATE findings SET reported = 1 WHERE repo = ? AND reported = 0");
      this.db.transaction(() => repos.forEach((repo) => mark.run(repo)));
    });
  }
  all() {
    return this.guard(() => this.db.prepare("SELECT name FROM repos ORDER BY name").all()).map(
      (r) => this.get(r.name)
    );
  }
  close() {
    this.db.close();
  }
};
var byPlace = (a, b) => (a.file < b.file ? -1 : a.file > b.file ? 1 : 0) || a.startLine - b.startLine || a.startColumn - b.startColumn || (a.ruleId < b.ruleId ? -1 : a.ruleId > b.ruleId ? 1 : 0) || (a.fingerprint < b.fingerprint ? -1 : a.fingerprint > b.fingerprint ? 1 : 0);
function create(file) {
  mkdirSync4(dirname9(file), { recursive: true });
  const temp = `${file}.${process.pid}.new`;
  try {
    const db = openDatabase(temp);
    db.exec(SCHEMA);
    db.close();
    linkSync2(temp, file);
  } catch (err) {
    if (err.code !== "EEXIST") throw stateError(file, err);
  } finally {
    rmSync3(temp, { force: true });
  }
}
function checkSchema(db, file, readonly) {
  const version = db.prepare("PRAGMA user_version").get().user_version;
  const tables = new Set(
    db.prepare("SELECT name FROM sqlite_master WHERE type = 'table'").all().map((r) => r.name)
  );
  const ours = tables.has("repos") && tables.has("findings");
  if (version > SCHEMA_VERSION)
    throw new LeakhoundError(
      "UNREADABLE",
      `the state file ${file} was made by a newer leakhound (state version ${version})`
    );
  if (!ours) throw corrupt(file, tables.size === 0 ? "it holds no tables" : "it is not a leakhound state");
  if (version < SCHEMA_VERSION && !readonly) {
    db.transaction(() => {
      db.exec("ALTER TABLE findings ADD COLUMN reported INTEGER NOT NULL DEFAULT 1");
      db.exec(`PRAGMA user_version = ${SCHEMA_VERSION}`);
    });
  }
}

// src/cli/repos-command.ts
import { availableParallelism as availableParallelism2 } from "node:os";
var safeName = (name) => name.replace(/[^A-Za-z0-9._-]+/g, "_");
var unfinished2 = (o) => o.status === "failed" || o.status === "incomplete";
var warn = (message) => writeStderr(`leakhound: warning: ${inert(message)}
`);
var outputFor = (format, reports, rules, elapsedMs) => createReposReporter(format, { rules, toolVersion: VERSION, onNotice: warn }).end(reposOutcome(reports, elapsedMs));
function reportsFrom(state, outcomes, newOnly) {
  return outcomes.map((outcome) => ({
    outcome,
    findings: state.findingsOf(outcome.name).filter((s) => !newOnly || !s.reported).map((s) => ({ ...s.finding, new: !s.reported, ...unfinished2(outcome) ? { incomplete: true } : {} }))
  }));
}
async function repositories(args) {
  let specs;
  if (args.githubOrg || args.githubUser) {
    specs = await listGitHub({
      ...args.githubOrg ? { org: args.githubOrg } : { user: args.githubUser },
      ...args.githubApiUrl ? { apiUrl: args.githubApiUrl } : {},
      ...process.env.GITHUB_TOKEN ? { token: process.env.GITHUB_TOKEN } : {},
      skipArchived: args.skipArchived,
      skipForks: args.skipForks
    });
  } else if (args.list) {
    specs = readListFile(args.list);
  } else {
    throw new LeakhoundError("USAGE", "name a list file, --github-org ORG or --github-user USER");
  }
  specs = filterByName(specs, args.include, args.exclude);
  const shard = parseShard(args.shard, process.env.JOB_COMPLETION_INDEX, args.shards);
  return shard ? shardOf(specs, shard.index, shard.count) : specs;
}
var ReposProgress = class {
  constructor(total) {
    this.total = total;
  }
  total;
  enabled = process.stderr.isTTY === true && !process.env.CI && process.env.TERM !== "dumb";
  done = 0;
  bytes = 0;
  findings = 0;
  last = 0;
  started = performance.now();
  addBytes = (n) => {
    this.bytes += n;
    this.draw();
  };
  repoDone(outcome) {
    this.done++;
    this.findings += outcome.added;
    this.draw(true);
  }
  draw(force = false) {
    if (!this.enabled) return;
    const now = performance.now();
    if (!force && now - this.last < 250) return;
    this.last = now;
    const seconds = (now - this.started) / 1e3;
    const eta = this.done > 0 ? (seconds / this.done * (this.total - this.done)).toFixed(0) : "?";
    process.stderr.write(
      `\r\x1B[Krepositories ${this.done}/${this.total}, ${formatBytes(this.bytes)} scanned (${formatBytes(this.bytes / Math.max(seconds, 1e-3))}/s), ${count(this.findings, "finding")} added, ETA ${eta} s`
    );
  }
  end() {
    if (this.enabled) process.stderr.write("\r\x1B[K");
  }
};
async function reposCommand(args) {
  const cacheDir = args.cacheDir ?? join20(process.env.XDG_CACHE_HOME ?? join20(homedir3(), ".cache"), "leakhound", "repos");
  const stateFile = resolve13(args.state ?? join20(cacheDir, "state.sqlite"));
  if (args.report) return printReport(stateFile);
  if (args.redaction === 0) {
    throw new LeakhoundError(
      "USAGE",
      "repos keeps and reports secrets redacted only (its state and outputs are kept and shared); to see one, scan that repository with leakhound git --no-redact"
    );
  }
  if (args.redaction !== void 0 && args.redaction !== "default") {
    throw new LeakhoundError(
      "USAGE",
      `repos redacts every secret one way (a short prefix, as --redact), since its state keeps them so: --redact=${args.redaction} applies to one repository with leakhound git --redact=${args.redaction}`
    );
  }
  if (!Number.isFinite(args.lockWait) || args.lockWait < 0)
    throw new LeakhoundError("USAGE", "--lock-wait takes a number of seconds, 0 or more");
  mkdirSync5(dirname10(stateFile), { recursive: true });
  const lock = await lockState(stateFile, args.lockWait);
  try {
    const state = ScanState.open(stateFile);
    try {
      return await bulkScan(args, cacheDir, state);
    } finally {
      state.close();
    }
  } finally {
    lock.release();
  }
}
async function bulkScan(args, cacheDir, state) {
  const config = loadConfig(args.config, process.cwd());
  const specs = await repositories(args);
  const progress = new ReposProgress(specs.length);
  const started = performance.now();
  const outcomes = await scanRepositories(specs, config, state, {
    cacheDir,
    githubHost: githubHost(args.githubApiUrl),
    jobs: args.jobs ?? availableParallelism2(),
    maxFileSize: Math.round(args.maxFileSize * 1024 * 1024),
    onBytes: progress.addBytes,
    onRepoDone: (o) => progress.repoDone(o)
  });
  progress.end();
  const reports = reportsFrom(state, outcomes, args.newOnly);
  const all = reports.flatMap((r) => r.findings);
  try {
    const elapsedMs = performance.now() - started;
    const text = outputFor(args.format, reports, config.rules, elapsedMs);
    if (args.output) writeWholeFile(args.output, text);
    else await writeStdoutChecked(text);
    if (args.outputDir) {
      mkdirSync5(args.outputDir, { recursive: true });
      for (const report2 of reports) {
        const file = join20(args.outputDir, `${safeName(report2.outcome.name)}.${args.format}`);
        writeWholeFile(file, outputFor(args.format, [report2], config.rules, elapsedMs));
      }
    }
  } catch (err) {
    throw new LeakhoundError("OUTPUT_FAILED", `cannot write the output: ${reasonOf(err)}`);
  }
  state.markReported(specs.map((s) => s.name));
  for (const o of outcomes.filter(unfinished2)) {
    process.stderr.write(
      o.status === "failed" ? `leakhound: ${inert(`could not scan ${o.name}: ${o.error}`)}
` : `leakhound: ${inert(`could not scan all of ${o.name} (its findings so far are kept and reported; it is scanned in full next run): ${o.error}`)}
`
    );
  }
  if (!args.quiet) {
    const count2 = (s) => outcomes.filter((o) => o.status === s).length;
    const commits = outcomes.reduce((n, o) => n + o.commits, 0);
    const bytes = outcomes.reduce((n, o) => n + o.bytes, 0);
    const fresh = all.filter((f) => f.new).length;
    process.stderr.write(
      `leakhound: ${count(specs.length, "repository", "repositories")}: ${count2("scanned")} scanned (${count(commits, "new commit")}, ${formatBytes(bytes)}), ${count2("unchanged")} unchanged, ${count2("incomplete")} incomplete, ${count2("failed")} failed; ${count(all.length, "finding")} reported, ${fresh} new; ${((performance.now() - started) / 1e3).toFixed(2)} s
`
    );
  }
  return outcomes.some(unfinished2) ? 2 : all.length > 0 ? 1 : 0;
}
function writeStdoutChecked(text) {
  return new Promise((resolve14, reject) => process.stdout.write(text, (err) => err ? reject(err) : resolve14()));
}
function printReport(stateFile) {
  const state = ScanState.open(stateFile, { readonly: true });
  if (!state) {
    process.stdout.write(`no state at ${stateFile}: 0 repositories
`);
    return 0;
  }
  let rows2;
  try {
    rows2 = state.all();
  } finally {
    state.close();
  }
  for (const r of rows2) {
    process.stdout.write(
      `${r.status.padEnd(10)} ${String(r.findings).padStart(4)} ${r.findings === 1 ? "finding " : "findings"}  ${r.scannedAt.slice(0, 19)}  ${inert(r.name)}${r.error ? `  (${inert(r.error)})` : ""}
`
    );
  }
  const findings = rows2.reduce((n, r) => n + r.findings, 0);
  process.stdout.write(
    `${count(rows2.length, "repository", "repositories")}, ${rows2.filter((r) => r.status === "incomplete").length} incomplete, ${rows2.filter((r) => r.status === "failed").length} failed, ${count(findings, "finding")}
`
  );
  return 0;
}
function mergeCommand(files, output) {
  const merged = mergeOutputs(files);
  if (output) writeWholeFile(output, merged.text);
  else writeStdout(merged.text);
  const stdout = stdoutFailure();
  if (stdout) throw new LeakhoundError("OUTPUT_FAILED", `cannot write the output to stdout: ${reasonOf(stdout)}`);
  return 0;
}

// src/cli/rules-commands.ts
init_load();
import { readFileSync as readFileSync13 } from "node:fs";

// src/config/examples.ts
init_detector();
init_checksum();
init_errors();
import { randomInt as cryptoRandomInt } from "node:crypto";
var ALPHABETS = {
  base62: BASE62,
  lower: "abcdefghijklmnopqrstuvwxyz",
  upper: "ABCDEFGHIJKLMNOPQRSTUVWXYZ",
  digits: "0123456789",
  hex: "0123456789abcdef",
  HEX: "0123456789ABCDEF",
  lowernum: "abcdefghijklmnopqrstuvwxyz0123456789",
  uppernum: "ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789",
  base32: "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567",
  base64: BASE62 + "+/",
  base64url: BASE62 + "-_",
  bech32: "QPZRY9X8GF2TVDW0S3JN54KHCE6MUA7L"
};
var randomInt = cryptoRandomInt;
function randomBytes2(count2) {
  return Buffer.from(Array.from({ length: count2 }, () => randomInt(256)));
}
function randomString(alphabet, length) {
  let out = "";
  for (let i = 0; i < length; i++) out += alphabet[randomInt(alphabet.length)];
  return out;
}
function base64url(text) {
  return Buffer.from(text).toString("base64url");
}
function expandExample(template, where = "example") {
  const pins = [];
  const paths = [];
  let text = template;
  for (let previous = ""; previous !== text; ) {
    previous = text;
    text = expandOnce(text, where, pins, paths);
  }
  return { text, pins, ...paths.length > 0 ? { path: paths[paths.length - 1] } : {} };
}
function expandOnce(template, where, pins, paths) {
  return template.replace(/\{\{([a-z0-9]+)(?::([^{}]*))?\}\}/g, (_all, name, arg) => {
    switch (name) {
      case "rand": {
        const [alphabet, count2] = (arg ?? "").split(":");
        const chars = ALPHABETS[alphabet ?? ""];
        const n = Number(count2);
        if (!chars || !Number.isInteger(n) || n <= 0) {
          throw new LeakhoundError(
            "BAD_RULE",
            `${where}: bad template {{rand:${arg}}}; use {{rand:ALPHABET:N}} with one of ${Object.keys(ALPHABETS).join(", ")}`
          );
        }
        return randomString(chars, n);
      }
      case "crc32": {
        const body = randomString(BASE62, 30);
        return `${arg ?? ""}${body}${base62(crc32(body), 6)}`;
      }
      case "pem": {
        const label = arg ?? "PRIVATE KEY";
        const body = randomBytes2(600).toString("base64").replace(/.{64}/g, "$&\n").trimEnd();
        return `-----BEGIN ${label}-----
${body}
-----END ${label}-----`;
      }
      case "jwt": {
        const header = base64url(JSON.stringify({ alg: "HS256", typ: "JWT" }));
        const payload2 = base64url(JSON.stringify({ sub: randomString(ALPHABETS.digits, 10), iat: 17e8 }));
        return `${header}.${payload2}.${randomBytes2(32).toString("base64url")}`;
      }
      case "lit":
        return arg ?? "";
      case "pin":
        pins.push(arg ?? "");
        return arg ?? "";
      case "b64":
        return Buffer.from(arg ?? "").toString("base64");
      case "path":
        paths.push(arg ?? "");
        return "";
      default:
        throw new LeakhoundError("BAD_RULE", `${where}: unknown template {{${name}}}`);
    }
  });
}
function checkRuleExamples(rules) {
  const failures2 = [];
  for (const rule of rules) {
    const detector = new Detector([rule]);
    const where = `${rule.source}: rule "${rule.id}"`;
    if (rule.examples.length === 0) {
      failures2.push({ ruleId: rule.id, kind: "example", example: "", reason: "the rule has no examples" });
    }
    for (const template of rule.examples) {
      const { text, pins, path } = expandExample(template, where);
      const found = detector.detect({ path: path ?? rule.examplePath ?? "example.txt", bytes: Buffer.from(text) });
      if (found.length === 0) {
        failures2.push({ ruleId: rule.id, kind: "example", example: template, reason: "not found" });
        continue;
      }
      const secrets = new Set(found.map((f) => f.secret));
      for (const [index, pin] of pins.entries()) {
        if (!secrets.has(pin)) {
          failures2.push({
            ruleId: rule.id,
            kind: "example",
            example: template,
            reason: `pin ${index + 1} is not the secret found (the capture is wrong)`
          });
        }
      }
    }
    for (const template of rule.negativeExamples) {
      const { text, path } = expandExample(template, where);
      const found = detector.detect({ path: path ?? rule.examplePath ?? "example.txt", bytes: Buffer.from(text) });
      if (found.length > 0)
        failures2.push({ ruleId: rule.id, kind: "negative", example: template, reason: "found, but must not be" });
    }
  }
  return failures2;
}

// src/cli/rules-commands.ts
init_rules();
init_errors();
function ruleListing(rule) {
  const { id, description, keywords, tags, severity, references } = rule;
  return { id, description, keywords, tags, severity, verify: rule.verify ?? null, references };
}
function rulesListCommand(configPath, format = "text") {
  const { rules } = loadConfig(configPath, process.cwd());
  if (format === "json") {
    process.stdout.write(`${JSON.stringify(rules.map(ruleListing), null, 2)}
`);
    return 0;
  }
  const width = Math.max(...rules.map((r) => r.id.length));
  for (const rule of rules) {
    process.stdout.write(`${rule.id.padEnd(width)}  ${rule.severity.padEnd(8)}  ${rule.description}
`);
  }
  process.stdout.write(`${count(rules.length, "rule")}
`);
  return 0;
}
function rulesCheckCommand(file) {
  let text;
  try {
    text = readFileSync13(file, "utf8");
  } catch (err) {
    throw new LeakhoundError("NOT_FOUND", `cannot read rule file ${file}: ${reasonOf(err)}`);
  }
  const rules = parseRuleFile(text, file);
  const failures2 = checkRuleExamples(rules);
  for (const f of failures2) {
    process.stdout.write(`FAIL ${f.ruleId}: ${f.kind} ${JSON.stringify(f.example)}: ${f.reason}
`);
  }
  const examples = rules.reduce((n, r) => n + r.examples.length + r.negativeExamples.length, 0);
  process.stdout.write(`${count(rules.length, "rule")}, ${count(examples, "example")}, ${failures2.length} failed
`);
  return failures2.length > 0 ? 1 : 0;
}

// src/cli/completion.ts
var SHELLS = ["bash", "zsh", "fish"];
function entries(program) {
  const out = [];
  const walk = (path) => {
    const command = path[path.length - 1];
    out.push({
      words: path.slice(1).map((c) => c.name),
      command,
      flags: flagsOf(program, path).filter((f) => !f.hidden)
    });
    for (const sub of command.subcommands ?? []) walk([...path, sub]);
  };
  for (const command of program.subcommands ?? []) walk([program, command]);
  return out;
}
function flagWords(flags2) {
  return flags2.flatMap(
    (f) => [f.name, ...f.aliases ?? [], ...f.negatable ? [`no-${f.name}`] : []].map((n) => `--${n}`)
  );
}
function completionScript(shell, program) {
  if (shell === "bash") return bash(program);
  if (shell === "zsh") {
    return `# leakhound completion for zsh: source <(leakhound completion zsh) in ~/.zshrc
(( $+functions[compdef] )) || { autoload -U +X compinit && compinit; }
autoload -U +X bashcompinit && bashcompinit
${bash(program)}`;
  }
  return fish(program);
}
var takesPaths = (command) => (command.positionals ?? []).some((p) => !p.choices);
function bash(program) {
  const list = entries(program);
  const cases = list.map(
    (e) => `    "${e.words.join(" ")}") words="${[...(e.command.subcommands ?? []).map((c) => c.name), ...(e.command.positionals ?? []).flatMap((p) => p.choices ?? []), ...flagWords(e.flags)].join(" ")}" ;;`
  ).join("\n");
  const choices = list.flatMap(
    (e) => e.flags.filter((f) => f.choices).map((f) => {
      const spellings = [f.name, ...f.aliases ?? []].map((n) => `--${n}`).concat(f.short ? [`-${f.short}`] : []);
      return `    ${spellings.map((s) => `"${e.words.join(" ")} ${s}"`).join("|")}) COMPREPLY=($(compgen -W "${f.choices.join(" ")}" -- "$cur")); return ;;`;
    })
  ).join("\n");
  const subcommandWords = list.filter((e) => e.words.length > 1).map((e) => `"${e.words.join(" ")}"`);
  return `# leakhound completion for bash: source <(leakhound completion bash)
_leakhound() {
  local cur prev command words i
  cur="\${COMP_WORDS[COMP_CWORD]}"
  prev="\${COMP_WORDS[COMP_CWORD-1]}"
  # the command (and subcommand) typed so far: the first words that are not flags
  command=""
  for ((i = 1; i < COMP_CWORD; i++)); do
    case "\${COMP_WORDS[i]}" in
      -*) ;;
      *)
        if [ -z "$command" ]; then command="\${COMP_WORDS[i]}"
        else case "$command \${COMP_WORDS[i]}" in ${subcommandWords.join("|") || '""'}) command="$command \${COMP_WORDS[i]}" ;; esac; break
        fi ;;
    esac
  done
  case "$command $prev" in
${choices}
  esac
  case "$command" in
    "") words="${(program.subcommands ?? []).map((c) => c.name).join(" ")} ${flagWords(flagsOf(program, [program])).join(" ")}" ;;
${cases}
    *) words="" ;;
  esac
  COMPREPLY=($(compgen -W "$words" -- "$cur"))
  # paths where no word fits (a folder to scan, a file to write)
  [ \${#COMPREPLY[@]} -eq 0 ] && COMPREPLY=($(compgen -f -- "$cur"))
  return 0
}
complete -o filenames -F _leakhound leakhound
`;
}
function fish(program) {
  const lines2 = [
    "# leakhound completion for fish: leakhound completion fish > ~/.config/fish/completions/leakhound.fish",
    "complete -c leakhound -f"
  ];
  const top = (program.subcommands ?? []).map((c) => c.name);
  for (const command of program.subcommands ?? []) {
    lines2.push(
      `complete -c leakhound -n "not __fish_seen_subcommand_from ${top.join(" ")}" -a ${command.name} -d ${quote(command.describe)}`
    );
  }
  for (const entry of entries(program)) {
    const [first, second] = entry.words;
    const subs = entry.command.subcommands?.map((c) => c.name) ?? [];
    const when = second !== void 0 ? `__fish_seen_subcommand_from ${first}; and __fish_seen_subcommand_from ${second}` : subs.length > 0 ? `__fish_seen_subcommand_from ${first}; and not __fish_seen_subcommand_from ${subs.join(" ")}` : `__fish_seen_subcommand_from ${first}`;
    for (const sub of entry.command.subcommands ?? [])
      lines2.push(`complete -c leakhound -n "${when}" -a ${sub.name} -d ${quote(sub.describe)}`);
    for (const p of entry.command.positionals ?? [])
      if (p.choices) lines2.push(`complete -c leakhound -n "${when}" -a "${p.choices.join(" ")}"`);
    for (const flag of entry.flags) {
      const names = [flag.name, ...flag.aliases ?? [], ...flag.negatable ? [`no-${flag.name}`] : []];
      for (const name of names) {
        const value = flag.choices && !name.startsWith("no-") ? ` -x -a "${flag.choices.join(" ")}"` : flag.type !== "boolean" && !name.startsWith("no-") ? " -r" : "";
        const short = flag.short && name === flag.name ? ` -s ${flag.short}` : "";
        lines2.push(
          `complete -c leakhound -n "${when}" -l ${name}${short}${value}${flag.describe ? ` -d ${quote(flag.describe)}` : ""}`
        );
      }
    }
    if (takesPaths(entry.command)) lines2.push(`complete -c leakhound -n "${when}" -F`);
  }
  return lines2.join("\n") + "\n";
}
function quote(text) {
  const short = text.length > 70 ? `${text.slice(0, 69)}\u2026` : text;
  return `'${short.replace(/\\/g, "\\\\").replace(/'/g, "\\'")}'`;
}

// src/cli/main.ts
init_stdio();

// src/cli/baseline-subcommands.ts
init_baseline_formats();
var SCAN_ONLY = [
  "format",
  "config-format",
  "redact",
  "author-email",
  "exit-code",
  "max-file-size",
  "verify",
  "explain",
  "audit-log",
  "verify-base-url",
  "ticket",
  "prune"
];
function flags(inherited, hide, own) {
  const mine = new Set(own.map((f) => f.name));
  return [
    ...own,
    ...inherited.filter((f) => !mine.has(f.name)).map((f) => hide.includes(f.name) ? { ...f, hidden: true } : f)
  ];
}
function baselineSubcommands(inherited) {
  const importCommand = {
    name: "import",
    describe: "add what gitleaks, trufflehog or detect-secrets already accepts to the baseline",
    positionals: [
      {
        name: "file",
        required: true,
        describe: "a gitleaks or trufflehog JSON report, a .gitleaksignore or a .secrets.baseline"
      }
    ],
    flags: flags(
      inherited,
      [...SCAN_ONLY, "baseline", "dir"],
      [
        {
          name: "from",
          type: "string",
          choices: IMPORT_FORMATS,
          placeholder: "FORMAT",
          describe: "the format of FILE (default: told from its name and content)"
        },
        {
          name: "repo",
          type: "string",
          default: ".",
          placeholder: "DIR",
          describe: "the repository the findings are in (files are read there, at the commits named)"
        },
        {
          name: "output",
          type: "string",
          placeholder: "FILE",
          describe: "the baseline to add to (default: .leakhound-baseline.json at the repository's root)"
        }
      ]
    ),
    examples: [
      ["leakhound baseline import gitleaks-report.json", "accept what a gitleaks report lists"],
      ["leakhound baseline import .secrets.baseline", "accept what detect-secrets' baseline lists"]
    ],
    run: async (args) => (await Promise.resolve().then(() => (init_baseline_import2(), baseline_import_exports))).baselineImportCommand(args)
  };
  const auditCommand = {
    name: "audit",
    describe: "walk the baseline's entries on a terminal (real / false positive / accepted until a day); elsewhere, fail on expired and stale entries",
    positionals: [
      { name: "repo", default: ".", describe: "the repository (history is scanned) or, with --dir, a folder" }
    ],
    flags: flags(
      inherited,
      [...SCAN_ONLY, "output"],
      [
        {
          name: "baseline",
          type: "string",
          negatable: true,
          placeholder: "FILE",
          describe: "the baseline to audit (default: .leakhound-baseline.json at the root)"
        },
        {
          name: "check",
          type: "boolean",
          default: false,
          describe: "only report expired and stale entries (exit 1 if any), even on a terminal"
        }
      ]
    ),
    examples: [
      ["leakhound baseline audit", "judge each entry interactively"],
      ["leakhound baseline audit --check", "in CI: fail when an entry expired or no longer matches anything"]
    ],
    run: async (args) => (await Promise.resolve().then(() => (init_baseline_audit2(), baseline_audit_exports))).baselineAuditCommand(args)
  };
  return [importCommand, auditCommand];
}

// src/cli/main.ts
function maxFileSizeMb(value) {
  parseMaxFileSize(value);
  return Number(value);
}
var REDACT_LEVEL_FLAG = { name: REDACT_LEVEL, type: "string", array: true, hidden: true };
var MAX_FILE_SIZE_FLAG = {
  name: "max-file-size",
  type: "string",
  default: "10",
  coerce: maxFileSizeMb,
  placeholder: "MB"
};
var SCAN_FLAGS = [
  {
    name: "config",
    short: "c",
    type: "string",
    placeholder: "FILE",
    describe: "your config file: detection and operator settings (default: the scanned folder's .leakhound.toml, detection settings only)"
  },
  {
    name: "config-format",
    type: "string",
    choices: ["leakhound", "gitleaks"],
    placeholder: "SCHEMA",
    describe: "the schema of --config (default: gitleaks when the file name says gitleaks, else leakhound)"
  },
  {
    name: "format",
    short: "f",
    aliases: ["report-format"],
    type: "string",
    choices: FORMATS,
    default: "text",
    placeholder: "FORMAT",
    describe: "report format"
  },
  {
    name: "output",
    short: "o",
    aliases: ["report-path"],
    type: "string",
    placeholder: "FILE",
    describe: "write the report to this file instead of stdout"
  },
  {
    name: "redact",
    type: "boolean",
    negatable: true,
    describe: "redact secrets (default: a short prefix); --redact=N hides N% (100: all of it, 0: none); --no-redact shows them"
  },
  REDACT_LEVEL_FLAG,
  {
    name: "author-email",
    type: "boolean",
    default: false,
    describe: "SARIF: include commit authors' e-mail addresses (left out by default)"
  },
  {
    name: "exit-code",
    type: "string",
    default: "1",
    coerce: parseExitCode,
    placeholder: "N",
    describe: "exit code when there are findings (1-125)"
  },
  {
    name: "quiet",
    short: "q",
    type: "boolean",
    default: false,
    describe: "print nothing when clean; only findings and errors otherwise"
  },
  {
    name: "baseline",
    aliases: ["baseline-path"],
    type: "string",
    negatable: true,
    placeholder: "FILE",
    describe: `accepted findings not to report (default: ${BASELINE_FILE} at the root, if any); --no-baseline ignores it`
  },
  {
    ...MAX_FILE_SIZE_FLAG,
    aliases: ["max-target-megabytes"],
    describe: `skip files (or a file's changes in a commit) larger than this many MB (at most ${Math.floor(MAX_FILE_BYTES / 2 ** 20)})`
  },
  {
    name: "verify",
    type: "boolean",
    default: false,
    describe: "ask each provider whether the secrets found are live (read-only requests to the provider's own host)"
  },
  {
    name: "explain",
    type: "boolean",
    default: false,
    describe: "with --verify: print the request that would be sent for each finding, send nothing"
  },
  {
    name: "audit-log",
    type: "string",
    placeholder: "FILE",
    describe: "with --verify: append one JSON line per request sent (never the secret)"
  },
  {
    name: "verify-base-url",
    type: "string",
    array: true,
    placeholder: "PROVIDER=URL",
    describe: "with --verify: provider=URL, e.g. github=https://ghe.example.com/api/v3"
  },
  {
    name: "ticket",
    type: "string",
    choices: TICKET_PROVIDERS,
    placeholder: "PROVIDER",
    describe: "with --verify: open a rotate-now ticket for each live secret (settings in [tickets])"
  },
  {
    name: "revoke",
    type: "boolean",
    default: false,
    describe: "verify, then revoke each live secret through its provider's revocation API (asks first unless --yes)"
  },
  {
    name: "revoke-providers",
    type: "string",
    array: true,
    placeholder: "LIST",
    describe: "with --revoke: only these providers, e.g. github,gitlab"
  },
  { name: "yes", type: "boolean", default: false, describe: "with --revoke: do not ask" },
  {
    name: "color",
    type: "boolean",
    negatable: true,
    describe: "--color: colours even when not on a terminal; --no-color: none (default: on a terminal, unless NO_COLOR is set or TERM=dumb)"
  },
  {
    name: "enable-rule",
    type: "string",
    array: true,
    placeholder: "ID",
    describe: "only these rule ids (`leakhound rules list` shows them)"
  },
  {
    name: "gitleaks-ignore-path",
    short: "i",
    type: "string",
    placeholder: "PATH",
    describe: "a .gitleaksignore file, or the folder holding one (default: the one at the root)"
  },
  // gitleaks flags with nothing to do here: leakhound prints no banner and always lists its findings
  { name: "banner", type: "boolean", negatable: true, hidden: true },
  { name: "verbose", short: "v", type: "boolean", hidden: true }
];
var DIR_FLAG = {
  name: "dir",
  type: "boolean",
  default: false,
  describe: "scan the files of a folder instead of git history"
};
var BASELINE_FLAGS = [
  ...SCAN_FLAGS,
  DIR_FLAG,
  { name: "prune", type: "boolean", default: false, describe: "drop entries that no longer match a finding" }
];
var run2 = (command) => (args) => command(args);
var PROGRAM = {
  name: "leakhound",
  version: VERSION,
  describe: "Finds secrets (API keys, tokens, private keys, passwords) in files and text.",
  flags: [{ name: "debug", type: "boolean", default: false, describe: "show stack traces on errors" }],
  missingSubcommand: "name a command: git, staged, dir, stdin, install-hook or rules (see --help)",
  subcommands: [
    {
      name: "dir",
      describe: "scan files and folders (default: the current folder)",
      positionals: [{ name: "paths", variadic: true, default: ["."] }],
      flags: [
        ...SCAN_FLAGS,
        {
          name: "include",
          type: "string",
          array: true,
          placeholder: "GLOB",
          describe: "only scan paths matching these globs"
        },
        {
          name: "exclude",
          type: "string",
          array: true,
          placeholder: "GLOB",
          describe: "skip paths matching these globs"
        },
        { name: "workers", type: "number", describe: "worker threads (default: one per core)" },
        {
          name: "gitignore",
          type: "boolean",
          negatable: true,
          default: true,
          describe: "in a git work tree, skip the untracked files its .gitignore ignores; --no-gitignore scans everything"
        }
      ],
      examples: [
        ["leakhound dir .", "scan the current folder"],
        ["leakhound dir src --exclude '**/*.test.ts' -f sarif -o leakhound.sarif", "SARIF for code scanning"],
        ["leakhound dir . --no-gitignore", "also the files .gitignore ignores (build output, local .env files)"]
      ],
      run: run2(dirCommand)
    },
    {
      name: "git",
      describe: "scan the history of a git repository (default: all refs)",
      positionals: [
        {
          name: "repo",
          default: ".",
          describe: "repository (work tree or bare), or a clone URL (https://, ssh://, file://)"
        }
      ],
      flags: [
        ...SCAN_FLAGS,
        {
          name: "branch",
          type: "string",
          placeholder: "REV",
          describe: "scan only this branch (or revision) and its history"
        },
        { name: "range", type: "string", placeholder: "A..B", describe: "scan only the commits in A..B" },
        {
          name: "since-commit",
          type: "string",
          placeholder: "COMMIT",
          describe: "scan only the commits after this one"
        },
        {
          name: "settings-from",
          type: "string",
          choices: ["worktree", "base"],
          default: "worktree",
          placeholder: "WHERE",
          describe: "with --range A..B: read the repository's config, baseline and .gitleaksignore from the work tree, or from A, so that the range cannot change the settings it is judged by"
        },
        {
          name: "log-opts",
          type: "string",
          placeholder: "OPTS",
          describe: "gitleaks' git log options: a revision or range, --all, --since=\u2026, --until=\u2026, --author=\u2026, -n N, --no-merges (nothing else)"
        }
      ],
      conflicts: [
        ["range", "branch"],
        ["range", "since-commit"]
      ],
      examples: [
        ["leakhound git .", "every commit on every branch and tag"],
        ["leakhound git --range origin/main..HEAD -f sarif -o leakhound.sarif", "the commits of a pull request"],
        ["leakhound git --range origin/main..HEAD --settings-from base", "judged by main's settings, not the branch's"],
        [
          "leakhound git https://github.com/OWNER/REPO.git",
          "clone a repository into a temporary folder and scan its history"
        ]
      ],
      run: run2(gitCommand)
    },
    {
      name: "staged",
      describe: "scan what is staged for the next commit (for pre-commit hooks)",
      positionals: [{ name: "repo", default: "." }],
      flags: SCAN_FLAGS,
      examples: [["leakhound staged", "scan the index against HEAD"]],
      run: run2(stagedCommand)
    },
    {
      name: "baseline",
      describe: `record what a scan finds in ${BASELINE_FILE}, so later scans report only new findings`,
      positionals: [
        { name: "target", default: ".", describe: "repository (history is scanned) or, with --dir, a folder" }
      ],
      flags: BASELINE_FLAGS,
      examples: [["leakhound baseline", `accept everything in this repository's history; commit ${BASELINE_FILE}`]],
      subcommands: baselineSubcommands(BASELINE_FLAGS),
      run: run2(baselineCommand)
    },
    {
      name: "verify",
      describe: "scan a repository's history (or with --dir a folder) and ask the providers which secrets are live",
      positionals: [{ name: "target", default: "." }],
      flags: [...SCAN_FLAGS, DIR_FLAG],
      examples: [
        ["leakhound verify --explain", "show the request each finding would cause, send nothing"],
        ["leakhound verify --ticket github", "open a rotate-now issue for each live secret"]
      ],
      run: run2(verifyCommand)
    },
    {
      name: "revoke",
      describe: "scan, verify, and revoke the live secrets through their provider's revocation API",
      positionals: [{ name: "target", default: "." }],
      flags: [...SCAN_FLAGS, DIR_FLAG],
      examples: [
        ["leakhound revoke --explain", "show the verification and revocation requests, send nothing"],
        ["leakhound revoke . --yes --revoke-providers github", "revoke live GitHub tokens without asking"]
      ],
      run: run2(revokeCommand)
    },
    {
      name: "tickets",
      describe: "manage rotate-now tickets",
      subcommands: [
        {
          name: "sync",
          describe: "re-verify the secrets of open tickets and close those that were rotated",
          positionals: [{ name: "repo", default: "." }],
          flags: SCAN_FLAGS,
          run: run2(ticketsSyncCommand)
        }
      ]
    },
    {
      name: "install-hook",
      describe: "install a git pre-commit hook that runs `leakhound staged`",
      positionals: [{ name: "repo", default: "." }],
      flags: [
        { name: "force", type: "boolean", default: false, describe: "replace an existing pre-commit hook" },
        {
          name: "chain",
          type: "boolean",
          default: false,
          describe: "keep an existing pre-commit hook and run it before leakhound"
        },
        { name: "uninstall", type: "boolean", default: false, describe: "remove leakhound's hook" }
      ],
      run: (args) => installHookCommand(args.repo, {
        force: args.force,
        chain: args.chain,
        uninstall: args.uninstall
      })
    },
    {
      name: "repos",
      describe: "scan the full history of many repositories: resumable, incremental, shardable",
      positionals: [{ name: "list", describe: "file with one local path or clone URL per line" }],
      flags: [
        {
          name: "github-org",
          type: "string",
          placeholder: "ORG",
          describe: "every repository of this GitHub organisation"
        },
        { name: "github-user", type: "string", placeholder: "USER", describe: "every repository of this GitHub user" },
        {
          name: "github-api-url",
          type: "string",
          placeholder: "URL",
          describe: "GitHub Enterprise API URL (https://HOST/api/v3)"
        },
        {
          name: "include",
          type: "string",
          array: true,
          placeholder: "GLOB",
          describe: "only repositories whose names match these globs"
        },
        {
          name: "exclude",
          type: "string",
          array: true,
          placeholder: "GLOB",
          describe: "skip repositories whose names match these globs"
        },
        { name: "skip-archived", type: "boolean", default: false, describe: "leave out archived repositories" },
        { name: "skip-forks", type: "boolean", default: false, describe: "leave out forks" },
        {
          name: "cache-dir",
          type: "string",
          placeholder: "DIR",
          describe: "where bare clones are kept (default ~/.cache/leakhound/repos)"
        },
        {
          name: "state",
          type: "string",
          placeholder: "FILE",
          describe: "SQLite state file (default: state.sqlite in the cache folder)"
        },
        { name: "jobs", short: "j", type: "number", describe: "repositories scanned at once (default: one per core)" },
        {
          name: "shard",
          type: "string",
          placeholder: "I/N",
          describe: "i/n: scan only this shard of the list (CI matrix)"
        },
        {
          name: "shards",
          type: "number",
          describe: "n shards, this one from JOB_COMPLETION_INDEX (Kubernetes Indexed Job)"
        },
        {
          name: "format",
          short: "f",
          type: "string",
          choices: REPOS_FORMATS,
          default: "jsonl",
          placeholder: "FORMAT",
          describe: "output format"
        },
        {
          name: "output",
          short: "o",
          type: "string",
          placeholder: "FILE",
          describe: "write the findings here instead of stdout"
        },
        { name: "output-dir", type: "string", placeholder: "DIR", describe: "also write one file per repository here" },
        {
          name: "new-only",
          type: "boolean",
          default: false,
          describe: "report only the findings no earlier run reported (default: every current finding)"
        },
        {
          name: "lock-wait",
          type: "number",
          default: 0,
          placeholder: "SECONDS",
          describe: "seconds to wait for another run on the same state (default: exit 2 at once)"
        },
        {
          name: "report",
          type: "boolean",
          default: false,
          describe: "print the summary kept in the state, scan nothing"
        },
        {
          name: "redact",
          type: "boolean",
          negatable: true,
          default: true,
          describe: "always on: the state and outputs hold redacted secrets only"
        },
        REDACT_LEVEL_FLAG,
        {
          name: "config",
          short: "c",
          type: "string",
          placeholder: "FILE",
          describe: "config file (rules and allowlists)"
        },
        { name: "quiet", short: "q", type: "boolean", default: false, describe: "print nothing but errors" },
        { ...MAX_FILE_SIZE_FLAG, describe: "skip a file's changes in a commit larger than this many MB" }
      ],
      conflicts: [["github-org", "github-user"]],
      examples: [
        ["leakhound repos repos.txt -o findings.jsonl", "every repository in the list"],
        ["leakhound repos repos.txt --new-only", "only what no earlier run reported"],
        ["leakhound repos --github-org acme --skip-forks --shard 0/4", "one shard of an organisation"]
      ],
      run: run2(reposCommand)
    },
    {
      name: "merge",
      describe: "join the JSONL or SARIF outputs of several shards",
      positionals: [{ name: "files", variadic: true, required: true }],
      flags: [
        {
          name: "output",
          short: "o",
          type: "string",
          placeholder: "FILE",
          describe: "write the merged output here instead of stdout"
        }
      ],
      run: (args) => mergeCommand(args.files, args.output)
    },
    {
      name: "stdin",
      describe: "scan text piped on standard input",
      flags: [
        ...SCAN_FLAGS,
        {
          name: "label",
          type: "string",
          default: "<stdin>",
          placeholder: "PATH",
          describe: "path to show for the text"
        }
      ],
      examples: [["git show HEAD | leakhound stdin", "scan a patch"]],
      run: run2(stdinCommand)
    },
    {
      name: "rules",
      describe: "list built-in rules or check a rule file",
      subcommands: [
        {
          name: "list",
          describe: "list the rules in use",
          flags: [
            { name: "config", short: "c", type: "string", placeholder: "FILE", describe: "config file" },
            {
              name: "format",
              short: "f",
              type: "string",
              choices: ["text", "json"],
              default: "text",
              placeholder: "FORMAT",
              describe: "text: one rule a line; json: an array of rules"
            }
          ],
          run: (args) => rulesListCommand(operatorConfigPath(args.config), args.format)
        },
        {
          name: "check",
          describe: "validate a rule file and run its examples",
          positionals: [{ name: "file", required: true }],
          run: (args) => rulesCheckCommand(args.file)
        }
      ]
    },
    {
      name: "version",
      describe: "print leakhound's version (as `gitleaks version` does)",
      run: () => {
        writeStdout(`${VERSION}
`);
        return 0;
      }
    },
    {
      name: "completion",
      describe: "print a shell completion script: bash, zsh or fish",
      positionals: [{ name: "shell", required: true, choices: SHELLS }],
      examples: [
        ["source <(leakhound completion bash)", "bash: for this shell; add the line to ~/.bashrc to keep it"],
        ["source <(leakhound completion zsh)", "zsh: for this shell; add the line to ~/.zshrc to keep it"],
        ["leakhound completion fish > ~/.config/fish/completions/leakhound.fish", "fish"]
      ],
      run: (args) => {
        writeStdout(completionScript(args.shell, PROGRAM));
        return 0;
      }
    }
  ]
};
function prepare(command, args) {
  if (command.flags?.some((f) => f.name === "redact")) {
    const levels = args.redactLevel;
    args.redaction = parseRedaction(
      args.redact,
      levels && levels.length > 1 ? levels : levels?.[0]
    );
  }
  if (args.command[0] === "revoke") args.revoke = true;
  checkRevokeFlags(
    args.command[0] ?? "",
    args
  );
  if (args.revoke) args.verify = true;
}
async function main(argv) {
  const debug = argv.includes("--debug");
  try {
    const parsed = parse(PROGRAM, separateRedactLevel(argv));
    if (parsed.kind === "version") {
      writeStdout(`${VERSION}
`);
      return 0;
    }
    if (parsed.kind === "help") {
      const width = Math.max(60, Math.min(100, process.stdout.columns || Number(process.env.COLUMNS) || 100));
      writeStdout(helpText(PROGRAM, parsed.path, width));
      return 0;
    }
    const command = parsed.path[parsed.path.length - 1];
    prepare(command, parsed.args);
    return await command.run(parsed.args);
  } catch (err) {
    return reportFailure(err, debug);
  }
}

// src/action/main.ts
init_errors();
init_inert();
init_git();
init_settings();

// src/action/commands.ts
init_write_file();
function setOutputs(file, outputs) {
  if (!file) return;
  appendChecked(
    file,
    Object.entries(outputs).map(([k, v]) => `${k}=${v}
`).join(""),
    "step outputs "
  );
}

// src/action/event.ts
init_errors();
init_git();
init_git_hardening();
import { spawnSync as spawnSync8 } from "node:child_process";
var ZERO = /^0+$/;
function git3(repo, args) {
  const transport = args[0] === "fetch" ? TRANSPORT_CONFIG.flatMap((c) => ["-c", c]) : [];
  const r = spawnSync8("git", [...scannedRepoArgs(repo), ...transport, ...args], { encoding: "utf8", env: gitEnv() });
  return { ok: r.status === 0, out: (r.stdout ?? "").trim(), err: (r.stderr ?? "").trim() };
}
function hasCommit(repo, sha) {
  return git3(repo, ["cat-file", "-e", `${sha}^{commit}`]).ok;
}
function ensureRange(repo, base, head) {
  const shallow = git3(repo, ["rev-parse", "--is-shallow-repository"]).out === "true";
  if (shallow || !hasCommit(repo, base) || !hasCommit(repo, head)) {
    const fetch2 = git3(repo, [
      "fetch",
      ...FETCH_ARGS,
      "--no-tags",
      "--quiet",
      ...shallow ? ["--unshallow"] : [],
      "origin",
      base,
      head
    ]);
    if (!fetch2.ok || !hasCommit(repo, base) || !hasCommit(repo, head)) {
      throw new LeakhoundError(
        "GIT_FAILED",
        `the checkout lacks the commits to compare (${base.slice(0, 12)}..${head.slice(0, 12)}) and fetching them failed; use actions/checkout with \`fetch-depth: 0\``
      );
    }
  }
}
function scopeForEvent(eventName, payload2, repo) {
  if (eventName === "pull_request" || eventName === "pull_request_target") {
    const base = payload2.pull_request?.base?.sha;
    const head = payload2.pull_request?.head?.sha;
    if (!base || !head) throw new LeakhoundError("USAGE", "the pull_request event has no base or head commit");
    ensureRange(repo, base, head);
    return {
      args: ["--range", `${base}..${head}`],
      range: [base, head],
      description: `the commits of pull request #${payload2.pull_request?.number ?? "?"} (${base.slice(0, 7)}..${head.slice(0, 7)})`,
      underReview: true
    };
  }
  if (eventName === "merge_group") {
    const base = payload2.merge_group?.base_sha;
    const head = payload2.merge_group?.head_sha;
    if (!base || !head) throw new LeakhoundError("USAGE", "the merge_group event has no base or head commit");
    ensureRange(repo, base, head);
    return {
      args: ["--range", `${base}..${head}`],
      range: [base, head],
      description: `the commits of the merge queue entry (${base.slice(0, 7)}..${head.slice(0, 7)})`,
      underReview: true
    };
  }
  if (eventName === "push") {
    const { before, after } = payload2;
    if (!after || ZERO.test(after))
      return { args: ["--range", "HEAD..HEAD"], description: "nothing (a branch was deleted)", underReview: false };
    if (!before || ZERO.test(before)) {
      return {
        args: ["--branch", after],
        description: `the history of the new branch ${payload2.ref ?? after.slice(0, 7)}`,
        underReview: false
      };
    }
    ensureRange(repo, before, after);
    return {
      args: ["--range", `${before}..${after}`],
      range: [before, after],
      description: `the pushed commits (${before.slice(0, 7)}..${after.slice(0, 7)})`,
      underReview: false
    };
  }
  const shallow = git3(repo, ["rev-parse", "--is-shallow-repository"]).out === "true";
  if (shallow) git3(repo, ["fetch", ...FETCH_ARGS, "--no-tags", "--quiet", "--unshallow", "origin"]);
  return { args: [], description: "the full history of every branch and tag", underReview: false };
}

// src/action/main.ts
var FAIL_ON = ["any", "live", "none"];
function input(name, fallback = "") {
  const key2 = `INPUT_${name.replace(/ /g, "_").toUpperCase()}`;
  return (process.env[key2] ?? process.env[key2.replace(/-/g, "_")] ?? "").trim() || fallback;
}
function booleanInput(name, fallback) {
  const value = input(name, String(fallback)).toLowerCase();
  if (value !== "true" && value !== "false")
    throw new LeakhoundError("USAGE", `input ${name} must be true or false, not ${value}`);
  return value === "true";
}
function splitArgs(text) {
  return [...text.matchAll(/"([^"]*)"|'([^']*)'|(\S+)/g)].map((m) => m[1] ?? m[2] ?? m[3]);
}
async function runAction() {
  const workspace = process.env.GITHUB_WORKSPACE || process.cwd();
  const failOn = input("fail-on", "any");
  if (!FAIL_ON.includes(failOn))
    throw new LeakhoundError("USAGE", `input fail-on must be one of ${FAIL_ON.join(", ")}, not ${failOn}`);
  const wantSarif = booleanInput("sarif", true);
  const revoke = input("revoke").toLowerCase();
  if (revoke && !/^(all|[a-z0-9-]+(\s*,\s*[a-z0-9-]+)*)$/.test(revoke))
    throw new LeakhoundError("USAGE", `input revoke must be all or provider names (github, gitlab, \u2026), not ${revoke}`);
  const verify = booleanInput("verify", false) || revoke !== "";
  const ticket = input("ticket");
  if (ticket && !TICKET_PROVIDERS.includes(ticket))
    throw new LeakhoundError("USAGE", `input ticket must be one of ${TICKET_PROVIDERS.join(", ")}, not ${ticket}`);
  if ((failOn === "live" || ticket) && !verify)
    throw new LeakhoundError("USAGE", `${failOn === "live" ? "fail-on: live" : "ticket"} needs verify: true`);
  const eventName = process.env.GITHUB_EVENT_NAME ?? "workflow_dispatch";
  const payload2 = process.env.GITHUB_EVENT_PATH ? JSON.parse(readFileSync14(process.env.GITHUB_EVENT_PATH, "utf8")) : {};
  inspectRepo(workspace);
  const scope = scopeForEvent(eventName, payload2, workspace);
  const baseSettings = scope.underReview && !booleanInput("trust-pr-settings", false);
  const config = input("config");
  const baseline = input("baseline");
  const resolveIn = (p) => isAbsolute4(p) ? p : join23(workspace, p);
  const sarifFile = input("sarif-file");
  const sarifPath = wantSarif ? sarifFile ? resolveIn(sarifFile) : join23(process.env.RUNNER_TEMP || workspace, "leakhound.sarif") : void 0;
  const argv = [
    "git",
    workspace,
    ...scope.args,
    "--exit-code",
    "1",
    ...config ? ["--config", resolveIn(config)] : [],
    ...baseline ? ["--baseline", resolveIn(baseline)] : [],
    ...baseSettings ? ["--settings-from", "base"] : [],
    ...verify ? ["--verify"] : [],
    ...ticket ? ["--ticket", ticket] : [],
    ...revoke ? ["--revoke", "--yes", ...revoke === "all" ? [] : ["--revoke-providers", revoke.replace(/\s+/g, "")]] : [],
    ...splitArgs(input("args"))
  ];
  const fails = (f) => failOn === "any" || failOn === "live" && f.verification?.status === "live";
  const embedded = {
    sinks: (settings) => {
      const github = {
        failing: fails,
        scanned: scope.description,
        ...sarifPath ? { sarifPath } : {},
        baseSettings,
        // inline allows the change adds are honoured, and shown to the reviewer
        allowedInline: () => embedded.allowedInline ?? []
      };
      const format = (name) => createReporter(name, {
        rules: settings.rules,
        redaction: "default",
        color: false,
        toolVersion: VERSION,
        github,
        // what the SARIF leaves out to fit GitHub's limits is said in the log
        onNotice: (message) => void process.stderr.write(`leakhound: warning: ${inert(message)}
`)
      });
      return [
        new ReporterSink(format("github-annotations"), {
          stream: (text) => process.stdout.write(text),
          end: (text) => process.stdout.write(text)
        }),
        ...sarifPath ? [new ReporterSink(format("sarif"), { end: (text) => writeWholeFile(sarifPath, text, "SARIF ") })] : [],
        ...process.env.GITHUB_STEP_SUMMARY ? [
          new ReporterSink(format("github-summary"), {
            end: (text) => appendChecked(process.env.GITHUB_STEP_SUMMARY, text, "step summary ")
          })
        ] : [],
        new DiagnosticsSink((text) => void process.stderr.write(text))
      ];
    }
  };
  const code = await runEmbedded(embedded, () => main(argv));
  if (!embedded.result) return code === 0 ? 2 : code;
  const findings = embedded.result.findings;
  const live = findings.filter((f) => f.verification?.status === "live").length;
  setOutputs(process.env.GITHUB_OUTPUT, { findings: findings.length, live, "sarif-file": sarifPath ?? "" });
  if (findings.length > 0 && failOn === "any") {
    process.stdout.write(
      `::error::leakhound found ${findings.length} ${findings.length === 1 ? "secret" : "secrets"} in ${escapeData(scope.description)}
`
    );
    return 1;
  }
  if (live > 0 && failOn === "live") {
    process.stdout.write(
      `::error::leakhound found ${live} live ${live === 1 ? "secret" : "secrets"} in ${escapeData(scope.description)}: rotate them now
`
    );
    return 1;
  }
  return code === 2 ? 2 : 0;
}
async function actionEntry() {
  process.exitCode = 2;
  let code;
  try {
    code = await runAction();
  } catch (err) {
    code = reportFailure(err, process.env.RUNNER_DEBUG === "1");
  }
  process.exitCode = code;
}

// src/action/index.ts
void actionEntry();

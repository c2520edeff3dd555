var __getOwnPropNames = Object.getOwnPropertyNames;
var __esm = (fn, res, err) => function __init() {
  if (err) throw err[0];
  try {
    return fn && (res = (0, fn[__getOwnPropNames(fn)[0]])(fn = 0)), res;
  } catch (e) {
    throw err = [e], e;
  }
};

// src/errors.ts
var LeakhoundError;
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
  }
});

// src/sources/git-hardening.ts
import { existsSync, realpathSync } from "node:fs";
import { dirname, join, resolve } from "node:path";
function hardeningArgs(extra = []) {
  return ["--no-pager", ...[...HARDENING_CONFIG, ...extra].flatMap((setting) => ["-c", setting])];
}
function safeDirectoryArgs(repo2) {
  const here = realPath(resolve(repo2));
  const top = realPath(workTreeTopOf(here));
  return (top === here ? [here] : [here, top]).flatMap((dir) => ["-c", `safe.directory=${dir}`]);
}
function scannedRepoArgs(repo2) {
  return ["-C", repo2, ...hardeningArgs(REPO_CONFIG_NEUTRAL), ...safeDirectoryArgs(repo2)];
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
  for (let d = dir; ; d = dirname(d)) {
    if (existsSync(join(d, ".git"))) return d;
    if (dirname(d) === d) return dir;
  }
}
var HARDENING_CONFIG, REPO_CONFIG_NEUTRAL, HARDENING_ENV;
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
var init_lines = __esm({
  "src/sources/lines.ts"() {
    "use strict";
  }
});

// src/sources/patch.ts
var DIFF_GIT, PLUS3, BINARY;
var init_patch = __esm({
  "src/sources/patch.ts"() {
    "use strict";
    init_lines();
    DIFF_GIT = Buffer.from("diff --git ");
    PLUS3 = Buffer.from("+++ ");
    BINARY = Buffer.from("Binary files ");
  }
});

// src/sources/git.ts
import { createRequire as createRequire4 } from "node:module";
function gitEnv() {
  return hardenedEnv();
}
var require5, DIFF_OPTIONS, STAGED_DIFF;
var init_git = __esm({
  "src/sources/git.ts"() {
    "use strict";
    init_errors();
    init_git_hardening();
    init_patch();
    require5 = createRequire4(import.meta.url);
    DIFF_OPTIONS = ["-U0", "--no-color", "--no-ext-diff", "--no-textconv", "--find-renames", "--ignore-submodules"];
    STAGED_DIFF = ["diff", "--cached", ...DIFF_OPTIONS, "--"];
  }
});

// src/sources/cat-file.ts
import { spawn } from "node:child_process";
var NL, requestLines, BlobReader;
var init_cat_file = __esm({
  "src/sources/cat-file.ts"() {
    "use strict";
    init_git();
    init_git_hardening();
    NL = 10;
    requestLines = (oids) => `${oids.join("\n")}
`;
    BlobReader = class {
      constructor(repo2, maxBytes) {
        this.repo = repo2;
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
            const nl = chunk.indexOf(NL, at);
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

// src/sources/encoding.ts
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

// src/scan/history-worker.ts
import { parentPort, workerData } from "node:worker_threads";

// src/engine/detector.ts
import { isAscii } from "node:buffer";
import RE22 from "re2";

// src/filters/allowlist.ts
init_errors();
import RE2 from "re2";

// src/filters/glob.ts
import { createRequire } from "node:module";
var require2 = createRequire(import.meta.url);
function globMatcher(patterns) {
  if (!patterns?.length) return void 0;
  const anchored = patterns.map((p) => p.includes("/") ? p.replace(/^\.?\//, "") : `**/${p}`);
  const picomatch = require2("picomatch");
  return picomatch(anchored, { dot: true });
}

// src/filters/allowlist.ts
var AllowSpec = class {
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
var Allowlist = class {
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
function compileRegex(source, flags, where) {
  try {
    return new RE2(source, flags);
  } catch (err) {
    const why = err instanceof Error ? err.message : String(err);
    throw new LeakhoundError("BAD_RULE", `${where}: invalid regex ${JSON.stringify(source)}: ${why}`);
  }
}

// src/filters/inline.ts
var MARKER_TEXTS = ["leakhound:allow", "gitleaks:allow"];
var MARKERS = MARKER_TEXTS.map((m) => Buffer.from(m, "latin1"));
var verdicts = /* @__PURE__ */ new WeakMap();
function inlineAllowed(bytes, lines, line) {
  let known = verdicts.get(lines);
  if (!known) verdicts.set(lines, known = /* @__PURE__ */ new Map());
  let allowed = known.get(line);
  if (allowed === void 0) {
    const text = bytes.subarray(lines.start(line), lines.end(line));
    allowed = MARKERS.some((m) => text.includes(m));
    known.set(line, allowed);
  }
  return allowed;
}

// src/filters/placeholder.ts
var TEMPLATE = /\$\{|\{\{|\$\(|%\(|#\{|<[^>]*>|^\$[A-Za-z_]|^%[A-Za-z_]+%$|^\[.*\]$/;
var PRINTF_VERB = /%[sdvq]/;
var CODE_START = /^(?:[&*%]|\+[A-Za-z_$][\w$.]*\+$)/;
var PLACEHOLDER_WORDS_CS = /xxxx|XXXX/;
var PLACEHOLDER_WORDS = /example|placeholder|changeme|change_me|dummy|redacted|replace|insert|sample|\*\*\*|###|\.\.\.|secret|passw|token|api_?key/i;
var TYPED_RUNS = /abcdef|bcdefg|012345|123456|234567|345678|456789|987654|876543|765432|654321/i;
var TIMESTAMP = /^(?:\d{4}-\d{2}-\d{2}(?:[T ]\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?(?:Z|[+-]\d{2}:?\d{2})?)?|1\d{9}|1\d{12})$/;
var PLACEHOLDER_START = /^(?:your|my|todo|fake|test|dummy|undefined|null|none|nil|true|false|string|value|default|enter|put|add)(?:$|[_. -])/i;
var CODE_REFERENCE = /^(?:process\.env|os\.environ|os\.getenv|env\.|ENV\[|config\.|settings\.|this\.|self\.|props\.|params\.|req\.|request\.|args\.|options\.|opts\.)/;
var SLASHED_PATH = /^(?=[^/]*\/[^/]*\/)(?=.*[-_])[\w.\-/]+$/;
var UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
var OBJECT_ID = /^(?:[0-9a-f]{40}|[0-9a-f]{64})$/i;
var DOTTED_PATH = /^[A-Za-z_$][\w$]*(?:\.[A-Za-z_$][\w$]*)+$/;
var ID_NAME_PARTS = /* @__PURE__ */ new Set([
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
var NON_SECRET_LAST_PARTS = /* @__PURE__ */ new Set([
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
var NON_SECRET_PARTS = /^(?:csrf|xsrf|public\w*)$/i;
var LETTERS_ONLY = /^[A-Za-z_.-]+$/;
var LETTERS_AND_DIGITS = /^[A-Za-z][A-Za-z0-9_.-]*$/;
var WORD_PARTS = /[A-Z]?[a-z]+|[A-Z]+(?![a-z])/g;
var NAME_PARTS = /[A-Z]?[a-z]+|[A-Z]+(?![a-z])|[0-9]+/g;
var HAS_VOWEL = /[aeiouy]/i;
var CAPITAL_STARTS_WORD = /^(?:[a-z0-9_.-]|[A-Z](?=[a-z0-9_.-]|$))+$/;
var ONE_CHAR_REPEATED = /^(.)\1*$/;
var CODE_FOLLOWS = /* @__PURE__ */ new Set(["(", "[", "."]);
var LOCATION = /^(?:\.{1,2}\/|~\/|\/[a-z_][a-z0-9_.-]{2,}\/|[A-Za-z][A-Za-z0-9+.-]*:\/\/)/;
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
    const digits = numbers.reduce((n, run) => n + run.length, 0);
    if (numbers.length > 2 || numbers.some((run) => run.length > 4) || digits * 4 > name.length) return false;
    if (!/^[A-Z0-9_.-]+$/.test(name) && !CAPITAL_STARTS_WORD.test(name)) return false;
  }
  const parts = (name.match(WORD_PARTS) ?? []).filter((part) => part.length > 1);
  if (parts.length === 0) return false;
  const averageLength = parts.reduce((n, p) => n + p.length, 0) / Math.max(1, parts.length);
  const wordLike = (part) => (part.length >= 2 && HAS_VOWEL.test(part) || /^[A-Z]{2,5}$/.test(part)) && (!withDigits || part.length <= 3 || (part.match(/[aeiouy]/gi) ?? []).length * 4 >= part.length);
  return averageLength >= 3.5 && parts.every(wordLike);
}

// src/engine/checksum.ts
import { createRequire as createRequire2 } from "node:module";
var require3 = createRequire2(import.meta.url);
function crc32(text) {
  return require3("node:zlib").crc32(text);
}
var BASE62 = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz";
function base62(n, width) {
  let out = "";
  for (let v = n; v > 0; v = Math.floor(v / 62)) out = BASE62[v % 62] + out;
  return out.padStart(width, "0");
}
function validBase62Crc32(token) {
  const sep = token.indexOf("_");
  const body = token.slice(sep + 1);
  if (body.length !== 36) return false;
  return base62(crc32(body.slice(0, 30)), 6) === body.slice(30);
}
var DISCORD_EPOCH_MS = 1420070400000n;
var SNOWFLAKE_LATEST_MS = 2208988800000n;
function validDiscordSnowflake(token) {
  const first = token.slice(0, token.indexOf("."));
  if (!/^[A-Za-z0-9_-]{23,27}$/.test(first)) return false;
  const id = Buffer.from(first, "base64url").toString("latin1");
  if (Buffer.from(id, "latin1").toString("base64url") !== first) return false;
  if (!/^[1-9][0-9]{16,19}$/.test(id)) return false;
  const createdMs = (BigInt(id) >> 22n) + DISCORD_EPOCH_MS;
  return createdMs > DISCORD_EPOCH_MS && createdMs < SNOWFLAKE_LATEST_MS;
}
var CHECKSUMS = { "base62-crc32": validBase62Crc32, "discord-snowflake": validDiscordSnowflake };

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

// src/engine/fingerprint.ts
import { createRequire as createRequire3 } from "node:module";
var require4 = createRequire3(import.meta.url);
var crypto;
function fingerprint(ruleId, secret) {
  crypto ??= require4("node:crypto");
  return crypto.createHash("sha256").update(`leakhound/v1\0${ruleId}\0${secret}`).digest("hex").slice(0, 32);
}

// src/engine/lines.ts
var CONTEXT_CHARS = 200;
var CONTEXT_BYTES = CONTEXT_CHARS * 4;
var LineIndex = class {
  constructor(bytes) {
    this.bytes = bytes;
    for (let i = bytes.indexOf(10); i !== -1; i = bytes.indexOf(10, i + 1)) this.starts.push(i + 1);
  }
  bytes;
  starts = [0];
  // the last column asked for, so that matches met in order along one long line cost their distance, not the line's
  // length
  lastColumn;
  lastText;
  /** 0-based line holding the byte at `offset` */
  lineOf(offset) {
    let lo = 0;
    let hi = this.starts.length - 1;
    while (lo < hi) {
      const mid = lo + hi + 1 >> 1;
      if (this.starts[mid] <= offset) lo = mid;
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
var LEADING_WORD = /^[\w+/=.~-]+/;
var TRAILING_WORD = /[\w+/=.~-]+$/;
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

// src/engine/detector.ts
var MAX_REMEMBERED_PATHS = 2e4;
var PROVIDER = 0;
var FILE_FORMAT = 1;
var GENERIC = 2;
var NAME_VALUE = 3;
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
var LITERAL_PREFILTER_BYTES = 16 * 1024;
var Detector = class {
  constructor(rules2, options = {}) {
    this.rules = rules2;
    this.allowlist = options.allowlist && !options.allowlist.isEmpty ? options.allowlist : void 0;
    this.compiled = new Array(rules2.length);
    this.pathRules = new Array(rules2.length);
    const keywordIndex = /* @__PURE__ */ new Map();
    rules2.forEach((rule, ruleIndex) => {
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
    let lines;
    const found = [];
    const vetoes = [];
    for (const index of ruleIndexes) {
      const compiled = this.compiled[index] ??= compileRule(this.rules[index]);
      if (compiled.allowlist.allowsPath(relPath)) continue;
      lines ??= new LineIndex(fragment.bytes);
      const findings = compiled.regex ? this.runRule(compiled, compiled.regex, fragment, lines, vetoes) : this.fileFinding(compiled, fragment, lines);
      for (const finding of findings) found.push(finding);
    }
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
    return this.rulesToRun(fragment.bytes).filter((index) => this.appliesTo(index, relPath));
  }
  appliesTo(index, relPath) {
    const rule = this.rules[index];
    if (!rule.pathRegex) return true;
    let verdicts2 = this.pathVerdicts.get(relPath);
    if (!verdicts2) {
      if (this.pathVerdicts.size >= MAX_REMEMBERED_PATHS) this.pathVerdicts.clear();
      verdicts2 = /* @__PURE__ */ new Map();
      this.pathVerdicts.set(relPath, verdicts2);
    }
    let applies = verdicts2.get(index);
    if (applies === void 0) {
      const path = this.pathRules[index] ??= compileRegex(rule.pathRegex, "", `${rule.source}: rule "${rule.id}"`);
      applies = path.test(relPath);
      verdicts2.set(index, applies);
    }
    return applies;
  }
  rulesToRun(bytes) {
    const selected = new Set(this.unconditional);
    for (const k of this.keywordsIn(bytes)) for (const r of this.keywordRules[k]) selected.add(r);
    return [...selected].sort((a, b) => a - b);
  }
  /** A rule with a path and no regex reports the file itself (e.g. a keystore committed by mistake). */
  *fileFinding(compiled, fragment, lines) {
    const path = fragment.relPath ?? fragment.path;
    const candidate = {
      path,
      secret: "",
      match: "",
      line: "",
      ...fragment.git ? { commit: fragment.git.commit } : {}
    };
    if (compiled.allowlist.allows(candidate) || this.allowlist?.allows(candidate)) return;
    const context = lines.context(0, 0, 0);
    yield located(
      compiled,
      fragment,
      {
        startLine: 0,
        startColumn: 1,
        endLine: 0,
        endColumn: lines.columnOf(0, lines.end(0)),
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
  *runRule(compiled, regex, fragment, lines, vetoes) {
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
      const startLine = lines.lineOf(startByte);
      const endLine = lines.lineOf(Math.max(startByte, endByte - 1));
      const decoded = (text) => rule.decode ? text.split(raw).join(secret) : text;
      const match = decoded(String(m[0]).trimEnd());
      const candidate = {
        path: fragment.relPath ?? fragment.path,
        secret,
        match,
        get line() {
          return decoded(lines.text(startLine));
        },
        ...fragment.git ? { commit: fragment.git.commit } : {}
      };
      if (inlineAllowed(fragment.bytes, lines, startLine) || compiled.allowlist.allows(candidate) || this.allowlist?.allows(candidate)) {
        veto(startByte, endByte);
        continue;
      }
      const context = lines.context(startLine, startByte, endByte);
      const where = {
        startLine,
        startColumn: lines.columnOf(startLine, startByte),
        endLine,
        endColumn: lines.columnOf(endLine, endByte),
        startByte,
        endByte
      };
      yield located(compiled, fragment, where, {
        secret,
        match,
        context: decoded(context.text),
        contextColumn: context.column,
        entropy: Math.round(entropy * 1e3) / 1e3,
        fingerprint: fingerprint(rule.id, secret),
        ...field ? { field } : {}
      });
    }
  }
};
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

// src/scan/detector.ts
function createDetector(ruleSet, options = {}) {
  return new Detector(ruleSet.rules, { ...options, allowlist: new Allowlist(ruleSet.allowlists, "config allowlist") });
}

// src/scan/history-scanner.ts
init_cat_file();

// src/sources/messages.ts
init_git();
init_git_hardening();
function messageBody(raw) {
  const at = raw.indexOf("\n\n");
  return at === -1 ? Buffer.alloc(0) : raw.subarray(at + 2);
}

// src/scan/history-scanner.ts
init_encoding();

// src/filters/inherited.ts
function introducedFindings(findings, before) {
  if (!before || findings.length === 0) return findings;
  return findings.filter((f) => !(before.includes(f.secret) || f.match !== "" && before.includes(f.match)));
}

// src/sources/changes.ts
var BLOCK = 4096;
var NL2 = 10;
function changedRegion(before, after) {
  const limit = Math.min(before.length, after.length);
  const head = commonPrefix(before, after, limit);
  if (head === after.length) return void 0;
  const tail = commonSuffix(before, after, limit - head);
  if (after.length - tail <= head) return void 0;
  const start = head === 0 ? 0 : after.lastIndexOf(NL2, head - 1) + 1;
  let end = after.indexOf(NL2, Math.max(start, after.length - tail - 1));
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
  let lines = 0;
  for (let i = bytes.indexOf(NL2); i !== -1 && i < end; i = bytes.indexOf(NL2, i + 1)) lines++;
  return lines;
}

// src/scan/introduced.ts
function introducedBy(detector2, whole, before) {
  if (!before) return detector2.detect(whole);
  const region = changedRegion(before, whole.bytes);
  if (!region) return [];
  const slice = {
    ...whole,
    bytes: whole.bytes.subarray(region.start, region.end),
    firstLine: region.firstLine
  };
  return introducedFindings(detector2.detect(slice), before);
}

// src/scan/history-scanner.ts
var REPORT_EVERY = 32;
var LastVersions = class {
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
var HistoryBlobScanner = class {
  constructor(detector2, repo2, maxFileBytes2, post, fail = (err) => {
    throw err;
  }) {
    this.detector = detector2;
    this.post = post;
    this.fail = fail;
    this.reader = new BlobReader(repo2, maxFileBytes2);
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
        this.reader.read(job.oid, job.object ?? "blob").then((result) => this.scanned(job, result)).catch(this.fail);
      }
    } else if (message.end) {
      this.ending = true;
      this.reader.close();
      if (this.pending === 0) this.flush(true);
    }
  }
  /** starts its git cat-file now, before the first blob is asked for */
  start() {
    this.reader.start();
  }
  /** stops its git cat-file (a lane given up before the end) */
  close() {
    this.reader.close();
  }
  flush(done = false) {
    this.post(done ? { ...this.report, done } : this.report);
    this.report = emptyReport();
  }
  scanned(job, result) {
    if (job.object && result.kind === "blob") {
      const bytes = messageBody(result.bytes);
      this.report.bytes += bytes.length;
      this.found(job, this.detector.detect({ path: job.path, bytes, git: job.commit }));
    } else if (result.kind === "missing") {
      this.report.errors.push({
        path: `${job.path} (commit ${job.commit.commit.slice(0, 12)})`,
        reason: result.reason
      });
    } else if (result.kind === "large") {
      this.report.large++;
    } else {
      this.scannedText(job, result.bytes);
      return;
    }
    this.finished();
  }
  /** A blob read whole: scanned as text (UTF-16 decoded, see sources/encoding.ts) unless it is binary. */
  scannedText(job, raw) {
    const text = asText(raw);
    const { detector: detector2 } = this;
    if (text.kind === "binary") {
      this.report.binary++;
      this.found(job, detector2.detectByPath({ path: job.path, git: job.commit }));
    } else if (text.kind === "undecodable") {
      this.report.errors.push({ path: `${job.path} (commit ${job.commit.commit.slice(0, 12)})`, reason: text.reason });
    } else {
      const bytes = text.bytes;
      this.report.bytes += raw.length;
      const whole = { path: job.path, bytes, git: job.commit };
      const before = job.parentOid ? this.lastVersions.get(job.path, job.parentOid) : void 0;
      this.lastVersions.set(job.path, job.oid, bytes);
      if (before) {
        this.found(job, introducedBy(detector2, whole, before));
      } else if (job.parentOid && detector2.mayFind(whole)) {
        this.reader.read(job.parentOid).then((parent) => {
          this.found(
            job,
            introducedBy(detector2, whole, parent.kind === "blob" ? textOrBytes(parent.bytes) : void 0)
          );
          this.finished();
        }).catch(this.fail);
        return;
      } else {
        this.found(job, detector2.detect(whole));
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
function emptyReport() {
  return { outcomes: [], completed: 0, bytes: 0, binary: 0, large: 0, errors: [] };
}
function textOrBytes(raw) {
  const text = asText(raw);
  return text.kind === "text" ? text.bytes : raw;
}

// src/scan/history-worker.ts
var { rules, allowlists, maxFileBytes, repo } = workerData;
var detector = createDetector({ rules, allowlists }, { literalPrefilterBytes: 0 });
var scanner = new HistoryBlobScanner(detector, repo, maxFileBytes, (report) => parentPort.postMessage(report));
parentPort.on("message", (message) => scanner.handle(message));

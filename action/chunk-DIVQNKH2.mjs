import {
  LeakhoundError
} from "./chunk-J2RLNSZZ.mjs";

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
import RE2 from "re2";
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

// src/engine/detector.ts
import RE22 from "re2";

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
function hasInlineAllow(line) {
  return MARKER_TEXTS.some((m) => line.includes(m));
}
function withoutInlineAllow(line) {
  return MARKER_TEXTS.reduce((text, m) => text.split(m).join(" ".repeat(m.length)), line);
}

// src/filters/placeholder.ts
var TEMPLATE = /\$\{|\{\{|\$\(|%\(|#\{|<[^>]*>|^\$[A-Za-z_]|^%[A-Za-z_]+%$|^\[.*\]$/;
var PLACEHOLDER_WORDS_CS = /xxxx|XXXX/;
var PLACEHOLDER_WORDS = /example|placeholder|changeme|change_me|dummy|redacted|replace|insert|sample|\*\*\*|\.\.\.|secret|passw|token|api_?key/i;
var PLACEHOLDER_START = /^(?:your|my|todo|fake|test|dummy|undefined|null|none|nil|true|false|string|value|default|enter|put|add)(?:$|[_. -])/i;
var CODE_REFERENCE = /^(?:process\.env|os\.environ|os\.getenv|env\.|ENV\[|config\.|settings\.|this\.|self\.|props\.|params\.|req\.|request\.|args\.|options\.|opts\.)/;
var SLASHED_PATH = /^(?=[^/]*\/[^/]*\/)(?=.*[-_])[\w.\-/]+$/;
var UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
var OBJECT_ID = /^(?:[0-9a-f]{40}|[0-9a-f]{64})$/;
var DOTTED_PATH = /^[A-Za-z_$][\w$]*(?:\.[A-Za-z_$][\w$]*)+$/;
var LETTERS_ONLY = /^[A-Za-z_.-]+$/;
var WORD_PARTS = /[A-Z]?[a-z]+|[A-Z]+(?![a-z])/g;
var HAS_VOWEL = /[aeiouy]/i;
var ONE_CHAR_REPEATED = /^(.)\1*$/;
var CODE_FOLLOWS = /* @__PURE__ */ new Set(["(", "[", "."]);
var LOCATION = /^(?:\.{1,2}\/|~\/|\/[a-z_][a-z0-9_.-]{2,}\/|[a-z][a-z0-9+.-]*:\/\/)/i;
function isPlaceholder(value, after = "") {
  if (value.length < 4) return true;
  if (CODE_FOLLOWS.has(after.charAt(0)) || after.charAt(0) === "<" && after.charAt(1) !== "/") return true;
  if (LOCATION.test(value) || SLASHED_PATH.test(value)) return true;
  if (UUID.test(value) || OBJECT_ID.test(value)) return true;
  if (ONE_CHAR_REPEATED.test(value)) return true;
  if (TEMPLATE.test(value)) return true;
  if (CODE_REFERENCE.test(value) || DOTTED_PATH.test(value)) return true;
  if (isIdentifier(value)) return true;
  if (PLACEHOLDER_WORDS.test(value) || PLACEHOLDER_WORDS_CS.test(value) || PLACEHOLDER_START.test(value)) return true;
  return false;
}
function isDocumentationExample(secret) {
  return /EXAMPLE/i.test(secret) || /x{6,}|0{10,}|1234567890/i.test(secret);
}
function isIdentifier(value) {
  const name = value.replace(/^[^A-Za-z0-9]+|[^A-Za-z0-9]+$/g, "");
  if (!LETTERS_ONLY.test(name)) return false;
  const parts = (name.match(WORD_PARTS) ?? []).filter((part) => part.length > 1);
  if (parts.length === 0) return false;
  const averageLength = parts.reduce((n, p) => n + p.length, 0) / Math.max(1, parts.length);
  return averageLength >= 3.5 && parts.every((part) => part.length >= 2 && HAS_VOWEL.test(part) || /^[A-Z]{2,5}$/.test(part));
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
var CHECKSUMS = { "base62-crc32": validBase62Crc32 };

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
  // the last column asked for, so that matches met in order along one long line cost their distance, not the line's length
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
    if (this.lastText?.line !== line) this.lastText = { line, text: this.bytes.toString("utf8", this.start(line), this.end(line)) };
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
function compileRule(rule) {
  const where = `${rule.source}: rule "${rule.id}"`;
  return {
    rule,
    regex: rule.regex ? compileRegex(rule.regex, "gd", where) : void 0,
    allowlist: new Allowlist(rule.allowlists, where),
    // generic and file-format rules yield to a provider's rule that finds the same secret
    generic: rule.tags.includes("generic") || rule.tags.includes("config-file")
  };
}
var Detector = class {
  constructor(rules, options = {}) {
    this.rules = rules;
    this.allowlist = options.allowlist && !options.allowlist.isEmpty ? options.allowlist : void 0;
    this.compiled = new Array(rules.length);
    this.pathRules = new Array(rules.length);
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
    const patterns = [...keywordIndex.keys()].map(escapeLiteral);
    this.keywordSet = patterns.length > 0 ? new RE22.Set(patterns, "i") : void 0;
  }
  rules;
  /** compiled on first use: most rules never run on a small input, and start-up time matters */
  compiled;
  keywordSet;
  /** keyword index in keywordSet → indexes of the rules that use it */
  keywordRules = [];
  /** rules without keywords: they run on every fragment */
  unconditional = [];
  allowlist;
  /** the path regexes of file-format rules, compiled on first use */
  pathRules;
  /** per path: which file-format rules apply to it */
  pathVerdicts = /* @__PURE__ */ new Map();
  /** Findings in one fragment, after every filter (allowlists, inline allows, placeholders). */
  detect(fragment) {
    const relPath = fragment.relPath ?? fragment.path;
    const ruleIndexes = this.rulesFor(fragment);
    if (ruleIndexes.length === 0) return [];
    let lines;
    const found = [];
    for (const index of ruleIndexes) {
      const compiled = this.compiled[index] ??= compileRule(this.rules[index]);
      if (compiled.allowlist.allowsPath(relPath)) continue;
      lines ??= new LineIndex(fragment.bytes);
      const findings = compiled.regex ? this.runRule(compiled, compiled.regex, fragment, lines) : this.fileFinding(compiled, fragment, lines);
      for (const finding of findings) found.push(finding);
    }
    return dropGenericOverlaps(found).map(({ startByte: _s, endByte: _e, generic: _g, ...finding }) => finding);
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
    if (this.keywordSet) {
      for (const k of this.keywordSet.match(bytes)) for (const r of this.keywordRules[k]) selected.add(r);
    }
    return [...selected].sort((a, b) => a - b);
  }
  /** A rule with a path and no regex reports the file itself (e.g. a keystore committed by mistake). */
  *fileFinding(compiled, fragment, lines) {
    const path = fragment.relPath ?? fragment.path;
    const candidate = { path, secret: "", match: "", line: "", ...fragment.git ? { commit: fragment.git.commit } : {} };
    if (compiled.allowlist.allows(candidate) || this.allowlist?.allows(candidate)) return;
    const context = lines.context(0, 0, 0);
    yield located(compiled, fragment, { startLine: 0, startColumn: 1, endLine: 0, endColumn: lines.columnOf(0, lines.end(0)), startByte: 0, endByte: 0 }, {
      secret: "",
      match: `file detected: ${path}`,
      context: context.text,
      contextColumn: context.column,
      entropy: 0,
      fingerprint: fingerprint(compiled.rule.id, `path:${path}`)
    });
  }
  *runRule(compiled, regex, fragment, lines) {
    const { rule } = compiled;
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
      const entropy = shannonEntropy(secret);
      if (rule.entropy !== void 0 && entropy < rule.entropy) continue;
      if (rule.checksum && !CHECKSUMS[rule.checksum](secret)) continue;
      if (isDocumentationExample(secret)) continue;
      if (rule.placeholderCheck && isPlaceholder(secret, fragment.bytes.toString("latin1", endByte, endByte + 2))) continue;
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
      if (inlineAllowed(fragment.bytes, lines, startLine) || compiled.allowlist.allows(candidate) || this.allowlist?.allows(candidate)) continue;
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
    generic: compiled.generic
  };
}
function decodeBase64Text(value) {
  if (!/^[A-Za-z0-9+/]+={0,2}$/.test(value) || value.length % 4 === 1) return void 0;
  const text = Buffer.from(value, "base64").toString("utf8");
  return text.length > 0 && /^[\x20-\x7e\u00a0-\uffff]+$/.test(text) && !text.includes("\uFFFD") ? text : void 0;
}
function fileLine(fragment, line) {
  if (fragment.lineMap) return fragment.lineMap[line] ?? line + 1;
  return (fragment.firstLine ?? 0) + line + 1;
}
function dropGenericOverlaps(found) {
  const specific = found.filter((f) => !f.generic);
  if (specific.length === 0 || specific.length === found.length) return found;
  return found.filter((f) => !f.generic || !specific.some((s) => s.startByte < f.endByte && f.startByte < s.endByte));
}
function escapeLiteral(text) {
  return text.replace(/[\\^$.*+?()[\]{}|]/g, "\\$&");
}

export {
  globMatcher,
  Allowlist,
  compileRegex,
  hasInlineAllow,
  withoutInlineAllow,
  crc32,
  BASE62,
  base62,
  CHECKSUMS,
  Detector
};

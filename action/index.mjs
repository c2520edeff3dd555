import {
  DEFAULT_MAX_FILE_SIZE,
  emptyStats,
  historyKey,
  markMessageSecrets,
  readFileFragment,
  walkFiles
} from "./chunk-RFE5OHY3.mjs";
import {
  createDetector,
  introducedFindings
} from "./chunk-7HPCVU6K.mjs";
import {
  COMMIT_MESSAGE_PATH,
  annotatedTags,
  tagMessagePath
} from "./chunk-IVIJFV6C.mjs";
import {
  asText
} from "./chunk-KYLIGX4I.mjs";
import {
  OutputFile,
  Redactor,
  appendChecked,
  redact,
  redactIn,
  showsSecrets,
  writeWholeFile
} from "./chunk-KE6G5FXV.mjs";
import {
  Allowlist,
  BASE62,
  CHECKSUMS,
  Detector,
  base62,
  compileRegex,
  crc32,
  globMatcher,
  hasInlineAllow,
  withoutInlineAllow
} from "./chunk-DIVQNKH2.mjs";
import {
  checkOperatorUrl
} from "./chunk-SVME7OXK.mjs";
import {
  FETCH_ARGS,
  HARDENING_CONFIG,
  LineSplitter,
  PatchParser,
  TRANSPORT_CONFIG,
  commitOf,
  existingCommits,
  fileAtCommit,
  gitEnv,
  hardenedEnv,
  hardeningArgs,
  hasGitBinary,
  inspectRepo,
  rangeEnds,
  refTips,
  revisionArgs,
  safeDirectoryArgs,
  scannedRepoArgs,
  spawnGit,
  stagedPatches,
  startStagedDiff,
  startsWith,
  unquote,
  workTreeTop
} from "./chunk-45DNU2OG.mjs";
import {
  DEFAULT_TICKETS,
  TICKET_PROVIDERS
} from "./chunk-YQVKRYVK.mjs";
import {
  LeakhoundError,
  reasonOf
} from "./chunk-J2RLNSZZ.mjs";

// src/action/main.ts
import { existsSync as existsSync10, mkdtempSync, readFileSync as readFileSync12, rmSync as rmSync3 } from "node:fs";
import { tmpdir } from "node:os";
import { isAbsolute as isAbsolute3, join as join12 } from "node:path";

// src/cli/main.ts
import yargs from "yargs";

// src/report/inert.ts
var UNSAFE = /[\u0000-\u001f\u007f-\u009f\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069\u2028\u2029]/g;
var UNSAFE_IN_JSON = /[\u007f-\u009f\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069\u2028\u2029]/g;
var NAMED = { "	": "\\t", "\n": "\\n", "\r": "\\r" };
var hex = (c, width) => c.charCodeAt(0).toString(16).padStart(width, "0");
function inert(text) {
  return text.replace(UNSAFE, (c) => NAMED[c] ?? (c.charCodeAt(0) < 256 ? `\\x${hex(c, 2)}` : `\\u${hex(c, 4)}`));
}
function inertJson(json) {
  return json.replace(UNSAFE_IN_JSON, (c) => `\\u${hex(c, 4)}`);
}

// src/report/present.ts
function present(finding, redaction, redactor) {
  const showSecrets = showsSecrets(redaction);
  const { messageSecrets = [], ...git2 } = finding.git ?? {};
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
    ...finding.hiddenBy ? { hiddenBy: finding.hiddenBy } : {},
    ...git2,
    // the repository chose its commit messages and author fields: they may quote a secret, or hold secrets of their own
    ...git2.message !== void 0 ? { message: mask(git2.message, [finding.secret, ...messageSecrets]) } : {},
    ...git2.author !== void 0 ? { author: mask(git2.author, [finding.secret]) } : {},
    ...git2.email !== void 0 ? { email: mask(git2.email, [finding.secret]) } : {}
  };
}

// src/report/summary.ts
function formatBytes(bytes) {
  if (bytes < 1024) return `${bytes} B`;
  if (bytes < 1024 * 1024) return `${(bytes / 1024).toFixed(1)} KB`;
  if (bytes < 1024 * 1024 * 1024) return `${(bytes / 1024 / 1024).toFixed(1)} MB`;
  return `${(bytes / 1024 / 1024 / 1024).toFixed(2)} GB`;
}
function summaryLine(stats, findings, elapsedMs, unit = "file") {
  const parts = [`scanned ${stats.files} ${stats.files === 1 ? unit : `${unit}s`} (${formatBytes(stats.bytes)})`];
  const skipped = [];
  if (stats.skippedBinary) skipped.push(`${stats.skippedBinary} binary`);
  if (stats.skippedLarge) skipped.push(`${stats.skippedLarge} over the size limit`);
  if (skipped.length) parts.push(`skipped ${skipped.join(", ")}`);
  if (stats.errors.length) parts.push(`${stats.errors.length} unreadable`);
  parts.push(`${findings} ${findings === 1 ? "finding" : "findings"}${stats.known ? ` (${stats.known} more known in the baseline)` : ""}`);
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

// src/report/json.ts
function jsonReporter(ctx) {
  return {
    end: ({ findings }) => inertJson(JSON.stringify(findings.map((f) => present(f, ctx.redaction, ctx.redactor)), null, 2)) + "\n"
  };
}
function jsonEnvelopeReporter(ctx) {
  return {
    end: ({ findings, stats, elapsedMs, unit }) => inertJson(JSON.stringify({ findings: findings.map((f) => present(f, ctx.redaction, ctx.redactor)), summary: scanSummary(stats, findings.length, elapsedMs, unit) }, null, 2)) + "\n"
  };
}

// src/report/jsonl.ts
function jsonlReporter(ctx) {
  return {
    onFinding: (finding) => inertJson(JSON.stringify(present(finding, ctx.redaction, ctx.redactor))) + "\n",
    end: ({ findings, stats, elapsedMs, unit }) => inertJson(JSON.stringify(scanSummary(stats, findings.length, elapsedMs, unit))) + "\n"
  };
}

// src/report/sarif.ts
var SARIF_SCHEMA = "https://docs.oasis-open.org/sarif/sarif/v2.1.0/errata01/os/schemas/sarif-schema-2.1.0.json";
var INFORMATION_URI = "https://github.com/leakhound/leakhound";
var FINGERPRINT_KEY = "secretFingerprint/v1";
var SECURITY_SEVERITY = { critical: "9.5", high: "8.0", medium: "5.5", low: "3.0" };
var LEVEL = { critical: "error", high: "error", medium: "warning", low: "note" };
function ruleName(id) {
  return id.replace(/(^|-)([a-z0-9])/g, (_m, _d, c) => c.toUpperCase());
}
function descriptor(rule) {
  const rotate = rule.rotate || "Revoke the secret at its provider, issue a new one, and remove it from the code.";
  const refs = rule.references.map((r) => `- ${r}`).join("\n");
  return {
    id: rule.id,
    name: ruleName(rule.id),
    shortDescription: { text: rule.description },
    fullDescription: { text: `${rule.description}. A secret of this kind in source code or history lets anyone who reads it act as its owner.` },
    help: {
      text: `How to fix: ${rotate} Then remove it from the code; if it was committed, it stays in history until rotated.`,
      markdown: `**How to fix:** ${rotate}

Then remove it from the code (read it from the environment or a secret manager). If it was committed, it stays in git history: rotating it is what makes it harmless.${refs ? `

**References**
${refs}` : ""}`
    },
    ...rule.references[0] ? { helpUri: rule.references[0] } : {},
    defaultConfiguration: { level: LEVEL[rule.severity] },
    properties: {
      tags: ["security", "secret", ...rule.tags],
      precision: rule.tags.includes("generic") ? "medium" : "high",
      "security-severity": SECURITY_SEVERITY[rule.severity]
    }
  };
}
function artifactUri(path) {
  const encoded = path.split("/").map(encodeURIComponent).join("/");
  return path.startsWith("/") ? `file://${encoded}` : encoded;
}
function result(f, ruleIndex) {
  const properties = { entropy: f.entropy };
  for (const key2 of ["field", "commit", "author", "email", "date", "message", "verification", "verificationReason"]) {
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
    properties: { unit: summary.unit, scanned: summary.scanned, bytes: summary.bytes, skippedBinary: summary.skipped.binary, skippedLarge: summary.skipped.large, known: summary.known }
  };
}
function buildSarif(findings, ctx, summary) {
  const indexOf = new Map(ctx.rules.map((r, i) => [r.id, i]));
  return {
    $schema: SARIF_SCHEMA,
    version: "2.1.0",
    runs: [
      {
        tool: {
          driver: {
            name: "leakhound",
            version: ctx.toolVersion,
            semanticVersion: ctx.toolVersion,
            informationUri: INFORMATION_URI,
            rules: ctx.rules.map(descriptor)
          }
        },
        ...summary ? { invocations: [invocation(summary)] } : {},
        columnKind: "utf16CodeUnits",
        results: findings.map((f) => result(f, indexOf.get(f.ruleId) ?? -1))
      }
    ]
  };
}
function sarifReporter(ctx) {
  return {
    end: ({ findings, stats, elapsedMs, unit }) => inertJson(JSON.stringify(buildSarif(findings.map((f) => present(f, ctx.redaction, ctx.redactor)), ctx, scanSummary(stats, findings.length, elapsedMs, unit)), null, 2)) + "\n"
  };
}

// src/report/text.ts
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
      const byFile = [...findings].sort((a, b) => a.path < b.path ? -1 : a.path > b.path ? 1 : a.startLine - b.startLine || a.startColumn - b.startColumn);
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
        out.push(`  ${where} ${paint(SEVERITY_COLOR[f.severity], f.severity.padEnd(8))} ${inert(f.ruleId)}  ${inert(f.description)}${field}${commit}${status}`);
        const context = inert(ctx.redactor.context(finding, ctx.redaction).trim());
        out.push(`           ${paint(DIM, context.length > MAX_CONTEXT ? context.slice(0, MAX_CONTEXT) + "\u2026" : context)}`);
        if (f.hiddenBy) out.push(`           ${paint(SEVERITY_COLOR.high, inert(`hidden by this change to ${f.hiddenBy}: judged by the base's settings, it still counts`))}`);
      }
      for (const problem of stats.errors) out.push(inert(`could not scan ${problem.path}: ${problem.reason}`));
      if (ctx.quiet) return out.length ? out.join("\n") + "\n" : "";
      if (out.length) out.push("");
      out.push(summaryLine(stats, findings.length, elapsedMs, unit));
      if (findings.length > 0 && ctx.redaction !== 0) {
        out.push(paint(DIM, "To allow a false positive: add `leakhound:allow` in a comment on its line, or an allowlist in .leakhound.toml."));
      }
      return out.join("\n") + "\n";
    }
  };
}

// src/report/index.ts
var FORMATS = ["text", "json", "json-envelope", "jsonl", "sarif"];
function createReporter(format, given) {
  const ctx = given.redactor ? given : Object.assign(Object.create(given), { redactor: new Redactor(given.rules) });
  switch (format) {
    case "text":
      return textReporter(ctx);
    case "json":
      return jsonReporter(ctx);
    case "json-envelope":
      return jsonEnvelopeReporter(ctx);
    case "jsonl":
      return jsonlReporter(ctx);
    case "sarif":
      return sarifReporter(ctx);
  }
}

// src/version.ts
import { readFileSync } from "node:fs";
import { join as join2 } from "node:path";

// src/paths.ts
import { existsSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
function findPackageRoot(start) {
  for (let dir = start; ; dir = dirname(dir)) {
    if (existsSync(join(dir, "package.json")) && existsSync(join(dir, "rules"))) return dir;
    if (dirname(dir) === dir) throw new Error(`leakhound's package folder not found above ${start}`);
  }
}
var PACKAGE_ROOT = findPackageRoot(dirname(fileURLToPath(import.meta.url)));
var BUILTIN_RULES_DIR = join(PACKAGE_ROOT, "rules");
var COMPILED_RULES_FILE = join(PACKAGE_ROOT, "dist", "builtin-rules.json");
var WORKER_FILE = join(PACKAGE_ROOT, "dist", "scan", "worker.js");
var HISTORY_WORKER_FILE = [join(PACKAGE_ROOT, "dist", "scan", "history-worker.js"), join(PACKAGE_ROOT, "action", "history-worker.mjs")].find(
  (p) => existsSync(p)
) ?? join(PACKAGE_ROOT, "dist", "scan", "history-worker.js");
var BIN_FILE = join(PACKAGE_ROOT, "bin", "leakhound.js");

// src/version.ts
var VERSION = JSON.parse(readFileSync(join2(PACKAGE_ROOT, "package.json"), "utf8")).version;

// src/cli/stdio.ts
import { writeSync } from "node:fs";
var streamed = /* @__PURE__ */ new Set();
var failures = /* @__PURE__ */ new Map();
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
      rest = rest.subarray(writeSync(fd, rest));
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
  return new Promise((resolve10) => {
    stream(1).write("", (err) => {
      if (err && !failures.has(1)) failures.set(1, err);
      resolve10();
    });
  });
}

// src/cli/fail.ts
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
import { constants } from "node:buffer";
var usage = (message) => new LeakhoundError("USAGE", message);
function parseExitCode(value) {
  const text = String(value ?? "").trim();
  const code = /^\d+$/.test(text) ? Number(text) : NaN;
  if (!(code >= 1 && code <= 125)) throw usage(`--exit-code must be a whole number from 1 to 125, not ${JSON.stringify(String(value ?? ""))}`);
  return code;
}
var MAX_FILE_BYTES = Math.min(2 ** 31 - 1, constants.MAX_LENGTH);
var MB = 1024 * 1024;
function parseMaxFileSize(value) {
  const text = String(value ?? "").trim();
  const mb = /^\d+(\.\d+)?$|^\.\d+$/.test(text) ? Number(text) : NaN;
  if (!(mb > 0)) throw usage(`--max-file-size must be a positive number of MB, not ${JSON.stringify(String(value ?? ""))}`);
  const bytes = Math.round(mb * MB);
  if (bytes > MAX_FILE_BYTES) throw usage(`--max-file-size must be at most ${Math.floor(MAX_FILE_BYTES / MB)} MB (the largest file Node can read at once)`);
  return Math.max(1, bytes);
}
var REDACT_LEVEL = "redact-level";
function separateRedactLevel(argv) {
  return argv.map((arg) => arg.startsWith("--redact=") ? `--${REDACT_LEVEL}=${arg.slice("--redact=".length)}` : arg);
}
function parseRedaction(redact2, level) {
  if (level !== void 0) {
    if (Array.isArray(level)) throw usage("--redact=N is given more than once");
    const text = String(level).trim();
    const n = /^\d+$/.test(text) ? Number(text) : NaN;
    if (!(n >= 0 && n <= 100)) throw usage(`--redact=N takes a whole percentage from 0 to 100 (100 hides the whole secret), not ${JSON.stringify(String(level))}`);
    if (redact2 === false) throw usage("--redact=N and --no-redact contradict each other");
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
  if (given.length > 0) throw usage(`${given.join(", ")} ${given.length === 1 ? "goes" : "go"} with --verify`);
}

// src/cli/scan-commands.ts
import { existsSync as existsSync6, readFileSync as readFileSync5, statSync as statSync3 } from "node:fs";
import { join as join7, relative as relative3, resolve as resolve5 } from "node:path";

// src/config/load.ts
import { existsSync as existsSync4, readFileSync as readFileSync4, statSync as statSync2 } from "node:fs";
import { homedir } from "node:os";
import { dirname as dirname2, join as join5, posix as posix2, resolve as resolve2 } from "node:path";

// src/config/fields.ts
var FieldReader = class {
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
    if (value < range.min || value > range.max) this.fail(`field "${key2}" must be between ${range.min} and ${range.max}, not ${value}`);
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
    if (typeof value !== "object" || value === null || Array.isArray(value)) this.fail(`field "${key2}" must be a table`);
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

// src/config/rules.ts
import { existsSync as existsSync2, readFileSync as readFileSync2, readdirSync, statSync } from "node:fs";
import { createRequire } from "node:module";
import { join as join3, relative } from "node:path";
var SEVERITIES = ["critical", "high", "medium", "low"];
var RULE_KEYS = [
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
var ALLOWLIST_KEYS = ["description", "paths", "pathRegexes", "commits", "condition", "regexes", "regexTarget", "stopwords"];
var ID = /^[a-z0-9][a-z0-9-]*$/;
var builtinRulesDir = BUILTIN_RULES_DIR;
var require2 = createRequire(import.meta.url);
var toml;
function parseToml(text, source, code) {
  toml ??= require2("smol-toml");
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
  for (const source of [...reader.strings("regexes"), ...reader.strings("pathRegexes")]) compileRegex(source, "", where);
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
  if (!SEVERITIES.includes(severity)) r.fail(`severity must be one of ${SEVERITIES.join(", ")}`);
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
  if (r.has("verify")) rule.verify = r.string("verify");
  if (r.has("examplePath")) rule.examplePath = r.string("examplePath");
  if (r.has("decode")) {
    if (r.string("decode") !== "base64") r.fail(`decode must be "base64"`);
    rule.decode = "base64";
  }
  if (r.has("checksum")) {
    const checksum = r.string("checksum");
    if (!(checksum in CHECKSUMS)) r.fail(`unknown checksum "${checksum}" (known: ${Object.keys(CHECKSUMS).join(", ")})`);
    rule.checksum = checksum;
  }
  if (rule.keywords.some((k) => k.length === 0)) r.fail("keywords must not be empty strings");
  return rule;
}
function compiledGroups(re) {
  let count = 0;
  const src = re.source;
  for (let i = 0; i < src.length; i++) {
    const ch = src[i];
    if (ch === "\\") i++;
    else if (ch === "[") {
      for (i++; i < src.length && src[i] !== "]"; i++) if (src[i] === "\\") i++;
    } else if (ch === "(" && (src[i + 1] !== "?" || src[i + 2] === "P" || src[i + 2] === "<")) {
      if (!(src[i + 1] === "?" && src[i + 2] === "<" && (src[i + 3] === "=" || src[i + 3] === "!"))) count++;
    }
  }
  return count;
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
    const path = join3(dir, file);
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
var compiledRulesFile = COMPILED_RULES_FILE;
function loadBuiltinRules() {
  if (existsSync2(compiledRulesFile)) {
    const compiledAt = statSync(compiledRulesFile).mtimeMs;
    const files = readdirSync(builtinRulesDir).filter((f) => f.endsWith(".toml"));
    const compiled = JSON.parse(readFileSync2(compiledRulesFile, "utf8"));
    const fresh = compiled.files.join("\n") === files.sort().join("\n") && files.every((f) => statSync(join3(builtinRulesDir, f)).mtimeMs <= compiledAt);
    if (fresh) return compiled.rules;
  }
  return loadRuleDir(builtinRulesDir, "rules");
}

// src/config/gitleaks.ts
function gitleaksAllowlist(table, where) {
  const { paths, ...rest } = table;
  const reader = new FieldReader({ ...rest, ...paths !== void 0 ? { pathRegexes: paths } : {} }, where, "BAD_CONFIG");
  return readAllowlist(reader);
}
function allowlistsOf(table, where) {
  const reader = new FieldReader(table, where, "BAD_CONFIG");
  const one = reader.table_("allowlist");
  return [...one ? [one] : [], ...reader.tables("allowlists")].map((t, i) => gitleaksAllowlist(t, `${where} allowlist ${i + 1}`));
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
    base = parseGitleaksConfig(parseToml(included.text, included.source, "BAD_CONFIG"), included.source, include, builtin, depth + 1);
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

// src/config/config.ts
var CONFIG_FILE = ".leakhound.toml";
var GITLEAKS_CONFIG_FILE = ".gitleaks.toml";
function dialectOf(path, explicit) {
  if (explicit) return explicit;
  return /gitleaks/i.test(path.split(/[\\/]/).pop() ?? "") ? "gitleaks" : "leakhound";
}
var OPERATOR_TABLES = ["verify", "tickets"];
var LEAKHOUND_KEYS = ["title", "extend", "rules", "allowlist", "allowlists"];
function readVerify(reader) {
  reader.onlyKeys(["timeout", "concurrency", "auditLog", "baseUrls", "canaryAccounts"]);
  const baseUrls = reader.table_("baseUrls") ?? {};
  for (const [provider, url] of Object.entries(baseUrls)) {
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
    baseUrls,
    canaryAccounts: reader.strings("canaryAccounts")
  };
}
function readTickets(reader) {
  reader.onlyKeys(["provider", "repository", "apiUrl", "labels", "assignees", "url", "secretEnv", "command", "stateFile"]);
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
  return {
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
  return { detection: readDetection(doc, source, dialect, options.include, options.builtin ?? loadBuiltinRules), ignoredOperatorKeys };
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

// src/config/settings-files.ts
import { existsSync as existsSync3, realpathSync } from "node:fs";

// src/io/read-file.ts
import { closeSync, constants as constants2, fstatSync, openSync, readFileSync as readFileSync3 } from "node:fs";
function readRegularFile(path) {
  const fd = openSync(path, constants2.O_RDONLY | (constants2.O_NONBLOCK ?? 0));
  try {
    if (!fstatSync(fd).isFile()) throw Object.assign(new Error("not a regular file"), { code: "ENOTREG" });
    return readFileSync3(fd, "utf8");
  } finally {
    closeSync(fd);
  }
}

// src/config/settings-files.ts
import { isAbsolute, join as join4, posix, relative as relative2, resolve } from "node:path";
function insideRoot(root, path) {
  const rel = relative2(resolve(root), resolve(root, path));
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
  const top = resolve(root);
  let realTop;
  return {
    root: top,
    origin: "the work tree",
    label: (rel) => join4(top, rel),
    read(rel) {
      const path = join4(top, repoPath(rel));
      if (!existsSync3(path)) return void 0;
      try {
        const real = realpathSync(path);
        if (insideRoot(realTop ??= realpathSync(top), real) === void 0) {
          throw new LeakhoundError("BAD_CONFIG", `${path} leads outside the repository (a symbolic link to ${real}): not read`);
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
    root: resolve(root),
    origin: `commit ${short} (${why})`,
    label: (rel) => `${rel} at ${short}`,
    read: (rel) => fileAtCommit(root, commit, repoPath(rel))
  };
}

// src/config/load.ts
function userConfigPath(env = process.env) {
  if (env.LEAKHOUND_USER_CONFIG) return env.LEAKHOUND_USER_CONFIG;
  const base = env.XDG_CONFIG_HOME || join5(homedir(), ".config");
  return join5(base, "leakhound", "config.toml");
}
function readDisk(path, what) {
  try {
    return readFileSync4(path, "utf8");
  } catch (err) {
    throw new LeakhoundError("BAD_CONFIG", `cannot read ${what} ${path}: ${reasonOf(err)}`);
  }
}
var diskInclude = (path, from) => {
  const full = resolve2(dirname2(from), path);
  return { text: readDisk(full, "config"), source: full };
};
function repositoryInclude(files, labels) {
  return (path, from) => {
    const fromRel = labels.get(from) ?? "";
    const rel = posix2.normalize(posix2.join(posix2.dirname(fromRel), path.split("\\").join("/")));
    const text = files.read(rel);
    if (text === void 0) throw new LeakhoundError("BAD_CONFIG", `${from}: [extend] path ${path}: no such file in the repository`);
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
    const { detection, ignoredOperatorKeys } = readRepositoryConfig(text, label, { include: repositoryInclude(files, labels) });
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
  if (userPath && existsSync4(userPath)) operator = readUserConfig(readDisk(userPath, "config"), userPath);
  let detection;
  if (options.explicit) {
    const rel = options.files ? insideRoot(options.files.root, resolve2(options.explicit)) : void 0;
    const text = rel !== void 0 ? options.files.read(rel) : readDisk(options.explicit, "config");
    if (text === void 0) throw new LeakhoundError("BAD_CONFIG", `cannot read config ${options.files.label(rel)}: no such file`);
    const source = rel !== void 0 ? options.files.label(rel) : options.explicit;
    const labels = /* @__PURE__ */ new Map([[source, rel ?? ""]]);
    const include = rel !== void 0 ? repositoryInclude(options.files, labels) : diskInclude;
    const explicit = readOperatorConfig(text, source, { include, ...options.dialect ? { dialect: options.dialect } : {} });
    detection = explicit.detection;
    operator = { ...operator, ...explicit.operator };
  } else if (options.files) {
    detection = repositoryDetection(options.files, warnings);
  }
  return { ...detection ?? defaultSettings(), ...operator, warnings };
}
function rootFolder(searchDir) {
  try {
    return statSync2(searchDir).isDirectory() ? searchDir : dirname2(searchDir);
  } catch {
    return void 0;
  }
}
function loadConfig(explicitPath, searchDir) {
  const dir = rootFolder(searchDir);
  return loadSettings({ ...explicitPath ? { explicit: explicitPath } : {}, ...dir !== void 0 ? { files: workTreeFiles(dir) } : {} });
}

// src/filters/changed-settings.ts
function hiddenByChange(head) {
  const where = head.detection.source ?? "the configuration";
  let detector;
  return (finding) => {
    if (!head.detection.rules.some((r) => r.id === finding.ruleId)) return fileName(where);
    detector ??= new Detector(head.detection.rules, { allowlist: new Allowlist(head.detection.allowlists, where) });
    const text = finding.match.includes("\n") ? finding.match : finding.context;
    const again = detector.detect({ path: finding.path, bytes: Buffer.from(text, "utf8"), ...finding.git ? { git: finding.git } : {} });
    if (!again.some((f) => f.ruleId === finding.ruleId && f.secret === finding.secret)) return fileName(where);
    const known = head.known.reasonFor(finding)?.file;
    return known === void 0 ? void 0 : fileName(known);
  };
}
function fileName(label) {
  return label.replace(/ at [0-9a-f]{7,40}$/, "");
}

// src/filters/baseline.ts
var BASELINE_FILE = ".leakhound-baseline.json";
var FIRST_LINE = '{"leakhound-baseline": 1, "entries": [';
var LAST_LINE = "null]}";
function key(fingerprint, path) {
  return `${fingerprint}\0${path}`;
}
var Baseline = class _Baseline {
  constructor(entries, today = (/* @__PURE__ */ new Date()).toISOString().slice(0, 10)) {
    this.entries = entries;
    this.today = today;
    for (const entry of entries) this.byKey.set(key(entry.fingerprint, entry.path), entry);
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
      throw new LeakhoundError("BAD_CONFIG", `cannot read baseline ${path}: ${reasonOf(err)}`);
    }
    const list = Array.isArray(doc) ? doc : doc.entries;
    if (!Array.isArray(list)) throw new LeakhoundError("BAD_CONFIG", `${path}: not a leakhound baseline or JSON report`);
    const entries = [];
    for (const item of list) {
      if (item === null) continue;
      const e = item;
      const path_ = e.path ?? e.file;
      if (typeof e.fingerprint !== "string" || typeof path_ !== "string") {
        throw new LeakhoundError("BAD_CONFIG", `${path}: an entry has no fingerprint or path: ${JSON.stringify(item).slice(0, 120)}`);
      }
      if (e.expires !== void 0 && !/^\d{4}-\d{2}-\d{2}$/.test(e.expires)) {
        throw new LeakhoundError("BAD_CONFIG", `${path}: expires must be a date like 2027-01-31, not ${JSON.stringify(e.expires)}`);
      }
      entries.push({ fingerprint: e.fingerprint, path: path_, rule: e.rule ?? e.ruleId ?? "", ...e.reason ? { reason: e.reason } : {}, ...e.expires ? { expires: e.expires } : {} });
    }
    return new _Baseline(entries);
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
function entriesFor(findings, previous, root) {
  const old = new Map((previous?.entries ?? []).map((e) => [key(e.fingerprint, e.path), e]));
  const out = /* @__PURE__ */ new Map();
  for (const f of findings) {
    const path = root(f.path);
    const k = key(f.fingerprint, path);
    const before = old.get(k);
    out.set(k, { fingerprint: f.fingerprint, path, rule: f.ruleId, ...before?.reason ? { reason: before.reason } : {}, ...before?.expires ? { expires: before.expires } : {} });
  }
  return [...out.values()];
}
function writeBaseline(path, entries) {
  const sorted = [...new Map(entries.map((e) => [key(e.fingerprint, e.path), e])).values()].sort(
    (a, b) => a.fingerprint < b.fingerprint ? -1 : a.fingerprint > b.fingerprint ? 1 : a.path < b.path ? -1 : a.path > b.path ? 1 : 0
  );
  const lines2 = sorted.map((e) => `${JSON.stringify(e)},`);
  writeWholeFile(path, [FIRST_LINE, ...lines2, LAST_LINE, ""].join("\n"), "baseline ");
}

// src/scan/scan.ts
import { availableParallelism } from "node:os";

// src/scan/batch.ts
function scanFileTasks(detector, tasks, maxFileSize) {
  const result2 = { findings: [], files: 0, bytes: 0, skippedBinary: 0, skippedLarge: 0, errors: [] };
  for (const task of tasks) {
    const read = readFileFragment(task, maxFileSize);
    if (read.kind === "error" || read.kind === "undecodable") {
      result2.errors.push({ path: task.displayPath, reason: read.reason });
    } else if (read.kind === "binary") {
      result2.skippedBinary++;
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

// src/scan/pool.ts
import { Worker } from "node:worker_threads";
var ScanPool = class {
  workers;
  idle;
  waiting = /* @__PURE__ */ new Map();
  waitingFor = /* @__PURE__ */ new Map();
  nextId = 0;
  freed;
  failure;
  constructor(size, rules, allowlists, maxFileSize) {
    this.workers = Array.from({ length: size }, () => new Worker(WORKER_FILE, { workerData: { rules, allowlists, maxFileSize } }));
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
    const done = new Promise((resolve10, reject) => this.waiting.set(id, { resolve: resolve10, reject }));
    worker.postMessage({ id, tasks });
    return { done };
  }
  async close() {
    await Promise.all(this.workers.map((w) => w.terminate()));
  }
};

// src/scan/scan.ts
var INLINE_LIMIT_FILES = 200;
var BATCH_FILES = 64;
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
function scanBuffer(bytes, path, ruleSet) {
  const stats = emptyStats();
  stats.files = 1;
  stats.bytes = bytes.length;
  const text = asText(bytes);
  if (text.kind === "undecodable") stats.errors.push({ path, reason: text.reason });
  const findings = createDetector(ruleSet).detect({ path, bytes: text.kind === "text" ? text.bytes : bytes }).sort(byPosition);
  return { findings, stats };
}
function byPosition(a, b) {
  return (a.path < b.path ? -1 : a.path > b.path ? 1 : 0) || a.startLine - b.startLine || a.startColumn - b.startColumn || (a.ruleId < b.ruleId ? -1 : a.ruleId > b.ruleId ? 1 : 0);
}

// src/scan/git.ts
import { availableParallelism as availableParallelism2 } from "node:os";
import { resolve as resolve3 } from "node:path";
import { Worker as Worker2 } from "node:worker_threads";

// src/sources/listing.ts
import { spawnSync } from "node:child_process";

// src/sources/history.ts
var COMMIT_MARKER = "leakhound-commit ";
var MARKER_BYTES = Buffer.from(COMMIT_MARKER, "latin1");
var COLON = 58;
var NULL_OID = /^0+$/;
var GITLINK = "160000";
var TREE = "040000";
var COMMIT_FORMAT = "%H%n%an%n%ae%n%aI%n%s";
function blobLogArgs(revisions, commits) {
  return [
    "log",
    "--raw",
    "--no-abbrev",
    // nothing the repository chose runs: no diff programs, no signature checks (git-hardening.ts)
    "--no-ext-diff",
    "--no-textconv",
    "--no-show-signature",
    "--no-renames",
    "--diff-merges=first-parent",
    "--full-history",
    ...commits ? ["--no-walk=unsorted", "--stdin"] : ["--date-order", "--reverse"],
    `--format=format:${COMMIT_MARKER}${COMMIT_FORMAT}`,
    ...commits ? [] : revisions,
    "--"
  ];
}
var BlobLogParser = class {
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
        const [hash, author, email, date, message] = this.header;
        const fresh = hash !== this.commit?.commit;
        this.commit = { commit: hash, author, email, date, message };
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
    const change = rawChange(data, start, end, "", this.commit);
    if (change) this.onChange(change);
  }
};
function rawChange(data, start, end, prefix, commit) {
  const tab = data.indexOf(9, start);
  if (data[start] !== COLON || tab === -1 || tab > end) return void 0;
  const [oldMode, newMode, oldOid, newOid, status] = data.toString("latin1", start + 1, tab).split(" ");
  if (!newOid || !status || status.startsWith("D") || newMode === GITLINK || newMode === TREE || NULL_OID.test(newOid)) return void 0;
  const parentOid = oldOid && !NULL_OID.test(oldOid) && oldMode !== TREE && oldMode !== GITLINK ? oldOid : void 0;
  const path = prefix + unquote(data.subarray(tab + 1, end));
  return parentOid ? { oid: newOid, path, parentOid, commit } : { oid: newOid, path, commit };
}

// src/sources/listing.ts
var NULL_OID2 = /^0+$/;
function gitSync(repo, args) {
  const r = spawnSync("git", [...scannedRepoArgs(repo), "-c", "core.quotePath=true", ...args], { env: gitEnv(), maxBuffer: 1 << 30 });
  const stderr = r.stderr?.toString("utf8") ?? "";
  const line = stderr.split("\n").find((l) => /^(fatal|error):/.test(l));
  const error = r.error?.message ?? line?.replace(/^(fatal|error): /, "") ?? `git ${args[0]} exited with code ${r.status}`;
  return { ok: !r.error && r.status === 0, stdout: r.stdout ?? Buffer.alloc(0), error, stderr };
}
function lines(bytes) {
  return bytes.toString("latin1").split("\n").filter(Boolean);
}
var HistoryListing = class {
  constructor(repo, revisions, onChange, onCommit) {
    this.repo = repo;
    this.revisions = revisions;
    this.onChange = onChange;
    this.onCommit = onCommit;
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
    const failure = await this.stream(blobLogArgs(this.revisions));
    if (failure.length === 0) return;
    if (/unrecognized argument|unknown option|usage:/i.test(failure[0].reason)) {
      this.problems.push(...failure);
      return;
    }
    let remaining = this.inScope().filter((c) => c === this.last || !this.listed.has(c));
    let explained = false;
    while (remaining.length > 0) {
      const problems2 = await this.stream(blobLogArgs([], "stdin"), remaining.join("\n") + "\n");
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
    if (!explained) this.problems.push(...failure);
  }
  async stream(args, input2) {
    const git2 = spawnGit(this.repo, args, input2);
    this.current = git2;
    if (this.paused) git2.stdout.pause();
    git2.stdout.on("data", (chunk) => this.parser.push(chunk));
    const problems2 = await git2.done;
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
    const ordered = gitSync(this.repo, ["rev-list", "--date-order", "--reverse", "--full-history", ...this.revisions, "--"]);
    if (ordered.ok) return lines(ordered.stdout);
    const partial = gitSync(this.repo, ["rev-list", "--full-history", ...this.revisions, "--"]);
    this.problems.push({ path: this.repo, reason: `history not scanned past a commit git cannot read: ${partial.ok ? ordered.error : partial.error}` });
    const stuck = / of commit ([0-9a-f]{40,64})/.exec(partial.stderr)?.[1];
    return [...stuck ? [stuck] : [], ...lines(partial.stdout).reverse()];
  }
  /**
   * Lists what `commit` brings by comparing its trees with its first parent's level by level, so
   * that an unreadable tree is reported with its path and the rest of the commit is still listed.
   */
  listByTrees(commit, why) {
    const head = gitSync(this.repo, ["log", "-1", "--no-walk", `--format=format:${COMMIT_FORMAT}%n%T%n%P`, commit, "--"]);
    const [hash, author, email, date, message, tree, parents] = head.stdout.toString("utf8").split("\n");
    if (!head.ok || !hash || !tree) {
      this.problems.push({ path: `commit ${commit.slice(0, 12)}`, reason: `cannot read the commit: ${head.ok ? why : head.error}` });
      return;
    }
    const provenance = { commit: hash, author: author ?? "", email: email ?? "", date: date ?? "", message: message ?? "" };
    this.listed.add(hash);
    this.onCommit(provenance);
    const parent = parents?.split(" ")[0];
    let parentTree;
    if (parent) {
      const r = gitSync(this.repo, ["rev-parse", "--verify", "-q", `${parent}^{tree}`]);
      if (r.ok) parentTree = r.stdout.toString("latin1").trim();
      else this.problems.push({ path: `commit ${hash.slice(0, 12)}`, reason: `cannot read its parent ${parent.slice(0, 12)}; its files were scanned whole` });
    }
    const before = this.problems.length;
    this.walk(parentTree, tree, "", provenance);
    if (this.problems.length === before) this.problems.push({ path: `commit ${hash.slice(0, 12)}`, reason: `git log failed (${why}); its files were listed tree by tree` });
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
      const entries = lines(r2.stdout).map((line) => {
        const [mode, , oid] = line.slice(0, line.indexOf("	")).split(" ");
        return `:000000 ${mode} ${"0".repeat(oid.length)} ${oid} A${line.slice(line.indexOf("	"))}`;
      });
      this.entries(Buffer.from(entries.join("\n") + "\n", "latin1"), void 0, prefix, commit);
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
      if (newMode !== "040000" || !newOid || NULL_OID2.test(newOid)) return;
      const path = prefix + unquote(Buffer.from(name, "latin1"));
      subtrees.push({ old: oldTree && oldMode === "040000" ? oldOid : void 0, next: newOid, path: `${path}/` });
    });
    splitter.push(raw);
    splitter.end();
    for (const { old, next, path } of subtrees) this.walk(old, next, path, commit);
  }
};

// src/scan/git.ts
var MAX_IN_FLIGHT = 256;
var MAX_QUEUED = 4096;
var BATCH = 64;
function pathHash(path) {
  let h = 2166136261;
  for (let i = 0; i < path.length; i++) h = Math.imul(h ^ path.charCodeAt(i), 16777619);
  return h >>> 0;
}
async function scanHistory(repo, ruleSet, scope = {}, options = {}) {
  if (!hasGitBinary()) {
    process.stderr.write("leakhound: note: no git executable found; reading the repository with isomorphic-git (much slower)\n");
    const { scanHistoryWithIsomorphicGit } = await import("./chunk-KVJOCZXR.mjs");
    return scanHistoryWithIsomorphicGit(repo, ruleSet, scope, options);
  }
  const info = inspectRepo(repo);
  const revisions = revisionArgs(repo, scope);
  const stats = emptyStats();
  const maxFileBytes2 = options.maxFileSize ?? DEFAULT_MAX_FILE_SIZE;
  const count = Math.max(1, Math.min(options.workers ?? availableParallelism2(), 8));
  const workers = Array.from({ length: count }, () => new Worker2(HISTORY_WORKER_FILE, { workerData: { rules: ruleSet.rules, allowlists: ruleSet.allowlists, maxFileBytes: maxFileBytes2, repo: resolve3(repo) } }));
  const inFlight = workers.map(() => 0);
  const seen = /* @__PURE__ */ new Set();
  let seq = 0;
  const queues = workers.map(() => []);
  const earliest = /* @__PURE__ */ new Map();
  let listed = false;
  let paused = false;
  const listing = new HistoryListing(
    repo,
    revisions,
    (change) => {
      const key2 = `${change.path}\0${change.oid}`;
      if (seen.has(key2)) return;
      seen.add(key2);
      queues[pathHash(change.path) % workers.length].push({ seq: ++seq, oid: change.oid, path: change.path, commit: change.commit, ...change.parentOid ? { parentOid: change.parentOid } : {} });
      dispatch();
    },
    (commit) => {
      queues[pathHash(commit.commit) % workers.length].push({ seq: ++seq, oid: commit.commit, path: COMMIT_MESSAGE_PATH, commit, object: "commit" });
      dispatch();
    }
  );
  let ended = 0;
  let finish;
  let fail;
  const finished = new Promise((resolve10, reject) => (finish = resolve10, fail = reject));
  finished.catch(() => void 0);
  const dispatch = () => {
    queues.forEach((queue, w) => {
      while (queue.length > 0 && inFlight[w] < MAX_IN_FLIGHT) {
        const jobs = queue.splice(0, Math.min(BATCH, MAX_IN_FLIGHT - inFlight[w]));
        inFlight[w] += jobs.length;
        workers[w].postMessage({ jobs });
      }
    });
    const queued = queues.reduce((n, queue) => n + queue.length, 0);
    const full = queued > MAX_QUEUED;
    if (full !== paused) {
      paused = full;
      if (full) listing.pause();
      else listing.resume();
    }
    if (listed && queued === 0 && inFlight.every((n) => n === 0) && ended === 0) {
      ended = workers.length;
      for (const worker of workers) worker.postMessage({ end: true });
    }
  };
  workers.forEach((worker, w) => {
    worker.on("message", (report2) => {
      inFlight[w] -= report2.completed;
      stats.bytes += report2.bytes;
      stats.skippedBinary += report2.binary;
      stats.skippedLarge += report2.large;
      stats.errors.push(...report2.errors);
      for (const { seq: seq2, findings } of report2.outcomes) {
        for (const finding of findings) {
          const key2 = historyKey(finding);
          const known = earliest.get(key2);
          if (!known || seq2 < known.seq) earliest.set(key2, { seq: seq2, finding });
        }
      }
      options.onProgress?.({ bytes: stats.bytes, commits: listing.commits });
      if (report2.done && --ended === 0) finish();
      else dispatch();
    });
    worker.on("error", (err) => fail(err));
  });
  try {
    await Promise.race([listing.run(), finished]);
    stats.errors.push(...listing.problems);
    for (const tag of annotatedTags(repo, (commit) => listing.has(commit))) {
      queues[pathHash(tag.oid) % workers.length].push({ seq: ++seq, oid: tag.oid, path: tagMessagePath(tag.name), commit: tag.commit, object: "tag" });
    }
    listed = true;
    dispatch();
    await finished;
    const findings = markMessageSecrets(
      [...earliest.values()].sort((a, b) => a.seq - b.seq || a.finding.startLine - b.finding.startLine || a.finding.startColumn - b.finding.startColumn).map(({ finding }) => finding)
    );
    findings.forEach((f) => options.onFinding?.(f));
    stats.files = listing.commits;
    return { findings, stats, repo: info, commits: listing.commits };
  } finally {
    listing.kill();
    await Promise.all(workers.map((worker) => worker.terminate()));
  }
}
async function scanStaged(repo, ruleSet, options = {}, diff) {
  try {
    return await scanStagedWithGit(diff ?? startStagedDiff(repo), ruleSet, options);
  } catch (err) {
    if (!(err instanceof LeakhoundError && err.code === "NO_GIT")) throw err;
    process.stderr.write("leakhound: note: no git executable found; reading the index with isomorphic-git\n");
    const { scanStagedWithIsomorphicGit } = await import("./chunk-KVJOCZXR.mjs");
    return scanStagedWithIsomorphicGit(repo, ruleSet, options);
  }
}
async function scanStagedWithGit(diff, ruleSet, options) {
  const stats = emptyStats();
  const findings = [];
  const detector = createDetector(ruleSet);
  const result2 = await stagedPatches(diff, options.maxFileSize ?? DEFAULT_MAX_FILE_SIZE, (fragment) => {
    stats.files++;
    stats.bytes += fragment.bytes.length;
    for (const finding of detector.detect(fragment)) {
      findings.push(finding);
      options.onFinding?.(finding);
    }
  });
  mergeGitStats(stats, result2);
  if (result2.binary > 0) {
    const { stagedTextFiles } = await import("./chunk-HTEWYDXB.mjs");
    const text = await stagedTextFiles(diff.repo, options.maxFileSize ?? DEFAULT_MAX_FILE_SIZE);
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
  }
  return { findings, stats };
}
function mergeGitStats(stats, result2) {
  stats.skippedBinary += result2.binary;
  stats.skippedLarge += result2.large;
  stats.errors.push(...result2.errors);
}

// src/cli/known.ts
import { resolve as resolve4 } from "node:path";

// src/filters/gitleaksignore.ts
import { existsSync as existsSync5 } from "node:fs";
import { join as join6 } from "node:path";
var GITLEAKSIGNORE_FILE = ".gitleaksignore";
var GitleaksIgnore = class _GitleaksIgnore {
  constructor(entries, ruleIds) {
    this.entries = entries;
    this.ruleIds = ruleIds;
  }
  entries;
  ruleIds;
  /** The `.gitleaksignore` in `root`, if there is one. */
  static find(root, ruleIds) {
    const path = join6(root, GITLEAKSIGNORE_FILE);
    if (!existsSync5(path)) return void 0;
    let text;
    try {
      text = readRegularFile(path);
    } catch (err) {
      throw new LeakhoundError("BAD_CONFIG", `cannot read ${path}: ${reasonOf(err)}`);
    }
    return _GitleaksIgnore.parse(text, ruleIds);
  }
  static parse(text, ruleIds) {
    const entries = [];
    for (const raw of text.split("\n")) {
      const text2 = raw.trim();
      if (!text2 || text2.startsWith("#")) continue;
      const parts = text2.split(":");
      const line = Number(parts.pop());
      const rule = parts.pop() ?? "";
      if (!Number.isInteger(line) || parts.length === 0) continue;
      const commit = /^[0-9a-f]{7,64}$/i.test(parts[0]) && parts.length > 1 ? parts.shift() : void 0;
      entries.push({ ...commit ? { commit: commit.toLowerCase() } : {}, file: parts.join(":"), rule, line });
    }
    return new _GitleaksIgnore(entries, new Set(ruleIds));
  }
  covers(finding) {
    return this.entries.some(
      (e) => e.line === finding.startLine && (finding.path === e.file || finding.path.endsWith(`/${e.file}`)) && (e.commit === void 0 || finding.git?.commit.startsWith(e.commit) === true) && (!this.ruleIds.has(e.rule) || e.rule === finding.ruleId)
    );
  }
};

// src/cli/known.ts
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
  get hidden() {
    return this.held.size;
  }
  /**
   * `explicit`: --baseline FILE, `false` for --no-baseline, undefined to use the one at the root of
   * `files`. A baseline inside the repository is read where the repository's files are read (at the
   * base commit of a pull request); one outside it is the operator's and read from disk.
   */
  constructor(files, explicit, rules) {
    if (explicit !== false) {
      const rel = explicit === void 0 ? BASELINE_FILE : files ? insideRoot(files.root, resolve4(explicit)) : void 0;
      if (rel !== void 0 && files) {
        const text = files.read(rel);
        if (text === void 0 && explicit !== void 0) throw new LeakhoundError("BAD_CONFIG", `cannot read baseline ${files.label(rel)}: no such file`);
        if (text !== void 0) {
          this.baselineFile = files.label(rel);
          this.baseline = Baseline.parse(text, this.baselineFile);
        }
      } else if (explicit !== void 0) {
        this.baselineFile = explicit;
        this.baseline = Baseline.load(explicit);
      }
    }
    const ignoreText = files?.read(GITLEAKSIGNORE_FILE);
    if (ignoreText !== void 0 && files) {
      this.ignoreFile = files.label(GITLEAKSIGNORE_FILE);
      this.ignore = GitleaksIgnore.parse(ignoreText, rules.map((r) => r.id));
    }
  }
  /** Which file accepts the finding, if any (no counting). */
  reasonFor(finding) {
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

// src/sources/inline-allows.ts
import { spawnSync as spawnSync2 } from "node:child_process";
function inlineAllowsAdded(repo, from, to, detector, maxFileBytes2) {
  const diff = spawnSync2(
    "git",
    [...scannedRepoArgs(repo), "-c", "core.quotePath=true", "diff", "-U0", "--no-color", "--no-ext-diff", "--no-textconv", "--find-renames", "--ignore-submodules", from, to, "--"],
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

// src/cli/output.ts
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
        return color ??= !options.output && !process.env.NO_COLOR && stdoutIsTerminal();
      },
      toolVersion: VERSION,
      redactor: new Redactor(rules)
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
      for (const problem of outcome.stats.errors) writeStderr(`leakhound: ${inert(`could not scan ${problem.path}: ${problem.reason}`)}
`);
    }
    if (this.failure) throw this.failure;
    if (!this.options.output) await stdoutFlushed();
    const stdout = stdoutFailure();
    if (stdout) throw new LeakhoundError("OUTPUT_FAILED", `cannot write the report to stdout: ${reasonOf(stdout)}`);
    if (this.options.format !== "text" && !this.options.quiet) {
      writeStderr(`leakhound: ${summaryLine(outcome.stats, outcome.findings.length, outcome.elapsedMs, outcome.unit)}
`);
    }
    if (outcome.stats.errors.length > 0) return 2;
    return outcome.findings.length > 0 ? this.options.exitCode : 0;
  }
};

// src/cli/progress.ts
var INTERVAL_MS = 250;
var Progress = class {
  constructor(started) {
    this.started = started;
  }
  started;
  enabled = process.stderr.isTTY === true && !process.env.CI;
  last = 0;
  shown = false;
  update = (progress) => {
    if (!this.enabled) return;
    const now = Date.now();
    if (now - this.last < INTERVAL_MS) return;
    this.last = now;
    const seconds = (now - this.started) / 1e3;
    const rate = seconds > 0 ? progress.bytes / seconds : 0;
    process.stderr.write(`\r\x1B[Kscanning history: ${progress.commits} commits listed, ${formatBytes(progress.bytes)} of file versions scanned, ${formatBytes(rate)}/s`);
    this.shown = true;
  };
  done() {
    if (this.shown) process.stderr.write("\r\x1B[K");
    this.shown = false;
  }
};

// src/cli/scan-commands.ts
function maxFileBytes(args) {
  return parseMaxFileSize(args.maxFileSize ?? 10);
}
function settingsFor(args, root, files, warn = true) {
  const config = loadSettings({ ...args.config ? { explicit: args.config } : {}, ...args.configFormat ? { dialect: args.configFormat } : {}, ...files ? { files } : {} });
  if (warn) for (const warning of config.warnings) writeStderr(`leakhound: warning: ${warning}
`);
  return { root, config, known: new KnownFindings(files, args.baseline, config.rules) };
}
async function report(args, settings, run2, unit = "file") {
  const { config } = settings;
  const sink = new ReportSink(
    { format: args.format, output: args.output, redaction: args.redaction ?? "default", exitCode: args.exitCode, quiet: args.quiet },
    config.rules
  );
  try {
    return await reportTo(sink, settings, args, run2, unit);
  } catch (err) {
    sink.abandon();
    throw err;
  }
}
async function reportTo(sink, settings, args, run2, unit) {
  const { root, config, known } = settings;
  const started = Date.now();
  const { findings, stats } = await run2((f) => {
    if (!known.isNew(f)) return;
    const hiddenBy = settings.hiddenBy?.(f);
    if (hiddenBy) f.hiddenBy = hiddenBy;
    if (!args.verify) sink.onFinding(f);
  });
  const fresh = known.fresh(findings);
  stats.known = known.hidden;
  let ticketFailures = 0;
  if (args.verify) {
    const { verifyAll, ticketAll, ticketSettings } = await import("./chunk-R42DKD6M.mjs");
    await verifyAll(fresh, { ...args, quiet: args.quiet }, config);
    if (args.explain) return fresh.length > 0 ? args.exitCode : 0;
    fresh.forEach(sink.onFinding);
    const tickets = args.explain ? void 0 : ticketSettings({ ...args, quiet: args.quiet }, config);
    if (tickets) ticketFailures = await ticketAll(fresh, tickets, config, root, args.quiet);
  }
  const code = await sink.finish({ findings: fresh, stats, elapsedMs: Date.now() - started, unit });
  return ticketFailures > 0 ? 2 : code;
}
async function dirCommand(args) {
  checkVerifyFlags(args);
  if (args.workers !== void 0 && !(Number.isInteger(args.workers) && args.workers >= 1)) {
    throw new LeakhoundError("USAGE", "--workers must be a whole number of at least 1");
  }
  const root = rootFolder(args.paths[0] ?? ".") ?? ".";
  const settings = settingsFor(args, root, workTreeFiles(root));
  const options = { include: args.include, exclude: args.exclude, maxFileSize: maxFileBytes(args), workers: args.workers };
  return report(args, settings, (onFinding) => scanPaths(args.paths, settings.config, { ...options, onFinding }));
}
async function stdinCommand(args) {
  checkVerifyFlags(args);
  if (process.stdin.isTTY) throw new LeakhoundError("USAGE", "stdin is a terminal: pipe text into `leakhound stdin`");
  const limit = maxFileBytes(args);
  const settings = settingsFor(args, process.cwd(), workTreeFiles(process.cwd()));
  const config = settings.config;
  return report(args, settings, async (onFinding) => {
    const chunks = [];
    let size = 0;
    for await (const chunk of process.stdin) {
      chunks.push(chunk);
      size += chunk.length;
      if (size > limit) {
        const stats = emptyStats();
        stats.skippedLarge = 1;
        return { findings: [], stats };
      }
    }
    const result2 = scanBuffer(Buffer.concat(chunks), args.label, config);
    result2.findings.forEach(onFinding);
    return result2;
  });
}
function historySettings(args, root) {
  if (args.settingsFrom !== "base") return settingsFor(args, root, workTreeFiles(root));
  if (!args.range) throw new LeakhoundError("USAGE", "--settings-from base needs --range A..B (the settings are read at A)");
  const [from, to] = rangeEnds(args.range);
  const base = settingsFor(args, root, commitFiles(root, commitOf(args.repo, from), "the base of the range"));
  let head;
  try {
    head = settingsFor(args, root, commitFiles(root, commitOf(args.repo, to), "the end of the range"), false);
  } catch (err) {
    writeStderr(`leakhound: warning: the settings at the end of the range cannot be read (${err instanceof Error ? err.message : String(err)}); judging by the base's alone
`);
    return base;
  }
  return { ...base, hiddenBy: hiddenByChange({ detection: head.config, known: head.known }) };
}
async function gitCommand(args) {
  checkVerifyFlags(args);
  const info = hasGitBinary() ? inspectRepo(args.repo) : await repoWithoutGit(args.repo);
  const settings = historySettings(args, info.root);
  const config = settings.config;
  if (info.shallow && !args.quiet) {
    process.stderr.write("leakhound: note: shallow clone: scanning only the commits present (git fetch --unshallow for full history)\n");
  }
  const scope = { branch: args.branch, range: args.range, sinceCommit: args.sinceCommit };
  const progress = new Progress(Date.now());
  try {
    const code = await report(
      args,
      settings,
      async (onFinding) => {
        const result2 = await scanHistory(args.repo, config, scope, { maxFileSize: maxFileBytes(args), onFinding, onProgress: progress.update });
        progress.done();
        return result2;
      },
      "commit"
    );
    if (args.range && !args.quiet) listInlineAllows(args.repo, args.range, config, maxFileBytes(args), args.redaction ?? "default");
    return code;
  } finally {
    progress.done();
  }
}
async function stagedCommand(args) {
  checkVerifyFlags(args);
  const diff = startStagedDiff(args.repo);
  diff.output.catch(() => void 0);
  const root = workTreeTop(args.repo);
  const settings = settingsFor(args, root, workTreeFiles(root));
  const code = await report(args, settings, (onFinding) => scanStaged(args.repo, settings.config, { maxFileSize: maxFileBytes(args), onFinding }, diff));
  if (code !== 0 && code !== 2 && !args.quiet) {
    writeStderr(
      "leakhound: commit blocked: the staged changes above contain secrets.\n  Remove the secret (and rotate it if it was ever pushed), or, if it is a false positive,\n  add `leakhound:allow` in a comment on its line or an allowlist entry in .leakhound.toml.\n"
    );
  }
  return code;
}
function listInlineAllows(repo, range, config, maxFileBytes2, redaction) {
  const [from, to] = rangeEnds(range);
  const allowed = inlineAllowsAdded(repo, from, to, createDetector(config), maxFileBytes2);
  if (allowed.length === 0) return;
  const lines2 = allowed.map((f) => `  ${f.path}:${f.startLine}  ${f.ruleId}  ${redact(f.secret, redaction)}`);
  writeStderr(`leakhound: note: ${allowed.length} ${allowed.length === 1 ? "finding is" : "findings are"} allowed by inline comments this range adds (honoured; a reviewer should look):
${lines2.join("\n")}
`);
}
async function repoWithoutGit(repo) {
  const { openRepo } = await import("./chunk-HCGRVSSF.mjs");
  return { root: (await openRepo(repo)).dir, shallow: false, hasHead: true };
}
function verifyCommand(args) {
  const verifying = { ...args, verify: true };
  return args.dir ? dirCommand({ ...verifying, paths: [args.target] }) : gitCommand({ ...verifying, repo: args.target });
}
async function ticketsSyncCommand(args) {
  const info = inspectRepo(args.repo);
  const { config } = settingsFor(args, info.root, workTreeFiles(info.root));
  const { findings } = await scanHistory(args.repo, config, {}, { maxFileSize: maxFileBytes(args) });
  const { syncTickets } = await import("./chunk-R42DKD6M.mjs");
  return syncTickets(findings, { ...args, quiet: args.quiet }, config, info.root);
}
async function baselineCommand(args) {
  checkVerifyFlags(args);
  const started = Date.now();
  let root;
  let config;
  let scan;
  if (args.dir) {
    root = rootFolder(args.target) ?? args.target;
    config = settingsFor(args, root, workTreeFiles(root)).config;
    scan = await scanPaths([args.target], config, { maxFileSize: maxFileBytes(args) });
  } else {
    root = inspectRepo(args.target).root;
    config = settingsFor(args, root, workTreeFiles(root)).config;
    scan = await scanHistory(args.target, config, {}, { maxFileSize: maxFileBytes(args) });
  }
  const file = args.output ?? join7(root, BASELINE_FILE);
  const previous = new KnownFindings(void 0, isRegularFile(file) ? file : false, config.rules).baseline;
  const prefix = args.dir ? args.target.replace(/\/+$/, "") + "/" : "";
  const toRoot = (path) => prefix && prefix !== "./" && path.startsWith(prefix) ? path.slice(prefix.length) : path;
  const current = entriesFor(scan.findings, previous, toRoot);
  const currentKeys = new Set(current.map((e) => `${e.fingerprint}\0${e.path}`));
  const kept = args.prune ? [] : (previous?.entries ?? []).filter((e) => !currentKeys.has(`${e.fingerprint}\0${e.path}`));
  writeBaseline(file, [...current, ...kept]);
  unionMerge(root, file);
  for (const problem of scan.stats.errors) process.stderr.write(`leakhound: ${inert(`could not scan ${problem.path}: ${problem.reason}`)}
`);
  if (!args.quiet) {
    const dropped = args.prune && previous ? previous.entries.length - current.filter((e) => previous.entries.some((p) => p.fingerprint === e.fingerprint && p.path === e.path)).length : 0;
    process.stderr.write(
      `leakhound: wrote ${file}: ${current.length + kept.length} entries (${current.length} found now${kept.length ? `, ${kept.length} kept from before` : ""}${dropped ? `, ${dropped} pruned` : ""}) in ${((Date.now() - started) / 1e3).toFixed(2)} s
`
    );
  }
  return scan.stats.errors.length > 0 ? 2 : 0;
}
function isRegularFile(path) {
  try {
    return statSync3(path).isFile();
  } catch {
    return false;
  }
}
function unionMerge(root, file) {
  const rel = relative3(resolve5(root), resolve5(file));
  if (rel.startsWith("..") || !existsSync6(join7(root, ".git"))) return;
  const attributes = join7(root, ".gitattributes");
  const line = `${rel.split("\\").join("/")} merge=union`;
  const current = existsSync6(attributes) ? readFileSync5(attributes, "utf8") : "";
  if (current.split("\n").some((l) => l.trim() === line)) return;
  writeWholeFile(attributes, `${current}${current && !current.endsWith("\n") ? "\n" : ""}${line}
`);
}

// src/cli/hook-command.ts
import { spawnSync as spawnSync4 } from "node:child_process";
import { chmodSync, existsSync as existsSync8, mkdirSync, readFileSync as readFileSync7, renameSync, rmSync, writeFileSync } from "node:fs";
import { join as join9, resolve as resolve7 } from "node:path";

// src/cli/hook-managers.ts
import { spawnSync as spawnSync3 } from "node:child_process";
import { existsSync as existsSync7, readFileSync as readFileSync6 } from "node:fs";
import { isAbsolute as isAbsolute2, join as join8, relative as relative4, resolve as resolve6, sep } from "node:path";
var HOOK_LINE = "npx --no-install leakhound staged";
function readText(path) {
  try {
    return readFileSync6(path, "utf8");
  } catch {
    return void 0;
  }
}
function gitOutput(top, args) {
  const hardening = HARDENING_CONFIG.filter((c) => !c.startsWith("core.hooksPath=")).flatMap((c) => ["-c", c]);
  const result2 = spawnSync3("git", ["-C", top, "--no-pager", ...hardening, ...safeDirectoryArgs(top), ...args], { env: gitEnv(), encoding: "utf8" });
  return result2.status === 0 ? result2.stdout.trim() : void 0;
}
var inside = (top, path) => {
  const rel = relative4(top, path);
  return rel === "" || !rel.startsWith(`..${sep}`) && rel !== ".." && !isAbsolute2(rel);
};
var printable = (text) => text.replace(/[\u0000-\u001f\u007f-\u009f]/g, "?");
var runsLeakhound = (text) => text !== void 0 && /leakhound\s+staged/.test(text);
function detectHookManager(top, hookFile, existing) {
  const hooksPath = gitOutput(top, ["config", "--get", "core.hooksPath"]);
  const shownHooksPath = printable(hooksPath ?? "");
  const hooksDir2 = hooksPath === void 0 ? void 0 : resolve6(top, hooksPath);
  if (hooksDir2 !== void 0 && inside(join8(top, ".husky"), hooksDir2)) {
    const file = join8(".husky", "pre-commit");
    return { name: "husky", evidence: `core.hooksPath=${shownHooksPath}`, file, addition: HOOK_LINE, alreadyRunsLeakhound: runsLeakhound(readText(join8(top, file))) };
  }
  for (const name of ["lefthook.yml", "lefthook.yaml", ".lefthook.yml", ".lefthook.yaml", "lefthook.toml", "lefthook.json"]) {
    if (!existsSync7(join8(top, name))) continue;
    const addition = name.endsWith(".toml") ? `[pre-commit.commands.leakhound] run = "${HOOK_LINE}"` : name.endsWith(".json") ? `"pre-commit": { "commands": { "leakhound": { "run": "${HOOK_LINE}" } } }` : `pre-commit: { commands: { leakhound: { run: ${HOOK_LINE} } } }`;
    return { name: "lefthook", evidence: name, file: name, addition, alreadyRunsLeakhound: runsLeakhound(readText(join8(top, name))) };
  }
  const packageJson = readText(join8(top, "package.json"));
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
  if (existing?.includes("File generated by pre-commit: https://pre-commit.com")) {
    const file = ".pre-commit-config.yaml";
    return {
      name: "the pre-commit framework",
      evidence: `${relative4(top, hookFile)} was generated by pre-commit`,
      file,
      addition: "a repos: entry for leakhound with `- id: leakhound` (see the README's Pre-commit section)",
      alreadyRunsLeakhound: /id:\s*leakhound\b/.test(readText(join8(top, file)) ?? "")
    };
  }
  if (hooksDir2 !== void 0 && inside(top, hooksDir2) && existing !== void 0) {
    const file = relative4(top, hookFile);
    if (gitOutput(top, ["ls-files", "--error-unmatch", "--", file]) !== void 0) {
      return { name: "a committed core.hooksPath folder", evidence: `core.hooksPath=${shownHooksPath}`, file: printable(file), addition: HOOK_LINE, alreadyRunsLeakhound: runsLeakhound(existing) };
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
  const result2 = spawnSync4("git", ["-C", repo, "--no-pager", ...hardening, ...safeDirectoryArgs(repo), "rev-parse", "--git-path", "hooks"], { env: gitEnv(), encoding: "utf8" });
  if (result2.status !== 0) throw new LeakhoundError("GIT_FAILED", `cannot find the hooks folder of ${repo}`);
  return { top: root, dir: resolve7(repo, result2.stdout.trim()) };
}
function hookScript(chained) {
  const quote = (s) => `'${s.replace(/'/g, `'\\''`)}'`;
  return [
    "#!/bin/sh",
    MARKER,
    "# Blocks a commit whose staged changes contain a secret. Skip once with: git commit --no-verify",
    ...chained ? [`"$(dirname "$0")/${CHAINED}" "$@" || exit $?`] : [],
    `node=${quote(process.execPath)}`,
    `leakhound=${quote(BIN_FILE)}`,
    'if [ -x "$node" ] && [ -f "$leakhound" ]; then exec "$node" "$leakhound" staged; fi',
    "exec npx --no-install leakhound staged",
    ""
  ].join("\n");
}
function installHookCommand(repo, options) {
  const { top, dir } = hooksDir(repo);
  const hook = join9(dir, "pre-commit");
  const existing = existsSync8(hook) ? readFileSync7(hook, "utf8") : void 0;
  const ours = existing?.includes(MARKER) ?? false;
  const manager = options.uninstall || ours ? void 0 : detectHookManager(top, hook, existing);
  if (manager !== void 0) {
    if (manager.alreadyRunsLeakhound) {
      process.stderr.write(`leakhound: ${manager.name} runs this repository's hooks and ${manager.file} already runs leakhound; nothing changed
`);
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
    rmSync(hook);
    if (existsSync8(join9(dir, CHAINED))) renameSync(join9(dir, CHAINED), hook);
    process.stderr.write(`leakhound: removed the pre-commit hook at ${hook}
`);
    return 0;
  }
  let chained = ours && existsSync8(join9(dir, CHAINED));
  if (existing !== void 0 && !ours) {
    if (options.chain) {
      if (dispatchesOnOwnName(existing)) {
        process.stderr.write(
          `leakhound: the pre-commit hook at ${hook} finds its work by its own file name, so chaining (which renames it) would disable it; no hook was installed; add to it: ${HOOK_LINE}
`
        );
        return 2;
      }
      renameSync(hook, join9(dir, CHAINED));
      chained = true;
    } else if (!options.force) {
      throw new LeakhoundError(
        "USAGE",
        `a pre-commit hook already exists at ${hook}; use --chain to run it before leakhound, or --force to replace it`
      );
    }
  }
  mkdirSync(dir, { recursive: true });
  writeFileSync(hook, hookScript(chained));
  chmodSync(hook, 493);
  process.stderr.write(`leakhound: installed the pre-commit hook at ${hook}${chained ? " (runs the previous hook first)" : ""}
`);
  return 0;
}

// src/cli/repos-command.ts
import { mkdirSync as mkdirSync4 } from "node:fs";
import { homedir as homedir2 } from "node:os";
import { dirname as dirname4, join as join11, resolve as resolve9 } from "node:path";

// src/repos/list.ts
import { createHash } from "node:crypto";
import { readFileSync as readFileSync8 } from "node:fs";
import { resolve as resolve8 } from "node:path";
var URL_LIKE = /^(?:[a-z][a-z0-9+.-]*:\/\/|git@[^:]+:)/i;
function nameFromUrl(url) {
  return url.replace(/^[a-z][a-z0-9+.-]*:\/\/(?:[^@/]+@)?/i, "").replace(/^git@([^:]+):/, "$1/").replace(/\.git$/, "").replace(/\/+$/, "");
}
function readListFile(file) {
  let text;
  try {
    text = readFileSync8(file, "utf8");
  } catch (err) {
    throw new LeakhoundError("NOT_FOUND", `cannot read repository list ${file}: ${reasonOf(err)}`);
  }
  return text.split("\n").map((l) => l.replace(/#.*/, "").trim()).filter(Boolean).map(
    (entry) => URL_LIKE.test(entry) ? { name: nameFromUrl(entry), location: entry, local: false } : { name: resolve8(entry), location: resolve8(entry), local: true }
  );
}
async function listGitHub(listing) {
  const { Octokit } = await import("@octokit/rest");
  const octokit = new Octokit({
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
    const repos = listing.org ? await octokit.paginate(octokit.rest.repos.listForOrg, { org: listing.org, per_page: 100, type: "all" }) : await octokit.paginate(octokit.rest.repos.listForUser, { username: listing.user, per_page: 100, type: "owner" });
    return repos.filter((r) => !(listing.skipArchived && r.archived) && !(listing.skipForks && r.fork)).map((r) => ({ name: r.full_name, location: r.clone_url, local: false }));
  } catch (err) {
    throw new LeakhoundError("GIT_FAILED", `cannot list the repositories of ${listing.org ?? listing.user} on GitHub: ${reasonOf(err)}`);
  }
}
function filterByName(specs, include, exclude) {
  const inc = globMatcher(include);
  const exc = globMatcher(exclude);
  return specs.filter((s) => (!inc || inc(s.name)) && !exc?.(s.name));
}
function shardOf(specs, index, count) {
  return specs.filter((s) => parseInt(createHash("sha1").update(s.name).digest("hex").slice(0, 8), 16) % count === index);
}
function parseShard(text, jobIndex, shards) {
  if (text) {
    const m = /^(\d+)\/(\d+)$/.exec(text);
    if (!m || Number(m[1]) >= Number(m[2]) || Number(m[2]) < 1) throw new LeakhoundError("USAGE", `--shard takes i/n with 0 <= i < n, not ${text}`);
    return { index: Number(m[1]), count: Number(m[2]) };
  }
  if (shards !== void 0) {
    if (jobIndex === void 0) throw new LeakhoundError("USAGE", "--shards needs JOB_COMPLETION_INDEX (a Kubernetes Indexed Job sets it) or use --shard i/n");
    const index = Number(jobIndex);
    if (!Number.isInteger(index) || index < 0 || index >= shards) throw new LeakhoundError("USAGE", `JOB_COMPLETION_INDEX ${jobIndex} is not below --shards ${shards}`);
    return { index, count: shards };
  }
  return void 0;
}

// src/repos/clone.ts
import { spawnSync as spawnSync5 } from "node:child_process";
import { existsSync as existsSync9, mkdirSync as mkdirSync2 } from "node:fs";
import { join as join10 } from "node:path";
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
  const count = Number(env.GIT_CONFIG_COUNT) > 0 ? Number(env.GIT_CONFIG_COUNT) : 0;
  return {
    GIT_CONFIG_COUNT: String(count + 1),
    [`GIT_CONFIG_KEY_${count}`]: `http.https://${parsed.host.toLowerCase()}/.extraHeader`,
    [`GIT_CONFIG_VALUE_${count}`]: `Authorization: Basic ${basic}`
  };
}
function run(args, location, host) {
  const token = process.env.LEAKHOUND_GIT_TOKEN || process.env.GITHUB_TOKEN;
  const env = hardenedEnv(tokenConfig(location, host, token));
  const r = spawnSync5("git", args, { env, encoding: "utf8", timeout: 30 * 60 * 1e3 });
  const error = (r.stderr ?? "").split("\n").find((l) => /^(fatal|error):/.test(l))?.replace(/^(fatal|error): /, "") ?? (r.error?.message ?? `git exited ${r.status}`);
  return { ok: r.status === 0, error };
}
function ensureLocal(spec, cacheDir, host = "github.com") {
  if (spec.local) return existsSync9(spec.location) ? { path: spec.location } : { error: "no such folder" };
  const dir = join10(cacheDir, `${spec.name.replace(/[^A-Za-z0-9._-]+/g, "_")}.git`);
  const hardening = hardeningArgs(TRANSPORT_CONFIG);
  if (existsSync9(join10(dir, "HEAD"))) {
    const fetched = run(["-C", dir, ...hardening, "fetch", ...FETCH_ARGS, "--prune", "--quiet", "origin", "+refs/*:refs/*"], spec.location, host);
    return fetched.ok ? { path: dir } : { error: `fetch failed: ${fetched.error}` };
  }
  mkdirSync2(cacheDir, { recursive: true });
  const cloned = run([...hardening, "clone", "--mirror", "--quiet", "--", spec.location, dir], spec.location, host);
  return cloned.ok ? { path: dir } : { error: `clone failed: ${cloned.error}` };
}

// src/repos/merge.ts
import { readFileSync as readFileSync9 } from "node:fs";
function mergeOutputs(files) {
  const texts = files.map((file) => {
    try {
      return readFileSync9(file, "utf8");
    } catch (err) {
      throw new LeakhoundError("NOT_FOUND", `cannot read ${file}: ${reasonOf(err)}`);
    }
  });
  const sarif = texts.map((t) => t.trimStart().startsWith("{\n") || t.includes('"$schema"') || t.includes('"runs"'));
  if (sarif.every(Boolean)) {
    const logs = texts.map((t, i) => {
      try {
        return JSON.parse(t);
      } catch (err) {
        throw new LeakhoundError("BAD_CONFIG", `${files[i]}: not SARIF: ${reasonOf(err)}`);
      }
    });
    const seen2 = /* @__PURE__ */ new Set();
    const runs = logs.flatMap((l) => l.runs).filter((run2) => {
      const key2 = JSON.stringify(run2.automationDetails?.id ?? [run2.results, run2.invocations ?? []]);
      if (seen2.has(key2)) return false;
      seen2.add(key2);
      return true;
    });
    return { format: "sarif", text: inertJson(JSON.stringify({ ...logs[0], runs }, null, 2)) + "\n" };
  }
  if (sarif.some(Boolean)) throw new LeakhoundError("USAGE", "merge takes files of one format: all JSONL or all SARIF");
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
import { closeSync as closeSync2, linkSync, openSync as openSync2, readFileSync as readFileSync10, renameSync as renameSync2, unlinkSync, writeSync as writeSync2 } from "node:fs";
function holderOf(file) {
  let text;
  try {
    text = readFileSync10(file, "utf8");
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
  let fd;
  try {
    fd = openSync2(file, "wx", 384);
  } catch (err) {
    if (err.code === "EEXIST") return false;
    throw new LeakhoundError("UNREADABLE", `cannot create the lock file ${file}: ${reasonOf(err)}`);
  }
  try {
    writeSync2(fd, `${process.pid}
`);
  } finally {
    closeSync2(fd);
  }
  return true;
}
function takeOver(file, stalePid) {
  const aside = `${file}.${process.pid}.stale`;
  try {
    renameSync2(file, aside);
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
var sleep = (ms) => new Promise((resolve10) => setTimeout(resolve10, ms));
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
import { availableParallelism as availableParallelism3 } from "node:os";

// src/repos/scrub.ts
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

// src/repos/run.ts
var messageDetectors = /* @__PURE__ */ new WeakMap();
function messageDetector(ruleSet) {
  let detector = messageDetectors.get(ruleSet);
  if (!detector) messageDetectors.set(ruleSet, detector = createDetector(ruleSet));
  return detector;
}
function reasons(errors) {
  const shown = errors.slice(0, 3).map((e) => `${e.path}: ${e.reason}`);
  return shown.join("; ") + (errors.length > 3 ? `; and ${errors.length - 3} more` : "");
}
async function scanRepository(spec, ruleSet, state, options, workers) {
  const before = state.get(spec.name);
  const fail = (error) => {
    state.finish({ name: spec.name, status: "failed", tips: [], commits: 0, bytes: 0, error }, []);
    return { name: spec.name, status: "failed", commits: 0, bytes: 0, added: 0, error };
  };
  const local = ensureLocal(spec, options.cacheDir, options.githubHost);
  if ("error" in local) return fail(local.error);
  let scan;
  try {
    const tips2 = refTips(local.path);
    if (before?.status === "done" && tips2.every((t) => before.tips.includes(t))) {
      return { name: spec.name, status: "unchanged", commits: 0, bytes: 0, added: 0 };
    }
    const scanned = before?.status === "done" ? existingCommits(local.path, before.tips) : [];
    let last = 0;
    const result3 = await scanHistory(local.path, ruleSet, scanned.length ? { exclude: scanned } : {}, {
      maxFileSize: options.maxFileSize,
      ...workers ? { workers } : {},
      onProgress: ({ bytes }) => {
        options.onBytes?.(bytes - last);
        last = bytes;
      }
    });
    scan = { tips: tips2, result: result3 };
  } catch (err) {
    return fail(err instanceof Error ? err.message.split("\n")[0] : String(err));
  }
  const { tips, result: result2 } = scan;
  const findings = scrubbed(result2.findings, spec.name, messageDetector(ruleSet));
  const errors = result2.stats.errors;
  const added = errors.length ? state.finish({ name: spec.name, status: "incomplete", tips: [], commits: result2.commits, bytes: result2.stats.bytes, error: reasons(errors) }, findings) : state.finish({ name: spec.name, status: "done", tips, commits: result2.commits, bytes: result2.stats.bytes, error: null }, findings);
  return {
    name: spec.name,
    status: errors.length ? "incomplete" : "scanned",
    commits: result2.commits,
    bytes: result2.stats.bytes,
    added,
    ...errors.length ? { error: reasons(errors) } : {}
  };
}
async function scanRepositories(specs, ruleSet, state, options) {
  const outcomes = new Array(specs.length);
  let next = 0;
  const jobs = Math.max(1, Math.min(options.jobs, specs.length));
  const workers = Math.max(1, Math.floor(availableParallelism3() / jobs));
  let broken;
  await Promise.all(
    Array.from({ length: jobs }, async () => {
      for (let i = next++; i < specs.length && !broken; i = next++) {
        try {
          outcomes[i] = await scanRepository(specs[i], ruleSet, state, options, workers);
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
import { linkSync as linkSync2, mkdirSync as mkdirSync3, rmSync as rmSync2, statSync as statSync4 } from "node:fs";
import { dirname as dirname3 } from "node:path";
import { createRequire as createRequire2 } from "node:module";
var require3 = createRequire2(import.meta.url);
var SCHEMA_VERSION = 1;
var SCHEMA = `
  CREATE TABLE repos (
    name TEXT PRIMARY KEY, status TEXT NOT NULL, tips TEXT NOT NULL, commits INTEGER NOT NULL,
    bytes INTEGER NOT NULL, findings INTEGER NOT NULL, error TEXT, scanned_at TEXT NOT NULL);
  CREATE TABLE findings (
    repo TEXT NOT NULL, fingerprint TEXT NOT NULL, file TEXT NOT NULL, finding TEXT NOT NULL,
    reported INTEGER NOT NULL DEFAULT 0, PRIMARY KEY (repo, fingerprint, file));
  PRAGMA user_version = ${SCHEMA_VERSION};`;
var corrupt = (file, reason) => new LeakhoundError("UNREADABLE", `the state file ${file} is corrupt (${reason}): move it aside to start a new state (every repository is then scanned again)`);
function problems(rows) {
  const all = rows.flatMap((r) => r.split("\n")).map((l) => l.trim()).filter((l) => l && !l.startsWith("***"));
  return all.slice(0, 3).join("; ") + (all.length > 3 ? `; and ${all.length - 3} more` : "");
}
function stateError(file, err) {
  if (err instanceof LeakhoundError) return err;
  const code = String(err.code ?? "");
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
    const Database = require3("better-sqlite3");
    const info = statSync4(file, { throwIfNoEntry: false });
    if (!info) {
      if (options.readonly) return void 0;
      create(file, Database);
    } else if (!info.isFile()) {
      throw new LeakhoundError("UNREADABLE", `the state file ${file} is not a file`);
    } else if (info.size === 0 && !(statSync4(`${file}-wal`, { throwIfNoEntry: false })?.size ?? 0)) {
      throw corrupt(file, "the file is empty");
    }
    let db;
    try {
      db = new Database(file, { fileMustExist: true, readonly: options.readonly === true });
      const check = db.pragma("quick_check");
      if (check.length !== 1 || check[0].quick_check !== "ok") throw corrupt(file, problems(check.map((r) => r.quick_check)));
      checkSchema(db, file, options.readonly === true);
      if (!options.readonly) db.pragma("journal_mode = WAL");
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
      const insert = this.db.prepare("INSERT OR IGNORE INTO findings (repo, fingerprint, file, finding) VALUES (?, ?, ?, ?)");
      return this.db.transaction(() => {
        let added = 0;
        for (const f of findings) added += insert.run(state.name, f.fingerprint, f.file, JSON.stringify(f)).changes;
        const total = this.db.prepare("SELECT COUNT(*) AS n FROM findings WHERE repo = ?").get(state.name).n;
        this.db.prepare("INSERT OR REPLACE INTO repos (name, status, tips, commits, bytes, findings, error, scanned_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?)").run(state.name, state.status, JSON.stringify(state.tips), state.commits, state.bytes, total, state.error, (/* @__PURE__ */ new Date()).toISOString());
        return added;
      })();
    });
  }
  /** A repository's findings, by file and place. */
  findingsOf(repo) {
    const rows = this.guard(() => this.db.prepare("SELECT finding, reported FROM findings WHERE repo = ?").all(repo));
    return rows.map((r) => ({ finding: JSON.parse(r.finding), reported: r.reported !== 0 })).sort((a, b) => byPlace(a.finding, b.finding));
  }
  /** After an output was written: its findings are no longer new. */
  markReported(repos) {
    this.guard(() => {
      const mark = this.db.prepare("UPDATE findings SET reported = 1 WHERE repo = ? AND reported = 0");
      this.db.transaction(() => repos.forEach((repo) => mark.run(repo)))();
    });
  }
  all() {
    return this.guard(() => this.db.prepare("SELECT name FROM repos ORDER BY name").all()).map((r) => this.get(r.name));
  }
  close() {
    this.db.close();
  }
};
var byPlace = (a, b) => (a.file < b.file ? -1 : a.file > b.file ? 1 : 0) || a.startLine - b.startLine || a.startColumn - b.startColumn || (a.ruleId < b.ruleId ? -1 : a.ruleId > b.ruleId ? 1 : 0) || (a.fingerprint < b.fingerprint ? -1 : a.fingerprint > b.fingerprint ? 1 : 0);
function create(file, Database) {
  mkdirSync3(dirname3(file), { recursive: true });
  const temp = `${file}.${process.pid}.new`;
  try {
    const db = new Database(temp);
    db.exec(SCHEMA);
    db.close();
    linkSync2(temp, file);
  } catch (err) {
    if (err.code !== "EEXIST") throw stateError(file, err);
  } finally {
    rmSync2(temp, { force: true });
  }
}
function checkSchema(db, file, readonly) {
  const version = db.pragma("user_version", { simple: true });
  const tables = new Set(db.prepare("SELECT name FROM sqlite_master WHERE type = 'table'").all().map((r) => r.name));
  const ours = tables.has("repos") && tables.has("findings");
  if (version > SCHEMA_VERSION) throw new LeakhoundError("UNREADABLE", `the state file ${file} was made by a newer leakhound (state version ${version})`);
  if (!ours) throw corrupt(file, tables.size === 0 ? "it holds no tables" : "it is not a leakhound state");
  if (version < SCHEMA_VERSION && !readonly) {
    db.transaction(() => {
      db.exec("ALTER TABLE findings ADD COLUMN reported INTEGER NOT NULL DEFAULT 1");
      db.pragma(`user_version = ${SCHEMA_VERSION}`);
    })();
  }
}

// src/cli/repos-command.ts
import { availableParallelism as availableParallelism4 } from "node:os";
var safeName = (name) => name.replace(/[^A-Za-z0-9._-]+/g, "_");
var unfinished = (o) => o.status === "failed" || o.status === "incomplete";
function jsonlFor(reports) {
  return reports.flatMap((r) => r.findings.map((f) => inertJson(JSON.stringify(f)) + "\n")).join("");
}
function sarifFor(reports, rules) {
  const runs = reports.map(({ outcome, findings }) => {
    const run2 = buildSarif(findings, { rules, toolVersion: VERSION }).runs[0];
    run2.results?.forEach((result2, i) => result2.baselineState = findings[i].new ? "new" : "unchanged");
    const invocation2 = unfinished(outcome) ? { executionSuccessful: false, toolExecutionNotifications: [{ level: "error", message: { text: outcome.error ?? "not scanned" } }] } : { executionSuccessful: true };
    return { ...run2, invocations: [invocation2], automationDetails: { id: `leakhound/${outcome.name}/` } };
  });
  const log = buildSarif([], { rules, toolVersion: VERSION });
  return inertJson(JSON.stringify({ ...log, runs }, null, 2)) + "\n";
}
function reportsFrom(state, outcomes, newOnly) {
  return outcomes.map((outcome) => ({
    outcome,
    findings: state.findingsOf(outcome.name).filter((s) => !newOnly || !s.reported).map((s) => ({ ...s.finding, new: !s.reported, ...unfinished(outcome) ? { incomplete: true } : {} }))
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
  enabled = process.stderr.isTTY === true && !process.env.CI;
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
    process.stderr.write(`\r\x1B[Krepositories ${this.done}/${this.total}, ${formatBytes(this.bytes)} scanned (${formatBytes(this.bytes / Math.max(seconds, 1e-3))}/s), ${this.findings} findings added, ETA ${eta} s`);
  }
  end() {
    if (this.enabled) process.stderr.write("\r\x1B[K");
  }
};
async function reposCommand(args) {
  const cacheDir = args.cacheDir ?? join11(process.env.XDG_CACHE_HOME ?? join11(homedir2(), ".cache"), "leakhound", "repos");
  const stateFile = resolve9(args.state ?? join11(cacheDir, "state.sqlite"));
  if (args.report) return printReport(stateFile);
  if (args.redaction === 0) {
    throw new LeakhoundError("USAGE", "repos keeps and reports secrets redacted only (its state and outputs are kept and shared); to see one, scan that repository with leakhound git --no-redact");
  }
  if (!Number.isFinite(args.lockWait) || args.lockWait < 0) throw new LeakhoundError("USAGE", "--lock-wait takes a number of seconds, 0 or more");
  mkdirSync4(dirname4(stateFile), { recursive: true });
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
    jobs: args.jobs ?? availableParallelism4(),
    maxFileSize: Math.round(args.maxFileSize * 1024 * 1024),
    onBytes: progress.addBytes,
    onRepoDone: (o) => progress.repoDone(o)
  });
  progress.end();
  const reports = reportsFrom(state, outcomes, args.newOnly);
  const all = reports.flatMap((r) => r.findings);
  try {
    const text = args.format === "sarif" ? sarifFor(reports, config.rules) : jsonlFor(reports);
    if (args.output) writeWholeFile(args.output, text);
    else await writeStdoutChecked(text);
    if (args.outputDir) {
      mkdirSync4(args.outputDir, { recursive: true });
      for (const report2 of reports) {
        const file = join11(args.outputDir, `${safeName(report2.outcome.name)}.${args.format}`);
        writeWholeFile(file, args.format === "sarif" ? sarifFor([report2], config.rules) : jsonlFor([report2]));
      }
    }
  } catch (err) {
    throw new LeakhoundError("OUTPUT_FAILED", `cannot write the output: ${reasonOf(err)}`);
  }
  state.markReported(specs.map((s) => s.name));
  for (const o of outcomes.filter(unfinished)) {
    process.stderr.write(
      o.status === "failed" ? `leakhound: ${inert(`could not scan ${o.name}: ${o.error}`)}
` : `leakhound: ${inert(`could not scan all of ${o.name} (its findings so far are kept and reported; it is scanned in full next run): ${o.error}`)}
`
    );
  }
  if (!args.quiet) {
    const count = (s) => outcomes.filter((o) => o.status === s).length;
    const commits = outcomes.reduce((n, o) => n + o.commits, 0);
    const bytes = outcomes.reduce((n, o) => n + o.bytes, 0);
    const fresh = all.filter((f) => f.new).length;
    process.stderr.write(
      `leakhound: ${specs.length} repositories: ${count("scanned")} scanned (${commits} new commits, ${formatBytes(bytes)}), ${count("unchanged")} unchanged, ${count("incomplete")} incomplete, ${count("failed")} failed; ${all.length} findings reported, ${fresh} new; ${((performance.now() - started) / 1e3).toFixed(2)} s
`
    );
  }
  return outcomes.some(unfinished) ? 2 : all.length > 0 ? 1 : 0;
}
function writeStdoutChecked(text) {
  return new Promise((resolve10, reject) => process.stdout.write(text, (err) => err ? reject(err) : resolve10()));
}
function printReport(stateFile) {
  const state = ScanState.open(stateFile, { readonly: true });
  if (!state) {
    process.stdout.write(`no state at ${stateFile}: 0 repositories
`);
    return 0;
  }
  let rows;
  try {
    rows = state.all();
  } finally {
    state.close();
  }
  for (const r of rows) {
    process.stdout.write(`${r.status.padEnd(10)} ${String(r.findings).padStart(4)} findings  ${r.scannedAt.slice(0, 19)}  ${inert(r.name)}${r.error ? `  (${inert(r.error)})` : ""}
`);
  }
  const findings = rows.reduce((n, r) => n + r.findings, 0);
  process.stdout.write(`${rows.length} repositories, ${rows.filter((r) => r.status === "incomplete").length} incomplete, ${rows.filter((r) => r.status === "failed").length} failed, ${findings} findings
`);
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
import { readFileSync as readFileSync11 } from "node:fs";

// src/config/examples.ts
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
function randomBytes(count) {
  return Buffer.from(Array.from({ length: count }, () => randomInt(256)));
}
function randomString(alphabet, length) {
  let out = "";
  for (let i = 0; i < length; i++) out += alphabet[randomInt(alphabet.length)];
  return out;
}
function base64url(text) {
  return Buffer.from(text).toString("base64url");
}
function expandTemplate(template, where = "example") {
  let text = template;
  for (let previous = ""; previous !== text; ) {
    previous = text;
    text = expandOnce(text, where);
  }
  return text;
}
function expandOnce(template, where) {
  return template.replace(/\{\{([a-z0-9]+)(?::([^{}]*))?\}\}/g, (_all, name, arg) => {
    switch (name) {
      case "rand": {
        const [alphabet, count] = (arg ?? "").split(":");
        const chars = ALPHABETS[alphabet ?? ""];
        const n = Number(count);
        if (!chars || !Number.isInteger(n) || n <= 0) {
          throw new LeakhoundError("BAD_RULE", `${where}: bad template {{rand:${arg}}}; use {{rand:ALPHABET:N}} with one of ${Object.keys(ALPHABETS).join(", ")}`);
        }
        return randomString(chars, n);
      }
      case "crc32": {
        const body = randomString(BASE62, 30);
        return `${arg ?? ""}${body}${base62(crc32(body), 6)}`;
      }
      case "pem": {
        const label = arg ?? "PRIVATE KEY";
        const body = randomBytes(600).toString("base64").replace(/.{64}/g, "$&\n").trimEnd();
        return `-----BEGIN ${label}-----
${body}
-----END ${label}-----`;
      }
      case "jwt": {
        const header = base64url(JSON.stringify({ alg: "HS256", typ: "JWT" }));
        const payload = base64url(JSON.stringify({ sub: randomString(ALPHABETS.digits, 10), iat: 17e8 }));
        return `${header}.${payload}.${randomBytes(32).toString("base64url")}`;
      }
      case "lit":
        return arg ?? "";
      case "b64":
        return Buffer.from(arg ?? "").toString("base64");
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
      const text = expandTemplate(template, where);
      const found = detector.detect({ path: rule.examplePath ?? "example.txt", bytes: Buffer.from(text) });
      if (found.length === 0) failures2.push({ ruleId: rule.id, kind: "example", example: template, reason: "not found" });
    }
    for (const template of rule.negativeExamples) {
      const text = expandTemplate(template, where);
      const found = detector.detect({ path: rule.examplePath ?? "example.txt", bytes: Buffer.from(text) });
      if (found.length > 0) failures2.push({ ruleId: rule.id, kind: "negative", example: template, reason: "found, but must not be" });
    }
  }
  return failures2;
}

// src/cli/rules-commands.ts
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
  process.stdout.write(`${rules.length} rules
`);
  return 0;
}
function rulesCheckCommand(file) {
  let text;
  try {
    text = readFileSync11(file, "utf8");
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
  process.stdout.write(`${rules.length} rules, ${examples} examples, ${failures2.length} failed
`);
  return failures2.length > 0 ? 1 : 0;
}

// src/cli/main.ts
function scanOptions(y) {
  return y.option("config", { alias: "c", type: "string", describe: "your config file: detection and operator settings (default: the scanned folder's .leakhound.toml, detection settings only)" }).option("config-format", { choices: ["leakhound", "gitleaks"], describe: "the schema of --config (default: gitleaks when the file name says gitleaks, else leakhound)" }).option("format", { alias: "f", choices: FORMATS, default: "text", describe: "report format" }).option("output", { alias: "o", type: "string", describe: "write the report to this file instead of stdout" }).option("redact", { type: "boolean", describe: "redact secrets (default: a short prefix); --redact=N hides N% (100: all of it, 0: none); --no-redact shows them" }).option(REDACT_LEVEL, { type: "string", hidden: true }).option("exit-code", { type: "string", default: "1", coerce: parseExitCode, describe: "exit code when there are findings (1-125)" }).option("quiet", { alias: "q", type: "boolean", default: false, describe: "print nothing when clean; only findings and errors otherwise" }).option("baseline", { type: "string", describe: `accepted findings not to report (default: ${BASELINE_FILE} at the root, if any); --no-baseline ignores it` }).option("max-file-size", { type: "string", default: "10", coerce: maxFileSizeMb, describe: `skip files (or a file's changes in a commit) larger than this many MB (at most ${Math.floor(MAX_FILE_BYTES / 2 ** 20)})` }).option("verify", { type: "boolean", default: false, describe: "ask each provider whether the secrets found are live (read-only requests to the provider's own host)" }).option("explain", { type: "boolean", default: false, describe: "with --verify: print the request that would be sent for each finding, send nothing" }).option("audit-log", { type: "string", describe: "with --verify: append one JSON line per request sent (never the secret)" }).option("verify-base-url", { type: "string", array: true, describe: "with --verify: provider=URL, e.g. github=https://ghe.example.com/api/v3" }).option("ticket", { choices: TICKET_PROVIDERS, describe: "with --verify: open a rotate-now ticket for each live secret (settings in [tickets])" });
}
function maxFileSizeMb(value) {
  parseMaxFileSize(value);
  return Number(value);
}
async function main(argv) {
  let exitCode = 2;
  const debug = argv.includes("--debug");
  const cli = yargs(separateRedactLevel(argv)).scriptName("leakhound").usage("$0 <command> [options]\n\nFinds secrets (API keys, tokens, private keys, passwords) in files and text.").version(VERSION).option("debug", { type: "boolean", default: false, describe: "show stack traces on errors" }).middleware((args) => {
    if ("redact" in args || REDACT_LEVEL in args) args.redaction = parseRedaction(args.redact, args[REDACT_LEVEL]);
  }).command(
    "dir [paths..]",
    "scan files and folders (default: the current folder)",
    (y) => scanOptions(y).positional("paths", { type: "string", array: true, default: ["."] }).option("include", { type: "string", array: true, describe: "only scan paths matching these globs" }).option("exclude", { type: "string", array: true, describe: "skip paths matching these globs" }).option("workers", { type: "number", describe: "worker threads (default: one per core)" }).example("$0 dir .", "scan the current folder").example("$0 dir src --exclude '**/*.test.ts' -f sarif -o leakhound.sarif", "SARIF for code scanning"),
    async (args) => {
      exitCode = await dirCommand(args);
    }
  ).command(
    "git [repo]",
    "scan the history of a git repository (default: all refs)",
    (y) => scanOptions(y).positional("repo", { type: "string", default: ".", describe: "repository (work tree or bare)" }).option("branch", { type: "string", describe: "scan only this branch (or revision) and its history" }).option("range", { type: "string", describe: "scan only the commits in A..B" }).option("since-commit", { type: "string", describe: "scan only the commits after this one" }).option("settings-from", {
      choices: ["worktree", "base"],
      default: "worktree",
      describe: "with --range A..B: read the repository's config, baseline and .gitleaksignore from the work tree, or from A, so that the range cannot change the settings it is judged by"
    }).conflicts("range", ["branch", "since-commit"]).example("$0 git .", "every commit on every branch and tag").example("$0 git --range origin/main..HEAD -f sarif -o leakhound.sarif", "the commits of a pull request").example("$0 git --range origin/main..HEAD --settings-from base", "judged by main's settings, not the branch's"),
    async (args) => {
      exitCode = await gitCommand(args);
    }
  ).command(
    "staged [repo]",
    "scan what is staged for the next commit (for pre-commit hooks)",
    (y) => scanOptions(y).positional("repo", { type: "string", default: "." }).example("$0 staged", "scan the index against HEAD"),
    async (args) => {
      exitCode = await stagedCommand(args);
    }
  ).command(
    "baseline [target]",
    `record what a scan finds in ${BASELINE_FILE}, so later scans report only new findings`,
    (y) => scanOptions(y).positional("target", { type: "string", default: ".", describe: "repository (history is scanned) or, with --dir, a folder" }).option("dir", { type: "boolean", default: false, describe: "scan the files of a folder instead of git history" }).option("prune", { type: "boolean", default: false, describe: "drop entries that no longer match a finding" }).example("$0 baseline", `accept everything in this repository's history; commit ${BASELINE_FILE}`),
    async (args) => {
      exitCode = await baselineCommand(args);
    }
  ).command(
    "verify [target]",
    "scan a repository's history (or with --dir a folder) and ask the providers which secrets are live",
    (y) => scanOptions(y).positional("target", { type: "string", default: "." }).option("dir", { type: "boolean", default: false, describe: "scan the files of a folder instead of git history" }).example("$0 verify --explain", "show the request each finding would cause, send nothing").example("$0 verify --ticket github", "open a rotate-now issue for each live secret"),
    async (args) => {
      exitCode = await verifyCommand(args);
    }
  ).command(
    "tickets",
    "manage rotate-now tickets",
    (y) => y.command(
      "sync [repo]",
      "re-verify the secrets of open tickets and close those that were rotated",
      (yy) => scanOptions(yy).positional("repo", { type: "string", default: "." }),
      async (args) => {
        exitCode = await ticketsSyncCommand(args);
      }
    ).demandCommand(1, "name a tickets subcommand: sync")
  ).command(
    "install-hook [repo]",
    "install a git pre-commit hook that runs `leakhound staged`",
    (y) => y.positional("repo", { type: "string", default: "." }).option("force", { type: "boolean", default: false, describe: "replace an existing pre-commit hook" }).option("chain", { type: "boolean", default: false, describe: "keep an existing pre-commit hook and run it before leakhound" }).option("uninstall", { type: "boolean", default: false, describe: "remove leakhound's hook" }),
    (args) => {
      exitCode = installHookCommand(args.repo, { force: args.force, chain: args.chain, uninstall: args.uninstall });
    }
  ).command(
    "repos [list]",
    "scan the full history of many repositories: resumable, incremental, shardable",
    (y) => y.positional("list", { type: "string", describe: "file with one local path or clone URL per line" }).option("github-org", { type: "string", describe: "every repository of this GitHub organisation" }).option("github-user", { type: "string", describe: "every repository of this GitHub user" }).option("github-api-url", { type: "string", describe: "GitHub Enterprise API URL (https://HOST/api/v3)" }).option("include", { type: "string", array: true, describe: "only repositories whose names match these globs" }).option("exclude", { type: "string", array: true, describe: "skip repositories whose names match these globs" }).option("skip-archived", { type: "boolean", default: false }).option("skip-forks", { type: "boolean", default: false }).option("cache-dir", { type: "string", describe: "where bare clones are kept (default ~/.cache/leakhound/repos)" }).option("state", { type: "string", describe: "SQLite state file (default: state.sqlite in the cache folder)" }).option("jobs", { alias: "j", type: "number", describe: "repositories scanned at once (default: one per core)" }).option("shard", { type: "string", describe: "i/n: scan only this shard of the list (CI matrix)" }).option("shards", { type: "number", describe: "n shards, this one from JOB_COMPLETION_INDEX (Kubernetes Indexed Job)" }).option("format", { alias: "f", choices: ["jsonl", "sarif"], default: "jsonl" }).option("output", { alias: "o", type: "string", describe: "write the findings here instead of stdout" }).option("output-dir", { type: "string", describe: "also write one file per repository here" }).option("new-only", { type: "boolean", default: false, describe: "report only the findings no earlier run reported (default: every current finding)" }).option("lock-wait", { type: "number", default: 0, describe: "seconds to wait for another run on the same state (default: exit 2 at once)" }).option("report", { type: "boolean", default: false, describe: "print the summary kept in the state, scan nothing" }).option("redact", { type: "boolean", default: true, describe: "always on: the state and outputs hold redacted secrets only" }).option(REDACT_LEVEL, { type: "string", hidden: true }).option("config", { alias: "c", type: "string" }).option("quiet", { alias: "q", type: "boolean", default: false }).option("max-file-size", { type: "string", default: "10", coerce: maxFileSizeMb }).conflicts("github-org", "github-user").example("$0 repos repos.txt -o findings.jsonl", "every repository in the list").example("$0 repos repos.txt --new-only", "only what no earlier run reported").example("$0 repos --github-org acme --skip-forks --shard 0/4", "one shard of an organisation"),
    async (args) => {
      exitCode = await reposCommand(args);
    }
  ).command(
    "merge <files..>",
    "join the JSONL or SARIF outputs of several shards",
    (y) => y.positional("files", { type: "string", array: true, demandOption: true }).option("output", { alias: "o", type: "string" }),
    (args) => {
      exitCode = mergeCommand(args.files, args.output);
    }
  ).command(
    "stdin",
    "scan text piped on standard input",
    (y) => scanOptions(y).option("label", { type: "string", default: "<stdin>", describe: "path to show for the text" }).example("git show HEAD | $0 stdin", "scan a patch"),
    async (args) => {
      exitCode = await stdinCommand(args);
    }
  ).command(
    "rules",
    "list built-in rules or check a rule file",
    (y) => y.command(
      "list",
      "list the rules in use",
      (yy) => yy.option("config", { alias: "c", type: "string", describe: "config file" }).option("format", { alias: "f", choices: ["text", "json"], default: "text", describe: "text: one rule a line; json: an array of rules" }),
      (args) => {
        exitCode = rulesListCommand(args.config, args.format);
      }
    ).command(
      "check <file>",
      "validate a rule file and run its examples",
      (yy) => yy.positional("file", { type: "string", demandOption: true }),
      (args) => {
        exitCode = rulesCheckCommand(args.file);
      }
    ).demandCommand(1, "name a rules subcommand: list or check")
  ).demandCommand(1, "name a command: git, staged, dir, stdin, install-hook or rules (see --help)").strict().recommendCommands().exitProcess(false).fail((message, err) => {
    if (err?.name === "YError") throw new LeakhoundError("USAGE", err.message.replace(/\s*\n\s*/g, " "));
    if (err) throw err;
    throw new LeakhoundError("USAGE", (message ?? "invalid usage").replace(/\s*\n\s*/g, " "));
  }).help().wrap(Math.min(100, process.stdout.columns ?? 100));
  try {
    const args = await cli.parseAsync();
    if (args.help || args.version) return 0;
    return exitCode;
  } catch (err) {
    return reportFailure(err, debug);
  }
}

// src/action/commands.ts
function escapeData(text) {
  return inert(text.replace(/%/g, "%25").replace(/\r/g, "%0D").replace(/\n/g, "%0A"));
}
function escapeProperty(text) {
  return escapeData(text).replace(/:/g, "%3A").replace(/,/g, "%2C");
}
function annotation(f) {
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
  return `::error ${props}::${escapeData(message)}`;
}
function inlineAllowAnnotation(f) {
  const props = [`file=${escapeProperty(f.file)}`, `line=${f.startLine}`, `title=${escapeProperty("leakhound: allowed by an inline comment this change adds")}`].join(",");
  return `::warning ${props}::${escapeData(`${f.ruleId}: ${f.secret} is not reported because this change adds an inline allow comment on the line. Make sure it is not a real secret.`)}`;
}
function setOutputs(file, outputs) {
  if (!file) return;
  appendChecked(file, Object.entries(outputs).map(([k, v]) => `${k}=${v}
`).join(""), "step outputs ");
}
function cell(text) {
  return inert(text).replace(/[\\`*_[\]<>|~&:]/g, "\\$&");
}
function codeSpan(text) {
  const shown = inert(text);
  const fence = "`".repeat(Math.max(0, ...(shown.match(/`+/g) ?? []).map((run2) => run2.length)) + 1);
  const pad = /^[` ]|[` ]$/.test(shown) ? " " : "";
  return `${fence}${pad}${shown}${pad}${fence}`;
}
function findingsTable(findings) {
  const lines2 = ["| severity | rule | file | line | commit | secret (redacted) | verified |", "|---|---|---|---|---|---|---|"];
  for (const f of findings) {
    const verified = f.verification === "live" ? "**LIVE**" : f.verification ?? "";
    lines2.push(`| ${f.severity} | ${cell(f.ruleId)} | ${cell(f.file)} | ${f.startLine} | ${f.commit ? `\`${f.commit.slice(0, 7)}\`` : ""} | ${cell(f.secret)} | ${verified} |`);
  }
  return lines2;
}
function summaryMarkdown(findings, scanned, sarifPath, baseSettings = false, allowedInline = [], summary) {
  const lines2 = [`## leakhound`, "", `Scanned ${scanned}${baseSettings ? ", judged by the base branch's config, baseline and .gitleaksignore" : ""}.`, ""];
  const hidden = findings.filter((f) => f.hiddenBy);
  const plain = findings.filter((f) => !f.hiddenBy);
  const problems2 = summary?.problems ?? [];
  if (findings.length === 0 && problems2.length === 0) {
    lines2.push("No secrets found. :white_check_mark:");
  } else if (findings.length === 0) {
    lines2.push("No secrets found in what could be read: the scan is **incomplete** (see below).");
  } else {
    lines2.push(`**${findings.length} ${findings.length === 1 ? "secret" : "secrets"} found.** Rotate each one at its provider: removing it from the code does not remove it from history.`, "");
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
    lines2.push("", `Skipped by design: ${summary.skipped.binary} binary, ${summary.skipped.large} over the size limit.`);
  }
  if (sarifPath) lines2.push("", `SARIF: \`${sarifPath}\``);
  return lines2.join("\n") + "\n";
}

// src/action/event.ts
import { spawnSync as spawnSync6 } from "node:child_process";
var ZERO = /^0+$/;
function git(repo, args) {
  const transport = args[0] === "fetch" ? TRANSPORT_CONFIG.flatMap((c) => ["-c", c]) : [];
  const r = spawnSync6("git", [...scannedRepoArgs(repo), ...transport, ...args], { encoding: "utf8", env: gitEnv() });
  return { ok: r.status === 0, out: (r.stdout ?? "").trim(), err: (r.stderr ?? "").trim() };
}
function hasCommit(repo, sha) {
  return git(repo, ["cat-file", "-e", `${sha}^{commit}`]).ok;
}
function ensureRange(repo, base, head) {
  const shallow = git(repo, ["rev-parse", "--is-shallow-repository"]).out === "true";
  if (shallow || !hasCommit(repo, base) || !hasCommit(repo, head)) {
    const fetch = git(repo, ["fetch", ...FETCH_ARGS, "--no-tags", "--quiet", ...shallow ? ["--unshallow"] : [], "origin", base, head]);
    if (!fetch.ok || !hasCommit(repo, base) || !hasCommit(repo, head)) {
      throw new LeakhoundError(
        "GIT_FAILED",
        `the checkout lacks the commits to compare (${base.slice(0, 12)}..${head.slice(0, 12)}) and fetching them failed; use actions/checkout with \`fetch-depth: 0\``
      );
    }
  }
}
function scopeForEvent(eventName, payload, repo) {
  if (eventName === "pull_request" || eventName === "pull_request_target") {
    const base = payload.pull_request?.base?.sha;
    const head = payload.pull_request?.head?.sha;
    if (!base || !head) throw new LeakhoundError("USAGE", "the pull_request event has no base or head commit");
    ensureRange(repo, base, head);
    return {
      args: ["--range", `${base}..${head}`],
      range: [base, head],
      description: `the commits of pull request #${payload.pull_request?.number ?? "?"} (${base.slice(0, 7)}..${head.slice(0, 7)})`,
      underReview: true
    };
  }
  if (eventName === "merge_group") {
    const base = payload.merge_group?.base_sha;
    const head = payload.merge_group?.head_sha;
    if (!base || !head) throw new LeakhoundError("USAGE", "the merge_group event has no base or head commit");
    ensureRange(repo, base, head);
    return { args: ["--range", `${base}..${head}`], range: [base, head], description: `the commits of the merge queue entry (${base.slice(0, 7)}..${head.slice(0, 7)})`, underReview: true };
  }
  if (eventName === "push") {
    const { before, after } = payload;
    if (!after || ZERO.test(after)) return { args: ["--range", "HEAD..HEAD"], description: "nothing (a branch was deleted)", underReview: false };
    if (!before || ZERO.test(before)) {
      return { args: ["--branch", after], description: `the history of the new branch ${payload.ref ?? after.slice(0, 7)}`, underReview: false };
    }
    ensureRange(repo, before, after);
    return { args: ["--range", `${before}..${after}`], range: [before, after], description: `the pushed commits (${before.slice(0, 7)}..${after.slice(0, 7)})`, underReview: false };
  }
  const shallow = git(repo, ["rev-parse", "--is-shallow-repository"]).out === "true";
  if (shallow) git(repo, ["fetch", ...FETCH_ARGS, "--no-tags", "--quiet", "--unshallow", "origin"]);
  return { args: [], description: "the full history of every branch and tag", underReview: false };
}

// src/action/main.ts
var FAIL_ON = ["any", "live", "none"];
var TICKETS = ["", "github", "webhook", "command"];
function input(name, fallback = "") {
  const key2 = `INPUT_${name.replace(/ /g, "_").toUpperCase()}`;
  return (process.env[key2] ?? process.env[key2.replace(/-/g, "_")] ?? "").trim() || fallback;
}
function booleanInput(name, fallback) {
  const value = input(name, String(fallback)).toLowerCase();
  if (value !== "true" && value !== "false") throw new LeakhoundError("USAGE", `input ${name} must be true or false, not ${value}`);
  return value === "true";
}
function splitArgs(text) {
  return [...text.matchAll(/"([^"]*)"|'([^']*)'|(\S+)/g)].map((m) => m[1] ?? m[2] ?? m[3]);
}
async function runAction() {
  const workspace = process.env.GITHUB_WORKSPACE || process.cwd();
  const failOn = input("fail-on", "any");
  if (!FAIL_ON.includes(failOn)) throw new LeakhoundError("USAGE", `input fail-on must be one of ${FAIL_ON.join(", ")}, not ${failOn}`);
  const wantSarif = booleanInput("sarif", true);
  const verify = booleanInput("verify", false);
  const ticket = input("ticket");
  if (!TICKETS.includes(ticket)) throw new LeakhoundError("USAGE", `input ticket must be github, webhook or command, not ${ticket}`);
  if ((failOn === "live" || ticket) && !verify) throw new LeakhoundError("USAGE", `${failOn === "live" ? "fail-on: live" : "ticket"} needs verify: true`);
  const eventName = process.env.GITHUB_EVENT_NAME ?? "workflow_dispatch";
  const payload = process.env.GITHUB_EVENT_PATH ? JSON.parse(readFileSync12(process.env.GITHUB_EVENT_PATH, "utf8")) : {};
  const root = inspectRepo(workspace).root;
  const scope = scopeForEvent(eventName, payload, workspace);
  const baseSettings = scope.underReview && !booleanInput("trust-pr-settings", false);
  const base = baseSettings ? scope.range?.[0] : void 0;
  const config = input("config");
  const baseline = input("baseline");
  const resolveIn = (p) => isAbsolute3(p) ? p : join12(workspace, p);
  const temp = mkdtempSync(join12(process.env.RUNNER_TEMP || tmpdir(), "leakhound-"));
  try {
    const jsonl = join12(temp, "findings.jsonl");
    const argv = [
      "git",
      workspace,
      ...scope.args,
      "--format",
      "jsonl",
      "--output",
      jsonl,
      "--exit-code",
      "1",
      ...config ? ["--config", resolveIn(config)] : [],
      ...baseline ? ["--baseline", resolveIn(baseline)] : [],
      ...baseSettings ? ["--settings-from", "base"] : [],
      ...verify ? ["--verify"] : [],
      ...ticket ? ["--ticket", ticket] : [],
      ...splitArgs(input("args"))
    ];
    const code = await main(argv);
    if (code === 2 && !existsSync10(jsonl)) return 2;
    const text = readFileSync12(jsonl, "utf8").trim();
    const records = text ? text.split("\n").map((line) => JSON.parse(line)) : [];
    const summary = records.find(isSummaryRecord);
    const findings = records.filter((r) => !isSummaryRecord(r));
    for (const f of findings) process.stdout.write(`${annotation(f)}
`);
    const settings = loadSettings({ ...config ? { explicit: resolveIn(config) } : {}, files: base ? commitFiles(root, commitOf(root, base), "the base of the pull request") : workTreeFiles(root) });
    const range = scope.range;
    const redactor = new Redactor(settings.rules);
    const allowed = range ? inlineAllowsAdded(workspace, range[0], range[1], createDetector(settings), 10 * 1024 * 1024).map((f) => present(f, "default", redactor)) : [];
    for (const f of allowed) process.stdout.write(`${inlineAllowAnnotation(f)}
`);
    let sarifPath;
    if (wantSarif) {
      sarifPath = resolveIn(input("sarif-file", "leakhound.sarif"));
      writeWholeFile(sarifPath, inertJson(JSON.stringify(buildSarif(findings, { rules: settings.rules, toolVersion: VERSION }, summary), null, 2)) + "\n", "SARIF ");
    }
    if (process.env.GITHUB_STEP_SUMMARY) {
      appendChecked(process.env.GITHUB_STEP_SUMMARY, summaryMarkdown(findings, scope.description, sarifPath, baseSettings, allowed, summary), "step summary ");
    }
    const live = findings.filter((f) => f.verification === "live").length;
    setOutputs(process.env.GITHUB_OUTPUT, { findings: findings.length, live, "sarif-file": sarifPath ?? "" });
    if (findings.length > 0 && failOn === "any") {
      process.stdout.write(`::error::leakhound found ${findings.length} ${findings.length === 1 ? "secret" : "secrets"} in ${escapeData(scope.description)}
`);
      return 1;
    }
    if (live > 0 && failOn === "live") {
      process.stdout.write(`::error::leakhound found ${live} live ${live === 1 ? "secret" : "secrets"} in ${escapeData(scope.description)}: rotate them now
`);
      return 1;
    }
    return code === 2 ? 2 : 0;
  } finally {
    rmSync3(temp, { recursive: true, force: true });
  }
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

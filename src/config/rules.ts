// Reads rule files (TOML, one per provider or family) into validated Rules.
import { existsSync, readFileSync, readdirSync, statSync } from "node:fs";
import { createRequire } from "node:module";
import { join, relative } from "node:path";
import { LeakhoundError, reasonOf, type ErrorCode } from "../errors.js";
import type { Rule, RuleAllowlist, Severity } from "../model.js";
import { compileRegex } from "../filters/allowlist.js";
import { CHECKSUMS, type ChecksumName } from "../engine/checksum.js";
import { FieldReader, type Table } from "./fields.js";
import { BUILTIN_RULES_DIR, COMPILED_RULES_FILE } from "../paths.js";
import { VERIFIERS } from "../verify/providers.js";

const SEVERITIES: readonly Severity[] = ["critical", "high", "medium", "low"];
const RULE_KEYS = [
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
  "examplePath",
];
export const ALLOWLIST_KEYS = [
  "description",
  "paths",
  "pathRegexes",
  "commits",
  "condition",
  "regexes",
  "regexTarget",
  "stopwords",
];
const ID = /^[a-z0-9][a-z0-9-]*$/;

/** The folder of built-in rules shipped with the package. */
export const builtinRulesDir = BUILTIN_RULES_DIR;

// smol-toml is loaded on first use: the pre-commit path reads precompiled rules and never needs it.
const require = createRequire(import.meta.url);
let toml: typeof import("smol-toml") | undefined;

/** Parses TOML text, turning a syntax error into a one-line error with file and line. */
export function parseToml(text: string, source: string, code: ErrorCode): Table {
  toml ??= require("smol-toml") as typeof import("smol-toml");
  try {
    return toml.parse(text) as Table;
  } catch (err) {
    if (err instanceof toml.TomlError) {
      const first = err.message.split("\n")[0] ?? "syntax error";
      throw new LeakhoundError(code, `${source}:${err.line}: ${first.replace(/^Invalid TOML document: /, "")}`);
    }
    throw new LeakhoundError(code, `${source}: ${reasonOf(err)}`);
  }
}

/** `[allowlist]` (one table) and `[[allowlists]]` (several) of a rule or a config, in that order. */
export function readAllowlists(table: Table, where: string, code: ErrorCode): RuleAllowlist[] {
  const reader = new FieldReader(table, where, code);
  const tables = [...(reader.table_("allowlist") ? [reader.table_("allowlist")!] : []), ...reader.tables("allowlists")];
  return tables.map((t, i) => {
    const allowReader = new FieldReader(t, `${where}${tables.length > 1 ? ` ${i + 1}` : ""}`, code);
    allowReader.onlyKeys(ALLOWLIST_KEYS);
    return readAllowlist(allowReader);
  });
}

export function readAllowlist(reader: FieldReader): RuleAllowlist {
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
    stopwords: reader.strings("stopwords"),
  };
}

/** Validates one rule table. `source` names the file for error messages. */
export function readRule(table: Table, source: string, code: ErrorCode = "BAD_RULE"): Rule {
  const idReader = new FieldReader(table, `${source}: a rule`, code);
  const id = idReader.string("id");
  const r = new FieldReader(table, `${source}: rule "${id}"`, code);
  if (!ID.test(id)) r.fail("id must be lowercase letters, digits and dashes");
  r.onlyKeys(RULE_KEYS);
  const pathRegex = r.has("path") ? r.string("path") : undefined;
  if (pathRegex !== undefined) compileRegex(pathRegex, "", r.where);
  const regex = pathRegex !== undefined ? r.string("regex", "") : r.string("regex");
  const compiled = compileRegex(regex, "", r.where);
  const secretGroup = r.optionalNumber("secretGroup") ?? (compiledGroups(compiled) > 0 ? 1 : 0);
  if (!Number.isInteger(secretGroup) || secretGroup < 0 || secretGroup > compiledGroups(compiled)) {
    r.fail(`secretGroup ${secretGroup} does not exist in the regex`);
  }
  const severity = r.string("severity", "high") as Severity;
  if (!SEVERITIES.includes(severity)) r.fail(`severity must be one of ${SEVERITIES.join(", ")}`);
  const allowlists = readAllowlists(table, `${r.where} allowlist`, code);
  const rule: Rule = {
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
    source,
  };
  const entropy = r.numberInRange("entropy", { min: 0, max: 8 });
  if (entropy !== undefined) rule.entropy = entropy;
  if (pathRegex !== undefined) rule.pathRegex = pathRegex;
  if (r.has("verify")) {
    // a name that points nowhere would make every finding of the rule "unsupported" without a word
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
    rule.checksum = checksum as ChecksumName;
  }
  if (rule.keywords.some((k) => k.length === 0)) r.fail("keywords must not be empty strings");
  return rule;
}

function compiledGroups(re: { source: string }): number {
  // Count capturing groups: "(" not followed by "?" and not escaped; "(?P<name>" counts too.
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

/** Reads the rules of one rule file's text. */
export function parseRuleFile(text: string, source: string, code: ErrorCode = "BAD_RULE"): Rule[] {
  const doc = parseToml(text, source, code);
  const reader = new FieldReader(doc, source, code);
  reader.onlyKeys(["rules"]);
  return reader.tables("rules").map((table) => readRule(table, source, code));
}

/** Reads every `*.toml` rule file in a folder; ids must be unique across files. */
export function loadRuleDir(dir: string, label = relative(process.cwd(), dir) || dir): Rule[] {
  const files = readdirSync(dir)
    .filter((f) => f.endsWith(".toml"))
    .sort();
  const rules: Rule[] = [];
  const seen = new Map<string, string>();
  for (const file of files) {
    const path = join(dir, file);
    const source = `${label}/${file}`;
    for (const rule of parseRuleFile(readFileSync(path, "utf8"), source)) {
      const other = seen.get(rule.id);
      if (other) throw new LeakhoundError("BAD_RULE", `${source}: rule "${rule.id}" is also defined in ${other}`);
      seen.set(rule.id, source);
      rules.push(rule);
    }
  }
  return rules;
}

/** Where the build stores the built-in rules, parsed and validated, for a fast start. */
export const compiledRulesFile = COMPILED_RULES_FILE;

/**
 * The built-in rules: from the compiled copy when it is at least as new as every rule file
 * (checking costs a directory listing), else from the TOML files themselves.
 */
export function loadBuiltinRules(): Rule[] {
  if (existsSync(compiledRulesFile)) {
    const compiledAt = statSync(compiledRulesFile).mtimeMs;
    const files = readdirSync(builtinRulesDir).filter((f) => f.endsWith(".toml"));
    const compiled = JSON.parse(readFileSync(compiledRulesFile, "utf8")) as { files: string[]; rules: Rule[] };
    const fresh =
      compiled.files.join("\n") === files.sort().join("\n") &&
      files.every((f) => statSync(join(builtinRulesDir, f)).mtimeMs <= compiledAt);
    if (fresh) return compiled.rules;
  }
  return loadRuleDir(builtinRulesDir, "rules");
}

// Reads a gitleaks configuration (.gitleaks.toml) so a team can switch without rewriting it:
// rules (regexes are RE2 syntax in both tools), [extend], and allowlists in both the old
// `[allowlist]` and the newer `[[allowlists]]` forms. gitleaks allowlist paths are regexes.
import { readFileSync } from "node:fs";
import { dirname, resolve } from "node:path";
import { LeakhoundError, reasonOf } from "../errors.js";
import type { Rule, RuleAllowlist } from "../model.js";
import type { Config } from "./config.js";
import { FieldReader, type Table } from "./fields.js";
import { loadBuiltinRules, parseToml, readAllowlist, readRule } from "./rules.js";

/** True for documents written for gitleaks rather than leakhound. */
export function looksLikeGitleaks(path: string, doc: Table): boolean {
  if (/gitleaks/i.test(path.split("/").pop() ?? "")) return true;
  if (doc.allowlists !== undefined) return true;
  const extend = doc.extend as Table | undefined;
  if (extend?.path !== undefined) return true;
  const rules = Array.isArray(doc.rules) ? (doc.rules as Table[]) : [];
  return rules.some((r) => r.allowlists !== undefined || (typeof r.path === "string" && r.regex === undefined));
}

/** An allowlist written for gitleaks, in leakhound's terms (its `paths` are regexes). */
function gitleaksAllowlist(table: Table, where: string): RuleAllowlist {
  const { paths, ...rest } = table;
  const reader = new FieldReader({ ...rest, ...(paths !== undefined ? { pathRegexes: paths } : {}) }, where, "BAD_CONFIG");
  return readAllowlist(reader);
}

/** `[allowlist]` and `[[allowlists]]` of a gitleaks rule or config. */
function allowlistsOf(table: Table, where: string): RuleAllowlist[] {
  const reader = new FieldReader(table, where, "BAD_CONFIG");
  const one = reader.table_("allowlist");
  return [...(one ? [one] : []), ...reader.tables("allowlists")].map((t, i) => gitleaksAllowlist(t, `${where} allowlist ${i + 1}`));
}

function gitleaksRule(table: Table, source: string): Rule {
  const id = typeof table.id === "string" ? table.id : "";
  const ours: Table = {
    id: id.toLowerCase().replace(/[^a-z0-9-]+/g, "-"),
    description: typeof table.description === "string" && table.description ? table.description : id,
    ...(table.regex !== undefined ? { regex: table.regex } : {}),
    ...(table.path !== undefined ? { path: table.path } : {}),
    ...(table.secretGroup !== undefined && table.secretGroup !== 0 ? { secretGroup: table.secretGroup } : {}),
    ...(table.entropy !== undefined ? { entropy: table.entropy } : {}),
    keywords: table.keywords ?? [],
    tags: table.tags ?? [],
  };
  return { ...readRule(ours, source, "BAD_CONFIG"), allowlists: allowlistsOf(table, `${source}: rule "${id}"`) };
}

/**
 * Parses a gitleaks config. `[extend] useDefault` starts from leakhound's built-in rules (the
 * closest equivalent of gitleaks' defaults); `[extend] path` loads another gitleaks config first.
 * Fields leakhound has no use for (title, gitleaks' report settings) are ignored.
 */
export function parseGitleaksConfig(doc: Table, source: string, depth = 0): Config {
  const extend = new FieldReader((doc.extend as Table | undefined) ?? {}, `${source}: [extend]`, "BAD_CONFIG");
  let base: Config = { source, rules: [], allowlists: [] };
  if (extend.has("path")) {
    if (depth > 5) extend.fail("[extend] path nests too deeply");
    base = loadGitleaksFile(resolve(dirname(source), extend.string("path")), depth + 1);
  } else if (extend.boolean("useDefault", false)) {
    base.rules = loadBuiltinRules();
  }
  const disabled = new Set(extend.strings("disabledRules"));
  const own = new FieldReader(doc, source, "BAD_CONFIG").tables("rules").map((t) => gitleaksRule(t, source));
  const ownIds = new Set(own.map((r) => r.id));
  return {
    source,
    rules: [...base.rules.filter((r) => !disabled.has(r.id) && !ownIds.has(r.id)), ...own],
    allowlists: [...base.allowlists, ...allowlistsOf(doc, source)],
  };
}

export function loadGitleaksFile(path: string, depth = 0): Config {
  let text: string;
  try {
    text = readFileSync(path, "utf8");
  } catch (err) {
    throw new LeakhoundError("BAD_CONFIG", `cannot read config ${path}: ${reasonOf(err)}`);
  }
  return parseGitleaksConfig(parseToml(text, path, "BAD_CONFIG"), path, depth);
}

// The user's configuration (.leakhound.toml): which built-in rules to use, custom rules, allowlists.
import { existsSync, readFileSync, statSync } from "node:fs";
import { dirname, join } from "node:path";
import { LeakhoundError, reasonOf } from "../errors.js";
import type { Rule, RuleAllowlist } from "../model.js";
import { emptyAllowlist } from "../filters/allowlist.js";
import { FieldReader } from "./fields.js";
import { loadBuiltinRules, parseToml, readAllowlist, readRule } from "./rules.js";

export const CONFIG_FILE = ".leakhound.toml";

export interface Config {
  /** where the config came from, or undefined for the defaults */
  source: string | undefined;
  rules: Rule[];
  allowlist: RuleAllowlist;
}

/** Parses config text; `builtin` is the rule set that `[extend]` starts from. */
export function parseConfig(text: string, source: string, builtin: () => Rule[] = loadBuiltinRules): Config {
  const doc = parseToml(text, source, "BAD_CONFIG");
  const top = new FieldReader(doc, source, "BAD_CONFIG");
  top.onlyKeys(["title", "extend", "rules", "allowlist"]);
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
  // a custom rule with a built-in rule's id replaces it
  const rules = [...base.filter((r) => !disabled.has(r.id) && !customIds.has(r.id)), ...custom];
  const allowTable = top.table_("allowlist");
  const allowReader = new FieldReader(allowTable ?? {}, `${source}: [allowlist]`, "BAD_CONFIG");
  allowReader.onlyKeys(["description", "paths", "regexes", "regexTarget", "stopwords", "commits"]);
  return { source, rules, allowlist: allowTable ? readAllowlist(allowReader) : emptyAllowlist() };
}

/**
 * Loads the config named by `--config`, else `.leakhound.toml` in `searchDir` (the scan root),
 * else the built-in defaults.
 */
export function loadConfig(explicitPath: string | undefined, searchDir: string): Config {
  const path = explicitPath ?? findConfig(searchDir);
  if (!path) return { source: undefined, rules: loadBuiltinRules(), allowlist: emptyAllowlist() };
  let text: string;
  try {
    text = readFileSync(path, "utf8");
  } catch (err) {
    throw new LeakhoundError("BAD_CONFIG", `cannot read config ${path}: ${reasonOf(err)}`);
  }
  return parseConfig(text, path);
}

function findConfig(searchDir: string): string | undefined {
  let dir = searchDir;
  try {
    if (!statSync(dir).isDirectory()) dir = dirname(dir);
  } catch {
    return undefined;
  }
  const candidate = join(dir, CONFIG_FILE);
  return existsSync(candidate) ? candidate : undefined;
}

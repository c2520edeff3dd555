// Reads a gitleaks configuration (.gitleaks.toml) so a team can switch without rewriting it:
// rules (regexes are RE2 syntax in both tools), [extend], and allowlists in both the old
// `[allowlist]` and the newer `[[allowlists]]` forms. gitleaks allowlist paths are regexes.
import type { Rule, RuleAllowlist } from "../model.js";
import type { DetectionSettings, IncludeReader } from "./config.js";
import { FieldReader, type Table } from "./fields.js";
import { loadBuiltinRules, parseToml, readAllowlist, readRule } from "./rules.js";

/** An allowlist written for gitleaks, in leakhound's terms (its `paths` are regexes). */
function gitleaksAllowlist(table: Table, where: string): RuleAllowlist {
  const { paths, ...rest } = table;
  const reader = new FieldReader(
    { ...rest, ...(paths !== undefined ? { pathRegexes: paths } : {}) },
    where,
    "BAD_CONFIG",
  );
  return readAllowlist(reader);
}

/** `[allowlist]` and `[[allowlists]]` of a gitleaks rule or config. */
function allowlistsOf(table: Table, where: string): RuleAllowlist[] {
  const reader = new FieldReader(table, where, "BAD_CONFIG");
  const one = reader.table_("allowlist");
  return [...(one ? [one] : []), ...reader.tables("allowlists")].map((t, i) =>
    gitleaksAllowlist(t, `${where} allowlist ${i + 1}`),
  );
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
 * closest equivalent of gitleaks' defaults); `[extend] path` loads another gitleaks config first,
 * through `include` (which keeps a repository's config inside the repository). Fields leakhound has
 * no use for (title, gitleaks' report settings) are ignored.
 */
export function parseGitleaksConfig(
  doc: Table,
  source: string,
  include: IncludeReader | undefined,
  builtin: () => Rule[] = loadBuiltinRules,
  depth = 0,
): DetectionSettings {
  const extend = new FieldReader((doc.extend as Table | undefined) ?? {}, `${source}: [extend]`, "BAD_CONFIG");
  let base: DetectionSettings = { source, rules: [], allowlists: [] };
  if (extend.has("path")) {
    if (depth > 5) extend.fail("[extend] path nests too deeply");
    const included = include
      ? include(extend.string("path"), source)
      : extend.fail("[extend] path cannot be followed here");
    base = parseGitleaksConfig(
      parseToml(included.text, included.source, "BAD_CONFIG"),
      included.source,
      include,
      builtin,
      depth + 1,
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
    allowlists: [...base.allowlists, ...allowlistsOf(doc, source)],
  };
}

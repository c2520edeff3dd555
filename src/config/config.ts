// The user's configuration (.leakhound.toml, or a gitleaks .gitleaks.toml): which built-in rules to
// use, custom rules, allowlists.
import { existsSync, readFileSync, statSync } from "node:fs";
import { dirname, join } from "node:path";
import { LeakhoundError, reasonOf } from "../errors.js";
import type { Rule, RuleAllowlist } from "../model.js";
import { FieldReader } from "./fields.js";
import { looksLikeGitleaks, parseGitleaksConfig } from "./gitleaks.js";
import { loadBuiltinRules, parseToml, readAllowlists, readRule } from "./rules.js";
import { DEFAULT_TICKETS, TICKET_PROVIDERS, type TicketProvider, type TicketSettings } from "../tickets/settings.js";

export const CONFIG_FILE = ".leakhound.toml";
/** read when there is no .leakhound.toml, so a team coming from gitleaks keeps its config */
export const GITLEAKS_CONFIG_FILE = ".gitleaks.toml";

export interface VerifySettings {
  timeoutSeconds?: number;
  concurrency?: number;
  auditLog?: string;
  baseUrls: Record<string, string>;
  canaryAccounts: string[];
}

export interface Config {
  /** where the config came from, or undefined for the defaults */
  source: string | undefined;
  rules: Rule[];
  /** allowlists that apply to every rule */
  allowlists: RuleAllowlist[];
  verify?: VerifySettings;
  tickets?: TicketSettings;
}

function readVerify(reader: FieldReader): VerifySettings {
  reader.onlyKeys(["timeout", "concurrency", "auditLog", "baseUrls", "canaryAccounts"]);
  const baseUrls = reader.table_("baseUrls") ?? {};
  for (const [provider, url] of Object.entries(baseUrls)) {
    if (typeof url !== "string" || !/^https?:\/\//.test(url)) reader.fail(`baseUrls.${provider} must be an http(s) URL`);
  }
  const timeout = reader.optionalNumber("timeout");
  const concurrency = reader.optionalNumber("concurrency");
  return {
    ...(timeout !== undefined ? { timeoutSeconds: timeout } : {}),
    ...(concurrency !== undefined ? { concurrency } : {}),
    ...(reader.has("auditLog") ? { auditLog: reader.string("auditLog") } : {}),
    baseUrls: baseUrls as Record<string, string>,
    canaryAccounts: reader.strings("canaryAccounts"),
  };
}

function readTickets(reader: FieldReader): TicketSettings {
  reader.onlyKeys(["provider", "repository", "apiUrl", "labels", "assignees", "url", "secretEnv", "command", "stateFile"]);
  const provider = reader.string("provider") as TicketProvider;
  if (!TICKET_PROVIDERS.includes(provider)) reader.fail(`provider must be one of ${TICKET_PROVIDERS.join(", ")}`);
  const assignees = reader.string("assignees", DEFAULT_TICKETS.assignees);
  if (assignees !== "codeowners" && assignees !== "none") reader.fail(`assignees must be "codeowners" or "none"`);
  const optional = (key: string) => (reader.has(key) ? { [key]: reader.string(key) } : {});
  return {
    provider,
    ...optional("repository"),
    ...optional("apiUrl"),
    ...optional("url"),
    ...optional("stateFile"),
    labels: reader.has("labels") ? reader.strings("labels") : DEFAULT_TICKETS.labels,
    assignees,
    secretEnv: reader.string("secretEnv", DEFAULT_TICKETS.secretEnv),
    ...(reader.has("command") ? { command: reader.strings("command") } : {}),
  };
}

/** Parses leakhound config text; `builtin` is the rule set that `[extend]` starts from. */
export function parseConfig(text: string, source: string, builtin: () => Rule[] = loadBuiltinRules): Config {
  const doc = parseToml(text, source, "BAD_CONFIG");
  if (looksLikeGitleaks(source, doc)) return parseGitleaksConfig(doc, source);
  const top = new FieldReader(doc, source, "BAD_CONFIG");
  top.onlyKeys(["title", "extend", "rules", "allowlist", "allowlists", "verify", "tickets"]);
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
  const verify = top.table_("verify");
  const tickets = top.table_("tickets");
  return {
    source,
    rules,
    allowlists: readAllowlists(doc, `${source}: [allowlist]`, "BAD_CONFIG"),
    ...(verify ? { verify: readVerify(new FieldReader(verify, `${source}: [verify]`, "BAD_CONFIG")) } : {}),
    ...(tickets ? { tickets: readTickets(new FieldReader(tickets, `${source}: [tickets]`, "BAD_CONFIG")) } : {}),
  };
}

/**
 * Loads the config named by `--config`, else `.leakhound.toml` (or `.gitleaks.toml`) in `searchDir`
 * (the scan root), else the built-in defaults.
 */
export function loadConfig(explicitPath: string | undefined, searchDir: string): Config {
  const path = explicitPath ?? findConfig(searchDir);
  if (!path) return { source: undefined, rules: loadBuiltinRules(), allowlists: [] };
  let text: string;
  try {
    text = readFileSync(path, "utf8");
  } catch (err) {
    throw new LeakhoundError("BAD_CONFIG", `cannot read config ${path}: ${reasonOf(err)}`);
  }
  return parseConfig(text, path);
}

/** The folder a scan root stands for: itself, or the folder holding it when it is a file. */
export function rootFolder(searchDir: string): string | undefined {
  try {
    return statSync(searchDir).isDirectory() ? searchDir : dirname(searchDir);
  } catch {
    return undefined;
  }
}

function findConfig(searchDir: string): string | undefined {
  const dir = rootFolder(searchDir);
  if (dir === undefined) return undefined;
  return [CONFIG_FILE, GITLEAKS_CONFIG_FILE].map((name) => join(dir, name)).find((p) => existsSync(p));
}

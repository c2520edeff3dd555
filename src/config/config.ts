// The user's configuration, in two kinds kept apart by type:
// - detection settings (rules, allowlists, [extend]): what a scanned repository may tune in its own
//   `.leakhound.toml` / `.gitleaks.toml`, because a project legitimately quiets its false positives;
// - operator settings ([verify], [tickets]): everything that acts — hosts, commands, files written,
//   timeouts. Only the operator sets these (flags, `--config FILE`, the user-level file): a
//   function that reads a repository's config has no way to return them (see README, Security model).
import { LeakhoundError } from "../errors.js";
import type { Rule, RuleAllowlist } from "../model.js";
import { FieldReader, type Table } from "./fields.js";
import { parseGitleaksConfig } from "./gitleaks.js";
import { loadBuiltinRules, parseToml, readAllowlists, readRule } from "./rules.js";
import { DEFAULT_TICKETS, TICKET_PROVIDERS, type TicketProvider, type TicketSettings } from "../tickets/settings.js";
import { checkOperatorUrl } from "./urls.js";
import { LOOP_TABLES, readEscalate, readRevoke, type EscalateSettings, type RevokeSettings } from "./loop.js";

export const CONFIG_FILE = ".leakhound.toml";
/** read when there is no .leakhound.toml, so a team coming from gitleaks keeps its config */
export const GITLEAKS_CONFIG_FILE = ".gitleaks.toml";

/** Which schema a config file is written in: decided by its name or by `--config-format`, never by its content. */
export type ConfigDialect = "leakhound" | "gitleaks";

export function dialectOf(path: string, explicit?: ConfigDialect): ConfigDialect {
  if (explicit) return explicit;
  return /gitleaks/i.test(path.split(/[\\/]/).pop() ?? "") ? "gitleaks" : "leakhound";
}

/** What a scanned repository may set. */
export interface DetectionSettings {
  /** where the detection settings came from, or undefined for the defaults */
  source: string | undefined;
  rules: Rule[];
  /** allowlists that apply to every rule */
  allowlists: RuleAllowlist[];
}

export interface VerifySettings {
  timeoutSeconds?: number;
  concurrency?: number;
  auditLog?: string;
  baseUrls: Record<string, string>;
  canaryAccounts: string[];
}

/** What only the operator may set: everything that sends, runs or writes. */
export interface OperatorSettings {
  verify?: VerifySettings;
  tickets?: TicketSettings;
  revoke?: RevokeSettings;
  escalate?: EscalateSettings;
}

/**
 * The settings a scan runs with: detection settings from wherever they were found, operator settings from the operator.
 */
export interface Config extends DetectionSettings, OperatorSettings {
  /** one line each, printed on stderr by the CLI (e.g. operator settings a repository config tried to set) */
  warnings: string[];
}

/** A repository's own config: detection settings, and the operator keys it held, which are ignored. */
export interface RepositoryConfig {
  detection: DetectionSettings;
  ignoredOperatorKeys: string[];
}

/** Reads another file a config refers to (gitleaks' `[extend] path`), relative to the config. */
export type IncludeReader = (path: string, from: string) => { text: string; source: string };

const OPERATOR_TABLES = ["verify", "tickets", ...LOOP_TABLES] as const;
const LEAKHOUND_KEYS = ["title", "extend", "rules", "allowlist", "allowlists"];

function readVerify(reader: FieldReader): VerifySettings {
  reader.onlyKeys(["timeout", "concurrency", "auditLog", "baseUrls", "canaryAccounts"]);
  const baseUrls = reader.table_("baseUrls") ?? {};
  for (const [provider, url] of Object.entries(baseUrls)) {
    if (typeof url !== "string") reader.fail(`baseUrls.${provider} must be a string`);
    const problem = checkOperatorUrl(url);
    if (problem) reader.fail(`baseUrls.${provider}: ${problem}`);
  }
  // 0 or a negative concurrency would never start a request; 0 s times out every one
  const timeout = reader.numberInRange("timeout", { min: 0.1, max: 600 });
  const concurrency = reader.numberInRange("concurrency", { min: 1, max: 64, integer: true });
  return {
    ...(timeout !== undefined ? { timeoutSeconds: timeout } : {}),
    ...(concurrency !== undefined ? { concurrency } : {}),
    ...(reader.has("auditLog") ? { auditLog: reader.string("auditLog") } : {}),
    baseUrls: baseUrls as Record<string, string>,
    canaryAccounts: reader.strings("canaryAccounts"),
  };
}

function readTickets(reader: FieldReader): TicketSettings {
  reader.onlyKeys([
    "provider",
    "repository",
    "apiUrl",
    "labels",
    "assignees",
    "url",
    "secretEnv",
    "command",
    "stateFile",
  ]);
  const provider = reader.string("provider") as TicketProvider;
  if (!TICKET_PROVIDERS.includes(provider)) reader.fail(`provider must be one of ${TICKET_PROVIDERS.join(", ")}`);
  const assignees = reader.string("assignees", DEFAULT_TICKETS.assignees);
  if (assignees !== "codeowners" && assignees !== "none") reader.fail(`assignees must be "codeowners" or "none"`);
  for (const key of ["apiUrl", "url"]) {
    const problem = reader.has(key) ? checkOperatorUrl(reader.string(key)) : undefined;
    if (problem) reader.fail(`${key}: ${problem}`);
  }
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

function readOperator(doc: Table, source: string): OperatorSettings {
  const top = new FieldReader(doc, source, "BAD_CONFIG");
  const verify = top.table_("verify");
  const tickets = top.table_("tickets");
  const revoke = top.table_("revoke");
  const escalate = top.table_("escalate");
  return {
    ...(revoke ? { revoke: readRevoke(new FieldReader(revoke, `${source}: [revoke]`, "BAD_CONFIG")) } : {}),
    ...(escalate ? { escalate: readEscalate(new FieldReader(escalate, `${source}: [escalate]`, "BAD_CONFIG")) } : {}),
    ...(verify ? { verify: readVerify(new FieldReader(verify, `${source}: [verify]`, "BAD_CONFIG")) } : {}),
    ...(tickets ? { tickets: readTickets(new FieldReader(tickets, `${source}: [tickets]`, "BAD_CONFIG")) } : {}),
  };
}

/** The operator keys a document holds, as `table.key` names for the warning. */
function operatorKeysOf(doc: Table): string[] {
  const keys: string[] = [];
  for (const table of OPERATOR_TABLES) {
    const value = doc[table];
    if (value === undefined) continue;
    if (typeof value === "object" && value !== null && !Array.isArray(value)) {
      const inner = Object.keys(value);
      keys.push(...(inner.length ? inner.map((k) => `${table}.${k}`) : [table]));
    } else keys.push(table);
  }
  return keys;
}

/** Detection settings of a leakhound-schema document; `builtin` is the rule set `[extend]` starts from. */
function readLeakhoundDetection(doc: Table, source: string, builtin: () => Rule[]): DetectionSettings {
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
  // a custom rule with a built-in rule's id replaces it
  const rules = [...base.filter((r) => !disabled.has(r.id) && !customIds.has(r.id)), ...custom];
  return { source, rules, allowlists: readAllowlists(doc, `${source}: [allowlist]`, "BAD_CONFIG") };
}

function readDetection(
  doc: Table,
  source: string,
  dialect: ConfigDialect,
  include: IncludeReader | undefined,
  builtin: () => Rule[],
): DetectionSettings {
  const settings =
    dialect === "gitleaks"
      ? parseGitleaksConfig(doc, source, include, builtin)
      : readLeakhoundDetection(doc, source, builtin);
  return checkRulesLeft(settings);
}

/** A configuration that leaves no rule would make every scan pass: that is an error, not a clean scan. */
export function checkRulesLeft(settings: DetectionSettings): DetectionSettings {
  if (settings.rules.length === 0) {
    throw new LeakhoundError(
      "BAD_CONFIG",
      `${settings.source ?? "the configuration"} leaves no rules to scan with (useDefault = false or every rule disabled, and no rule of its own)`,
    );
  }
  return settings;
}

/**
 * A scanned repository's own config file. Its operator settings are never returned: their keys
 * are listed so that the caller can say they were ignored.
 */
export function readRepositoryConfig(
  text: string,
  source: string,
  options: { dialect?: ConfigDialect; include?: IncludeReader; builtin?: () => Rule[] } = {},
): RepositoryConfig {
  const dialect = dialectOf(source, options.dialect);
  const doc = parseToml(text, source, "BAD_CONFIG");
  const ignoredOperatorKeys = dialect === "leakhound" ? operatorKeysOf(doc) : [];
  return {
    detection: readDetection(doc, source, dialect, options.include, options.builtin ?? loadBuiltinRules),
    ignoredOperatorKeys,
  };
}

/** A config file the operator named (`--config FILE`): detection and operator settings. */
export function readOperatorConfig(
  text: string,
  source: string,
  options: { dialect?: ConfigDialect; include?: IncludeReader; builtin?: () => Rule[] } = {},
): { detection: DetectionSettings; operator: OperatorSettings } {
  const dialect = dialectOf(source, options.dialect);
  const doc = parseToml(text, source, "BAD_CONFIG");
  const detection = readDetection(doc, source, dialect, options.include, options.builtin ?? loadBuiltinRules);
  return { detection, operator: dialect === "leakhound" ? readOperator(doc, source) : {} };
}

/** The user-level file (`$XDG_CONFIG_HOME/leakhound/config.toml`): operator settings only. */
export function readUserConfig(text: string, source: string): OperatorSettings {
  const doc = parseToml(text, source, "BAD_CONFIG");
  new FieldReader(doc, source, "BAD_CONFIG").onlyKeys([...OPERATOR_TABLES]);
  return readOperator(doc, source);
}

/** Config text as a whole, for callers that hold text and trust it (the library, tests): the operator's reading. */
export function parseConfig(text: string, source: string, builtin: () => Rule[] = loadBuiltinRules): Config {
  const { detection, operator } = readOperatorConfig(text, source, { builtin });
  return { ...detection, ...operator, warnings: [] };
}

/** The built-in rules and nothing else. */
export function defaultSettings(): DetectionSettings {
  return { source: undefined, rules: loadBuiltinRules(), allowlists: [] };
}

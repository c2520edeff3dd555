// What a user coming from gitleaks types: its config variables, `--enable-rule` and `--log-opts`,
// mapped onto leakhound's own settings. `--log-opts` reaches `git log` only through an allowlist:
// options that choose commits, never ones that run a program or write a file.
import { LeakhoundError } from "../errors.js";
import type { Config } from "../config/config.js";
import type { HistoryScope } from "../sources/git.js";

const usage = (message: string) => new LeakhoundError("USAGE", message);

/**
 * The operator's config file: `--config`, else `$LEAKHOUND_CONFIG`, else gitleaks' `$GITLEAKS_CONFIG`.
 * Read from the environment of whoever runs the scan, never from the scanned repository.
 */
export function operatorConfigPath(
  explicit: string | undefined,
  env: NodeJS.ProcessEnv = process.env,
): string | undefined {
  return explicit || env.LEAKHOUND_CONFIG || env.GITLEAKS_CONFIG || undefined;
}

/** `--enable-rule ID…`: only these rules; an id that names no rule is an error, not a scan with fewer rules. */
export function enableRules(config: Config, ids: readonly string[] | undefined): Config {
  if (!ids || ids.length === 0) return config;
  const wanted = new Set(
    ids
      .flatMap((id) => id.split(","))
      .map((id) => id.trim())
      .filter(Boolean),
  );
  const known = new Set(config.rules.map((r) => r.id));
  const unknown = [...wanted].filter((id) => !known.has(id));
  if (unknown.length > 0) {
    throw usage(
      `--enable-rule: no rule ${unknown.map((id) => JSON.stringify(id)).join(", ")} (\`leakhound rules list\` shows the ids)`,
    );
  }
  return { ...config, rules: config.rules.filter((r) => wanted.has(r.id)) };
}

/**
 * `git log` options that only choose which commits are listed; `=VALUE` forms only, so no value is read as a revision.
 */
const VALUE_OPTIONS = [
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
  "--max-parents",
];
const SWITCHES = [
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
  "--invert-grep",
];
/** a revision or a range: what git calls a ref name, no option, no path, no `@{…}` reflog walk of another file */
const REVISION = /^[A-Za-z0-9_][A-Za-z0-9_./~^-]*(\.\.\.?[A-Za-z0-9_][A-Za-z0-9_./~^-]*)?$/;

/** Splits `--log-opts` text like a shell: words, and quoted strings. */
function words(text: string): string[] {
  return [...text.matchAll(/"([^"]*)"|'([^']*)'|(\S+)/g)].map((m) => m[1] ?? m[2] ?? m[3]!);
}

/**
 * gitleaks' `--log-opts "…"` as a history scope: a range `A..B` becomes `--range`, one revision
 * `--branch`, `--all` the default, and the commit filters of VALUE_OPTIONS and SWITCHES pass to
 * `git log` as they are. Anything else (paths, `--output`, `--ext-diff`, an unknown option) is a
 * usage error: git would otherwise write a file or run a program the text named.
 */
export function scopeFromLogOpts(text: string | undefined, scope: HistoryScope): HistoryScope {
  if (text === undefined || text.trim() === "") return scope;
  const out: HistoryScope = { ...scope };
  const options: string[] = [];
  const list = words(text);
  for (let i = 0; i < list.length; i++) {
    const word = list[i]!;
    if (SWITCHES.includes(word)) {
      if (word !== "--all") options.push(word);
      continue;
    }
    if (/^-n$/.test(word) || /^-\d+$/.test(word) || /^-n\d+$/.test(word)) {
      const count = word === "-n" ? list[++i] : word.replace(/^-n?/, "");
      if (count === undefined || !/^\d+$/.test(count)) throw usage(`--log-opts: ${word} takes a number of commits`);
      options.push(`--max-count=${count}`);
      continue;
    }
    const eq = word.indexOf("=");
    if (word.startsWith("--") && eq > 0 && VALUE_OPTIONS.includes(word.slice(0, eq))) {
      options.push(word);
      continue;
    }
    if (!word.startsWith("-") && REVISION.test(word)) {
      if (out.range || out.branch)
        throw usage(`--log-opts: name one revision or one range A..B, not several (${JSON.stringify(word)})`);
      if (word.includes("..")) out.range = word;
      else out.branch = word;
      continue;
    }
    throw usage(
      `--log-opts: ${JSON.stringify(word)} is not accepted (only a revision, a range A..B, ${SWITCHES.join(" ")}, -n N, ` +
        `and ${VALUE_OPTIONS.map((o) => `${o}=…`).join(" ")}; nothing that names paths, runs a program or writes a file)`,
    );
  }
  if ((out.range && (scope.branch || scope.sinceCommit)) || (out.branch && scope.range))
    throw usage("--log-opts names a revision; do not combine it with --range, --branch or --since-commit");
  if (scope.range && out.range && scope.range !== out.range)
    throw usage("--log-opts and --range name different ranges");
  if (options.length > 0) out.logOptions = [...(scope.logOptions ?? []), ...options];
  return out;
}

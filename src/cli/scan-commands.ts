// The scanning subcommands (`git`, `staged`, `dir`, `stdin`) and `baseline`, which records what a
// scan finds so that later scans report only what is new.
import { existsSync, readFileSync, statSync } from "node:fs";
import { basename, join, relative, resolve } from "node:path";
import { LeakhoundError } from "../errors.js";
import type { Config, ConfigDialect } from "../config/config.js";
import { loadSettings, rootFolder } from "../config/load.js";
import { commitFiles, settingsRoot, workTreeFiles, type SettingsFiles } from "../config/settings-files.js";
import { enableRules, operatorConfigPath, scopeFromLogOpts } from "./gitleaks-flags.js";
import { hiddenByChange } from "../filters/changed-settings.js";
import type { Finding, ScanStats } from "../model.js";
import { writeWholeFile } from "../io/write-file.js";
import type { Redaction } from "../report/redact.js";
import { checkVerifyFlags, parseMaxFileSize } from "./flags.js";
import { BASELINE_FILE, entriesFor, writeBaseline } from "../filters/baseline.js";
import type { Format } from "../report/index.js";
import { scan } from "../scan/scan.js";
import { dirSource } from "../sources/dir-source.js";
import { historySource } from "../sources/git-history-source.js";
import { stagedSource } from "../sources/staged-source.js";
import { stdinSource } from "../sources/stdin-source.js";
import {
  commitOf,
  hasGitBinary,
  inspectRepo,
  rangeEnds,
  startStagedDiff,
  workTreeTop,
  type HistoryScope,
  type RepoInfo,
} from "../sources/git.js";
import { inert } from "../report/inert.js";
import { KnownFindings } from "./known.js";
import { inlineAllowsAdded } from "../sources/inline-allows.js";
import { createDetector } from "../scan/detector.js";
import { redact } from "../report/redact.js";
import { ReportSink } from "./output.js";
import { embedding } from "../pipeline/embed.js";
import { runPipeline, type ActingStages } from "../pipeline/pipeline.js";
import { Progress } from "./progress.js";
import { writeStderr } from "./stdio.js";
import type { VerifyArgs } from "./verify-tickets.js";

export interface ScanArgs extends Omit<VerifyArgs, "quiet"> {
  config?: string;
  configFormat?: ConfigDialect;
  format: Format;
  output?: string;
  /** from --redact, --redact=N, --no-redact (flags.ts); leakhound's default prefix when absent */
  redaction?: Redaction;
  exitCode: number;
  quiet: boolean;
  /** --baseline FILE; false with --no-baseline */
  baseline?: string | false;
  maxFileSize?: number;
  /** --revoke (implies --verify), --revoke-providers, --yes: see revoke-command.ts */
  revoke?: boolean;
  revokeProviders?: string[];
  yes?: boolean;
  /** --color / --no-color */
  color?: boolean;
  /** --enable-rule (gitleaks): only these rule ids */
  enableRule?: string[];
  /** --gitleaks-ignore-path / -i (gitleaks): a .gitleaksignore file, or the folder holding one */
  gitleaksIgnorePath?: string;
  /** --author-email: commit authors' e-mail addresses in SARIF */
  authorEmail?: boolean;
}

interface Scan {
  findings: Finding[];
  stats: ScanStats;
}

/** --max-file-size (MB) in bytes; also checked here for library callers that skip the CLI's parsing. */
function maxFileBytes(args: ScanArgs): number {
  return parseMaxFileSize(args.maxFileSize ?? 10);
}

/** The settings of one scan and the findings they already accept. */
interface ScanSettings {
  root: string;
  config: Config;
  known: KnownFindings;
  /** with settings from a range's base: the file whose change in the range would hide a finding */
  hiddenBy?: (finding: Finding) => string | undefined;
}

/**
 * Loads the settings of a scan whose repository files are `files`, and (unless `warn` is false) says what it ignored.
 */
function settingsFor(args: ScanArgs, root: string, files: SettingsFiles | undefined, warn = true): ScanSettings {
  const explicit = operatorConfigPath(args.config);
  const loaded = loadSettings({
    ...(explicit ? { explicit } : {}),
    ...(args.configFormat ? { dialect: args.configFormat } : {}),
    ...(files ? { files } : {}),
  });
  const config = enableRules(loaded, args.enableRule);
  // said even with --quiet: a setting that was not applied must never go unnoticed
  if (warn) for (const warning of config.warnings) writeStderr(`leakhound: warning: ${warning}\n`);
  return { root, config, known: new KnownFindings(files, args.baseline, config.rules, args.gitleaksIgnorePath) };
}

/**
 * Runs a scan and reports it through the pipeline (pipeline/pipeline.ts): findings the baseline (or
 * .gitleaksignore) already accepts are counted, not reported; the rest are streamed to the report as
 * they are found, or with --verify once their status is known.
 */
async function report(
  args: ScanArgs,
  settings: ScanSettings,
  run: (onFinding: (f: Finding) => void) => Promise<Scan>,
  unit: "file" | "commit" = "file",
): Promise<number> {
  const { config, root, known } = settings;
  const embedded = embedding();
  const sinks = embedded
    ? embedded.sinks(config)
    : [
        new ReportSink(
          {
            format: args.format,
            output: args.output,
            redaction: args.redaction ?? "default",
            exitCode: args.exitCode,
            quiet: args.quiet,
            ...(args.color !== undefined ? { color: args.color } : {}),
            authorEmail: args.authorEmail === true,
            repository: basename(resolve(settings.root)),
          },
          config.rules,
        ),
      ];
  const result = await runPipeline(run, {
    config,
    known,
    ...(settings.hiddenBy ? { hiddenBy: settings.hiddenBy } : {}),
    stages: await actingStages(args, config, root),
    sinks,
    unit,
    exitCode: args.exitCode,
  });
  if (embedded) embedded.result = result;
  return result.code;
}

/** --verify, --revoke and --ticket as the pipeline's acting stages; loaded only when asked for. */
async function actingStages(args: ScanArgs, config: Config, root: string): Promise<ActingStages> {
  if (!args.verify) return {};
  const { verifyAll, ticketAll, ticketSettings, baseUrls } = await import("./verify-tickets.js");
  // only the operator's flag revokes: findings, after verification, through the provider's API
  const revokeAll = args.revoke ? (await import("./revoke-command.js")).revokeAll : undefined;
  const tickets = args.explain ? undefined : ticketSettings({ ...args, quiet: args.quiet }, config);
  return {
    verify: (findings) => verifyAll(findings, { ...args, quiet: args.quiet }, config),
    ...(revokeAll
      ? {
          revoke: (findings: Finding[]) =>
            revokeAll(findings, { ...args, quiet: args.quiet }, config, baseUrls(args, config)),
        }
      : {}),
    ...(tickets ? { tickets: (findings: Finding[]) => ticketAll(findings, tickets, config, root, args.quiet) } : {}),
    // --explain prints the requests that would be sent instead of a report
    ...(args.explain ? { explainOnly: true } : {}),
  };
}

export async function dirCommand(
  args: ScanArgs & { paths: string[]; include?: string[]; exclude?: string[]; workers?: number; gitignore?: boolean },
): Promise<number> {
  checkVerifyFlags(args);
  if (args.workers !== undefined && !(Number.isInteger(args.workers) && args.workers >= 1)) {
    throw new LeakhoundError("USAGE", "--workers must be a whole number of at least 1");
  }
  // the root's config and baseline also hold for a scan of one of its folders
  const root = rootFolder(args.paths[0] ?? ".") === undefined ? "." : settingsRoot(args.paths[0] ?? ".");
  const settings = settingsFor(args, root, workTreeFiles(root));
  settings.known.toRoot = (path) => relative(root, resolve(path)).split("\\").join("/");
  const skip = args.gitignore === false ? undefined : await ignoredBy(args.paths);
  const options = {
    include: args.include,
    exclude: args.exclude,
    maxFileSize: maxFileBytes(args),
    workers: args.workers,
    ...(skip ? { skip } : {}),
  };
  const { maxFileSize, workers, ...walk } = options;
  return report(args, settings, (onFinding) =>
    scan(dirSource(args.paths, walk), {
      ruleSet: settings.config,
      maxFileSize,
      ...(workers ? { workers } : {}),
      onFinding,
    }),
  );
}

/** What the work trees holding `paths` ignore (their .gitignore files), as one test. */
async function ignoredBy(paths: string[]): Promise<((abs: string) => boolean) | undefined> {
  const { gitIgnored } = await import("../sources/gitignored.js");
  const tests = [...new Set(paths.map((p) => settingsRootOf(p)))].map(gitIgnored).filter((t) => t !== undefined);
  return tests.length === 0 ? undefined : (abs) => tests.some((t) => t(abs));
}

function settingsRootOf(path: string): string {
  return rootFolder(path) ?? path;
}

export async function stdinCommand(args: ScanArgs & { label: string }): Promise<number> {
  checkVerifyFlags(args);
  if (process.stdin.isTTY) throw new LeakhoundError("USAGE", "stdin is a terminal: pipe text into `leakhound stdin`");
  const limit = maxFileBytes(args);
  const root = settingsRoot(process.cwd());
  const settings = settingsFor(args, root, workTreeFiles(root));
  return report(args, settings, (onFinding) =>
    scan(stdinSource(process.stdin, args.label), { ruleSet: settings.config, maxFileSize: limit, onFinding }),
  );
}

export type SettingsFrom = "worktree" | "base";

/**
 * The settings of a history scan. With `--settings-from base` (the Action's default on pull
 * requests), the repository's settings files are read at the first commit of the range, and each
 * finding that the range's own edits to them would hide is marked with the file.
 */
function historySettings(
  args: ScanArgs & HistoryScope & { repo: string; settingsFrom?: SettingsFrom },
  root: string,
): ScanSettings {
  // a clone has no work tree: its settings are the files of its default branch
  if (args.settingsFrom !== "base" && clonedRepos.has(args.repo))
    return settingsFor(args, root, headFiles(args.repo, root));
  if (args.settingsFrom !== "base") return settingsFor(args, root, workTreeFiles(root));
  if (!args.range)
    throw new LeakhoundError("USAGE", "--settings-from base needs --range A..B (the settings are read at A)");
  const [from, to] = rangeEnds(args.range);
  const base = settingsFor(args, root, commitFiles(root, commitOf(args.repo, from), "the base of the range"));
  let head: ScanSettings;
  try {
    // the range's own settings are only compared with: what they would ignore is not said twice
    head = settingsFor(args, root, commitFiles(root, commitOf(args.repo, to), "the end of the range"), false);
  } catch (err) {
    // the range's own settings cannot be read: nothing can be hidden by them, the scan goes on with the base's
    writeStderr(
      `leakhound: warning: the settings at the end of the range cannot be read (${err instanceof Error ? err.message : String(err)}); judging by the base's alone\n`,
    );
    return base;
  }
  return { ...base, hiddenBy: hiddenByChange({ detection: head.config, known: head.known }) };
}

/** Bare clones made by scanClone for the scan under way. */
const clonedRepos = new Set<string>();

/** The files at HEAD of a bare clone; none when it has no commit (an empty repository). */
function headFiles(repo: string, root: string): SettingsFiles | undefined {
  let head: string;
  try {
    head = commitOf(repo, "HEAD");
  } catch {
    return undefined;
  }
  return commitFiles(root, head, "the clone's default branch");
}

/** `git URL`: a clone URL (trufflehog's `git file://…`, `git https://…`) rather than a folder. */
const CLONE_URL = /^(?:https?|ssh|git|file):\/\//i;

export async function gitCommand(
  args: ScanArgs & { repo: string; settingsFrom?: SettingsFrom; logOpts?: string } & HistoryScope,
): Promise<number> {
  checkVerifyFlags(args);
  if (CLONE_URL.test(args.repo) && !existsSync(args.repo)) return scanClone(args);
  const scoped = scopeFromLogOpts(args.logOpts, {
    branch: args.branch,
    range: args.range,
    sinceCommit: args.sinceCommit,
  });
  if (args.logOpts !== undefined) args = { ...args, ...scoped };
  const info = hasGitBinary() ? inspectRepo(args.repo) : await repoWithoutGit(args.repo);
  const settings = historySettings(args, info.root);
  const config = settings.config;
  if (info.shallow && !args.quiet) {
    process.stderr.write(
      "leakhound: note: shallow clone: scanning only the commits present (git fetch --unshallow for full history)\n",
    );
  }
  const scope: HistoryScope = {
    branch: args.branch,
    range: args.range,
    sinceCommit: args.sinceCommit,
    ...(scoped.logOptions ? { logOptions: scoped.logOptions } : {}),
  };
  const progress = new Progress(Date.now());
  // an embedding program (the Action) shows the inline allows with its report, so they are known first
  const embedded = embedding();
  if (embedded && args.range)
    embedded.allowedInline = listInlineAllows(
      args.repo,
      args.range,
      config,
      maxFileBytes(args),
      args.redaction ?? "default",
      args.quiet,
    );
  try {
    const code = await report(
      args,
      settings,
      async (onFinding) => {
        const result = await scan(historySource(args.repo, scope, info), {
          ruleSet: config,
          maxFileSize: maxFileBytes(args),
          onFinding,
          onProgress: progress.update,
        });
        progress.done();
        return result;
      },
      "commit",
    );
    if (args.range && !args.quiet && !embedded)
      listInlineAllows(args.repo, args.range, config, maxFileBytes(args), args.redaction ?? "default", false);
    return code;
  } finally {
    progress.done();
  }
}

/**
 * Clones `args.repo` (a URL) into a temporary folder with the same hardened git as `repos` (no
 * hooks, no ext:: transport, a token only for its own host), scans that clone's history, and removes it.
 * The findings name the URL as the repository's root, so their paths read as they do in the repository.
 */
async function scanClone(
  args: ScanArgs & { repo: string; settingsFrom?: SettingsFrom; logOpts?: string } & HistoryScope,
): Promise<number> {
  const [{ ensureLocal }, { nameFromUrl }, { mkdtempSync, rmSync }, { tmpdir }] = await Promise.all([
    import("../repos/clone.js"),
    import("../repos/list.js"),
    import("node:fs"),
    import("node:os"),
  ]);
  const temp = mkdtempSync(join(tmpdir(), "leakhound-clone-"));
  try {
    const cloned = ensureLocal({ name: nameFromUrl(args.repo), location: args.repo, local: false }, temp);
    // the URL may carry a user and password: only its host and path are shown
    if ("error" in cloned)
      throw new LeakhoundError("GIT_FAILED", `cannot clone ${nameFromUrl(args.repo)}: ${cloned.error}`);
    clonedRepos.add(cloned.path);
    try {
      return await gitCommand({ ...args, repo: cloned.path });
    } finally {
      clonedRepos.delete(cloned.path);
    }
  } finally {
    rmSync(temp, { recursive: true, force: true });
  }
}

export async function stagedCommand(args: ScanArgs & { repo: string }): Promise<number> {
  checkVerifyFlags(args);
  // git first: it runs while the rules load (this is the pre-commit path, every millisecond shows)
  const diff = startStagedDiff(args.repo);
  diff.output.catch(() => undefined); // a failure is handled where the diff is read
  const root = workTreeTop(args.repo);
  const settings = settingsFor(args, root, workTreeFiles(root));
  const code = await report(args, settings, (onFinding) =>
    scan(stagedSource(args.repo, diff), { ruleSet: settings.config, maxFileSize: maxFileBytes(args), onFinding }),
  );
  if (code !== 0 && code !== 2 && !args.quiet) {
    writeStderr(
      "leakhound: commit blocked: the staged changes above contain secrets.\n" +
        "  Remove the secret (and rotate it if it was ever pushed), or, if it is a false positive,\n" +
        "  add `leakhound:allow` in a comment on its line or an allowlist entry in .leakhound.toml.\n",
    );
  }
  return code;
}

/** Says which findings the inline allow comments that a range adds hold back: honoured, but seen. */
function listInlineAllows(
  repo: string,
  range: string,
  config: Config,
  maxFileBytes: number,
  redaction: Redaction,
  quiet: boolean,
): Finding[] {
  const [from, to] = rangeEnds(range);
  const allowed = inlineAllowsAdded(repo, from, to, createDetector(config), maxFileBytes);
  if (allowed.length === 0 || quiet) return allowed;
  const lines = allowed.map((f) => `  ${f.path}:${f.startLine}  ${f.ruleId}  ${redact(f.secret, redaction)}`);
  writeStderr(
    `leakhound: note: ${allowed.length} ${allowed.length === 1 ? "finding is" : "findings are"} allowed by inline comments this range adds (honoured; a reviewer should look):\n${lines.join("\n")}\n`,
  );
  return allowed;
}

/** The repository's root found by isomorphic-git, when there is no git executable. */
async function repoWithoutGit(repo: string): Promise<RepoInfo> {
  const { openRepo } = await import("../sources/isogit.js");
  return { root: (await openRepo(repo)).dir, shallow: false, hasHead: true };
}

/** `leakhound verify [TARGET]`: a history scan (or with --dir, a folder scan) with --verify. */
export function verifyCommand(args: ScanArgs & { target: string; dir: boolean }): Promise<number> {
  const verifying = { ...args, verify: true };
  return args.dir
    ? dirCommand({ ...verifying, paths: [args.target] })
    : gitCommand({ ...verifying, repo: args.target });
}

/**
 * `leakhound revoke [TARGET]`: a history scan (or with --dir, a folder scan) that verifies and revokes the live
 * secrets.
 */
export function revokeCommand(args: ScanArgs & { target: string; dir: boolean }): Promise<number> {
  return verifyCommand({ ...args, revoke: true });
}

/** `leakhound tickets sync [REPO]`: closes the tickets of secrets that were rotated. */
export async function ticketsSyncCommand(args: ScanArgs & { repo: string }): Promise<number> {
  const info = inspectRepo(args.repo);
  const { config } = settingsFor(args, info.root, workTreeFiles(info.root));
  const { findings } = await scan(historySource(args.repo), { ruleSet: config, maxFileSize: maxFileBytes(args) });
  const { syncTickets } = await import("./verify-tickets.js");
  return syncTickets(findings, { ...args, quiet: args.quiet }, config, info.root);
}

/**
 * `leakhound baseline [TARGET]`: scans the history of a repository (or, with --dir, the files of a
 * folder) and writes every finding to the baseline, keeping the reasons and expiry dates of entries
 * already there. Entries no longer found are kept unless --prune.
 */
export async function baselineCommand(
  args: ScanArgs & { target: string; dir: boolean; prune: boolean },
): Promise<number> {
  checkVerifyFlags(args);
  const started = Date.now();
  let root: string;
  let config: Config;
  let found: Scan;
  if (args.dir) {
    root = rootFolder(args.target) ?? args.target;
    config = settingsFor(args, root, workTreeFiles(root)).config;
    found = await scan(dirSource([args.target]), { ruleSet: config, maxFileSize: maxFileBytes(args) });
  } else {
    root = inspectRepo(args.target).root;
    config = settingsFor(args, root, workTreeFiles(root)).config;
    found = await scan(historySource(args.target), { ruleSet: config, maxFileSize: maxFileBytes(args) });
  }
  const file = args.output ?? join(root, BASELINE_FILE);
  // only a regular file can hold a previous baseline (reading /dev/full or a FIFO would never end)
  const previous = new KnownFindings(undefined, isRegularFile(file) ? file : false, config.rules).baseline;
  const prefix = args.dir ? args.target.replace(/\/+$/, "") + "/" : "";
  const toRoot = (path: string) =>
    prefix && prefix !== "./" && path.startsWith(prefix) ? path.slice(prefix.length) : path;
  const current = entriesFor(found.findings, previous, toRoot);
  const currentKeys = new Set(current.map((e) => `${e.fingerprint}\0${e.path}`));
  const kept = args.prune
    ? []
    : (previous?.entries ?? []).filter((e) => !currentKeys.has(`${e.fingerprint}\0${e.path}`));
  writeBaseline(file, [...current, ...kept]);
  unionMerge(root, file);
  for (const problem of found.stats.errors)
    process.stderr.write(`leakhound: ${inert(`could not scan ${problem.path}: ${problem.reason}`)}\n`);
  if (!args.quiet) {
    const dropped =
      args.prune && previous
        ? previous.entries.length -
          current.filter((e) => previous.entries.some((p) => p.fingerprint === e.fingerprint && p.path === e.path))
            .length
        : 0;
    process.stderr.write(
      `leakhound: wrote ${file}: ${current.length + kept.length} entries (${current.length} found now${kept.length ? `, ${kept.length} kept from before` : ""}${dropped ? `, ${dropped} pruned` : ""}) in ${((Date.now() - started) / 1000).toFixed(2)} s\n`,
    );
  }
  return found.stats.errors.length > 0 ? 2 : 0;
}

function isRegularFile(path: string): boolean {
  try {
    return statSync(path).isFile();
  } catch {
    return false;
  }
}

/** Lets git merge the baseline by keeping the lines of both sides (see filters/baseline.ts). */
function unionMerge(root: string, file: string): void {
  const rel = relative(resolve(root), resolve(file));
  if (rel.startsWith("..") || !existsSync(join(root, ".git"))) return;
  const attributes = join(root, ".gitattributes");
  const line = `${rel.split("\\").join("/")} merge=union`;
  const current = existsSync(attributes) ? readFileSync(attributes, "utf8") : "";
  if (current.split("\n").some((l) => l.trim() === line)) return;
  writeWholeFile(attributes, `${current}${current && !current.endsWith("\n") ? "\n" : ""}${line}\n`);
}

// `leakhound repos`: the full history of many repositories, resumable and shardable; and
// `leakhound merge`, which joins the outputs of shards.
import { mkdirSync } from "node:fs";
import { writeWholeFile } from "../io/write-file.js";
import type { Redaction } from "../report/redact.js";
import { stdoutFailure, writeStderr, writeStdout } from "./stdio.js";
import { homedir } from "node:os";
import { dirname, join, resolve } from "node:path";
import { loadConfig } from "../config/load.js";
import { LeakhoundError, reasonOf } from "../errors.js";
import { inert } from "../report/inert.js";
import { createReposReporter, reposOutcome, type RepoReport, type ReposFormat } from "../report/repos.js";
import type { Rule } from "../model.js";
import { count as plural, formatBytes } from "../report/summary.js";
import { filterByName, listGitHub, parseShard, readListFile, shardOf, type RepoSpec } from "../repos/list.js";
import { githubHost } from "../repos/clone.js";
import { mergeOutputs } from "../repos/merge.js";
import { lockState } from "../repos/lock.js";
import { scanRepositories, type RepoOutcome } from "../repos/run.js";
import { ScanState } from "../repos/state.js";
import { VERSION } from "../version.js";
import { availableParallelism } from "node:os";

export interface ReposArgs {
  list?: string;
  githubOrg?: string;
  githubUser?: string;
  githubApiUrl?: string;
  include?: string[];
  exclude?: string[];
  skipArchived: boolean;
  skipForks: boolean;
  cacheDir?: string;
  state?: string;
  jobs?: number;
  shard?: string;
  shards?: number;
  format: ReposFormat;
  output?: string;
  outputDir?: string;
  newOnly: boolean;
  lockWait: number;
  report: boolean;
  /** set by main.ts from --redact, --redact=N and --no-redact */
  redaction?: Redaction;
  config?: string;
  quiet: boolean;
  maxFileSize: number;
}

const safeName = (name: string) => name.replace(/[^A-Za-z0-9._-]+/g, "_");
const unfinished = (o: RepoOutcome) => o.status === "failed" || o.status === "incomplete";

/** What a format's output left out (SARIF over GitHub's limits), said on stderr. */
const warn = (message: string) => writeStderr(`leakhound: warning: ${inert(message)}\n`);

/** The text of one output (the whole run's, or one repository's for --output-dir), through its format's Reporter. */
const outputFor = (format: ReposArgs["format"], reports: RepoReport[], rules: Rule[], elapsedMs: number) =>
  createReposReporter(format, { rules, toolVersion: VERSION, onNotice: warn }).end(reposOutcome(reports, elapsedMs));

/** Every current finding of each listed repository, read from the state (or only the new ones). */
function reportsFrom(state: ScanState, outcomes: RepoOutcome[], newOnly: boolean): RepoReport[] {
  return outcomes.map((outcome) => ({
    outcome,
    findings: state
      .findingsOf(outcome.name)
      .filter((s) => !newOnly || !s.reported)
      .map((s) => ({ ...s.finding, new: !s.reported, ...(unfinished(outcome) ? { incomplete: true as const } : {}) })),
  }));
}

async function repositories(args: ReposArgs): Promise<RepoSpec[]> {
  let specs: RepoSpec[];
  if (args.githubOrg || args.githubUser) {
    specs = await listGitHub({
      ...(args.githubOrg ? { org: args.githubOrg } : { user: args.githubUser! }),
      ...(args.githubApiUrl ? { apiUrl: args.githubApiUrl } : {}),
      ...(process.env.GITHUB_TOKEN ? { token: process.env.GITHUB_TOKEN } : {}),
      skipArchived: args.skipArchived,
      skipForks: args.skipForks,
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

class ReposProgress {
  private readonly enabled = process.stderr.isTTY === true && !process.env.CI && process.env.TERM !== "dumb";
  private done = 0;
  private bytes = 0;
  private findings = 0;
  private last = 0;
  private readonly started = performance.now();

  constructor(private readonly total: number) {}

  readonly addBytes = (n: number) => {
    this.bytes += n;
    this.draw();
  };

  repoDone(outcome: RepoOutcome): void {
    this.done++;
    this.findings += outcome.added;
    this.draw(true);
  }

  private draw(force = false): void {
    if (!this.enabled) return;
    const now = performance.now();
    if (!force && now - this.last < 250) return;
    this.last = now;
    const seconds = (now - this.started) / 1000;
    const eta = this.done > 0 ? ((seconds / this.done) * (this.total - this.done)).toFixed(0) : "?";
    process.stderr.write(
      `\r\x1b[Krepositories ${this.done}/${this.total}, ${formatBytes(this.bytes)} scanned (${formatBytes(this.bytes / Math.max(seconds, 0.001))}/s), ${plural(this.findings, "finding")} added, ETA ${eta} s`,
    );
  }

  end(): void {
    if (this.enabled) process.stderr.write("\r\x1b[K");
  }
}

export async function reposCommand(args: ReposArgs): Promise<number> {
  const cacheDir = args.cacheDir ?? join(process.env.XDG_CACHE_HOME ?? join(homedir(), ".cache"), "leakhound", "repos");
  const stateFile = resolve(args.state ?? join(cacheDir, "state.sqlite"));
  if (args.report) return printReport(stateFile);
  if (args.redaction === 0) {
    throw new LeakhoundError(
      "USAGE",
      "repos keeps and reports secrets redacted only (its state and outputs are kept and shared); to see one, scan that repository with leakhound git --no-redact",
    );
  }
  // the state keeps each secret in one redacted form, made when it was found: a run cannot show
  // this run's findings one way and the ones kept from earlier runs another
  if (args.redaction !== undefined && args.redaction !== "default") {
    throw new LeakhoundError(
      "USAGE",
      `repos redacts every secret one way (a short prefix, as --redact), since its state keeps them so: --redact=${args.redaction} applies to one repository with leakhound git --redact=${args.redaction}`,
    );
  }
  if (!Number.isFinite(args.lockWait) || args.lockWait < 0)
    throw new LeakhoundError("USAGE", "--lock-wait takes a number of seconds, 0 or more");
  mkdirSync(dirname(stateFile), { recursive: true });
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

async function bulkScan(args: ReposArgs, cacheDir: string, state: ScanState): Promise<number> {
  const config = loadConfig(args.config, process.cwd());
  const specs = await repositories(args);
  const progress = new ReposProgress(specs.length);
  const started = performance.now();
  const outcomes = await scanRepositories(specs, config, state, {
    cacheDir,
    githubHost: githubHost(args.githubApiUrl),
    jobs: args.jobs ?? availableParallelism(),
    maxFileSize: Math.round(args.maxFileSize * 1024 * 1024),
    onBytes: progress.addBytes,
    onRepoDone: (o) => progress.repoDone(o),
  });
  progress.end();

  // the output comes from the state, so a resumed or incremental run still reports every finding
  const reports = reportsFrom(state, outcomes, args.newOnly);
  const all = reports.flatMap((r) => r.findings);
  try {
    const elapsedMs = performance.now() - started;
    const text = outputFor(args.format, reports, config.rules, elapsedMs);
    if (args.output) writeWholeFile(args.output, text);
    else await writeStdoutChecked(text);
    if (args.outputDir) {
      mkdirSync(args.outputDir, { recursive: true });
      for (const report of reports) {
        const file = join(args.outputDir, `${safeName(report.outcome.name)}.${args.format}`);
        writeWholeFile(file, outputFor(args.format, [report], config.rules, elapsedMs));
      }
    }
  } catch (err) {
    throw new LeakhoundError("OUTPUT_FAILED", `cannot write the output: ${reasonOf(err)}`);
  }
  // only once the output is written: a run killed before that reports them as new again
  state.markReported(specs.map((s) => s.name));

  for (const o of outcomes.filter(unfinished)) {
    process.stderr.write(
      o.status === "failed"
        ? `leakhound: ${inert(`could not scan ${o.name}: ${o.error}`)}\n`
        : `leakhound: ${inert(`could not scan all of ${o.name} (its findings so far are kept and reported; it is scanned in full next run): ${o.error}`)}\n`,
    );
  }
  if (!args.quiet) {
    const count = (s: RepoOutcome["status"]) => outcomes.filter((o) => o.status === s).length;
    const commits = outcomes.reduce((n, o) => n + o.commits, 0);
    const bytes = outcomes.reduce((n, o) => n + o.bytes, 0);
    const fresh = all.filter((f) => f.new).length;
    process.stderr.write(
      `leakhound: ${plural(specs.length, "repository", "repositories")}: ${count("scanned")} scanned (${plural(commits, "new commit")}, ${formatBytes(bytes)}), ${count("unchanged")} unchanged, ${count("incomplete")} incomplete, ${count("failed")} failed; ${plural(all.length, "finding")} reported, ${fresh} new; ${((performance.now() - started) / 1000).toFixed(2)} s\n`,
    );
  }
  return outcomes.some(unfinished) ? 2 : all.length > 0 ? 1 : 0;
}

/** Writes to stdout and waits until it is written (a pipe takes it asynchronously). */
function writeStdoutChecked(text: string): Promise<void> {
  return new Promise((resolve, reject) => process.stdout.write(text, (err) => (err ? reject(err) : resolve())));
}

function printReport(stateFile: string): number {
  // read-only and without the lock: a report may be asked for while a run goes on
  const state = ScanState.open(stateFile, { readonly: true });
  if (!state) {
    process.stdout.write(`no state at ${stateFile}: 0 repositories\n`);
    return 0;
  }
  let rows;
  try {
    rows = state.all();
  } finally {
    state.close();
  }
  for (const r of rows) {
    process.stdout.write(
      `${r.status.padEnd(10)} ${String(r.findings).padStart(4)} ${r.findings === 1 ? "finding " : "findings"}  ${r.scannedAt.slice(0, 19)}  ${inert(r.name)}${r.error ? `  (${inert(r.error)})` : ""}\n`,
    );
  }
  const findings = rows.reduce((n, r) => n + r.findings, 0);
  process.stdout.write(
    `${plural(rows.length, "repository", "repositories")}, ${rows.filter((r) => r.status === "incomplete").length} incomplete, ${rows.filter((r) => r.status === "failed").length} failed, ${plural(findings, "finding")}\n`,
  );
  return 0;
}

export function mergeCommand(files: string[], output: string | undefined): number {
  const merged = mergeOutputs(files);
  if (output) writeWholeFile(output, merged.text);
  else writeStdout(merged.text);
  const stdout = stdoutFailure();
  if (stdout) throw new LeakhoundError("OUTPUT_FAILED", `cannot write the output to stdout: ${reasonOf(stdout)}`);
  return 0;
}

// `leakhound repos`: the full history of many repositories, resumable and shardable; and
// `leakhound merge`, which joins the outputs of shards.
import { mkdirSync, writeFileSync } from "node:fs";
import { homedir } from "node:os";
import { join } from "node:path";
import { loadConfig } from "../config/config.js";
import { LeakhoundError, reasonOf } from "../errors.js";
import { buildSarif } from "../report/sarif.js";
import { inert, inertJson } from "../report/inert.js";
import { formatBytes } from "../report/summary.js";
import { filterByName, listGitHub, parseShard, readListFile, shardOf, type RepoSpec } from "../repos/list.js";
import { githubHost } from "../repos/clone.js";
import { mergeOutputs } from "../repos/merge.js";
import { scanRepositories, type RepoFinding, type RepoOutcome } from "../repos/run.js";
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
  format: "jsonl" | "sarif";
  output?: string;
  outputDir?: string;
  report: boolean;
  redact: boolean;
  config?: string;
  quiet: boolean;
  maxFileSize: number;
}

const safeName = (name: string) => name.replace(/[^A-Za-z0-9._-]+/g, "_");

function sarifFor(byRepo: Map<string, RepoFinding[]>, rules: ReturnType<typeof loadConfig>["rules"]): string {
  const runs = [...byRepo].map(([repo, findings]) => {
    const run = buildSarif(findings, { rules, toolVersion: VERSION }).runs[0]!;
    return { ...run, automationDetails: { id: `leakhound/${repo}/` } };
  });
  const log = buildSarif([], { rules, toolVersion: VERSION });
  return inertJson(JSON.stringify({ ...log, runs }, null, 2)) + "\n";
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
  private readonly enabled = process.stderr.isTTY === true && !process.env.CI;
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
    this.findings += outcome.findings.length;
    this.draw(true);
  }

  private draw(force = false): void {
    if (!this.enabled) return;
    const now = performance.now();
    if (!force && now - this.last < 250) return;
    this.last = now;
    const seconds = (now - this.started) / 1000;
    const eta = this.done > 0 ? ((seconds / this.done) * (this.total - this.done)).toFixed(0) : "?";
    process.stderr.write(`\r\x1b[Krepositories ${this.done}/${this.total}, ${formatBytes(this.bytes)} scanned (${formatBytes(this.bytes / Math.max(seconds, 0.001))}/s), ${this.findings} findings, ETA ${eta} s`);
  }

  end(): void {
    if (this.enabled) process.stderr.write("\r\x1b[K");
  }
}

export async function reposCommand(args: ReposArgs): Promise<number> {
  const cacheDir = args.cacheDir ?? join(process.env.XDG_CACHE_HOME ?? join(homedir(), ".cache"), "leakhound", "repos");
  const state = new ScanState(args.state ?? join(cacheDir, "state.sqlite"));
  try {
    if (args.report) return printReport(state);
    const config = loadConfig(args.config, process.cwd());
    const specs = await repositories(args);
    const progress = new ReposProgress(specs.length);
    const started = performance.now();
    const outcomes = await scanRepositories(specs, config, state, {
      cacheDir,
      githubHost: githubHost(args.githubApiUrl),
      jobs: args.jobs ?? availableParallelism(),
      showSecrets: !args.redact,
      maxFileSize: Math.round(args.maxFileSize * 1024 * 1024),
      onBytes: progress.addBytes,
      onRepoDone: (o) => progress.repoDone(o),
    });
    progress.end();

    const byRepo = new Map(outcomes.map((o) => [o.name, o.findings]));
    const all = outcomes.flatMap((o) => o.findings);
    const text = args.format === "sarif" ? sarifFor(byRepo, config.rules) : all.map((f) => inertJson(JSON.stringify(f)) + "\n").join("");
    try {
      if (args.output) writeFileSync(args.output, text);
      else process.stdout.write(text);
      if (args.outputDir) {
        mkdirSync(args.outputDir, { recursive: true });
        for (const [repo, findings] of byRepo) {
          const file = join(args.outputDir, `${safeName(repo)}.${args.format}`);
          writeFileSync(file, args.format === "sarif" ? sarifFor(new Map([[repo, findings]]), config.rules) : findings.map((f) => inertJson(JSON.stringify(f)) + "\n").join(""));
        }
      }
    } catch (err) {
      throw new LeakhoundError("OUTPUT_FAILED", `cannot write the output: ${reasonOf(err)}`);
    }
    const failed = outcomes.filter((o) => o.status === "failed");
    for (const f of failed) process.stderr.write(`leakhound: ${inert(`could not scan ${f.name}: ${f.error}`)}\n`);
    if (!args.quiet) {
      const count = (s: RepoOutcome["status"]) => outcomes.filter((o) => o.status === s).length;
      const commits = outcomes.reduce((n, o) => n + o.commits, 0);
      const bytes = outcomes.reduce((n, o) => n + o.bytes, 0);
      process.stderr.write(
        `leakhound: ${specs.length} repositories: ${count("scanned")} scanned (${commits} new commits, ${formatBytes(bytes)}), ${count("unchanged")} unchanged, ${failed.length} failed; ${all.length} new findings; ${((performance.now() - started) / 1000).toFixed(2)} s\n`,
      );
    }
    return failed.length > 0 ? 2 : all.length > 0 ? 1 : 0;
  } finally {
    state.close();
  }
}

function printReport(state: ScanState): number {
  const rows = state.all();
  for (const r of rows) {
    process.stdout.write(`${r.status.padEnd(7)} ${String(r.findings).padStart(4)} findings  ${r.scannedAt.slice(0, 19)}  ${inert(r.name)}${r.error ? `  (${inert(r.error)})` : ""}\n`);
  }
  const findings = rows.reduce((n, r) => n + r.findings, 0);
  process.stdout.write(`${rows.length} repositories, ${rows.filter((r) => r.status === "failed").length} failed, ${findings} findings\n`);
  return 0;
}

export function mergeCommand(files: string[], output: string | undefined): number {
  const merged = mergeOutputs(files);
  if (output) writeFileSync(output, merged.text);
  else process.stdout.write(merged.text);
  return 0;
}

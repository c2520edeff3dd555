// The scanning subcommands: `dir` and `stdin`.
import { LeakhoundError } from "../errors.js";
import { loadConfig } from "../config/config.js";
import type { Format } from "../report/index.js";
import { scanBuffer, scanPaths } from "../scan/scan.js";
import { ReportSink } from "./output.js";
import { Progress } from "./progress.js";
import { inspectRepo, workTreeTop } from "../sources/git.js";
import { scanHistory, scanStaged } from "../scan/git.js";

export interface ScanArgs {
  config?: string;
  format: Format;
  output?: string;
  redact: boolean;
  exitCode: number;
  quiet: boolean;
}

function sinkOptions(args: ScanArgs) {
  return { format: args.format, output: args.output, redact: args.redact, exitCode: args.exitCode, quiet: args.quiet };
}

export async function dirCommand(
  args: ScanArgs & { paths: string[]; include?: string[]; exclude?: string[]; maxFileSize: number; workers?: number },
): Promise<number> {
  if (!(args.maxFileSize > 0)) throw new LeakhoundError("USAGE", "--max-file-size must be a positive number of MB");
  if (args.workers !== undefined && !(Number.isInteger(args.workers) && args.workers >= 1)) {
    throw new LeakhoundError("USAGE", "--workers must be a whole number of at least 1");
  }
  const config = loadConfig(args.config, args.paths[0] ?? ".");
  const started = performance.now();
  const sink = new ReportSink(sinkOptions(args), config.rules);
  const { findings, stats } = await scanPaths(args.paths, config, {
    include: args.include,
    exclude: args.exclude,
    maxFileSize: Math.round(args.maxFileSize * 1024 * 1024),
    workers: args.workers,
    onFinding: sink.onFinding,
  });
  return sink.finish({ findings, stats, elapsedMs: performance.now() - started });
}

export async function stdinCommand(args: ScanArgs & { label: string }): Promise<number> {
  if (process.stdin.isTTY) throw new LeakhoundError("USAGE", "stdin is a terminal: pipe text into `leakhound stdin`");
  const config = loadConfig(args.config, process.cwd());
  const started = performance.now();
  const chunks: Buffer[] = [];
  for await (const chunk of process.stdin) chunks.push(chunk as Buffer);
  const sink = new ReportSink(sinkOptions(args), config.rules);
  const { findings, stats } = scanBuffer(Buffer.concat(chunks), args.label, config);
  for (const f of findings) sink.onFinding(f);
  return sink.finish({ findings, stats, elapsedMs: performance.now() - started });
}

export async function gitCommand(
  args: ScanArgs & { repo: string; branch?: string; range?: string; sinceCommit?: string; maxFileSize: number },
): Promise<number> {
  if (!(args.maxFileSize > 0)) throw new LeakhoundError("USAGE", "--max-file-size must be a positive number of MB");
  const info = inspectRepo(args.repo);
  const config = loadConfig(args.config, info.root);
  const started = performance.now();
  const sink = new ReportSink(sinkOptions(args), config.rules);
  if (info.shallow && !args.quiet) {
    process.stderr.write("leakhound: note: shallow clone: scanning only the commits present (git fetch --unshallow for full history)\n");
  }
  const progress = new Progress(started);
  try {
    const result = await scanHistory(
      args.repo,
      config,
      { branch: args.branch, range: args.range, sinceCommit: args.sinceCommit },
      { maxFileSize: Math.round(args.maxFileSize * 1024 * 1024), onFinding: sink.onFinding, onProgress: progress.update },
    );
    progress.done();
    result.stats.files = result.commits;
    return sink.finish({ findings: result.findings, stats: result.stats, elapsedMs: performance.now() - started, unit: "commit" });
  } finally {
    progress.done();
  }
}

export async function stagedCommand(args: ScanArgs & { repo: string; maxFileSize: number }): Promise<number> {
  const config = loadConfig(args.config, workTreeTop(args.repo));
  const started = performance.now();
  const sink = new ReportSink(sinkOptions(args), config.rules);
  const result = await scanStaged(args.repo, config, { maxFileSize: Math.round(args.maxFileSize * 1024 * 1024), onFinding: sink.onFinding });
  const code = await sink.finish({ findings: result.findings, stats: result.stats, elapsedMs: performance.now() - started });
  if (result.findings.length > 0 && !args.quiet) {
    process.stderr.write(
      "leakhound: commit blocked: the staged changes above contain secrets.\n" +
        "  Remove the secret (and rotate it if it was ever pushed), or, if it is a false positive,\n" +
        "  add `leakhound:allow` in a comment on its line or an allowlist entry in .leakhound.toml.\n",
    );
  }
  return code;
}

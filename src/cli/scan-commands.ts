// The scanning subcommands: `dir` and `stdin`.
import { LeakhoundError } from "../errors.js";
import { loadConfig } from "../config/config.js";
import type { Format } from "../report/index.js";
import { scanBuffer, scanPaths } from "../scan/scan.js";
import { ReportSink } from "./output.js";

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

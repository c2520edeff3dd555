// Writes a scan's report where the user asked (stdout or --output) and decides the exit code.
import { createWriteStream, type WriteStream } from "node:fs";
import { LeakhoundError, reasonOf } from "../errors.js";
import type { Finding, Rule } from "../model.js";
import { createReporter, type Format } from "../report/index.js";
import type { ScanOutcome } from "../report/reporter.js";
import { summaryLine } from "../report/summary.js";
import { VERSION } from "../version.js";

export interface OutputOptions {
  format: Format;
  output?: string;
  redact: boolean;
  exitCode: number;
  quiet: boolean;
}

export class ReportSink {
  private readonly stream: NodeJS.WritableStream | WriteStream;
  private readonly reporter;
  private failure: Error | undefined;

  constructor(private readonly options: OutputOptions, rules: readonly Rule[]) {
    if (options.output) {
      const file = createWriteStream(options.output);
      file.on("error", (err) => (this.failure = err));
      this.stream = file;
    } else {
      this.stream = process.stdout;
    }
    const color = !options.output && process.stdout.isTTY === true && !process.env.NO_COLOR;
    this.reporter = createReporter(options.format, { rules, showSecrets: !options.redact, color, toolVersion: VERSION });
  }

  /** For streamed formats: writes a finding as soon as it is found. */
  readonly onFinding = (finding: Finding): void => {
    const text = this.reporter.onFinding?.(finding);
    if (text) this.stream.write(text);
  };

  /** Writes the end of the report and returns the process exit code. */
  async finish(outcome: ScanOutcome): Promise<number> {
    const text = this.reporter.end(outcome);
    if (text) this.stream.write(text);
    if (this.stream !== process.stdout) {
      await new Promise<void>((resolve) => (this.stream as WriteStream).end(resolve));
    }
    if (this.failure) {
      throw new LeakhoundError("OUTPUT_FAILED", `cannot write ${this.options.output}: ${reasonOf(this.failure)}`);
    }
    // the text report carries its own summary; machine formats keep stdout clean and say it on stderr
    if (this.options.format !== "text" && !this.options.quiet) {
      for (const problem of outcome.stats.errors) process.stderr.write(`leakhound: could not scan ${problem.path}: ${problem.reason}\n`);
      process.stderr.write(`leakhound: ${summaryLine(outcome.stats, outcome.findings.length, outcome.elapsedMs, outcome.unit)}\n`);
    }
    if (outcome.stats.errors.length > 0) return 2;
    return outcome.findings.length > 0 ? this.options.exitCode : 0;
  }
}

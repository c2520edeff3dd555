// Writes a scan's report where the user asked (stdout or --output) and decides the exit code.
import { createWriteStream, type WriteStream } from "node:fs";
import { LeakhoundError, reasonOf } from "../errors.js";
import type { Finding, Rule } from "../model.js";
import { createReporter, type Format } from "../report/index.js";
import { Redactor } from "../report/redact.js";
import type { ScanOutcome } from "../report/reporter.js";
import { summaryLine } from "../report/summary.js";
import { VERSION } from "../version.js";
import { stdoutIsTerminal, writeStderr, writeStdout } from "./stdio.js";

export interface OutputOptions {
  format: Format;
  output?: string;
  redact: boolean;
  exitCode: number;
  quiet: boolean;
}

export class ReportSink {
  /** the --output file; stdout otherwise */
  private readonly file: WriteStream | undefined;
  private readonly reporter;
  private failure: Error | undefined;

  constructor(private readonly options: OutputOptions, rules: readonly Rule[]) {
    if (options.output) {
      this.file = createWriteStream(options.output);
      this.file.on("error", (err) => (this.failure = err));
    }
    let color: boolean | undefined;
    this.reporter = createReporter(options.format, {
      rules,
      showSecrets: !options.redact,
      // decided when something is first painted: a clean run paints nothing, and asking costs 2 ms
      get color() {
        return (color ??= !options.output && !process.env.NO_COLOR && stdoutIsTerminal());
      },
      toolVersion: VERSION,
      redactor: new Redactor(rules),
    });
  }

  private write(text: string): void {
    if (this.file) this.file.write(text);
    else writeStdout(text);
  }

  /** For streamed formats: writes a finding as soon as it is found. */
  readonly onFinding = (finding: Finding): void => {
    const text = this.reporter.onFinding?.(finding);
    if (text) this.write(text);
  };

  /** Writes the end of the report and returns the process exit code. */
  async finish(outcome: ScanOutcome): Promise<number> {
    const text = this.reporter.end(outcome);
    if (text) this.write(text);
    const file = this.file;
    if (file) await new Promise<void>((resolve) => file.end(resolve));
    if (this.failure) {
      throw new LeakhoundError("OUTPUT_FAILED", `cannot write ${this.options.output}: ${reasonOf(this.failure)}`);
    }
    // the text report carries its own summary; machine formats keep stdout clean and say it on stderr
    if (this.options.format !== "text" && !this.options.quiet) {
      for (const problem of outcome.stats.errors) writeStderr(`leakhound: could not scan ${problem.path}: ${problem.reason}\n`);
      writeStderr(`leakhound: ${summaryLine(outcome.stats, outcome.findings.length, outcome.elapsedMs, outcome.unit)}\n`);
    }
    if (outcome.stats.errors.length > 0) return 2;
    return outcome.findings.length > 0 ? this.options.exitCode : 0;
  }
}

// Writes a scan's report where the user asked (stdout or --output) and decides the exit code.
import { LeakhoundError, reasonOf } from "../errors.js";
import { OutputFile } from "../io/write-file.js";
import type { Finding, Rule } from "../model.js";
import { createReporter, type Format } from "../report/index.js";
import { Redactor, type Redaction } from "../report/redact.js";
import type { ScanOutcome } from "../report/reporter.js";
import { inert } from "../report/inert.js";
import { summaryLine } from "../report/summary.js";
import { VERSION } from "../version.js";
import { stdoutFailure, stdoutFlushed, stdoutIsTerminal, writeStderr, writeStdout } from "./stdio.js";

export interface OutputOptions {
  format: Format;
  output?: string;
  redaction: Redaction;
  exitCode: number;
  quiet: boolean;
  /** --color (true) or --no-color (false); undefined: decided by colorWanted */
  color?: boolean;
  /** SARIF: commit authors' e-mail addresses in the results (--author-email) */
  authorEmail?: boolean;
  /** the repository or folder scanned, named in the HTML report */
  repository?: string;
}

/**
 * Whether the report is painted: --color / --no-color win; else NO_COLOR (any value: no-color.org)
 * turns colour off and FORCE_COLOR on ("0" or "false" off); else a terminal that is not TERM=dumb.
 * A report written to a file is plain unless --color or FORCE_COLOR asks.
 */
export function colorWanted(
  flag: boolean | undefined,
  toFile: boolean,
  env: NodeJS.ProcessEnv = process.env,
  isTerminal: () => boolean = stdoutIsTerminal,
): boolean {
  if (flag !== undefined) return flag;
  if (env.NO_COLOR !== undefined && env.NO_COLOR !== "") return false;
  if (env.FORCE_COLOR !== undefined) return !/^(0|false)$/i.test(env.FORCE_COLOR);
  if (toFile || env.TERM === "dumb") return false;
  return isTerminal();
}

export class ReportSink {
  /** the --output file, opened when first written; stdout otherwise */
  private file: OutputFile | undefined;
  private readonly reporter;
  private failure: unknown;

  constructor(
    private readonly options: OutputOptions,
    rules: readonly Rule[],
  ) {
    let color: boolean | undefined;
    this.reporter = createReporter(options.format, {
      rules,
      redaction: options.redaction,
      quiet: options.quiet,
      // decided when something is first painted: a clean run paints nothing, and asking costs 2 ms
      get color() {
        return (color ??= colorWanted(options.color, options.output !== undefined));
      },
      toolVersion: VERSION,
      redactor: new Redactor(rules),
      ...(options.authorEmail ? { authorEmail: true } : {}),
      ...(options.repository ? { repository: options.repository } : {}),
      // what a report leaves out (SARIF over GitHub's limits) is said even with -q
      onNotice: (message) => writeStderr(`leakhound: warning: ${inert(message)}\n`),
    });
  }

  private write(text: string): void {
    if (!this.options.output) return writeStdout(text);
    // after a failed write the file is abandoned; the scan goes on and finish() reports it
    if (this.failure) return;
    try {
      this.file ??= new OutputFile(this.options.output);
      this.file.write(text);
    } catch (err) {
      this.failure = err;
    }
  }

  /** For streamed formats: writes a finding as soon as it is found. */
  readonly onFinding = (finding: Finding): void => {
    const text = this.reporter.onFinding?.(finding);
    if (text) this.write(text);
  };

  /** Drops a report file that will not be finished (the scan failed): no partial file is left. */
  abandon(): void {
    this.file?.abandon();
  }

  /** Writes the end of the report and returns the process exit code; a failed write is an error. */
  async finish(outcome: ScanOutcome): Promise<number> {
    const text = this.reporter.end(outcome);
    // a report file is written even when empty (a 0-byte JSONL file says: nothing found)
    if (text || this.options.output) this.write(text);
    if (this.file && !this.failure) {
      try {
        this.file.close();
      } catch (err) {
        this.failure = err;
      }
    }
    // errors go to stderr unless the text report already shows them there (on stdout)
    if (this.options.format !== "text" || this.options.output) {
      for (const problem of outcome.stats.errors)
        writeStderr(`leakhound: ${inert(`could not scan ${problem.path}: ${problem.reason}`)}\n`);
    }
    if (this.failure) throw this.failure;
    if (!this.options.output) await stdoutFlushed();
    const stdout = stdoutFailure();
    if (stdout) throw new LeakhoundError("OUTPUT_FAILED", `cannot write the report to stdout: ${reasonOf(stdout)}`);
    // the text report carries its own summary; machine formats keep stdout clean and say it on stderr
    if (this.options.format !== "text" && !this.options.quiet) {
      writeStderr(
        `leakhound: ${summaryLine(outcome.stats, outcome.findings.length, outcome.elapsedMs, outcome.unit)}\n`,
      );
    }
    if (outcome.stats.errors.length > 0) return 2;
    return outcome.findings.length > 0 ? this.options.exitCode : 0;
  }
}

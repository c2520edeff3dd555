// Report sinks for programs that embed a scan (the Action, `repos`): a registered format's Reporter
// written where the program says, and the diagnostics the CLI's own sink prints on stderr.
import type { Finding } from "../model.js";
import type { Reporter, ScanOutcome } from "../report/reporter.js";
import { inert } from "../report/inert.js";
import { summaryLine } from "../report/summary.js";
import type { ReportSinkLike } from "./pipeline.js";

export interface SinkTarget {
  /** streamed text as it comes (e.g. annotations on stdout); without it, the text is kept for `end` */
  stream?(text: string): void;
  /** the report's text once the scan is over (the kept text, then the reporter's end) */
  end(text: string): void;
}

/** Exit code of a scan's outcome: 2 when something could not be scanned, else 1 with findings. */
export function outcomeCode(outcome: ScanOutcome, exitCode = 1): number {
  return outcome.stats.errors.length > 0 ? 2 : outcome.findings.length > 0 ? exitCode : 0;
}

export class ReporterSink implements ReportSinkLike {
  private kept = "";

  constructor(
    private readonly reporter: Reporter,
    private readonly target: SinkTarget,
    private readonly exitCode = 1,
  ) {}

  onFinding(finding: Finding): void {
    const text = this.reporter.onFinding?.(finding);
    if (!text) return;
    if (this.target.stream) this.target.stream(text);
    else this.kept += text;
  }

  finish(outcome: ScanOutcome): number {
    this.target.end(this.kept + this.reporter.end(outcome));
    return outcomeCode(outcome, this.exitCode);
  }
}

/** What could not be scanned, and unless `quiet` the one-line summary, on stderr (as the CLI says them). */
export class DiagnosticsSink implements ReportSinkLike {
  constructor(
    private readonly write: (text: string) => void,
    private readonly quiet = false,
  ) {}

  onFinding(): void {}

  finish(outcome: ScanOutcome): number {
    for (const problem of outcome.stats.errors)
      this.write(`leakhound: ${inert(`could not scan ${problem.path}: ${problem.reason}`)}\n`);
    if (!this.quiet)
      this.write(
        `leakhound: ${summaryLine(outcome.stats, outcome.findings.length, outcome.elapsedMs, outcome.unit)}\n`,
      );
    return outcomeCode(outcome);
  }
}

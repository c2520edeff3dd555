// The bulk scan's state as the pipeline's report sink: a repository's scan ends with its findings
// scrubbed and committed to the state, with whether it was scanned in full, in one transaction.
import type { Detector } from "../engine/detector.js";
import type { ReportSinkLike } from "../pipeline/pipeline.js";
import { outcomeCode } from "../pipeline/sinks.js";
import type { ScanOutcome } from "../report/reporter.js";
import type { RepoOutcome } from "./run.js";
import { scrubbed } from "./scrub.js";
import type { ScanState } from "./state.js";

/** What the scan of one repository covered, known only once its source has run. */
export interface ScannedRange {
  /** the ref tips the scan started from */
  tips: string[];
  /** the commits the history source walked (read when the scan is over) */
  commits(): number;
}

/** A few reasons of a partial failure in one line: a broken pack can make thousands. */
function reasons(errors: { path: string; reason: string }[]): string {
  const shown = errors.slice(0, 3).map((e) => `${e.path}: ${e.reason}`);
  return shown.join("; ") + (errors.length > 3 ? `; and ${errors.length - 3} more` : "");
}

export class StateSink implements ReportSinkLike {
  /** the repository's outcome, once the state holds its scan */
  outcome: RepoOutcome | undefined;

  constructor(
    private readonly state: ScanState,
    private readonly repository: string,
    private readonly range: ScannedRange,
    /** finds the secrets in commit messages that scrubbing redacts (see scrub.ts) */
    private readonly detector: Detector,
  ) {}

  // nothing is written while the scan runs: a repository killed half-way leaves the state as it was
  onFinding(): void {}

  finish(outcome: ScanOutcome): number {
    const findings = scrubbed(outcome.findings, this.repository, this.detector);
    const errors = outcome.stats.errors;
    const commits = this.range.commits();
    const bytes = outcome.stats.bytes;
    const error = errors.length ? reasons(errors) : undefined;
    // a repository scanned in part keeps what was found, but not its tips: the next run scans it all again
    const added = this.state.finish(
      error
        ? { name: this.repository, status: "incomplete", tips: [], commits, bytes, error }
        : { name: this.repository, status: "done", tips: this.range.tips, commits, bytes, error: null },
      findings,
    );
    this.outcome = {
      name: this.repository,
      status: error ? "incomplete" : "scanned",
      commits,
      bytes,
      added,
      ...(error ? { error } : {}),
    };
    return outcomeCode(outcome);
  }
}

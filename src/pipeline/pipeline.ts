// The pipeline after detection, the same for the CLI, the Action and `repos`: a scan's findings in,
// the finished result out — known findings held back (baseline, .gitleaksignore; inline allows are
// honoured by the engine), verification, revocation, tickets, and every report sink written.
import type { Config } from "../config/config.js";
import type { Finding, ScanStats } from "../model.js";
import type { ScanOutcome } from "../report/reporter.js";

/** What a source's scan gives back (see scan/scan.ts). */
export interface ScanFindings {
  findings: Finding[];
  stats: ScanStats;
}

/** Findings the settings already accept: counted, not reported (cli/known.ts reads the files). */
export interface KnownFilter {
  isNew(finding: Finding): boolean;
  fresh(findings: Finding[]): Finding[];
  readonly hidden: number;
  readonly heldBy: { baseline: number; gitleaksignore: number };
}

/** A filter that holds nothing back: for `repos`, whose state (not a baseline) knows what was reported before. */
export const NOTHING_KNOWN: KnownFilter = Object.freeze({
  isNew: () => true,
  fresh: (findings: Finding[]) => findings,
  hidden: 0,
  heldBy: Object.freeze({ baseline: 0, gitleaksignore: 0 }),
});

/** Where a report goes: a format written to stdout or a file, the Action's annotations, a job summary, a state. */
export interface ReportSinkLike {
  /** a finding as soon as it is known to be reported (streamed formats) */
  onFinding(finding: Finding): void;
  /** the scan is over: writes the rest, returns the exit code it asks for (0 clean, 1 findings, 2 error) */
  finish(outcome: ScanOutcome): Promise<number> | number;
  /** the scan failed: drop what would be a partial report */
  abandon?(): void;
}

/** The acting stages, each optional; they print what they did on stderr (cli/verify-tickets.ts). */
export interface ActingStages {
  /** sets `verification` on each finding */
  verify?(findings: Finding[]): Promise<void>;
  /** revokes live secrets; returns the number of failures */
  revoke?(findings: Finding[]): Promise<number>;
  /** opens tickets for the live ones; returns the number of failures */
  tickets?(findings: Finding[]): Promise<number>;
  /** --explain: the requests were described instead of sent, no report is written */
  explainOnly?: boolean;
}

export interface PipelineInput {
  config: Config;
  known: KnownFilter;
  /** with settings from a range's base: the file whose change in the range would hide a finding */
  hiddenBy?: (finding: Finding) => string | undefined;
  stages?: ActingStages;
  sinks: ReportSinkLike[];
  /** what stats.files counts */
  unit?: "file" | "commit";
  /** the exit code findings ask for (--exit-code); the sinks' own codes are combined with it */
  exitCode?: number;
  now?: () => number;
}

export interface PipelineResult {
  /** the findings reported (known ones left out), verified and revoked when asked */
  findings: Finding[];
  stats: ScanStats;
  elapsedMs: number;
  unit: "file" | "commit";
  /** failures of revocations and tickets (the report is written whatever they were) */
  actionFailures: number;
  /** 0 clean, 1 (or --exit-code) findings, 2 an error: a sink's, a scan's or an action's */
  code: number;
  /** the settings the scan was judged by: for reporters that need the rules (SARIF, annotations) */
  config: Config;
}

/**
 * Runs `scan` and takes its findings through the pipeline. Unverified findings are streamed to the
 * sinks as they are found; verified ones once their status is known.
 */
export async function runPipeline(
  scan: (onFinding: (f: Finding) => void) => Promise<ScanFindings>,
  input: PipelineInput,
): Promise<PipelineResult> {
  const { known, sinks, stages = {} } = input;
  const now = input.now ?? Date.now;
  const started = now();
  const acting = stages.verify !== undefined;
  try {
    const { findings, stats } = await scan((f) => {
      if (!known.isNew(f)) return;
      const hiddenBy = input.hiddenBy?.(f);
      if (hiddenBy) f.hiddenBy = hiddenBy;
      if (!acting) for (const sink of sinks) sink.onFinding(f);
    });
    const fresh = known.fresh(findings);
    stats.known = known.hidden;
    stats.knownBy = { ...known.heldBy };
    const unit = input.unit ?? "file";
    let actionFailures = 0;
    if (acting) {
      await stages.verify!(fresh);
      if (stages.revoke) actionFailures += await stages.revoke(fresh);
      if (stages.explainOnly) {
        return {
          findings: fresh,
          stats,
          elapsedMs: now() - started,
          unit,
          actionFailures,
          code: fresh.length > 0 ? (input.exitCode ?? 1) : 0,
          config: input.config,
        };
      }
      for (const f of fresh) for (const sink of sinks) sink.onFinding(f);
      if (stages.tickets) actionFailures += await stages.tickets(fresh);
    }
    const outcome: ScanOutcome = { findings: fresh, stats, elapsedMs: now() - started, unit };
    // every sink is finished, even after one fails: the first failure is thrown once all are done
    const codes: number[] = [];
    let failure: { err: unknown } | undefined;
    for (const sink of sinks) {
      try {
        codes.push(await sink.finish(outcome));
      } catch (err) {
        failure ??= { err };
      }
    }
    if (failure) throw failure.err;
    // an error (2) in any sink outranks the findings' code, whatever --exit-code made that (0, or above 2)
    const code = codes.includes(2)
      ? 2
      : (codes[0] ?? (stats.errors.length > 0 ? 2 : fresh.length > 0 ? (input.exitCode ?? 1) : 0));
    return {
      findings: fresh,
      stats,
      elapsedMs: outcome.elapsedMs,
      unit,
      actionFailures,
      code: actionFailures > 0 ? 2 : code,
      config: input.config,
    };
  } catch (err) {
    for (const sink of sinks) sink.abandon?.();
    throw err;
  }
}

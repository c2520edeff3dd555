// What every source implements: the text it holds, as fragments with provenance for the engine to
// scan on this thread, or — for sources that share the work out (folders, git history) — a run of
// its own workers. scan/scan.ts drives any of them the same way: detection, counts, completeness.
import type { RuleSet } from "../scan/detector.js";
import type { Finding, Fragment, ScanStats } from "../model.js";

/** What a source is given to scan with, and where it reports. */
export interface SourceRun {
  ruleSet: RuleSet;
  /** bytes: a larger file (or blob, or stdin) is skipped and counted in stats.skippedLarge */
  maxFileSize: number;
  /** scanning threads for sources that use them (default: one per core) */
  workers?: number;
  /** the counts: a source adds what it scanned, skipped and could not read (stats.errors) */
  stats: ScanStats;
  /** a source that runs its own detection reports each finding here, as soon as it is final */
  found(finding: Finding): void;
  /** as the scan goes: bytes scanned, commits listed (history sources) */
  progress?(progress: { bytes: number; commits: number }): void;
}

export interface Source {
  /** what it is, for messages: "dir", "stdin", "staged", "git history", … */
  readonly kind: string;
  /** what stats.files counts */
  readonly unit: "file" | "commit";
  /**
   * Fragments for the engine: each one is scanned whole and counted as a file. A source gives
   * either this or `run`.
   */
  fragments?(run: SourceRun): AsyncIterable<Fragment> | Iterable<Fragment>;
  /** Scans with its own workers, reporting findings through `run.found` and counts into `run.stats`. */
  run?(run: SourceRun): Promise<void>;
  /** whether findings keep the source's order (history: oldest commit first) rather than path and position */
  readonly ordered?: boolean;
}

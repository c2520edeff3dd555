// Scanning: one `scan(source, settings)` for every source (sources/source.ts) — detection, counts
// and completeness the same way for all — and the file scans it is built on (paths, a buffer).
import { availableParallelism } from "node:os";
import { emptyStats, type Finding, type ScanStats } from "../model.js";
import { createDetector, type RuleSet } from "./detector.js";
import { DEFAULT_MAX_FILE_SIZE, walkFiles, type FileTask, type WalkOptions } from "../sources/files.js";
import { scanFileTasks, type BatchResult } from "./batch.js";
import { ScanPool } from "./pool.js";
import { asText } from "../sources/encoding.js";
import type { Source, SourceRun } from "../sources/source.js";

export { createDetector, type RuleSet } from "./detector.js";

export interface ScanOptions extends WalkOptions {
  /** worker threads; default: one per core. Small scans run inline whatever this says. */
  workers?: number;
  /** called for each finding as soon as it is found (for streamed output) */
  onFinding?: (finding: Finding) => void;
  /** called after each batch with the running counts (for progress displays) */
  onProgress?: (stats: ScanStats) => void;
}

export interface ScanResult {
  findings: Finding[];
  stats: ScanStats;
}

export interface ScanSettings {
  ruleSet: RuleSet;
  /** bytes (default 10 MB): larger files, blobs and stdin are skipped and counted */
  maxFileSize?: number;
  workers?: number;
  onFinding?: (finding: Finding) => void;
  onProgress?: (progress: { bytes: number; commits: number }) => void;
}

export interface SourceScanResult extends ScanResult {
  unit: "file" | "commit";
  /** false when something could not be read (listed in stats.errors): the scan says what it missed */
  complete: boolean;
}

/**
 * Scans any source: its fragments on this thread with one detector, or its own run (workers). Each
 * finding goes to `onFinding` as soon as it is final; the result's findings are in path and position
 * order, or the source's own (history: oldest commit first).
 */
export async function scan(source: Source, settings: ScanSettings): Promise<SourceScanResult> {
  const stats = emptyStats();
  const findings: Finding[] = [];
  const run: SourceRun = {
    ruleSet: settings.ruleSet,
    maxFileSize: settings.maxFileSize ?? DEFAULT_MAX_FILE_SIZE,
    ...(settings.workers ? { workers: settings.workers } : {}),
    stats,
    found: (finding) => {
      findings.push(finding);
      settings.onFinding?.(finding);
    },
    ...(settings.onProgress ? { progress: settings.onProgress } : {}),
  };
  if (source.fragments) {
    const detector = createDetector(settings.ruleSet);
    for await (const fragment of source.fragments(run)) {
      stats.files++;
      stats.bytes += fragment.bytes.length;
      for (const finding of detector.detect(fragment).sort(byPosition)) run.found(finding);
    }
  } else if (source.run) {
    await source.run(run);
  } else {
    throw new Error(`source ${source.kind} gives neither fragments nor a run`);
  }
  if (!source.ordered) findings.sort(byPosition);
  return { findings, stats, unit: source.unit, complete: stats.errors.length === 0 };
}

// Below this many files, starting worker threads costs more than it saves.
const INLINE_LIMIT_FILES = 200;
const BATCH_FILES = 64;

/** Scans files and folders; findings are sorted by path and position. */
export async function scanPaths(paths: string[], ruleSet: RuleSet, options: ScanOptions = {}): Promise<ScanResult> {
  const stats = emptyStats();
  const findings: Finding[] = [];
  const maxFileSize = options.maxFileSize ?? DEFAULT_MAX_FILE_SIZE;
  const absorb = (batch: BatchResult) => {
    stats.files += batch.files;
    stats.bytes += batch.bytes;
    stats.skippedBinary += batch.skippedBinary;
    stats.skippedLarge += batch.skippedLarge;
    stats.errors.push(...batch.errors);
    for (const f of batch.findings) {
      findings.push(f);
      options.onFinding?.(f);
    }
    options.onProgress?.(stats);
  };

  const walker = walkFiles(paths, options, stats);
  // Gather the first tasks; if the walk ends before the inline limit, scan on this thread.
  const head: FileTask[] = [];
  let next = walker.next();
  for (; !next.done && head.length < INLINE_LIMIT_FILES; next = walker.next()) head.push(next.value);
  const workers = options.workers ?? availableParallelism();
  const tasks = (function* () {
    yield* head;
    for (; !next.done; next = walker.next()) yield next.value;
  })();

  if (next.done || workers <= 1) {
    const detector = createDetector(ruleSet);
    for (const batch of batches(tasks)) absorb(scanFileTasks(detector, batch, maxFileSize));
  } else {
    const pool = new ScanPool(workers, ruleSet.rules, ruleSet.allowlists, maxFileSize);
    try {
      const running: Promise<void>[] = [];
      for (const batch of batches(tasks)) running.push((await pool.run(batch)).done.then(absorb));
      await Promise.all(running);
    } finally {
      await pool.close();
    }
  }
  findings.sort(byPosition);
  return { findings, stats };
}

function* batches(tasks: Iterable<FileTask>): Generator<FileTask[]> {
  let batch: FileTask[] = [];
  for (const task of tasks) {
    batch.push(task);
    if (batch.length === BATCH_FILES) {
      yield batch;
      batch = [];
    }
  }
  if (batch.length > 0) yield batch;
}

/** Scans one buffer (stdin, or text from any other source). */
export function scanBuffer(bytes: Buffer, path: string, ruleSet: RuleSet): ScanResult {
  const stats = emptyStats();
  stats.files = 1;
  stats.bytes = bytes.length;
  // UTF-16 text is decoded as in files; anything else is scanned as it is (stdin has no binary skip)
  const text = asText(bytes);
  if (text.kind === "undecodable") stats.errors.push({ path, reason: text.reason });
  const findings = createDetector(ruleSet)
    .detect({ path, bytes: text.kind === "text" ? text.bytes : bytes })
    .sort(byPosition);
  return { findings, stats };
}

export function byPosition(a: Finding, b: Finding): number {
  return (
    (a.path < b.path ? -1 : a.path > b.path ? 1 : 0) ||
    a.startLine - b.startLine ||
    a.startColumn - b.startColumn ||
    (a.ruleId < b.ruleId ? -1 : a.ruleId > b.ruleId ? 1 : 0)
  );
}

// The library API: scan paths or a buffer with a configuration, get findings and counts back.
import { availableParallelism } from "node:os";
import { Detector } from "../engine/detector.js";
import { Allowlist } from "../filters/allowlist.js";
import { emptyStats, type Finding, type Rule, type RuleAllowlist, type ScanStats } from "../model.js";
import { readFileFragment, walkFiles, type FileTask, type WalkOptions } from "../sources/files.js";
import { scanFileTasks, type BatchResult } from "./batch.js";
import { ScanPool } from "./pool.js";

export interface RuleSet {
  rules: Rule[];
  allowlist: RuleAllowlist;
}

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

// Below this much work, starting worker threads costs more than it saves.
const INLINE_LIMIT_BYTES = 4 * 1024 * 1024;
const INLINE_LIMIT_FILES = 400;
const BATCH_BYTES = 1024 * 1024;
const BATCH_FILES = 64;

export function createDetector(ruleSet: RuleSet): Detector {
  return new Detector(ruleSet.rules, { allowlist: new Allowlist(ruleSet.allowlist, "config allowlist") });
}

/** Scans files and folders; findings are sorted by path and position. */
export async function scanPaths(paths: string[], ruleSet: RuleSet, options: ScanOptions = {}): Promise<ScanResult> {
  const stats = emptyStats();
  const findings: Finding[] = [];
  const absorb = (batch: BatchResult) => {
    stats.files += batch.files;
    stats.bytes += batch.bytes;
    stats.skippedBinary += batch.skippedBinary;
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
  let headBytes = 0;
  let walkDone = false;
  while (headBytes < INLINE_LIMIT_BYTES && head.length < INLINE_LIMIT_FILES) {
    const next = await walker.next();
    if (next.done) {
      walkDone = true;
      break;
    }
    head.push(next.value);
    headBytes += next.value.size;
  }
  const workers = options.workers ?? availableParallelism();
  if (walkDone || workers <= 1) {
    const detector = createDetector(ruleSet);
    for (const tasks of batches(head, walkDone ? undefined : walker)) {
      absorb(await scanFileTasks(detector, await tasks, readFileFragment));
    }
  } else {
    const pool = new ScanPool(workers, ruleSet.rules, ruleSet.allowlist);
    try {
      const running: Promise<void>[] = [];
      for (const tasks of batches(head, walker)) {
        running.push((await pool.run(await tasks)).done.then(absorb));
      }
      await Promise.all(running);
    } finally {
      await pool.close();
    }
  }
  findings.sort(byPosition);
  return { findings, stats };
}

/** Splits the gathered tasks and the rest of the walk into batches of about BATCH_BYTES. */
function* batches(head: FileTask[], rest: AsyncGenerator<FileTask> | undefined): Generator<Promise<FileTask[]>> {
  let i = 0;
  const take = (): FileTask[] => {
    const batch: FileTask[] = [];
    let bytes = 0;
    while (i < head.length && batch.length < BATCH_FILES && bytes < BATCH_BYTES) {
      bytes += head[i]!.size;
      batch.push(head[i++]!);
    }
    return batch;
  };
  while (i < head.length) yield Promise.resolve(take());
  if (!rest) return;
  let finished = false;
  while (!finished) {
    yield (async () => {
      const batch: FileTask[] = [];
      let bytes = 0;
      while (batch.length < BATCH_FILES && bytes < BATCH_BYTES) {
        const next = await rest.next();
        if (next.done) {
          finished = true;
          break;
        }
        batch.push(next.value);
        bytes += next.value.size;
      }
      return batch;
    })();
  }
}

/** Scans one buffer (stdin, or text from any other source). */
export function scanBuffer(bytes: Buffer, path: string, ruleSet: RuleSet): ScanResult {
  const stats = emptyStats();
  stats.files = 1;
  stats.bytes = bytes.length;
  const findings = createDetector(ruleSet).detect({ path, bytes }).sort(byPosition);
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

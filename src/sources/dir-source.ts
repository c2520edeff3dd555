// Files and folders (`leakhound dir`): walked, then scanned in batches on this thread or, for more
// than a few hundred files, by a pool of worker threads (scan/batch.ts, scan/pool.ts).
import { scanPaths } from "../scan/scan.js";
import type { WalkOptions } from "./files.js";
import type { Source } from "./source.js";

export function dirSource(paths: string[], walk: Omit<WalkOptions, "maxFileSize"> = {}): Source {
  return {
    kind: "dir",
    unit: "file",
    async run(run) {
      const { stats } = await scanPaths(paths, run.ruleSet, {
        ...walk,
        maxFileSize: run.maxFileSize,
        ...(run.workers ? { workers: run.workers } : {}),
        onFinding: run.found,
      });
      addStats(run.stats, stats);
    },
  };
}

/** Adds counts a scan made on its own to the run's. */
export function addStats(into: import("../model.js").ScanStats, from: import("../model.js").ScanStats): void {
  into.files += from.files;
  into.bytes += from.bytes;
  into.skippedBinary += from.skippedBinary;
  into.skippedLarge += from.skippedLarge;
  into.errors.push(...from.errors);
}

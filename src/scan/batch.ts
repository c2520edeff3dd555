// Scans a batch of files with one detector; used inline and inside worker threads alike.
import type { Detector } from "../engine/detector.js";
import type { Finding, ScanProblem } from "../model.js";
import type { FileTask, ReadResult } from "../sources/files.js";

export interface BatchResult {
  findings: Finding[];
  files: number;
  bytes: number;
  skippedBinary: number;
  errors: ScanProblem[];
}

export async function scanFileTasks(
  detector: Detector,
  tasks: FileTask[],
  read: (task: FileTask) => Promise<ReadResult>,
): Promise<BatchResult> {
  const result: BatchResult = { findings: [], files: 0, bytes: 0, skippedBinary: 0, errors: [] };
  for (const task of tasks) {
    const read_ = await read(task);
    if (read_.kind === "error") {
      result.errors.push({ path: task.displayPath, reason: read_.reason });
    } else if (read_.kind === "binary") {
      result.skippedBinary++;
    } else {
      result.files++;
      result.bytes += read_.fragment.bytes.length;
      for (const finding of detector.detect(read_.fragment)) result.findings.push(finding);
    }
  }
  return result;
}

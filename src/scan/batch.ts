// Scans a batch of files with one detector; used inline and inside worker threads alike.
import type { Detector } from "../engine/detector.js";
import type { Finding, ScanProblem } from "../model.js";
import { readFileFragment, type FileTask } from "../sources/files.js";

export interface BatchResult {
  findings: Finding[];
  files: number;
  bytes: number;
  skippedBinary: number;
  skippedLarge: number;
  errors: ScanProblem[];
}

export function scanFileTasks(detector: Detector, tasks: FileTask[], maxFileSize: number): BatchResult {
  const result: BatchResult = { findings: [], files: 0, bytes: 0, skippedBinary: 0, skippedLarge: 0, errors: [] };
  for (const task of tasks) {
    const read = readFileFragment(task, maxFileSize);
    if (read.kind === "error" || read.kind === "undecodable") {
      result.errors.push({ path: task.displayPath, reason: read.reason });
    } else if (read.kind === "binary") {
      result.skippedBinary++;
      // a key store is binary: rules about a file's name still report it
      for (const finding of detector.detectByPath({ path: task.displayPath, relPath: task.relPath }))
        result.findings.push(finding);
    } else if (read.kind === "large") {
      result.skippedLarge++;
    } else {
      result.files++;
      result.bytes += read.fragment.bytes.length;
      for (const finding of detector.detect(read.fragment)) result.findings.push(finding);
    }
  }
  return result;
}

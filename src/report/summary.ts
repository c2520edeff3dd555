// The one-line summary of a scan: what was scanned, what was skipped, what was found, how long it took.
import type { ScanStats } from "../model.js";

export function formatBytes(bytes: number): string {
  if (bytes < 1024) return `${bytes} B`;
  if (bytes < 1024 * 1024) return `${(bytes / 1024).toFixed(1)} KB`;
  if (bytes < 1024 * 1024 * 1024) return `${(bytes / 1024 / 1024).toFixed(1)} MB`;
  return `${(bytes / 1024 / 1024 / 1024).toFixed(2)} GB`;
}

export function summaryLine(stats: ScanStats, findings: number, elapsedMs: number, unit: "file" | "commit" = "file"): string {
  const parts = [`scanned ${stats.files} ${stats.files === 1 ? unit : `${unit}s`} (${formatBytes(stats.bytes)})`];
  const skipped: string[] = [];
  if (stats.skippedBinary) skipped.push(`${stats.skippedBinary} binary`);
  if (stats.skippedLarge) skipped.push(`${stats.skippedLarge} over the size limit`);
  if (skipped.length) parts.push(`skipped ${skipped.join(", ")}`);
  if (stats.errors.length) parts.push(`${stats.errors.length} unreadable`);
  parts.push(`${findings} ${findings === 1 ? "finding" : "findings"}${stats.known ? ` (${stats.known} more known in the baseline)` : ""}`);
  parts.push(`${(elapsedMs / 1000).toFixed(2)} s`);
  return parts.join("; ");
}

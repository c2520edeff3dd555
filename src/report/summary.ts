// The one-line summary of a scan: what was scanned, what was skipped, what was found, how long it took.
import type { ScanStats } from "../model.js";

/** `1 rule`, `2 rules`: a number with its noun, singular for one. */
export function count(n: number, noun: string, plural = `${noun}s`): string {
  return `${n} ${n === 1 ? noun : plural}`;
}

export function formatBytes(bytes: number): string {
  if (bytes < 1024) return `${bytes} B`;
  if (bytes < 1024 * 1024) return `${(bytes / 1024).toFixed(1)} KB`;
  if (bytes < 1024 * 1024 * 1024) return `${(bytes / 1024 / 1024).toFixed(1)} MB`;
  return `${(bytes / 1024 / 1024 / 1024).toFixed(2)} GB`;
}

/** What the baseline and .gitleaksignore held back, each named for what it is. */
function knownText(stats: ScanStats): string {
  if (!stats.known) return "";
  const by = stats.knownBy ?? { baseline: stats.known, gitleaksignore: 0 };
  const held = [
    ...(by.baseline ? [`${by.baseline} more known in the baseline`] : []),
    ...(by.gitleaksignore ? [`${by.gitleaksignore} more allowed by .gitleaksignore`] : []),
  ];
  return held.length ? ` (${held.join(", ")})` : ` (${stats.known} more already accepted)`;
}

export function summaryLine(
  stats: ScanStats,
  findings: number,
  elapsedMs: number,
  unit: "file" | "commit" = "file",
): string {
  const parts = [`scanned ${stats.files} ${stats.files === 1 ? unit : `${unit}s`} (${formatBytes(stats.bytes)})`];
  const skipped: string[] = [];
  if (stats.skippedBinary) skipped.push(`${stats.skippedBinary} binary`);
  if (stats.skippedLarge) skipped.push(`${stats.skippedLarge} over the size limit`);
  if (skipped.length) parts.push(`skipped ${skipped.join(", ")}`);
  if (stats.errors.length) parts.push(`${stats.errors.length} unreadable`);
  parts.push(`${findings} ${findings === 1 ? "finding" : "findings"}${knownText(stats)}`);
  parts.push(`${(elapsedMs / 1000).toFixed(2)} s`);
  return parts.join("; ");
}

/**
 * What a machine-readable report says about its own completeness: what was scanned, what was
 * skipped and why, and every file or object that could not be read. `complete` is false when
 * anything could not be read (binary and oversized files are skipped by design, and counted).
 */
export interface ScanSummary {
  type: "summary";
  complete: boolean;
  /** what `scanned` counts: files, or commits for history scans */
  unit: "file" | "commit";
  scanned: number;
  bytes: number;
  skipped: { binary: number; large: number };
  /** findings the baseline or an ignore file already accepts */
  known: number;
  findings: number;
  /** unreadable files, missing objects, text that could not be decoded, a git command that failed */
  problems: { path: string; reason: string }[];
  elapsedMs: number;
}

export function scanSummary(
  stats: ScanStats,
  findings: number,
  elapsedMs: number,
  unit: "file" | "commit" = "file",
): ScanSummary {
  return {
    type: "summary",
    complete: stats.errors.length === 0,
    unit,
    scanned: stats.files,
    bytes: stats.bytes,
    skipped: { binary: stats.skippedBinary, large: stats.skippedLarge },
    known: stats.known,
    findings,
    problems: stats.errors.map(({ path, reason }) => ({ path, reason })),
    elapsedMs,
  };
}

/** Whether a parsed JSONL record is the summary record rather than a finding. */
export function isSummaryRecord(record: unknown): record is ScanSummary {
  return typeof record === "object" && record !== null && (record as { type?: unknown }).type === "summary";
}

// Scanning git: the history of a repository (all refs, a branch or a range) and its staged changes.
import { emptyStats, type Finding, type ScanStats } from "../model.js";
import { DEFAULT_MAX_FILE_SIZE } from "../sources/files.js";
import { historyPatches, inspectRepo, stagedPatches, type HistoryScope, type RepoInfo } from "../sources/git.js";
import { createDetector, type RuleSet } from "./detector.js";
import type { ScanResult } from "./scan.js";

export interface GitScanOptions {
  maxFileSize?: number;
  onFinding?: (finding: Finding) => void;
  /** called as patch text arrives: bytes read, commits seen so far */
  onProgress?: (progress: { bytes: number; commits: number }) => void;
}

export interface GitScanResult extends ScanResult {
  repo: RepoInfo;
  commits: number;
}

/**
 * Scans the added lines of every commit in scope, oldest first, so each secret is reported once
 * per file: at the commit that introduced it, not again at later commits that move or touch it.
 */
export async function scanHistory(repo: string, ruleSet: RuleSet, scope: HistoryScope = {}, options: GitScanOptions = {}): Promise<GitScanResult> {
  const info = inspectRepo(repo);
  const stats = emptyStats();
  const findings: Finding[] = [];
  const detector = createDetector(ruleSet);
  const reported = new Set<string>();
  const result = await historyPatches(
    repo,
    scope,
    options.maxFileSize ?? DEFAULT_MAX_FILE_SIZE,
    (fragment) => {
      stats.files++;
      stats.bytes += fragment.bytes.length;
      for (const finding of detector.detect(fragment)) {
        const key = `${finding.fingerprint}\0${finding.path}`;
        if (reported.has(key)) continue;
        reported.add(key);
        findings.push(finding);
        options.onFinding?.(finding);
      }
    },
    options.onProgress ? (bytes, commits) => options.onProgress!({ bytes, commits }) : undefined,
  );
  mergeGitStats(stats, result);
  return { findings, stats, repo: info, commits: result.commits };
}

/** Scans exactly what is staged: added lines, with their line numbers in the staged version. */
export async function scanStaged(repo: string, ruleSet: RuleSet, options: GitScanOptions = {}): Promise<ScanResult> {
  const stats = emptyStats();
  const findings: Finding[] = [];
  const detector = createDetector(ruleSet);
  const result = await stagedPatches(repo, options.maxFileSize ?? DEFAULT_MAX_FILE_SIZE, (fragment) => {
    stats.files++;
    stats.bytes += fragment.bytes.length;
    for (const finding of detector.detect(fragment)) {
      findings.push(finding);
      options.onFinding?.(finding);
    }
  });
  mergeGitStats(stats, result);
  return { findings, stats };
}

function mergeGitStats(stats: ScanStats, result: { binary: number; large: number; errors: ScanStats["errors"] }): void {
  stats.skippedBinary += result.binary;
  stats.skippedLarge += result.large;
  stats.errors.push(...result.errors);
}

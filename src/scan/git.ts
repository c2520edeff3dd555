// Scanning git's staged changes (the history: scan/history.ts).
import { LeakhoundError } from "../errors.js";
import { emptyStats, type Finding, type ScanStats } from "../model.js";
import { DEFAULT_MAX_FILE_SIZE } from "../sources/files.js";
import { stagedPatches, startStagedDiff, type StagedDiff } from "../sources/git.js";
import { createDetector, type RuleSet } from "./detector.js";
import { introducedFindings } from "../filters/inherited.js";
import type { GitScanOptions } from "./history.js";
import { catFileHead, introducedSinceHead } from "./introduced.js";
import type { ScanResult } from "./scan.js";

/** Scans exactly what is staged: added lines, with their line numbers in the staged version. */
export async function scanStaged(
  repo: string,
  ruleSet: RuleSet,
  options: GitScanOptions = {},
  diff?: StagedDiff,
): Promise<ScanResult> {
  try {
    return await scanStagedWithGit(diff ?? startStagedDiff(repo), ruleSet, options);
  } catch (err) {
    // checked by failure, not up front: the pre-commit path cannot afford an extra process
    if (!(err instanceof LeakhoundError && err.code === "NO_GIT")) throw err;
    process.stderr.write("leakhound: note: no git executable found; reading the index with isomorphic-git\n");
    const { scanStagedWithIsomorphicGit } = await import("./history-isogit.js");
    return scanStagedWithIsomorphicGit(repo, ruleSet, options);
  }
}

async function scanStagedWithGit(diff: StagedDiff, ruleSet: RuleSet, options: GitScanOptions): Promise<ScanResult> {
  const stats = emptyStats();
  const findings: Finding[] = [];
  const detector = createDetector(ruleSet);
  const added: Finding[] = [];
  const result = await stagedPatches(diff, options.maxFileSize ?? DEFAULT_MAX_FILE_SIZE, (fragment) => {
    stats.files++;
    stats.bytes += fragment.bytes.length;
    added.push(...detector.detect(fragment));
  });
  mergeGitStats(stats, result);
  // what HEAD already holds at the same path was not added by this commit (the rule of history scans)
  if (added.length > 0) {
    const head = await catFileHead(diff.repo, options.maxFileSize ?? DEFAULT_MAX_FILE_SIZE);
    try {
      for (const finding of await introducedSinceHead(added, head.read)) {
        findings.push(finding);
        options.onFinding?.(finding);
      }
    } finally {
      head.close();
    }
  }
  if (result.binary > 0) {
    // git's diff calls UTF-16 text binary: those files are read from the index and decoded
    const { stagedTextFiles } = await import("../sources/staged-text.js");
    const text = await stagedTextFiles(diff.repo, options.maxFileSize ?? DEFAULT_MAX_FILE_SIZE);
    stats.skippedBinary -= text.decoded;
    stats.errors.push(...text.errors);
    for (const { fragment, before } of text.changes) {
      stats.files++;
      stats.bytes += fragment.bytes.length;
      for (const finding of introducedFindings(detector.detect(fragment), before)) {
        findings.push(finding);
        options.onFinding?.(finding);
      }
    }
    // a binary file is not read, but a rule about its name still reports it (a .p12 key store)
    for (const path of text.binary) {
      for (const finding of detector.detectByPath({ path })) {
        findings.push(finding);
        options.onFinding?.(finding);
      }
    }
  }
  return { findings, stats };
}

function mergeGitStats(stats: ScanStats, result: { binary: number; large: number; errors: ScanStats["errors"] }): void {
  stats.skippedBinary += result.binary;
  stats.skippedLarge += result.large;
  stats.errors.push(...result.errors);
}

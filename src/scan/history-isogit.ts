// Scanning git without a git executable, through isomorphic-git: the same findings as the git CLI
// path (one finding per secret and file or message, at the oldest commit that adds it, by the same
// rule: scan/introduced.ts), at a lower speed.
import { emptyStats, type Finding } from "../model.js";
import { DEFAULT_MAX_FILE_SIZE } from "../sources/files.js";
import type { HistoryScope } from "../sources/git.js";
import { IsoHistory, openRepo } from "../sources/isogit.js";
import { introducedBy, introducedByMerge, introducedSinceHead } from "./introduced.js";
import { markMessageSecrets } from "./message-secrets.js";
import { HistoryDeduper } from "./dedupe.js";
import { createDetector, type RuleSet } from "./detector.js";
import type { GitScanOptions, GitScanResult } from "./history.js";
import type { ScanResult } from "./scan.js";

export async function scanHistoryWithIsomorphicGit(
  repo: string,
  ruleSet: RuleSet,
  scope: HistoryScope,
  options: GitScanOptions,
): Promise<GitScanResult> {
  const opened = await openRepo(repo);
  const history = new IsoHistory(opened);
  const detector = createDetector(ruleSet);
  const deduper = new HistoryDeduper();
  const stats = emptyStats();
  const counts = { commits: 0, binary: 0, large: 0 };
  const findings: Finding[] = [];
  for await (const { fragment, before, others } of history.history(
    scope,
    options.maxFileSize ?? DEFAULT_MAX_FILE_SIZE,
    stats.errors,
    counts,
  )) {
    stats.bytes += fragment.bytes.length;
    options.onProgress?.({ bytes: stats.bytes, commits: counts.commits });
    const introduced = others
      ? introducedByMerge(detector, fragment, [before, ...others])
      : introducedBy(detector, fragment, before);
    for (const finding of introduced) {
      if (deduper.isNew(finding)) findings.push(finding);
    }
  }
  // reported once the messages' secrets are known, so that every output can redact them
  const marked = markMessageSecrets(findings);
  marked.forEach((f) => options.onFinding?.(f));
  stats.files = counts.commits;
  stats.skippedBinary = counts.binary;
  stats.skippedLarge = counts.large;
  return {
    findings: marked,
    stats,
    repo: { root: opened.dir, shallow: false, hasHead: counts.commits > 0 },
    commits: counts.commits,
  };
}

export async function scanStagedWithIsomorphicGit(
  repo: string,
  ruleSet: RuleSet,
  options: GitScanOptions,
): Promise<ScanResult> {
  const history = new IsoHistory(await openRepo(repo));
  const detector = createDetector(ruleSet);
  const stats = emptyStats();
  const counts = { binary: 0, large: 0 };
  const added: Finding[] = [];
  for await (const fragment of history.staged(options.maxFileSize ?? DEFAULT_MAX_FILE_SIZE, counts)) {
    stats.files++;
    stats.bytes += fragment.bytes.length;
    added.push(...detector.detect(fragment));
  }
  // what HEAD already holds at the same path was not added by this commit (the rule of history scans)
  const findings = await introducedSinceHead(added, (path) => history.headVersion(path));
  findings.forEach((f) => options.onFinding?.(f));
  stats.skippedBinary = counts.binary;
  stats.skippedLarge = counts.large;
  return { findings, stats };
}

import {
  HistoryDeduper,
  emptyStats,
  markMessageSecrets
} from "./chunk-4JEITKDI.mjs";
import {
  introducedBy
} from "./chunk-5SCDYZIY.mjs";
import {
  createDetector
} from "./chunk-BWBGEGW6.mjs";
import {
  IsoHistory,
  openRepo
} from "./chunk-Q6QZLHLM.mjs";
import {
  DEFAULT_MAX_FILE_SIZE
} from "./chunk-R3PJ4J7V.mjs";
import "./chunk-Y2CXBTMR.mjs";
import "./chunk-SY2RL2H2.mjs";
import "./chunk-J2RLNSZZ.mjs";

// src/scan/history-isogit.ts
async function scanHistoryWithIsomorphicGit(repo, ruleSet, scope, options) {
  const opened = await openRepo(repo);
  const history = new IsoHistory(opened);
  const detector = createDetector(ruleSet);
  const deduper = new HistoryDeduper();
  const stats = emptyStats();
  const counts = { commits: 0, binary: 0, large: 0 };
  const findings = [];
  for await (const { fragment, before } of history.history(scope, options.maxFileSize ?? DEFAULT_MAX_FILE_SIZE, stats.errors, counts)) {
    stats.bytes += fragment.bytes.length;
    options.onProgress?.({ bytes: stats.bytes, commits: counts.commits });
    for (const finding of introducedBy(detector, fragment, before)) {
      if (deduper.isNew(finding)) findings.push(finding);
    }
  }
  const marked = markMessageSecrets(findings);
  marked.forEach((f) => options.onFinding?.(f));
  stats.files = counts.commits;
  stats.skippedBinary = counts.binary;
  stats.skippedLarge = counts.large;
  return { findings: marked, stats, repo: { root: opened.dir, shallow: false, hasHead: counts.commits > 0 }, commits: counts.commits };
}
async function scanStagedWithIsomorphicGit(repo, ruleSet, options) {
  const history = new IsoHistory(await openRepo(repo));
  const detector = createDetector(ruleSet);
  const stats = emptyStats();
  const counts = { binary: 0, large: 0 };
  const findings = [];
  for await (const fragment of history.staged(options.maxFileSize ?? DEFAULT_MAX_FILE_SIZE, counts)) {
    stats.files++;
    stats.bytes += fragment.bytes.length;
    for (const finding of detector.detect(fragment)) {
      findings.push(finding);
      options.onFinding?.(finding);
    }
  }
  stats.skippedBinary = counts.binary;
  stats.skippedLarge = counts.large;
  return { findings, stats };
}
export {
  scanHistoryWithIsomorphicGit,
  scanStagedWithIsomorphicGit
};

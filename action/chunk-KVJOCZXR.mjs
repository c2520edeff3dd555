import {
  DEFAULT_MAX_FILE_SIZE,
  HistoryDeduper,
  emptyStats,
  markMessageSecrets
} from "./chunk-RFE5OHY3.mjs";
import {
  introducedBy
} from "./chunk-WQK4YBT4.mjs";
import {
  createDetector
} from "./chunk-7HPCVU6K.mjs";
import {
  IsoHistory,
  openRepo
} from "./chunk-EM7CHBTT.mjs";
import "./chunk-IVIJFV6C.mjs";
import "./chunk-OTR36JOE.mjs";
import "./chunk-KYLIGX4I.mjs";
import "./chunk-DIVQNKH2.mjs";
import "./chunk-45DNU2OG.mjs";
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

import {
  emptyStats
} from "./chunk-4O3MZQMA.mjs";
import {
  introducedFindings
} from "./chunk-3MSLEFID.mjs";
import {
  createDetector
} from "./chunk-57RM6EBG.mjs";
import {
  IsoHistory,
  openRepo
} from "./chunk-5EGAZD7E.mjs";
import {
  DEFAULT_MAX_FILE_SIZE
} from "./chunk-6CZI7DRR.mjs";
import "./chunk-Y2CXBTMR.mjs";
import "./chunk-BZZN2V7E.mjs";

// src/scan/dedupe.ts
var HistoryDeduper = class {
  seen = /* @__PURE__ */ new Set();
  isNew(finding) {
    const key = `${finding.fingerprint}\0${finding.path}`;
    if (this.seen.has(key)) return false;
    this.seen.add(key);
    return true;
  }
};

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
    for (const finding of introducedFindings(detector.detect(fragment), before)) {
      if (!deduper.isNew(finding)) continue;
      findings.push(finding);
      options.onFinding?.(finding);
    }
  }
  stats.files = counts.commits;
  stats.skippedBinary = counts.binary;
  stats.skippedLarge = counts.large;
  return { findings, stats, repo: { root: opened.dir, shallow: false, hasHead: counts.commits > 0 }, commits: counts.commits };
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

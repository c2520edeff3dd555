// Scanning git: the history of a repository (all refs, a branch or a range) and its staged changes.
import { Worker } from "node:worker_threads";
import { LeakhoundError } from "../errors.js";
import { emptyStats, type Finding, type ScanStats } from "../model.js";
import { HISTORY_WORKER_FILE } from "../paths.js";
import { DEFAULT_MAX_FILE_SIZE } from "../sources/files.js";
import { hasGitBinary, historyArgs, inspectRepo, spawnGit, stagedPatches, startStagedDiff, type HistoryScope, type RepoInfo, type StagedDiff } from "../sources/git.js";
import type { PatchStats } from "../sources/patch.js";
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

// git is paused while this much patch text waits to be scanned, so memory stays bounded whatever
// the size of the history.
const MAX_IN_FLIGHT = 32 * 1024 * 1024;

/**
 * Scans the added lines of every commit in scope, oldest first, so each secret is reported once
 * per file: at the commit that introduced it, not again at later commits that move or touch it.
 * git runs on one core, parsing and scanning on a worker thread on the other.
 */
export async function scanHistory(repo: string, ruleSet: RuleSet, scope: HistoryScope = {}, options: GitScanOptions = {}): Promise<GitScanResult> {
  if (!hasGitBinary()) {
    process.stderr.write("leakhound: note: no git executable found; reading the repository with isomorphic-git (much slower)\n");
    const { scanHistoryWithIsomorphicGit } = await import("./history-isogit.js");
    return scanHistoryWithIsomorphicGit(repo, ruleSet, scope, options);
  }
  const info = inspectRepo(repo);
  const args = historyArgs(repo, scope);
  const stats = emptyStats();
  const findings: Finding[] = [];
  const worker = new Worker(HISTORY_WORKER_FILE, {
    workerData: { rules: ruleSet.rules, allowlists: ruleSet.allowlists, maxFileBytes: options.maxFileSize ?? DEFAULT_MAX_FILE_SIZE },
  });
  const git = spawnGit(repo, args);
  let read = 0;
  let inFlight = 0;
  let paused = false;
  const send = (chunk: Buffer) => {
    // hand the bytes over without a copy when the chunk owns its memory
    const owns = chunk.byteOffset === 0 && chunk.byteLength === chunk.buffer.byteLength;
    worker.postMessage({ chunk }, owns ? [chunk.buffer as ArrayBuffer] : []);
    inFlight += chunk.byteLength;
    if (inFlight > MAX_IN_FLIGHT && !paused) {
      paused = true;
      git.stdout.pause();
    }
  };
  const absorb = (found: Finding[]) => {
    for (const f of found) {
      findings.push(f);
      options.onFinding?.(f);
    }
  };

  const finished = new Promise<{ stats: PatchStats; bytes: number }>((resolve, reject) => {
    worker.on("message", (message: { ack?: number; done?: boolean; findings: Finding[]; stats?: PatchStats; bytes?: number }) => {
      absorb(message.findings);
      if (message.ack !== undefined) {
        inFlight -= message.ack;
        if (paused && inFlight < MAX_IN_FLIGHT / 2) {
          paused = false;
          git.stdout.resume();
        }
      }
      if (message.done) resolve({ stats: message.stats!, bytes: message.bytes! });
    });
    worker.on("error", reject);
  });
  git.stdout.on("data", (chunk: Buffer) => {
    read += chunk.length;
    send(chunk);
    options.onProgress?.({ bytes: read, commits: 0 });
  });
  try {
    const errors = await git.done;
    worker.postMessage({ end: true });
    const result = await finished;
    stats.files = result.stats.commits;
    stats.bytes = result.bytes;
    stats.skippedBinary = result.stats.binary;
    stats.skippedLarge = result.stats.large;
    stats.errors.push(...errors);
    return { findings, stats, repo: info, commits: result.stats.commits };
  } finally {
    git.kill();
    await worker.terminate();
  }
}

/** Scans exactly what is staged: added lines, with their line numbers in the staged version. */
export async function scanStaged(repo: string, ruleSet: RuleSet, options: GitScanOptions = {}, diff?: StagedDiff): Promise<ScanResult> {
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
  const result = await stagedPatches(diff, options.maxFileSize ?? DEFAULT_MAX_FILE_SIZE, (fragment) => {
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

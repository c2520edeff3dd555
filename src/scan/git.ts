// Scanning git: the history of a repository (all refs, a branch or a range) and its staged changes.
import { availableParallelism } from "node:os";
import { readdirSync, statSync } from "node:fs";
import { join, resolve } from "node:path";
import { LeakhoundError } from "../errors.js";
import { emptyStats, type Finding, type ScanStats } from "../model.js";
import { HISTORY_WORKER_FILE } from "../paths.js";
import { workerThreads } from "./threads.js";
import { DEFAULT_MAX_FILE_SIZE } from "../sources/files.js";
import {
  inspectRepo,
  revisionArgs,
  stagedPatches,
  startStagedDiff,
  type HistoryScope,
  type RepoInfo,
  type StagedDiff,
} from "../sources/git.js";
import { HistoryListing } from "../sources/listing.js";
import { COMMIT_MESSAGE_PATH, annotatedTags, tagMessagePath, type TagMessage } from "../sources/messages.js";
import { historyKey } from "./dedupe.js";
import { markMessageSecrets } from "./message-secrets.js";
import { HistoryBlobScanner, type BlobJob, type LaneMessage, type WorkerReport } from "./history-scanner.js";
import { createDetector, type RuleSet } from "./detector.js";
import { introducedFindings } from "../filters/inherited.js";
import { catFileHead, introducedSinceHead } from "./introduced.js";
import type { ScanResult } from "./scan.js";

export interface GitScanOptions {
  maxFileSize?: number;
  /** history scans: scanning threads (default: one per core) */
  workers?: number;
  onFinding?: (finding: Finding) => void;
  /** called as the scan goes: bytes of file versions scanned, commits listed so far */
  onProgress?: (progress: { bytes: number; commits: number }) => void;
  /** history scans: what inspectRepo() said of the repository, when the caller has asked already */
  repoInfo?: RepoInfo;
}

export interface GitScanResult extends ScanResult {
  repo: RepoInfo;
  commits: number;
}

// Blobs handed to a worker and not yet answered: enough to keep its git cat-file busy. While more
// than MAX_QUEUED wait for a worker, the listing of the history is paused, so memory stays bounded
// whatever the size of the history.
const MAX_IN_FLIGHT = 256;
const MAX_QUEUED = 4096;
const BATCH = 64;
/** jobs (file versions and messages) a history may have and still be scanned in this thread */
const SMALL_HISTORY = 512;

/** Where a share of the history's jobs is scanned: a worker thread, or this thread for a small history. */
interface Lane {
  post(message: LaneMessage): void;
  stop(): Promise<void>;
}

/** LEAKHOUND_DEBUG=lanes: one stderr line naming where a history scan ran (the tests check it). */
function traceLanes(how: string): void {
  if (/(^|,)lanes(,|$)/.test(process.env.LEAKHOUND_DEBUG ?? ""))
    process.stderr.write(`leakhound: debug: history scanned ${how}\n`);
}

/** Packed objects from which a history is likely big enough for worker threads (see looksBig). */
const BIG_PACKS = 1024 * 1024;

/**
 * Whether the repository's pack files hold more than BIG_PACKS bytes: then the worker threads start
 * with the listing instead of after its first SMALL_HISTORY jobs, since `git log --reverse` prints
 * nothing until it has walked the whole history and the threads load meanwhile. A guess from file
 * sizes, which the scanned repository chooses: it decides only where the scan runs, never what it finds.
 */
function looksBig(gitDir: string | undefined): boolean {
  if (!gitDir) return false;
  let bytes = 0;
  try {
    const packs = join(gitDir, "objects", "pack");
    for (const name of readdirSync(packs)) if (name.endsWith(".pack")) bytes += statSync(join(packs, name)).size;
  } catch {
    return false;
  }
  return bytes > BIG_PACKS;
}

/**
 * Scans every file version (blob) that the commits in scope bring in, each new (path, blob) pair
 * once (what it introduced when it replaces another version, else the whole file: see
 * introduced.ts), so each secret is reported once per path: at the oldest commit that brought it
 * there, not again at later commits that touch it. The message of each commit and of each annotated
 * tag on them is scanned too. `git log --raw` lists the blobs (it compares trees, not contents, so
 * it is quick; listing.ts resumes it past an unreadable object) and a worker per core reads them
 * through its own `git cat-file --batch` and scans them (README, design notes). Needs a git
 * executable: the history source (sources/git-history-source.ts) is the one place that chooses
 * isomorphic-git instead when there is none.
 */
export async function scanHistory(
  repo: string,
  ruleSet: RuleSet,
  scope: HistoryScope = {},
  options: GitScanOptions = {},
): Promise<GitScanResult> {
  const info = options.repoInfo ?? inspectRepo(repo);
  const revisions = revisionArgs(repo, scope);
  const stats = emptyStats();
  const maxFileBytes = options.maxFileSize ?? DEFAULT_MAX_FILE_SIZE;
  const count = Math.max(1, Math.min(options.workers ?? availableParallelism(), 8));
  const workerData = { rules: ruleSet.rules, allowlists: ruleSet.allowlists, maxFileBytes, repo: resolve(repo) };
  // The jobs wait here until the history proves big enough to share out (SMALL_HISTORY jobs, or at
  // once when its packs look big: looksBig): then a worker thread per core scans them, shared out by
  // path. A history that ends smaller is scanned in this thread with the rules already compiled: a
  // worker costs tens of milliseconds to start and compiles the rules again, more than a small
  // history takes to scan.
  const lanes: Lane[] = [];
  const inFlight: number[] = [];
  const queues: BlobJob[][] = [];
  const addLane = (lane: Lane) => {
    lanes.push(lane);
    inFlight.push(0);
    queues.push([]);
  };
  const startWorker = () => {
    const w = lanes.length;
    const worker = new (workerThreads().Worker)(HISTORY_WORKER_FILE, { workerData });
    worker.on("message", (report: WorkerReport) => reported(w, report));
    worker.on("error", (err) => fail!(err));
    addLane({ post: (message) => worker.postMessage(message), stop: () => worker.terminate().then(() => undefined) });
  };
  // a history that may be small gets this thread's scanner ready (its rules, its git cat-file)
  // while git lists the commits; it is dropped if the history proves big
  let local: HistoryBlobScanner | undefined;
  const prepareThisThread = () => {
    // reports are taken on a later turn, as a worker's would be, never inside the dispatch that caused them
    local = new HistoryBlobScanner(
      createDetector(ruleSet),
      workerData.repo,
      maxFileBytes,
      (report) => setImmediate(() => reported(0, report)),
      (err) => fail!(err),
    );
    local.start();
  };
  const startInThisThread = () => {
    // the lane owns it from here: it is stopped with the lanes
    const scanner = local!;
    local = undefined;
    addLane({ post: (message) => scanner.handle(message), stop: async () => scanner.close() });
  };
  let pending: Array<[string, BlobJob]> | undefined = [];
  // a range is usually a few commits, whatever the size of the repository
  const early = count > 1 && !scope.range && looksBig(info.gitDir);
  const shareOut = (big: boolean) => {
    if (!pending) return;
    if (big) {
      local?.close();
      local = undefined;
      while (lanes.length < count) startWorker();
    } else {
      startInThisThread();
    }
    traceLanes(big ? `threads:${lanes.length}` : "in-process");
    for (const [key, job] of pending) queues[laneFor(key, job)]!.push(job);
    pending = undefined;
  };
  // A file's versions all go to one lane, so it can compare each with the last; a path met for the
  // first time goes to the lane with the least work waiting, and so does each message. A lane that
  // holds a heavy file (a changelog rewritten in every release) then takes fewer new files: on
  // express one file is half the bytes of the history, and with lanes chosen by a hash of the path
  // its worker ran about 40% longer than the other.
  const laneOf = new Map<string, number>();
  const laneFor = (key: string, job: BlobJob): number => {
    const known = laneOf.get(key);
    if (known !== undefined) return known;
    let lane = 0;
    for (let w = 1; w < lanes.length; w++) {
      if (queues[w]!.length + inFlight[w]! < queues[lane]!.length + inFlight[lane]!) lane = w;
    }
    if (!job.object) laneOf.set(key, lane);
    return lane;
  };
  const enqueue = (key: string, job: BlobJob) => {
    if (pending) {
      pending.push([key, job]);
      if (pending.length >= SMALL_HISTORY) shareOut(true);
    } else {
      queues[laneFor(key, job)]!.push(job);
    }
    dispatch();
  };
  // each (path, content) pair is scanned where the history first shows it: the same content at a
  // new path (a copy, a move) is a new pair, reported there too
  const seen = new Set<string>();
  let seq = 0;
  // the earliest finding of each secret in each file (and in each message)
  const earliest = new Map<string, { seq: number; finding: Finding }>();
  let listed = false;
  let paused = false;
  const listing = new HistoryListing(
    repo,
    revisions,
    (change) => {
      const key = `${change.path}\0${change.oid}`;
      if (seen.has(key)) return;
      seen.add(key);
      enqueue(change.path, {
        seq: ++seq,
        oid: change.oid,
        path: change.path,
        commit: change.commit,
        ...(change.parentOid ? { parentOid: change.parentOid } : {}),
      });
    },
    (commit) =>
      enqueue(commit.commit, { seq: ++seq, oid: commit.commit, path: COMMIT_MESSAGE_PATH, commit, object: "commit" }),
  );

  let ended = 0;
  let finish: (() => void) | undefined;
  let fail: ((err: unknown) => void) | undefined;
  const finished = new Promise<void>((resolve, reject) => ((finish = resolve), (fail = reject)));
  finished.catch(() => undefined); // awaited below, once the listing is done; not unhandled before

  const dispatch = () => {
    queues.forEach((queue, w) => {
      while (queue.length > 0 && inFlight[w]! < MAX_IN_FLIGHT) {
        const jobs = queue.splice(0, Math.min(BATCH, MAX_IN_FLIGHT - inFlight[w]!));
        inFlight[w]! += jobs.length;
        lanes[w]!.post({ jobs });
      }
    });
    const queued = queues.reduce((n, queue) => n + queue.length, pending?.length ?? 0);
    const full = queued > MAX_QUEUED;
    if (full !== paused) {
      paused = full;
      if (full) listing.pause();
      else listing.resume();
    }
    if (listed && queued === 0 && inFlight.every((n) => n === 0) && ended === 0) {
      ended = lanes.length;
      for (const lane of lanes) lane.post({ end: true });
    }
  };
  function reported(w: number, report: WorkerReport): void {
    inFlight[w]! -= report.completed;
    stats.bytes += report.bytes;
    stats.skippedBinary += report.binary;
    stats.skippedLarge += report.large;
    stats.errors.push(...report.errors);
    for (const { seq, findings } of report.outcomes) {
      for (const finding of findings) {
        const key = historyKey(finding);
        const known = earliest.get(key);
        if (!known || seq < known.seq) earliest.set(key, { seq, finding });
      }
    }
    options.onProgress?.({ bytes: stats.bytes, commits: listing.commits });
    if (report.done && --ended === 0) finish!();
    else dispatch();
  }
  if (early) shareOut(true);
  let tags: Promise<TagMessage[]> = Promise.resolve([]);
  try {
    // a small history's scanner in this thread (its rules, its git cat-file) gets ready while git
    // lists; its cat-file first: measured, starting it after git log made the scan 3-4 ms slower, as
    // the scan then waited for cat-file to start once the listing was done
    if (!early) prepareThisThread();
    const listingDone = listing.run();
    listingDone.catch(() => undefined); // awaited below; not unhandled if what follows fails first
    // the annotated tags: their messages are scanned once the commits in scope are known
    if (info.hasTags !== false) tags = annotatedTags(repo);
    tags.catch(() => undefined);
    // a worker that fails ends the scan, even while the listing waits for it
    await Promise.race([listingDone, finished]);
    stats.errors.push(...listing.problems);
    // the whole history is listed and still small: this thread scans it
    shareOut(false);
    // annotated tags on the commits in scope: their messages are scanned like commit messages
    for (const tag of (await tags).filter((t) => listing.has(t.commit.commit))) {
      enqueue(tag.oid, { seq: ++seq, oid: tag.oid, path: tagMessagePath(tag.name), commit: tag.commit, object: "tag" });
    }
    listed = true;
    dispatch();
    await finished;
    const findings = markMessageSecrets(
      [...earliest.values()]
        .sort(
          (a, b) =>
            a.seq - b.seq || a.finding.startLine - b.finding.startLine || a.finding.startColumn - b.finding.startColumn,
        )
        .map(({ finding }) => finding),
    );
    findings.forEach((f) => options.onFinding?.(f));
    stats.files = listing.commits;
    return { findings, stats, repo: info, commits: listing.commits };
  } finally {
    listing.kill();
    local?.close();
    await Promise.all(lanes.map((lane) => lane.stop()));
  }
}

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

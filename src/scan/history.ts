// Scanning a git history (all refs, a branch or a range) through the git CLI: git's own patch, read
// as it streams, with merges and what the patch does not hold read beside it (see scanHistory).
import { resolve } from "node:path";
import { emptyStats, type Finding, type GitProvenance } from "../model.js";
import { DEFAULT_MAX_FILE_SIZE } from "../sources/files.js";
import { inspectRepo, revisionArgs, type HistoryScope, type RepoInfo } from "../sources/git.js";
import type { BlobChange } from "../sources/history.js";
import { PatchLogParser, PatchStream, logMarkers, patchLogArgs, type PatchedChange } from "../sources/history-patch.js";
import { HistoryListing } from "../sources/listing.js";
import { COMMIT_MESSAGE_PATH, annotatedTags, tagMessagePath, type TagMessage } from "../sources/messages.js";
import { historyKey } from "./dedupe.js";
import { markMessageSecrets } from "./message-secrets.js";
import { HistoryBlobScanner, type BlobJob, type ScanReport } from "./history-scanner.js";
import { createDetector, type RuleSet } from "./detector.js";
import { MergeOrder, pairKey } from "./merge-order.js";
import type { ScanResult } from "./scan.js";

export interface GitScanOptions {
  maxFileSize?: number;
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

// While more than MAX_QUEUED objects wait for git cat-file (files git did not diff, the replaced
// versions of files with findings, messages the patch did not print), the listings are paused:
// memory stays bounded whatever the size of the history.
const MAX_QUEUED = 4096;

/**
 * Scans the lines that each commit in scope adds to each file, each new (path, blob) pair once
 * (what it added to the version it replaces, or the whole file when it is new: see introduced.ts),
 * so each secret is reported once per path: at the oldest commit that brought it there, not again
 * at later commits that touch it. The message of each commit and of each annotated tag on them is
 * scanned too.
 *
 * git's own diff gives the added lines and the messages (`git log -p -U0`, history-patch.ts): the
 * history is read once, at about the speed of `git log -p`, and this thread scans the added lines as
 * they stream. One `git cat-file --batch` reads what the patch does not hold: files git does not
 * diff (binary to git: UTF-16 text is decoded here; from READ_WHOLE_FROM on; over the size limit)
 * and, for a file with findings, the version it replaces (a secret that version held is not new).
 * Merges come from a second listing, `git log --raw` of the merges only, started with the first
 * merge: each file version a merge has that differs from every parent's (a conflict resolution) is
 * read through cat-file and scanned where it differs from each (introducedByMerge); a version it
 * took from a parent was brought by that parent's history, scanned there (or outside the scope). If
 * git cannot read an object the patch needs, the commits it did not finish are listed without
 * patches (`git log --raw`) and read through cat-file (listing.ts resumes past what git cannot
 * read). Needs a git executable: the history source (sources/git-history-source.ts) is the one
 * place that chooses isomorphic-git instead.
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
  const detector = createDetector(ruleSet);
  // the order of each commit in the history (oldest first) and of each (path, blob) pair where it was first met
  const commitSeq = new Map<string, number>();
  const seen = new Map<string, number>();
  let seq = 0;
  // the earliest finding of each secret in each file (and in each message)
  const earliest = new Map<string, { seq: number; finding: Finding }>();
  const record = (at: number, findings: readonly Finding[]) => {
    for (const finding of findings) {
      const key = historyKey(finding);
      const known = earliest.get(key);
      if (!known || at < known.seq) earliest.set(key, { seq: at, finding });
    }
  };

  let fail: ((err: unknown) => void) | undefined;
  let finish: (() => void) | undefined;
  const finished = new Promise<void>((resolve, reject) => ((finish = resolve), (fail = reject)));
  finished.catch(() => undefined); // awaited below, once the listings are done; not unhandled before
  let queued = 0;
  const progress = () => options.onProgress?.({ bytes: stats.bytes, commits: commitSeq.size });
  // reports are taken on a later turn, never inside the call that asked for the object
  const objects = new HistoryBlobScanner(
    detector,
    resolve(repo),
    maxFileBytes,
    (report) => setImmediate(() => reported(report)),
    (err) => fail!(err),
  );
  const ask = (job: BlobJob) => {
    queued++;
    objects.handle({ jobs: [job] });
    if (queued > MAX_QUEUED) paused(true);
  };
  function reported(report: ScanReport): void {
    queued -= report.completed;
    stats.bytes += report.bytes;
    stats.skippedBinary += report.binary;
    stats.skippedLarge += report.large;
    stats.errors.push(...report.errors);
    for (const { seq: at, findings } of report.outcomes) record(at, findings);
    progress();
    if (queued <= MAX_QUEUED / 2) paused(false);
    if (report.done) finish!();
  }

  // each commit once, with its message: scanned here when the listing printed it, else read through cat-file
  const commitListed = (commit: GitProvenance, message?: Buffer | "large") => {
    if (commitSeq.has(commit.commit)) return;
    const at = ++seq;
    commitSeq.set(commit.commit, at);
    if (commitSeq.size % 64 === 0) progress();
    if (message === "large") stats.skippedLarge++;
    else if (!message) ask({ seq: at, oid: commit.commit, path: COMMIT_MESSAGE_PATH, commit, object: "commit" });
    else {
      stats.bytes += message.length;
      record(at, detector.detect({ path: COMMIT_MESSAGE_PATH, bytes: message, git: commit }));
    }
  };
  // a file version git did not diff, or one the patch listing could not show: read and compared here
  const readWhole = (change: BlobChange, at: number) => {
    ask({
      seq: at,
      oid: change.oid,
      path: change.path,
      commit: change.commit,
      ...(change.parentOid ? { parentOid: change.parentOid } : {}),
      ...(change.otherParentOids ? { otherParentOids: change.otherParentOids } : {}),
    });
  };
  // a file version from a patch listing, met for the first time at `at`
  const take = (change: PatchedChange, at: number) => {
    if (change.whole) return readWhole(change, at);
    if (change.large) return void stats.skippedLarge++;
    if (!change.added) return;
    const bytes = change.added.bytes;
    stats.bytes += bytes.length;
    const fragment = { path: change.path, bytes, lineMap: change.added.lineMap, git: change.commit };
    const findings = detector.detect(fragment);
    if (findings.length === 0) return;
    // of what it added, what the replaced version held already is not new: that version is read now
    if (change.parentOid)
      ask({ seq: at, oid: change.parentOid, path: change.path, commit: change.commit, check: findings });
    else record(at, findings);
  };
  const firstSeen =
    <C extends BlobChange>(scan: (change: C, at: number) => void) =>
    (change: C) => {
      const key = pairKey(change.path, change.oid);
      if (seen.has(key)) return;
      const at = ++seq;
      seen.set(key, at);
      scan(change, at);
    };

  // The commits and what they add, merges without a diff; what git could not list this way (it
  // stopped on an object it cannot read) is listed without patches and read whole (rest).
  const markers = logMarkers();
  const commits = new PatchStream(
    repo,
    patchLogArgs(markers, revisions, maxFileBytes),
    new PatchLogParser(
      markers,
      (commit, message, parents) => {
        commitListed(commit, message ?? "large");
        rest.listedElsewhere(commit.commit);
        // the merge listing starts with the first merge: a history without one costs no second git
        if (parents > 1) startMerges();
        mergeOrder.catchUp();
      },
      firstSeen(take),
      maxFileBytes,
      (path, oid) => !seen.has(pairKey(path, oid)),
    ),
  );
  const rest = new HistoryListing(repo, revisions, firstSeen(readWhole), (commit) => void commitListed(commit));

  // the merges' own versions, beside the commits' listing and taken in its order (merge-order.ts)
  const mergeOrder = new MergeOrder({ commitSeq, seen, next: () => ++seq }, () => mergesPaused());
  const merges = new HistoryListing(repo, revisions, mergeOrder.taker(readWhole), () => undefined, "merges");
  const mergesPaused = () => {
    if (mergeOrder.holding || listingsPaused) merges.pause();
    else merges.resume();
  };

  let listingsPaused = false;
  function paused(full: boolean): void {
    if (full === listingsPaused) return;
    listingsPaused = full;
    if (full) commits.pause(), rest.pause();
    else commits.resume(), rest.resume();
    mergesPaused();
  }

  let mergeListing: Promise<void> | undefined;
  const startMerges = () => {
    if (mergeListing) return;
    mergeListing = (async () => {
      await merges.run();
      stats.errors.push(...merges.problems);
    })();
    mergeListing.catch(() => undefined); // awaited below
  };

  let tags: Promise<TagMessage[]> = Promise.resolve([]);
  try {
    const listing = (async () => {
      await rest.recover(await commits.run(), true);
      stats.errors.push(...rest.problems);
    })();
    listing.catch(() => undefined); // awaited below
    // the annotated tags: their messages are scanned once the commits in scope are known
    if (info.hasTags !== false) tags = annotatedTags(repo);
    tags.catch(() => undefined);
    // a failure in cat-file's reading ends the scan, even while the listings wait for it
    await Promise.race([listing, finished]);
    // every commit is listed: a merge's change waits no more (one the listing did not show goes last)
    mergeOrder.catchUp(true);
    if (mergeListing) await Promise.race([mergeListing, finished]);
    // annotated tags on the commits in scope: their messages are scanned like commit messages
    for (const tag of (await tags).filter((t) => commitSeq.has(t.commit.commit))) {
      ask({ seq: ++seq, oid: tag.oid, path: tagMessagePath(tag.name), commit: tag.commit, object: "tag" });
    }
    objects.handle({ end: true });
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
    stats.files = commitSeq.size;
    return { findings, stats, repo: info, commits: commitSeq.size };
  } finally {
    for (const listing of [commits, rest, merges]) listing.kill();
    objects.close();
  }
}

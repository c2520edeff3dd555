// A history-scanning thread: reads the blobs it is given through its own `git cat-file --batch`
// and scans each one whole. Several run side by side (one per core); the main thread only hands
// out object ids and gathers findings, so file contents never cross threads.
import { spawnSync } from "node:child_process";
import { parentPort, workerData } from "node:worker_threads";
import type { Finding, GitProvenance, Rule, RuleAllowlist, ScanProblem } from "../model.js";
import { BlobReader, type BlobResult } from "../sources/cat-file.js";
import { isBinary } from "../sources/files.js";
import { gitEnv } from "../sources/git.js";
import { createDetector } from "./detector.js";

/** A blob to scan: the first place the history shows it. */
export interface BlobJob {
  /** order in the history, oldest first: the earliest finding of a secret wins */
  seq: number;
  oid: string;
  path: string;
  commit: GitProvenance;
  /** the version this one replaces, if any */
  parentOid?: string;
  /**
   * The replaced version was not scanned in this run (it lies before a --range): the worker reads it
   * to tell which secrets it already held, since those were not introduced here.
   */
  readParent?: boolean;
}

/** A finding whose secret the replaced version already held. */
export type ScannedFinding = Finding & { inherited?: true };

export interface BlobOutcome {
  seq: number;
  oid: string;
  parentOid?: string;
  findings: ScannedFinding[];
}

/** What a worker reports, in batches. */
export interface WorkerReport {
  outcomes: BlobOutcome[];
  completed: number;
  bytes: number;
  binary: number;
  large: number;
  errors: ScanProblem[];
  done?: boolean;
}

const { rules, allowlists, maxFileBytes, repo } = workerData as { rules: Rule[]; allowlists: RuleAllowlist[]; maxFileBytes: number; repo: string };
const detector = createDetector({ rules, allowlists });
const reader = new BlobReader(repo, maxFileBytes);
const REPORT_EVERY = 32;

let report = emptyReport();
let pending = 0;
let ending = false;

function emptyReport(): WorkerReport {
  return { outcomes: [], completed: 0, bytes: 0, binary: 0, large: 0, errors: [] };
}

function flush(done = false): void {
  parentPort!.postMessage(done ? { ...report, done } : report);
  report = emptyReport();
}

function scanned(job: BlobJob, result: BlobResult): void {
  if (result.kind === "missing") {
    report.errors.push({ path: `${job.path} (commit ${job.commit.commit.slice(0, 12)})`, reason: result.reason });
  } else if (result.kind === "large") {
    report.large++;
  } else if (isBinary(result.bytes)) {
    report.binary++;
  } else {
    report.bytes += result.bytes.length;
    const findings: ScannedFinding[] = detector.detect({ path: job.path, bytes: result.bytes, git: job.commit });
    if (findings.length > 0 && job.readParent && job.parentOid) markInherited(findings, job.parentOid);
    if (findings.length > 0) report.outcomes.push({ seq: job.seq, oid: job.oid, ...(job.parentOid ? { parentOid: job.parentOid } : {}), findings });
  }
  report.completed++;
  pending--;
  if (pending === 0 || report.completed >= REPORT_EVERY || report.outcomes.length > 0) flush(ending && pending === 0);
}

/** Marks the findings whose secret the replaced version held already. Rare (a range's first change to a file with a finding), so read on its own. */
function markInherited(findings: ScannedFinding[], parentOid: string): void {
  const parent = spawnSync("git", ["-C", repo, "cat-file", "blob", parentOid], { env: gitEnv(), maxBuffer: maxFileBytes * 2 + 1024 });
  if (parent.status !== 0 || !parent.stdout) return;
  const before = parent.stdout;
  for (const f of findings) if (before.includes(f.secret) || (f.match !== "" && before.includes(f.match))) f.inherited = true;
}

parentPort!.on("message", (message: { jobs?: BlobJob[]; end?: boolean }) => {
  if (message.jobs) {
    for (const job of message.jobs) {
      pending++;
      // answers come back in the order asked, so findings keep the history's order within a worker
      void reader.read(job.oid).then((result) => scanned(job, result));
    }
  } else if (message.end) {
    ending = true;
    reader.close();
    if (pending === 0) flush(true);
  }
});

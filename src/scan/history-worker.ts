// A history-scanning thread: reads the blobs it is given through its own `git cat-file --batch`
// and scans each one (only what it introduced, when it replaces another version), and the messages
// of the commits and tags it is given. Several run side by side (one per core); the main thread
// only hands out object ids and gathers findings, so file contents never cross threads.
import { parentPort, workerData } from "node:worker_threads";
import type { Finding, Fragment, GitProvenance, Rule, RuleAllowlist, ScanProblem } from "../model.js";
import { BlobReader, type BlobResult } from "../sources/cat-file.js";
import { messageBody } from "../sources/messages.js";
import { asText } from "../sources/encoding.js";
import { createDetector } from "./detector.js";
import { introducedBy } from "./introduced.js";

/** A blob to scan: the first place the history shows it. */
export interface BlobJob {
  /** order in the history, oldest first: the earliest finding of a secret wins */
  seq: number;
  oid: string;
  path: string;
  commit: GitProvenance;
  /** the version this one replaces, if any: only the lines that differ from it are scanned */
  parentOid?: string;
  /** set when the job is the message of this commit or annotated tag (`oid`), not a file */
  object?: "commit" | "tag";
}

export interface BlobOutcome {
  seq: number;
  findings: Finding[];
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

/**
 * The last version of each file this worker scanned (files are assigned to workers by path), so
 * that the next version is compared with it without reading it again; least recently used first out.
 */
class LastVersions {
  private readonly byPath = new Map<string, { oid: string; bytes: Buffer }>();
  private size = 0;

  constructor(private readonly maxBytes: number) {}

  get(path: string, oid: string): Buffer | undefined {
    const entry = this.byPath.get(path);
    return entry?.oid === oid ? entry.bytes : undefined;
  }

  set(path: string, oid: string, bytes: Buffer): void {
    this.delete(path);
    if (bytes.length > this.maxBytes / 4) return;
    // a copy: the blob is a slice of git's output, which it would otherwise keep alive
    this.byPath.set(path, { oid, bytes: Buffer.from(bytes) });
    this.size += bytes.length;
    for (const oldest of this.byPath.keys()) {
      if (this.size <= this.maxBytes) break;
      this.delete(oldest);
    }
  }

  private delete(path: string): void {
    const entry = this.byPath.get(path);
    if (!entry) return;
    this.size -= entry.bytes.length;
    this.byPath.delete(path);
  }
}
const lastVersions = new LastVersions(64 * 1024 * 1024);

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
  if (job.object && result.kind === "blob") {
    const bytes = messageBody(result.bytes);
    report.bytes += bytes.length;
    found(job, detector.detect({ path: job.path, bytes, git: job.commit }));
  } else if (result.kind === "missing") {
    report.errors.push({ path: `${job.path} (commit ${job.commit.commit.slice(0, 12)})`, reason: result.reason });
  } else if (result.kind === "large") {
    report.large++;
  } else {
    scannedText(job, result.bytes);
    return;
  }
  finished();
}

/** A blob read whole: scanned as text (UTF-16 decoded, see sources/encoding.ts) unless it is binary. */
function scannedText(job: BlobJob, raw: Buffer): void {
  const text = asText(raw);
  if (text.kind === "binary") {
    report.binary++;
    // a key store is binary: rules about a file's name still report it
    found(job, detector.detectByPath({ path: job.path, git: job.commit }));
  } else if (text.kind === "undecodable") {
    report.errors.push({ path: `${job.path} (commit ${job.commit.commit.slice(0, 12)})`, reason: text.reason });
  } else {
    const bytes = text.bytes;
    report.bytes += raw.length;
    const whole: Fragment = { path: job.path, bytes, git: job.commit };
    const before = job.parentOid ? lastVersions.get(job.path, job.parentOid) : undefined;
    lastVersions.set(job.path, job.oid, bytes);
    if (before) {
      found(job, introducedBy(detector, whole, before));
    } else if (job.parentOid && detector.mayFind(whole)) {
      // the replaced version was not seen here (renamed, pushed out of the cache, or before a --range): read it
      void reader.read(job.parentOid).then((parent) => {
        found(job, introducedBy(detector, whole, parent.kind === "blob" ? textOrBytes(parent.bytes) : undefined));
        finished();
      });
      return;
    } else {
      found(job, detector.detect(whole));
    }
  }
  finished();
}

/** A replaced version as it was scanned: decoded when it is UTF-16, so that it compares with the new one. */
function textOrBytes(raw: Buffer): Buffer {
  const text = asText(raw);
  return text.kind === "text" ? text.bytes : raw;
}

function found(job: BlobJob, findings: Finding[]): void {
  if (findings.length > 0) report.outcomes.push({ seq: job.seq, findings });
}

function finished(): void {
  report.completed++;
  pending--;
  if (pending === 0 || report.completed >= REPORT_EVERY || report.outcomes.length > 0) flush(ending && pending === 0);
}

parentPort!.on("message", (message: { jobs?: BlobJob[]; end?: boolean }) => {
  if (message.jobs) {
    for (const job of message.jobs) {
      pending++;
      // answers come back in the order asked, so findings keep the history's order within a worker
      void reader.read(job.oid, job.object ?? "blob").then((result) => scanned(job, result));
    }
  } else if (message.end) {
    ending = true;
    reader.close();
    if (pending === 0) flush(true);
  }
});

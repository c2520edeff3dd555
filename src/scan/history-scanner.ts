// What the history scan reads whole, through one `git cat-file --batch`: the messages of commits
// and tags the patch listing did not print, the file versions git did not diff (binary to git:
// UTF-16 text is decoded and diffed here; over the size limit), those of a listing resumed past an
// object git cannot read, and, for a file with findings, the version it replaced (a secret that
// version held is not new). Fed jobs in the history's order, it posts its outcomes in batches.
import type { Finding, Fragment, GitProvenance, ScanProblem } from "../model.js";
import { BlobReader, type BlobResult } from "../sources/cat-file.js";
import { messageBody } from "../sources/messages.js";
import { asText } from "../sources/encoding.js";
import type { Detector } from "../engine/detector.js";
import { introducedFindings } from "../filters/inherited.js";
import { introducedBy, introducedByMerge } from "./introduced.js";

/** A blob to scan: the first place the history shows it. */
export interface BlobJob {
  /** order in the history, oldest first: the earliest finding of a secret wins */
  seq: number;
  oid: string;
  path: string;
  commit: GitProvenance;
  /** the version this one replaces, if any: only the lines that differ from it are scanned */
  parentOid?: string;
  /**
   * set for a merge's version (which differs from every parent's): the versions at its path in the
   * other parents; what it introduced is decided by introducedByMerge
   */
  otherParentOids?: string[];
  /** set when the job is the message of this commit or annotated tag (`oid`), not a file */
  object?: "commit" | "tag";
  /**
   * findings in the lines a change added (git's diff): `oid` is the version that change replaced,
   * read to keep only the findings whose secret it did not hold
   */
  check?: Finding[];
}

export interface BlobOutcome {
  seq: number;
  findings: Finding[];
}

/** What the scanner reports, in batches. */
export interface ScanReport {
  outcomes: BlobOutcome[];
  completed: number;
  bytes: number;
  binary: number;
  large: number;
  errors: ScanProblem[];
  done?: boolean;
}

/** What the scanner is told: objects to read and scan, or that no more will come. */
export interface ScanRequest {
  jobs?: BlobJob[];
  end?: boolean;
}

const REPORT_EVERY = 32;

/**
 * The last version of each file this scanner read whole, so
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
    // a copy when the blob is a slice of a chunk of git's output, which it would otherwise keep
    // alive; a blob that spanned chunks was joined into a buffer of its own already
    const own = bytes.byteOffset === 0 && bytes.buffer.byteLength === bytes.length;
    this.byPath.set(path, { oid, bytes: own ? bytes : Buffer.from(bytes) });
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
/** Fed ScanRequests, it posts ScanReports (the last one with `done`). */
export class HistoryBlobScanner {
  private readonly reader: BlobReader;
  private readonly lastVersions = new LastVersions(64 * 1024 * 1024);
  private report = emptyReport();
  private pending = 0;
  private ending = false;

  constructor(
    private readonly detector: Detector,
    repo: string,
    maxFileBytes: number,
    private readonly post: (report: ScanReport) => void,
    /** a failure while scanning (default: thrown) */
    private readonly fail: (err: unknown) => void = (err) => {
      throw err;
    },
  ) {
    this.reader = new BlobReader(repo, maxFileBytes);
  }

  handle(message: ScanRequest): void {
    if (message.jobs) {
      for (const job of message.jobs) {
        this.pending++;
        // answers come back in the order asked
        const read = this.reader.read(job.oid, job.object ?? "blob");
        if (job.otherParentOids) {
          // a merge's version with its parents' versions, asked for together so that they come
          // back together: a version is not held while other objects are read
          const parents = [job.parentOid, ...job.otherParentOids].map((oid) =>
            oid ? this.reader.read(oid) : Promise.resolve(undefined),
          );
          Promise.all([read, ...parents])
            .then(([result, ...versions]) => this.scanned(job, result!, versions))
            .catch(this.fail);
        } else {
          read.then((result) => this.scanned(job, result)).catch(this.fail);
        }
      }
    } else if (message.end) {
      this.ending = true;
      this.reader.close();
      if (this.pending === 0) this.flush(true);
    }
  }

  /** stops its git cat-file (a scan given up before the end) */
  close(): void {
    this.reader.close();
  }

  private flush(done = false): void {
    this.post(done ? { ...this.report, done } : this.report);
    this.report = emptyReport();
  }

  /** `parents`: a merge's job, the versions in its parents (see BlobJob.otherParentOids) */
  private scanned(job: BlobJob, result: BlobResult, parents?: (BlobResult | undefined)[]): void {
    if (job.check) {
      // a replaced version that cannot be read holds nothing: every finding stays (fail closed)
      this.found(job, introducedFindings(job.check, result.kind === "blob" ? textOrBytes(result.bytes) : undefined));
    } else if (job.object && result.kind === "blob") {
      const bytes = messageBody(result.bytes);
      this.report.bytes += bytes.length;
      this.found(job, this.detector.detect({ path: job.path, bytes, git: job.commit }));
    } else if (result.kind === "missing") {
      this.report.errors.push({
        path: `${job.path} (commit ${job.commit.commit.slice(0, 12)})`,
        reason: result.reason,
      });
    } else if (result.kind === "large") {
      this.report.large++;
    } else {
      this.scannedText(job, result.bytes, parents);
      return;
    }
    this.finished();
  }

  /** A blob read whole: scanned as text (UTF-16 decoded, see sources/encoding.ts) unless it is binary. */
  private scannedText(job: BlobJob, raw: Buffer, parents?: (BlobResult | undefined)[]): void {
    const text = asText(raw);
    const { detector } = this;
    if (text.kind === "binary") {
      this.report.binary++;
      // a key store is binary: rules about a file's name still report it
      this.found(job, detector.detectByPath({ path: job.path, git: job.commit }));
    } else if (text.kind === "undecodable") {
      this.report.errors.push({ path: `${job.path} (commit ${job.commit.commit.slice(0, 12)})`, reason: text.reason });
    } else {
      const bytes = text.bytes;
      this.report.bytes += raw.length;
      const whole: Fragment = { path: job.path, bytes, git: job.commit };
      if (parents) {
        // a merge's version: only the part that differs from each parent's is searched. A parent's
        // version that cannot be read holds nothing: the findings stay (fail closed). Not kept in
        // lastVersions: the next version at its path nearly always comes in the patch (one read whole
        // reads this one again)
        const versions = parents.map((r) => (r?.kind === "blob" ? textOrBytes(r.bytes) : undefined));
        this.found(job, introducedByMerge(detector, whole, versions));
        return void this.finished();
      }
      const before = job.parentOid ? this.lastVersions.get(job.path, job.parentOid) : undefined;
      this.lastVersions.set(job.path, job.oid, bytes);
      if (before) {
        this.found(job, introducedBy(detector, whole, before));
      } else if (job.parentOid && detector.mayFind(whole)) {
        // the replaced version was not seen here (renamed, pushed out of the cache, or before a --range): read it
        this.reader
          .read(job.parentOid)
          .then((parent) => {
            this.found(
              job,
              introducedBy(detector, whole, parent.kind === "blob" ? textOrBytes(parent.bytes) : undefined),
            );
            this.finished();
          })
          .catch(this.fail);
        return;
      } else {
        this.found(job, detector.detect(whole));
      }
    }
    this.finished();
  }

  private found(job: BlobJob, findings: Finding[]): void {
    if (findings.length > 0) this.report.outcomes.push({ seq: job.seq, findings });
  }

  private finished(): void {
    this.report.completed++;
    this.pending--;
    if (this.pending === 0 || this.report.completed >= REPORT_EVERY || this.report.outcomes.length > 0) {
      this.flush(this.ending && this.pending === 0);
    }
  }
}

function emptyReport(): ScanReport {
  return { outcomes: [], completed: 0, bytes: 0, binary: 0, large: 0, errors: [] };
}

/** A replaced version as it was scanned: decoded when it is UTF-16, so that it compares with the new one. */
function textOrBytes(raw: Buffer): Buffer {
  const text = asText(raw);
  return text.kind === "text" ? text.bytes : raw;
}

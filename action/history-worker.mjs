import {
  introducedBy
} from "./chunk-WQK4YBT4.mjs";
import {
  createDetector
} from "./chunk-7HPCVU6K.mjs";
import {
  messageBody
} from "./chunk-IVIJFV6C.mjs";
import {
  BlobReader
} from "./chunk-UK77HFPR.mjs";
import "./chunk-OTR36JOE.mjs";
import {
  asText
} from "./chunk-KYLIGX4I.mjs";
import "./chunk-DIVQNKH2.mjs";
import "./chunk-45DNU2OG.mjs";
import "./chunk-J2RLNSZZ.mjs";

// src/scan/history-worker.ts
import { parentPort, workerData } from "node:worker_threads";
var { rules, allowlists, maxFileBytes, repo } = workerData;
var detector = createDetector({ rules, allowlists });
var reader = new BlobReader(repo, maxFileBytes);
var REPORT_EVERY = 32;
var LastVersions = class {
  constructor(maxBytes) {
    this.maxBytes = maxBytes;
  }
  maxBytes;
  byPath = /* @__PURE__ */ new Map();
  size = 0;
  get(path, oid) {
    const entry = this.byPath.get(path);
    return entry?.oid === oid ? entry.bytes : void 0;
  }
  set(path, oid, bytes) {
    this.delete(path);
    if (bytes.length > this.maxBytes / 4) return;
    this.byPath.set(path, { oid, bytes: Buffer.from(bytes) });
    this.size += bytes.length;
    for (const oldest of this.byPath.keys()) {
      if (this.size <= this.maxBytes) break;
      this.delete(oldest);
    }
  }
  delete(path) {
    const entry = this.byPath.get(path);
    if (!entry) return;
    this.size -= entry.bytes.length;
    this.byPath.delete(path);
  }
};
var lastVersions = new LastVersions(64 * 1024 * 1024);
var report = emptyReport();
var pending = 0;
var ending = false;
function emptyReport() {
  return { outcomes: [], completed: 0, bytes: 0, binary: 0, large: 0, errors: [] };
}
function flush(done = false) {
  parentPort.postMessage(done ? { ...report, done } : report);
  report = emptyReport();
}
function scanned(job, result) {
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
function scannedText(job, raw) {
  const text = asText(raw);
  if (text.kind === "binary") {
    report.binary++;
  } else if (text.kind === "undecodable") {
    report.errors.push({ path: `${job.path} (commit ${job.commit.commit.slice(0, 12)})`, reason: text.reason });
  } else {
    const bytes = text.bytes;
    report.bytes += raw.length;
    const whole = { path: job.path, bytes, git: job.commit };
    const before = job.parentOid ? lastVersions.get(job.path, job.parentOid) : void 0;
    lastVersions.set(job.path, job.oid, bytes);
    if (before) {
      found(job, introducedBy(detector, whole, before));
    } else if (job.parentOid && detector.mayFind(whole)) {
      void reader.read(job.parentOid).then((parent) => {
        found(job, introducedBy(detector, whole, parent.kind === "blob" ? textOrBytes(parent.bytes) : void 0));
        finished();
      });
      return;
    } else {
      found(job, detector.detect(whole));
    }
  }
  finished();
}
function textOrBytes(raw) {
  const text = asText(raw);
  return text.kind === "text" ? text.bytes : raw;
}
function found(job, findings) {
  if (findings.length > 0) report.outcomes.push({ seq: job.seq, findings });
}
function finished() {
  report.completed++;
  pending--;
  if (pending === 0 || report.completed >= REPORT_EVERY || report.outcomes.length > 0) flush(ending && pending === 0);
}
parentPort.on("message", (message) => {
  if (message.jobs) {
    for (const job of message.jobs) {
      pending++;
      void reader.read(job.oid, job.object ?? "blob").then((result) => scanned(job, result));
    }
  } else if (message.end) {
    ending = true;
    reader.close();
    if (pending === 0) flush(true);
  }
});

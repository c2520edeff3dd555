import {
  gitEnv,
  scannedRepoArgs
} from "./chunk-45DNU2OG.mjs";

// src/sources/cat-file.ts
import { spawn } from "node:child_process";
var NL = 10;
var BlobReader = class {
  constructor(repo, maxBytes) {
    this.repo = repo;
    this.maxBytes = maxBytes;
  }
  repo;
  maxBytes;
  child;
  queue = [];
  stderr = "";
  // parse state for the response at the head of the queue
  headerBytes;
  remaining = -1;
  size = 0;
  type = "";
  parts = [];
  keeping = true;
  restarts = 0;
  closed = false;
  /** Asks for a blob (or a commit or tag object); its result arrives in order with the others. */
  read(oid, type = "blob") {
    return new Promise((done) => {
      this.queue.push({ oid, type, done });
      this.process().stdin.write(`${oid}
`);
    });
  }
  /** Ends the process once every request is answered. */
  close() {
    this.closed = true;
    this.child?.stdin.end();
  }
  process() {
    if (this.child) return this.child;
    const child = spawn("git", [...scannedRepoArgs(this.repo), "cat-file", "--batch"], {
      env: gitEnv(),
      stdio: ["pipe", "pipe", "pipe"]
    });
    this.child = child;
    this.stderr = "";
    child.stdout.on("data", (chunk) => this.onData(chunk));
    child.stderr.on("data", (chunk) => {
      if (this.stderr.length < 16 * 1024) this.stderr += chunk.toString("utf8");
    });
    child.stdin.on("error", () => void 0);
    child.on("close", (code) => this.onExit(child, code));
    child.on("error", (err) => this.onExit(child, null, err));
    return child;
  }
  onExit(child, code, err) {
    if (this.child !== child) return;
    this.child = void 0;
    this.resetParse();
    if (this.queue.length === 0) return;
    const why = err?.message ?? (this.stderr.split("\n").find((l) => /^(fatal|error):/.test(l))?.replace(/^(fatal|error): /, "") || `git cat-file exited with code ${code}`);
    this.queue.shift().done({ kind: "missing", reason: why });
    if (++this.restarts > 1e3 || err) {
      for (const request of this.queue.splice(0)) request.done({ kind: "missing", reason: why });
      return;
    }
    if (this.queue.length > 0) {
      const again = this.process();
      for (const request of this.queue) again.stdin.write(`${request.oid}
`);
      if (this.closed) again.stdin.end();
    }
  }
  resetParse() {
    this.headerBytes = void 0;
    this.remaining = -1;
    this.parts = [];
  }
  onData(chunk) {
    let at = 0;
    while (at < chunk.length) {
      if (this.remaining < 0) {
        const nl = chunk.indexOf(NL, at);
        const piece = chunk.subarray(at, nl === -1 ? chunk.length : nl);
        this.headerBytes = this.headerBytes ? Buffer.concat([this.headerBytes, piece]) : piece;
        if (nl === -1) return;
        at = nl + 1;
        this.startResponse(this.headerBytes.toString("latin1"));
        this.headerBytes = void 0;
        continue;
      }
      const take = Math.min(this.remaining, chunk.length - at);
      if (this.keeping && take > 0) this.parts.push(chunk.subarray(at, at + take));
      this.remaining -= take;
      at += take;
      if (this.remaining === 0) {
        this.finishResponse();
      }
    }
  }
  startResponse(header) {
    const [, type, size] = header.split(" ");
    if (size === void 0) {
      const what = type === "missing" ? "missing or corrupt" : type ?? "unreadable";
      this.queue.shift()?.done({ kind: "missing", reason: `object ${header.split(" ")[0]} is ${what}` });
      return;
    }
    this.type = type;
    this.size = Number(size);
    this.keeping = type === this.queue[0]?.type && this.size <= this.maxBytes;
    this.remaining = this.size + 1;
    this.parts = [];
  }
  finishResponse() {
    const request = this.queue.shift();
    this.remaining = -1;
    if (!request) return;
    if (this.type !== request.type) {
      request.done({ kind: "missing", reason: `object ${request.oid} is a ${this.type}, not a ${request.type === "blob" ? "file" : request.type}` });
    } else if (!this.keeping) {
      request.done({ kind: "large", size: this.size });
    } else {
      const whole = this.parts.length === 1 ? this.parts[0] : Buffer.concat(this.parts);
      request.done({ kind: "blob", bytes: whole.subarray(0, this.size) });
    }
    this.parts = [];
  }
};

export {
  BlobReader
};

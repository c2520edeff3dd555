// Reads blobs through one long-running `git cat-file --batch`: object ids in on stdin, contents out
// on stdout in the same order. Each blob comes back whole, except one over the size limit, which is
// skipped as it streams past without being kept.
import { spawn, type ChildProcessWithoutNullStreams } from "node:child_process";
import { gitEnv } from "./git.js";
import { scannedRepoArgs } from "./git-hardening.js";

export type BlobResult =
  | { kind: "blob"; bytes: Buffer }
  | { kind: "large"; size: number }
  | { kind: "missing"; reason: string };

interface Request {
  oid: string;
  /** the object type asked for: a file (blob), or a commit or tag whose message is scanned */
  type: string;
  done: (result: BlobResult) => void;
}

const NL = 10;

/** What asks `git cat-file --batch` for `oids`: one line each, in one write. */
const requestLines = (oids: string[]): string => `${oids.join("\n")}\n`;

/**
 * A `git cat-file --batch` process. If git dies mid-way (a corrupt object makes it exit), the blob
 * it was reading is reported as unreadable and a new process takes the requests that were waiting.
 */
export class BlobReader {
  private child: ChildProcessWithoutNullStreams | undefined;
  private readonly queue: Request[] = [];
  private stderr = "";
  // parse state for the response at the head of the queue
  private headerBytes: Buffer | undefined;
  private remaining = -1;
  private size = 0;
  private type = "";
  private parts: Buffer[] = [];
  private keeping = true;
  private restarts = 0;
  private closed = false;
  /** object ids asked for in this turn, written to git in one write at its end (a write per id costs a syscall each) */
  private outgoing: string[] = [];

  constructor(
    private readonly repo: string,
    private readonly maxBytes: number,
  ) {}

  /** Asks for a blob (or a commit or tag object); its result arrives in order with the others. */
  read(oid: string, type: "blob" | "commit" | "tag" = "blob"): Promise<BlobResult> {
    return new Promise((done) => {
      this.queue.push({ oid, type, done });
      if (this.outgoing.push(oid) === 1) queueMicrotask(() => this.flush());
    });
  }

  /** Starts git now (it is otherwise started by the first request). */
  start(): void {
    if (!this.closed) this.process();
  }

  /** Ends the process once every request is answered. */
  close(): void {
    this.flush();
    this.closed = true;
    this.child?.stdin.end();
  }

  private flush(): void {
    if (this.outgoing.length === 0) return;
    const oids = this.outgoing;
    this.outgoing = [];
    this.process().stdin.write(requestLines(oids));
  }

  private process(): ChildProcessWithoutNullStreams {
    if (this.child) return this.child;
    const child = spawn("git", [...scannedRepoArgs(this.repo), "cat-file", "--batch"], {
      env: gitEnv(),
      stdio: ["pipe", "pipe", "pipe"],
    });
    this.child = child;
    this.stderr = "";
    child.stdout.on("data", (chunk: Buffer) => this.onData(chunk));
    child.stderr.on("data", (chunk: Buffer) => {
      if (this.stderr.length < 16 * 1024) this.stderr += chunk.toString("utf8");
    });
    child.stdin.on("error", () => undefined); // reported through the exit below
    child.on("close", (code) => this.onExit(child, code));
    child.on("error", (err) => this.onExit(child, null, err));
    return child;
  }

  private onExit(child: ChildProcessWithoutNullStreams, code: number | null, err?: Error): void {
    if (this.child !== child) return;
    this.child = undefined;
    this.resetParse();
    if (this.queue.length === 0) return;
    const why =
      err?.message ??
      (this.stderr
        .split("\n")
        .find((l) => /^(fatal|error):/.test(l))
        ?.replace(/^(fatal|error): /, "") ||
        `git cat-file exited with code ${code}`);
    // the request git was answering when it died cannot be read; the others are asked again
    this.queue.shift()!.done({ kind: "missing", reason: why });
    if (++this.restarts > 1000 || err) {
      for (const request of this.queue.splice(0)) request.done({ kind: "missing", reason: why });
      return;
    }
    if (this.queue.length > 0) {
      // the ones not yet written go with the rest, once
      this.outgoing = [];
      const again = this.process();
      again.stdin.write(requestLines(this.queue.map((request) => request.oid)));
      if (this.closed) again.stdin.end();
    }
  }

  private resetParse(): void {
    this.headerBytes = undefined;
    this.remaining = -1;
    this.parts = [];
  }

  private onData(chunk: Buffer): void {
    let at = 0;
    while (at < chunk.length) {
      if (this.remaining < 0) {
        // reading a header line: "<oid> blob <size>" or "<oid> missing"
        const nl = chunk.indexOf(NL, at);
        const piece = chunk.subarray(at, nl === -1 ? chunk.length : nl);
        this.headerBytes = this.headerBytes ? Buffer.concat([this.headerBytes, piece]) : piece;
        if (nl === -1) return;
        at = nl + 1;
        this.startResponse(this.headerBytes.toString("latin1"));
        this.headerBytes = undefined;
        continue;
      }
      // content, then one newline
      const take = Math.min(this.remaining, chunk.length - at);
      if (this.keeping && take > 0) this.parts.push(chunk.subarray(at, at + take));
      this.remaining -= take;
      at += take;
      if (this.remaining === 0) {
        this.finishResponse();
      }
    }
  }

  private startResponse(header: string): void {
    const [, type, size] = header.split(" ");
    if (size === undefined) {
      // missing or ambiguous: no content follows
      const what = type === "missing" ? "missing or corrupt" : (type ?? "unreadable");
      this.queue.shift()?.done({ kind: "missing", reason: `object ${header.split(" ")[0]} is ${what}` });
      return;
    }
    this.type = type!;
    this.size = Number(size);
    this.keeping = type === this.queue[0]?.type && this.size <= this.maxBytes;
    this.remaining = this.size + 1; // the newline after the content
    this.parts = [];
  }

  private finishResponse(): void {
    const request = this.queue.shift();
    this.remaining = -1;
    if (!request) return;
    if (this.type !== request.type) {
      request.done({
        kind: "missing",
        reason: `object ${request.oid} is a ${this.type}, not a ${request.type === "blob" ? "file" : request.type}`,
      });
    } else if (!this.keeping) {
      request.done({ kind: "large", size: this.size });
    } else {
      // slices of git's chunks, scanned at once and then let go: no copy unless the blob spans chunks
      // (joined to exactly its size, the newline after it left out)
      const bytes =
        this.parts.length === 1 ? this.parts[0]!.subarray(0, this.size) : Buffer.concat(this.parts, this.size);
      request.done({ kind: "blob", bytes });
    }
    this.parts = [];
  }
}

// A fixed pool of worker threads that scan batches of files in parallel.
import type { Worker } from "node:worker_threads";
import { workerThreads } from "./threads.js";
import type { Rule, RuleAllowlist } from "../model.js";
import { WORKER_FILE } from "../paths.js";
import type { FileTask } from "../sources/files.js";
import type { BatchResult } from "./batch.js";

export class ScanPool {
  private readonly workers: Worker[];
  private readonly idle: Worker[];
  private readonly waiting = new Map<number, { resolve: (r: BatchResult) => void; reject: (e: Error) => void }>();
  private readonly waitingFor = new Map<Worker, number>();
  private nextId = 0;
  private freed: (() => void) | undefined;
  private failure: Error | undefined;

  constructor(size: number, rules: Rule[], allowlists: RuleAllowlist[], maxFileSize: number) {
    this.workers = Array.from(
      { length: size },
      () => new (workerThreads().Worker)(WORKER_FILE, { workerData: { rules, allowlists, maxFileSize } }),
    );
    this.idle = [...this.workers];
    for (const worker of this.workers) {
      worker.on("message", (message: { id: number; result: BatchResult }) => {
        const pending = this.waiting.get(message.id);
        this.waiting.delete(message.id);
        this.waitingFor.delete(worker);
        this.idle.push(worker);
        pending?.resolve(message.result);
        this.freed?.();
      });
      worker.on("error", (err) => {
        this.failure = err;
        const id = this.waitingFor.get(worker);
        if (id !== undefined) this.waiting.get(id)?.reject(err);
        this.freed?.();
      });
    }
  }

  /** Sends a batch to an idle worker, waiting for one to become free; `done` resolves with its result. */
  async run(tasks: FileTask[]): Promise<{ done: Promise<BatchResult> }> {
    while (this.idle.length === 0 && !this.failure) await new Promise<void>((r) => (this.freed = r));
    if (this.failure) throw this.failure;
    const worker = this.idle.pop()!;
    const id = this.nextId++;
    this.waitingFor.set(worker, id);
    const done = new Promise<BatchResult>((resolve, reject) => this.waiting.set(id, { resolve, reject }));
    worker.postMessage({ id, tasks });
    return { done };
  }

  async close(): Promise<void> {
    await Promise.all(this.workers.map((w) => w.terminate()));
  }
}

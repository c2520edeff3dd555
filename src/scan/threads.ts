// node:worker_threads, loaded on first use: it takes about 4 ms to load, and a small scan (a
// pre-commit change, one file, a short history) starts no thread.
import { createRequire } from "node:module";

const require = createRequire(import.meta.url);

export const workerThreads = (): typeof import("node:worker_threads") => require("node:worker_threads");

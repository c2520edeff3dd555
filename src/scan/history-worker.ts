// A history-scanning thread: one lane of a big history's scan (history-scanner.ts) with its own
// compiled rules and its own `git cat-file --batch`. Several run side by side (one per core); the
// main thread only hands out object ids and gathers findings, so file contents never cross threads.
import { parentPort, workerData } from "node:worker_threads";
import type { Rule, RuleAllowlist } from "../model.js";
import { createDetector } from "./detector.js";
import { HistoryBlobScanner, type LaneMessage } from "./history-scanner.js";

const { rules, allowlists, maxFileBytes, repo } = workerData as {
  rules: Rule[];
  allowlists: RuleAllowlist[];
  maxFileBytes: number;
  repo: string;
};
// a thread is started for a big history only: the keyword set is worth compiling at once
const detector = createDetector({ rules, allowlists }, { literalPrefilterBytes: 0 });
const scanner = new HistoryBlobScanner(detector, repo, maxFileBytes, (report) => parentPort!.postMessage(report));
parentPort!.on("message", (message: LaneMessage) => scanner.handle(message));

// A scanning worker thread: receives batches of files, reads and scans them, posts the findings back.
import { parentPort, workerData } from "node:worker_threads";
import { createDetector } from "./detector.js";
import type { FileTask } from "../sources/files.js";
import type { Rule, RuleAllowlist } from "../model.js";
import { scanFileTasks } from "./batch.js";

const { rules, allowlists, maxFileSize } = workerData as {
  rules: Rule[];
  allowlists: RuleAllowlist[];
  maxFileSize: number;
};
// workers are started for many files only: the keyword set is worth compiling at once
const detector = createDetector({ rules, allowlists }, { literalPrefilterBytes: 0 });

parentPort!.on("message", (message: { id: number; tasks: FileTask[] }) => {
  parentPort!.postMessage({ id: message.id, result: scanFileTasks(detector, message.tasks, maxFileSize) });
});

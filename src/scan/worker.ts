// A scanning worker thread: receives batches of files, reads and scans them, posts the findings back.
import { parentPort, workerData } from "node:worker_threads";
import { Detector } from "../engine/detector.js";
import { Allowlist } from "../filters/allowlist.js";
import type { FileTask } from "../sources/files.js";
import type { Rule, RuleAllowlist } from "../model.js";
import { scanFileTasks } from "./batch.js";

const { rules, allowlist, maxFileSize } = workerData as { rules: Rule[]; allowlist: RuleAllowlist; maxFileSize: number };
const detector = new Detector(rules, { allowlist: new Allowlist(allowlist, "config allowlist") });

parentPort!.on("message", (message: { id: number; tasks: FileTask[] }) => {
  parentPort!.postMessage({ id: message.id, result: scanFileTasks(detector, message.tasks, maxFileSize) });
});

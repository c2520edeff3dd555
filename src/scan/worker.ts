// A scanning worker thread: receives batches of files, reads and scans them, posts the findings back.
import { parentPort, workerData } from "node:worker_threads";
import { Detector } from "../engine/detector.js";
import { Allowlist } from "../filters/allowlist.js";
import { readFileFragment, type FileTask } from "../sources/files.js";
import type { Rule, RuleAllowlist } from "../model.js";
import { scanFileTasks, type BatchResult } from "./batch.js";

const { rules, allowlist } = workerData as { rules: Rule[]; allowlist: RuleAllowlist };
const detector = new Detector(rules, { allowlist: new Allowlist(allowlist, "config allowlist") });

parentPort!.on("message", async (message: { id: number; tasks: FileTask[] }) => {
  const result: BatchResult = await scanFileTasks(detector, message.tasks, readFileFragment);
  parentPort!.postMessage({ id: message.id, result });
});

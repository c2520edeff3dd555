// The history-scanning thread: parses the patch text git streams to the main thread and scans it,
// so that git (on one core) never waits for the scan (on the other).
import { parentPort, workerData } from "node:worker_threads";
import type { Rule, RuleAllowlist } from "../model.js";
import { PatchParser } from "../sources/patch.js";
import { createDetector } from "./detector.js";
import { HistoryDeduper } from "./dedupe.js";

const { rules, allowlists, maxFileBytes } = workerData as { rules: Rule[]; allowlists: RuleAllowlist[]; maxFileBytes: number };
const detector = createDetector({ rules, allowlists });
const deduper = new HistoryDeduper();
let findings: ReturnType<typeof detector.detect> = [];
let bytes = 0;
const parser = new PatchParser((fragment) => {
  bytes += fragment.bytes.length;
  for (const finding of detector.detect(fragment)) if (deduper.isNew(finding)) findings.push(finding);
}, maxFileBytes);

parentPort!.on("message", (message: { chunk?: Uint8Array; end?: boolean }) => {
  if (message.chunk) {
    const chunk = Buffer.from(message.chunk.buffer, message.chunk.byteOffset, message.chunk.byteLength);
    parser.push(chunk);
    parentPort!.postMessage({ ack: chunk.length, findings });
    findings = [];
  } else if (message.end) {
    parser.end();
    parentPort!.postMessage({ done: true, findings, stats: parser.stats, bytes });
  }
});

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

// acknowledged in batches: one message per 64 KB chunk back to the main thread costs more than it tells
const ACK_BYTES = 4 * 1024 * 1024;
let unacknowledged = 0;

parentPort!.on("message", (message: { chunk?: Uint8Array; end?: boolean }) => {
  if (message.chunk) {
    const chunk = Buffer.from(message.chunk.buffer, message.chunk.byteOffset, message.chunk.byteLength);
    parser.push(chunk);
    unacknowledged += chunk.length;
    if (unacknowledged >= ACK_BYTES || findings.length > 0) {
      parentPort!.postMessage({ ack: unacknowledged, findings });
      unacknowledged = 0;
      findings = [];
    }
  } else if (message.end) {
    parser.end();
    parentPort!.postMessage({ done: true, findings, stats: parser.stats, bytes });
  }
});

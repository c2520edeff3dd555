import {
  PatchParser
} from "./chunk-L3BZYH4H.mjs";
import {
  HistoryDeduper
} from "./chunk-DTLIGRP4.mjs";
import {
  createDetector
} from "./chunk-XZQSACK2.mjs";
import "./chunk-Y2CXBTMR.mjs";
import "./chunk-BZZN2V7E.mjs";

// src/scan/history-worker.ts
import { parentPort, workerData } from "node:worker_threads";
var { rules, allowlists, maxFileBytes } = workerData;
var detector = createDetector({ rules, allowlists });
var deduper = new HistoryDeduper();
var findings = [];
var bytes = 0;
var parser = new PatchParser((fragment) => {
  bytes += fragment.bytes.length;
  for (const finding of detector.detect(fragment)) if (deduper.isNew(finding)) findings.push(finding);
}, maxFileBytes);
var ACK_BYTES = 4 * 1024 * 1024;
var unacknowledged = 0;
parentPort.on("message", (message) => {
  if (message.chunk) {
    const chunk = Buffer.from(message.chunk.buffer, message.chunk.byteOffset, message.chunk.byteLength);
    parser.push(chunk);
    unacknowledged += chunk.length;
    if (unacknowledged >= ACK_BYTES || findings.length > 0) {
      parentPort.postMessage({ ack: unacknowledged, findings });
      unacknowledged = 0;
      findings = [];
    }
  } else if (message.end) {
    parser.end();
    parentPort.postMessage({ done: true, findings, stats: parser.stats, bytes });
  }
});

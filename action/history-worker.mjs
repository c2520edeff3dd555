import {
  PatchParser
} from "./chunk-MA3NZXHF.mjs";
import {
  HistoryDeduper
} from "./chunk-DTLIGRP4.mjs";
import {
  createDetector
} from "./chunk-JK4GNSZL.mjs";
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
parentPort.on("message", (message) => {
  if (message.chunk) {
    const chunk = Buffer.from(message.chunk.buffer, message.chunk.byteOffset, message.chunk.byteLength);
    parser.push(chunk);
    parentPort.postMessage({ ack: chunk.length, findings });
    findings = [];
  } else if (message.end) {
    parser.end();
    parentPort.postMessage({ done: true, findings, stats: parser.stats, bytes });
  }
});

// Benchmark: scan a large body of real third-party text (this project's node_modules by default)
// with the full rule set; print throughput (MB/s, files/s, per core) and what was found, by rule.
// Usage: node bench/dir.mjs [PATH] [--workers N] [--show N]
import { availableParallelism } from "node:os";
import { performance } from "node:perf_hooks";
import { loadConfig } from "../dist/config/load.js";
import { scanPaths } from "../dist/scan/scan.js";
import { redactLine } from "../dist/report/redact.js";

const args = process.argv.slice(2);
const flag = (name, fallback) => {
  const i = args.indexOf(name);
  return i === -1 ? fallback : Number(args.splice(i, 2)[1]);
};
const workers = flag("--workers", availableParallelism());
const show = flag("--show", 40);
const target = args[0] ?? new URL("../node_modules", import.meta.url).pathname;

const config = loadConfig(undefined, process.cwd());
// warm the page cache so the first measured run does not time the disk
await scanPaths([target], config, { workers });

const runs = [];
let result;
for (let i = 0; i < 3; i++) {
  const started = performance.now();
  result = await scanPaths([target], config, { workers });
  runs.push((performance.now() - started) / 1000);
}
const seconds = Math.min(...runs);
const { stats, findings } = result;
const mb = stats.bytes / 1024 / 1024;
console.log(`target        ${target}`);
console.log(`rules         ${config.rules.length}`);
console.log(
  `files         ${stats.files} scanned, ${stats.skippedBinary} binary and ${stats.skippedLarge} large skipped`,
);
console.log(`bytes         ${mb.toFixed(1)} MB`);
console.log(`workers       ${workers}`);
console.log(
  `time          ${seconds.toFixed(2)} s (best of ${runs.length}: ${runs.map((s) => s.toFixed(2)).join(", ")})`,
);
console.log(
  `throughput    ${(mb / seconds).toFixed(1)} MB/s, ${(mb / seconds / workers).toFixed(1)} MB/s per worker, ${Math.round(stats.files / seconds)} files/s`,
);
console.log(`findings      ${findings.length}`);
const byRule = new Map();
for (const f of findings) byRule.set(f.ruleId, (byRule.get(f.ruleId) ?? 0) + 1);
for (const [rule, n] of [...byRule].sort((a, b) => b[1] - a[1])) console.log(`  ${String(n).padStart(5)}  ${rule}`);
for (const f of findings.slice(0, show)) {
  const where = `${f.path.replace(target + "/", "")}:${f.startLine}`;
  console.log(
    `  ${f.ruleId}  ${where}\n      ${redactLine(f.context, f.secret, f.startColumn - f.contextColumn + 1)
      .trim()
      .slice(0, 150)}`,
  );
}

// Benchmark: two or more builds of leakhound (checkouts, or one run with Node flags) on the same
// history, interleaved with the floor `git log -p -U0 --full-history --all > /dev/null`, so that a
// busy moment of the machine costs all of them alike. Prints, for each, the best and the median wall
// time and their ratio to the floor's, and the CPU time of the whole process tree (user + system, git
// included), which a loaded 2-core machine changes less than wall time. NODE_EXTRA_CA_CERTS is unset,
// as in startup.mjs and git.mjs (Node 20 parses that CA bundle at every start).
// Usage: node bench/compare.mjs REPO [--runs N] LABEL=BIN[,NODE_FLAG...] ...
//   e.g. node bench/compare.mjs /tmp/express before=../old/bin/leakhound.js now=bin/leakhound.js
import { spawnSync } from "node:child_process";
import { closeSync, existsSync, openSync } from "node:fs";

const args = process.argv.slice(2);
const runsAt = args.indexOf("--runs");
const runs = runsAt === -1 ? 7 : Number(args.splice(runsAt, 2)[1]);
const [repo, ...specs] = args;
if (!repo || !existsSync(repo) || specs.length === 0) {
  console.error("usage: node bench/compare.mjs REPO [--runs N] LABEL=BIN[,NODE_FLAG...] ...");
  process.exit(2);
}
const variants = specs.map((spec) => {
  const [label, rest = ""] = spec.split(/=(.*)/s);
  const [bin, ...flags] = rest.split(",");
  if (!label || !bin || !existsSync(bin)) {
    console.error(`not a LABEL=BIN: ${spec}`);
    process.exit(2);
  }
  return { label, argv: [process.execPath, ...flags, bin, "git", repo, "--format", "jsonl"] };
});

/** Wall seconds and CPU seconds (user + system of the process and the children it waited for). */
function measure(argv) {
  const devnull = openSync("/dev/null", "w");
  const started = process.hrtime.bigint();
  const r = spawnSync("/usr/bin/time", ["-f", "@@%U %S", ...argv], { stdio: ["ignore", devnull, "pipe"], env });
  const wall = Number(process.hrtime.bigint() - started) / 1e9;
  closeSync(devnull);
  const cpu = /@@([\d.]+) ([\d.]+)\s*$/.exec(String(r.stderr));
  if (!cpu || (r.status !== 0 && r.status !== 1)) {
    console.error(`${argv.join(" ")}: exit ${r.status}\n${r.stderr}`);
    process.exit(2);
  }
  return { wall, cpu: Number(cpu[1]) + Number(cpu[2]) };
}

const env = { ...process.env };
delete env.NODE_EXTRA_CA_CERTS;
const floorArgv = ["git", "-C", repo, "log", "-p", "-U0", "--full-history", "--all"];
const results = new Map([["git log -p floor", []], ...variants.map((v) => [v.label, []])]);
for (let round = 0; round <= runs; round++) {
  // round 0 warms the page cache and git's pack index: not counted
  const floor = measure(floorArgv);
  if (round > 0) results.get("git log -p floor").push(floor);
  for (const v of variants) {
    const m = measure(v.argv);
    if (round > 0) results.get(v.label).push(m);
  }
}

const median = (xs) => [...xs].sort((a, b) => a - b)[xs.length >> 1];
const best = (xs) => Math.min(...xs);
const floor = results.get("git log -p floor");
const floorBest = best(floor.map((m) => m.wall));
const floorMedian = median(floor.map((m) => m.wall));
console.log(`${repo}, ${runs} interleaved runs each`);
for (const [label, ms] of results) {
  const wall = ms.map((m) => m.wall);
  const cpu = ms.map((m) => m.cpu);
  console.log(
    `${label.padEnd(18)} wall best ${best(wall).toFixed(3)} s ${(best(wall) / floorBest).toFixed(2)}x, ` +
      `median ${median(wall).toFixed(3)} s ${(median(wall) / floorMedian).toFixed(2)}x | ` +
      `CPU best ${best(cpu).toFixed(2)} s, median ${median(cpu).toFixed(2)} s`,
  );
}

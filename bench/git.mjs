// Benchmark: full-history scan of a real repository against the floor of reading its history,
// `git log -p -U0 --full-history --all > /dev/null`, measured in the same run (best of N each).
// Prints leakhound's time, the floor, their ratio, MB/s of patch text and peak memory (RSS).
// Usage: node bench/git.mjs [REPO] [--runs N]   (default REPO: bench/.work/repo from make-repo.mjs)
// NODE_EXTRA_CA_CERTS is unset, as in startup.mjs: where it is set, Node 20 reads and parses that CA
// bundle before running anything (90 ms here), a cost of the machine's set-up, not of the scan.
import { spawnSync } from "node:child_process";
import { existsSync, openSync, closeSync } from "node:fs";
import { fileURLToPath } from "node:url";

const args = process.argv.slice(2);
const runsAt = args.indexOf("--runs");
const runs = runsAt === -1 ? 3 : Number(args.splice(runsAt, 2)[1]);
const repo = args[0] ?? fileURLToPath(new URL("./.work/repo", import.meta.url));
if (!existsSync(repo)) {
  console.error(`no repository at ${repo}: run node bench/make-repo.mjs first`);
  process.exit(2);
}
const bin = fileURLToPath(new URL("../bin/leakhound.js", import.meta.url));
const env = { ...process.env };
delete env.NODE_EXTRA_CA_CERTS;

/** Runs a command with stdout to /dev/null under /usr/bin/time; returns wall seconds and peak RSS in MB. */
function measure(argv) {
  const devnull = openSync("/dev/null", "w");
  const started = process.hrtime.bigint();
  const result = spawnSync("/usr/bin/time", ["-f", "%M", ...argv], {
    stdio: ["ignore", devnull, "pipe"],
    encoding: "utf8",
    env,
  });
  const seconds = Number(process.hrtime.bigint() - started) / 1e9;
  closeSync(devnull);
  const rssKb = Number(result.stderr.trim().split("\n").pop());
  return { seconds, rssMb: rssKb / 1024, stderr: result.stderr, status: result.status };
}

function best(argv) {
  measure(argv); // warm-up: page cache, git's pack index
  const all = Array.from({ length: runs }, () => measure(argv));
  return all.reduce((a, b) => (b.seconds < a.seconds ? b : a));
}

const patchBytes = spawnSync("git", ["-C", repo, "log", "-p", "-U0", "--full-history", "--all"], { maxBuffer: 1 << 30 })
  .stdout.length;
const commits = spawnSync("git", ["-C", repo, "rev-list", "--all", "--count"], { encoding: "utf8" }).stdout.trim();
const floor = best(["git", "-C", repo, "log", "-p", "-U0", "--full-history", "--all"]);
const scan = best([process.execPath, bin, "git", repo, "--format", "jsonl"]);
// the summary line: "scanned N commits (X MB); ..." — what leakhound itself read
const summary = /scanned (\d+) commits? \(([^)]+)\)[^\n]*/.exec(scan.stderr)?.[0] ?? "(no summary)";
const mb = patchBytes / 1024 / 1024;
console.log(`repository        ${repo} (${commits} commits, ${mb.toFixed(1)} MB of patch text)`);
console.log(`git log -p floor  ${floor.seconds.toFixed(2)} s, ${floor.rssMb.toFixed(0)} MB peak RSS`);
console.log(
  `leakhound git     ${scan.seconds.toFixed(2)} s, ${scan.rssMb.toFixed(0)} MB peak RSS, exit ${scan.status}: ${summary}`,
);
console.log(`ratio             ${(scan.seconds / floor.seconds).toFixed(2)}x the floor (target <= 1.2)`);
console.log(`throughput        ${(mb / scan.seconds).toFixed(1)} MB/s of the floor's patch text`);

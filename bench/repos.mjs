// Benchmark: `leakhound repos` over several real-text repositories (bare copies of the benchmark
// repository, each cut at a different depth so they differ), with 1 and with 2 jobs; then a second,
// incremental run with nothing new. Prints the times, the speed-up and the incremental ratio.
// Usage: node bench/repos.mjs [REPO] [--copies N]
import { execFileSync, spawnSync } from "node:child_process";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";

const args = process.argv.slice(2);
const at = args.indexOf("--copies");
const copies = at === -1 ? 4 : Number(args.splice(at, 2)[1]);
const source = args[0] ?? fileURLToPath(new URL("./.work/repo", import.meta.url));
const bin = fileURLToPath(new URL("../bin/leakhound.js", import.meta.url));
const work = mkdtempSync(join(tmpdir(), "leakhound-repos-bench-"));

const commits = execFileSync("git", ["-C", source, "rev-list", "HEAD"], { encoding: "utf8" }).trim().split("\n");
const list = [];
for (let i = 0; i < copies; i++) {
  const dir = join(work, `repo${i}.git`);
  execFileSync("git", ["clone", "-q", "--bare", "--no-local", source, dir]);
  // copy i keeps its history up to a different commit, so the repositories differ in size
  const tip = commits[Math.floor((i * commits.length) / (copies * 3))];
  execFileSync("git", ["-C", dir, "update-ref", "refs/heads/main", tip]);
  execFileSync("git", ["-C", dir, "symbolic-ref", "HEAD", "refs/heads/main"]);
  list.push(dir);
}
writeFileSync(join(work, "repos.txt"), list.join("\n") + "\n");

function run(jobs, state) {
  const started = process.hrtime.bigint();
  const r = spawnSync(
    process.execPath,
    [
      bin,
      "repos",
      join(work, "repos.txt"),
      "--jobs",
      String(jobs),
      "--state",
      state,
      "--cache-dir",
      join(work, "cache"),
      "-q",
      "-o",
      "/dev/null",
    ],
    { encoding: "utf8" },
  );
  if (r.status === 2) throw new Error(r.stderr);
  return Number(process.hrtime.bigint() - started) / 1e9;
}

const one = run(1, join(work, "one.sqlite"));
const two = run(2, join(work, "two.sqlite"));
const again = run(2, join(work, "two.sqlite"));
const mb = execFileSync("du", ["-sm", ...list], { encoding: "utf8" })
  .trim()
  .split("\n")
  .reduce((n, l) => n + Number(l.split("\t")[0]), 0);
console.log(`repositories      ${copies} (bare, ${mb} MB of objects)`);
console.log(`1 job             ${one.toFixed(2)} s`);
console.log(`2 jobs            ${two.toFixed(2)} s   speed-up ${(one / two).toFixed(2)}x (target 1.7x)`);
console.log(
  `incremental run   ${again.toFixed(2)} s   ${((again / two) * 100).toFixed(1)}% of the first (target < 5%)`,
);
rmSync(work, { recursive: true, force: true });

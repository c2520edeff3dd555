// Benchmark: wall time of the whole `leakhound staged` process on a typical commit (10 files,
// 500 changed lines) against `node -e 0` on the same machine; prints both and their ratio.
// NODE_EXTRA_CA_CERTS is unset for both: it adds a fixed cost to every Node start on some machines.
import { execFileSync, spawnSync } from "node:child_process";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";

const bin = fileURLToPath(new URL("../bin/leakhound.js", import.meta.url));
const runs = Number(process.argv[2] ?? 30);
const repo = mkdtempSync(join(tmpdir(), "leakhound-staged-bench-"));
const git = (...args) => execFileSync("git", args, { cwd: repo, stdio: "ignore" });
git("init", "-q");
git("config", "user.name", "Bench");
git("config", "user.email", "bench@example.com");
for (let f = 0; f < 10; f++) writeFileSync(join(repo, `module${f}.js`), "// start\n");
git("add", "-A");
git("commit", "-q", "-m", "base");
for (let f = 0; f < 10; f++) {
  const lines = Array.from(
    { length: 50 },
    (_, i) => `export const value${i} = computeSomething(${i}, "text ${f}-${i}"); // token handling ${i}`,
  );
  writeFileSync(join(repo, `module${f}.js`), "// start\n" + lines.join("\n") + "\n");
}
git("add", "-A");

const env = { ...process.env };
delete env.NODE_EXTRA_CA_CERTS;
function median(cmd, args) {
  const times = [];
  for (let i = 0; i < runs; i++) {
    const started = process.hrtime.bigint();
    const result = spawnSync(cmd, args, { cwd: repo, env, stdio: "ignore" });
    times.push(Number(process.hrtime.bigint() - started) / 1e6);
    if (result.status !== 0 && args[0] !== "-e") throw new Error(`${args.join(" ")} exited ${result.status}`);
  }
  times.sort((a, b) => a - b);
  return times[Math.floor(times.length / 2)];
}
median(process.execPath, [bin, "staged"]); // warm the page cache
const nodeMs = median(process.execPath, ["-e", "0"]);
const stagedMs = median(process.execPath, [bin, "staged"]);
const diffMs = median("git", ["diff", "--cached", "-U0"]);
console.log(`typical commit  10 files, 500 added lines (median of ${runs} runs)`);
console.log(`node -e 0       ${nodeMs.toFixed(1)} ms`);
console.log(`git diff        ${diffMs.toFixed(1)} ms`);
console.log(`leakhound staged ${stagedMs.toFixed(1)} ms`);
console.log(`ratio           ${(stagedMs / nodeMs).toFixed(2)}x node start (target <= 2)`);
rmSync(repo, { recursive: true, force: true });

// Benchmark: start-up. Wall time of whole `leakhound` processes on tiny inputs, against `node -e 0`
// on the same machine in the same run, interleaved (so a busy moment costs both alike): `dir` on one
// file, `git` on a one-commit repository, `staged` with one staged file, `--version`. Prints each
// median and its ratio to `node -e 0` (target: dir and git at most 3x).
// Usage: node bench/startup.mjs [RUNS]   (NODE_EXTRA_CA_CERTS is unset for every process)
import { execFileSync, spawnSync } from "node:child_process";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";

const bin = fileURLToPath(new URL("../bin/leakhound.js", import.meta.url));
const runs = Number(process.argv[2] ?? 40);
const work = mkdtempSync(join(tmpdir(), "leakhound-startup-bench-"));
const repo = join(work, "repo");
const git = (...args) => execFileSync("git", ["-C", repo, ...args], { stdio: "ignore" });
execFileSync("git", ["init", "-q", repo]);
git("config", "user.name", "Bench");
git("config", "user.email", "bench@example.com");
writeFileSync(join(repo, "app.js"), 'export const greeting = "hello";\n');
git("add", "-A");
git("commit", "-q", "-m", "one commit");
writeFileSync(join(repo, "app.js"), 'export const greeting = "hello, world";\n');
git("add", "-A");

const env = { ...process.env };
delete env.NODE_EXTRA_CA_CERTS;
const cases = {
  "node -e 0": ["-e", "0"],
  "leakhound --version": [bin, "--version"],
  "leakhound dir FILE": [bin, "dir", join(repo, "app.js")],
  "leakhound git (1 commit)": [bin, "git", repo],
  "leakhound staged": [bin, "staged", repo],
};
const times = Object.fromEntries(Object.keys(cases).map((name) => [name, []]));
for (const args of Object.values(cases)) spawnSync(process.execPath, args, { env, stdio: "ignore" }); // warm caches
for (let i = 0; i < runs; i++) {
  for (const [name, args] of Object.entries(cases)) {
    const started = process.hrtime.bigint();
    const result = spawnSync(process.execPath, args, { env, stdio: "ignore" });
    times[name].push(Number(process.hrtime.bigint() - started) / 1e6);
    if (result.status !== 0) throw new Error(`${name} exited ${result.status}`);
  }
}
rmSync(work, { recursive: true, force: true });
const median = (list) => [...list].sort((a, b) => a - b)[Math.floor(list.length / 2)];
const base = median(times["node -e 0"]);
console.log(`Node ${process.version}, ${runs} interleaved runs each, medians`);
for (const [name, list] of Object.entries(times)) {
  const ms = median(list);
  console.log(`${name.padEnd(26)} ${ms.toFixed(1).padStart(7)} ms  ${(ms / base).toFixed(2)}x`);
}

// Benchmark: the git CLI against isomorphic-git (the fallback when no git executable exists) on
// each path: a range of history, the full history (with --full), and the staged changes of a
// typical commit. Prints wall times and ratios. Usage: node bench/isogit.mjs [REPO] [--full]
import { execFileSync, spawnSync } from "node:child_process";
import { mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";

const args = process.argv.slice(2);
const full = args.includes("--full");
const repo = args.find((a) => !a.startsWith("--")) ?? fileURLToPath(new URL("./.work/repo", import.meta.url));
const bin = fileURLToPath(new URL("../bin/leakhound.js", import.meta.url));
const noGit = mkdtempSync(join(tmpdir(), "leakhound-nogit-"));
mkdirSync(join(noGit, "bin"));
symlinkSync(process.execPath, join(noGit, "bin", "node"));

function time(argv, withoutGit, cwd) {
  const env = { ...process.env, ...(withoutGit ? { PATH: join(noGit, "bin") } : {}) };
  const started = process.hrtime.bigint();
  const r = spawnSync(process.execPath, [bin, ...argv, "-q", "-f", "jsonl"], {
    env,
    cwd,
    encoding: "utf8",
    maxBuffer: 1 << 28,
  });
  const seconds = Number(process.hrtime.bigint() - started) / 1e9;
  return { seconds, findings: r.stdout.trim() ? r.stdout.trim().split("\n").length : 0 };
}

function row(label, argv, cwd) {
  const cli = time(argv, false, cwd);
  const iso = time(argv, true, cwd);
  console.log(
    `${label.padEnd(34)} git CLI ${cli.seconds.toFixed(2).padStart(6)} s   isomorphic-git ${iso.seconds.toFixed(2).padStart(7)} s   ${(iso.seconds / cli.seconds).toFixed(1)}x   findings ${cli.findings}/${iso.findings}`,
  );
}

const commits = execFileSync("git", ["-C", repo, "rev-list", "--all"], { encoding: "utf8" }).trim().split("\n");
const from = commits[Math.min(25, commits.length - 1)];
row(`range: last 25 of ${commits.length} commits`, ["git", repo, "--range", `${from}..HEAD`]);
if (full) row(`full history: ${commits.length} commits`, ["git", repo]);

// a typical commit: 10 files, 500 added lines
const small = mkdtempSync(join(tmpdir(), "leakhound-staged-"));
const git = (...a) => execFileSync("git", a, { cwd: small, stdio: "ignore" });
git("init", "-q");
git("config", "user.email", "bench@example.com");
git("config", "user.name", "bench");
for (let f = 0; f < 10; f++) writeFileSync(join(small, `m${f}.js`), "// start\n");
git("add", "-A");
git("commit", "-q", "-m", "base");
for (let f = 0; f < 10; f++)
  writeFileSync(
    join(small, `m${f}.js`),
    Array.from({ length: 50 }, (_, i) => `export const v${i} = compute(${i}); // token ${i}`).join("\n") + "\n",
  );
git("add", "-A");
row("staged: 10 files, 500 lines", ["staged", small]);
rmSync(small, { recursive: true, force: true });
rmSync(noGit, { recursive: true, force: true });

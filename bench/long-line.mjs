// Benchmark: one pathological file, a 9 MB single line of minified-JS-like text holding 600 AWS
// key ids, scanned by `dir`, `staged` and `git`; prints each one's findings and peak RSS against
// `node -e 0`'s peak. Target: every finding, each peak under 1 GiB (README, "Long lines").
// Usage: node bench/long-line.mjs [KEYS] [MB]
import { execFileSync, spawnSync } from "node:child_process";
import { randomBytes } from "node:crypto";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";

const bin = fileURLToPath(new URL("../bin/leakhound.js", import.meta.url));
const keys = Number(process.argv[2] ?? 600);
const size = Number(process.argv[3] ?? 9) * 1024 * 1024;
const BASE32 = "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567";

/** An AWS access key id from random bytes: AKIA and 16 base32 characters. */
function keyId() {
  return "AKIA" + [...randomBytes(16)].map((b) => BASE32[b & 31]).join("");
}

/** Minified-looking code, `size` bytes on one line, with `keys` key ids spread evenly through it. */
function longLine() {
  const filler = [];
  for (let i = 0; filler.join("").length < 4096; i++)
    filler.push(`var a${i}=function(b,c){return b*${i}+c.length||null};`);
  const chunk = filler.join("");
  const ids = Array.from({ length: keys }, keyId);
  const gap = Math.floor(size / keys);
  const parts = [];
  let length = 0;
  for (const id of ids) {
    const piece = `k.push("${id}");`;
    let pad = gap - piece.length;
    while (pad > 0) {
      const take = chunk.slice(0, Math.min(pad, chunk.length));
      parts.push(take);
      pad -= take.length;
    }
    parts.push(piece);
    length += gap;
  }
  return { text: parts.join("") + "\n", ids, length };
}

/** Runs a command under /usr/bin/time -v; its exit code, stdout and peak RSS in MiB. */
function measured(cmd, args, cwd) {
  const r = spawnSync("/usr/bin/time", ["-v", cmd, ...args], { cwd, encoding: "utf8", maxBuffer: 512 * 1024 * 1024 });
  const kb = Number(/Maximum resident set size \(kbytes\): (\d+)/.exec(r.stderr)?.[1]);
  return { code: r.status, stdout: r.stdout, stderr: r.stderr, peakMiB: kb / 1024 };
}

const dir = mkdtempSync(join(tmpdir(), "leakhound-long-line-"));
try {
  const { text, ids } = longLine();
  const git = (...args) => execFileSync("git", args, { cwd: dir, stdio: "ignore" });
  git("init", "-q");
  git("config", "user.name", "Bench");
  git("config", "user.email", "bench@example.com");
  writeFileSync(join(dir, "bundle.min.js"), text);
  git("add", "-A");

  const baseline = measured(process.execPath, ["-e", "0"], dir);
  console.log(
    `file          bundle.min.js: ${(text.length / 1024 / 1024).toFixed(1)} MB on one line, ${ids.length} AWS key ids`,
  );
  console.log(`node -e 0     peak RSS ${baseline.peakMiB.toFixed(0)} MiB`);
  const run = (name, args) => {
    const r = measured(process.execPath, [bin, ...args, "--format", "json"], dir);
    let found = -1;
    try {
      found = new Set(
        JSON.parse(r.stdout)
          .filter((f) => f.ruleId === "aws-access-key-id")
          .map((f) => `${f.startColumn}`),
      ).size;
    } catch {
      console.log(`  (${name}: output is not JSON; stderr: ${r.stderr.split("\n").slice(0, 3).join(" | ")})`);
    }
    const ok = found === ids.length && r.code === 1 && r.peakMiB < 1024;
    console.log(
      `${name.padEnd(13)} exit ${r.code}, ${found} of ${ids.length} findings, peak RSS ${r.peakMiB.toFixed(0)} MiB (${(r.peakMiB / baseline.peakMiB).toFixed(1)}x node -e 0)${ok ? "" : "  <-- MISSES THE TARGET"}`,
    );
    return ok;
  };
  const results = [run("dir", ["dir", "."]), run("staged", ["staged", "."])];
  git("commit", "-q", "-m", "add bundle");
  results.push(run("git", ["git", "."]));
  process.exitCode = results.every(Boolean) ? 0 : 1;
} finally {
  rmSync(dir, { recursive: true, force: true });
}

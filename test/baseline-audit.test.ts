// `leakhound baseline audit`: on a real terminal (a pty from util-linux `script`) each entry is shown
// redacted with its context and judged; elsewhere expired and stale entries fail the run.
import { spawnSync } from "node:child_process";
import { readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { TestRepo } from "./git-helpers.js";
import { BIN, fake, runCli } from "./helpers.js";

interface Entry {
  fingerprint: string;
  path: string;
  rule: string;
  reason?: string;
  expires?: string;
  verdict?: string;
}

const readBaseline = (dir: string): Entry[] =>
  JSON.parse(readFileSync(join(dir, ".leakhound-baseline.json"), "utf8")).entries.filter(Boolean);
const writeEntries = (repo: TestRepo, entries: Entry[]) =>
  repo.write({
    ".leakhound-baseline.json": `{"leakhound-baseline": 1, "entries": [\n${entries.map((e) => JSON.stringify(e) + ",\n").join("")}null]}\n`,
  });

/** A repository with two committed secrets and a baseline accepting both. */
function acceptedRepo() {
  const repo = new TestRepo();
  const secrets = [fake("{{crc32:ghp_}}"), fake("{{lit:gsk_}}{{rand:base62:52}}")];
  repo.commit("add keys", { "a.env": `GITHUB_TOKEN=${secrets[0]}\n`, "b.env": `GROQ_API_KEY=${secrets[1]}\n` });
  const made = runCli(["baseline", repo.dir]);
  expect(made.code, made.stderr).toBe(0);
  return { repo, secrets };
}

/** Runs the audit on a real terminal: `script` gives it a pty and types `input` into it. */
function onTerminal(dir: string, input: string, flags = ""): { code: number; out: string } {
  const run = spawnSync("script", ["-qec", `${process.execPath} ${BIN} baseline audit ${flags}`, "/dev/null"], {
    cwd: dir,
    input,
    encoding: "utf8",
    timeout: 60_000,
    env: { ...process.env, NO_COLOR: "1", XDG_CONFIG_HOME: join(tmpdir(), "leakhound-tests-no-user-config") },
  });
  return { code: run.status ?? -1, out: String(run.stdout) };
}

describe("leakhound baseline audit", () => {
  it("not on a terminal: expired and stale entries listed, exit 1; none, exit 0", () => {
    const { repo } = acceptedRepo();
    const clean = runCli(["baseline", "audit", repo.dir]);
    expect(clean.code, clean.stderr).toBe(0);
    expect(clean.stderr).toContain("2 entries: 0 expired, 0 stale, 2 in force; 2 without a verdict or reason");

    const [a, b] = readBaseline(repo.dir).sort((x, y) => (x.path < y.path ? -1 : 1));
    writeEntries(repo, [
      { ...a!, reason: "rotated upstream", expires: "2020-01-31" },
      b!,
      { fingerprint: "0".repeat(32), path: "gone.env", rule: "github-pat" },
    ]);
    const failing = runCli(["baseline", "audit", repo.dir]);
    expect(failing.code).toBe(1);
    expect(failing.stdout).toContain(
      `expired 2020-01-31  a.env  github-pat  ${a!.fingerprint.slice(0, 12)}  (rotated upstream)`,
    );
    expect(failing.stdout).toMatch(
      /^stale {2}gone\.env {2}github-pat {2}000000000000: no finding matches it any more/m,
    );
    expect(failing.stderr).toContain("3 entries: 1 expired, 1 stale, 1 in force");
    // --check on a terminal reports the same, and asks nothing
    const checked = onTerminal(repo.dir, "", "--check");
    expect(checked.code).toBe(1);
    expect(checked.out).toContain("expired 2020-01-31  a.env");
    expect(checked.out).not.toContain("verdict [r/f/a/s/q]");
  });

  it("a scan that cannot read everything cannot tell stale entries apart: exit 2", () => {
    const { repo } = acceptedRepo();
    const blob = repo.git("rev-parse", "HEAD:b.env");
    rmSync(join(repo.dir, ".git", "objects", blob.slice(0, 2), blob.slice(2)));
    const run = runCli(["baseline", "audit", repo.dir]);
    expect(run.code).toBe(2);
    expect(run.stderr).toContain("the scan could not read everything");
  });

  it("on a terminal: each entry shown redacted with its context; real drops it, accepted keeps it with a reason and a checked expiry", () => {
    const { repo, secrets } = acceptedRepo();
    const before = readBaseline(repo.dir);
    // entry 1: real; entry 2: accepted, a bad date first (re-asked), then a good one
    const run = onTerminal(repo.dir, "x\nr\na\n\nvendor sandbox, rotated monthly\n2020-13-01\n2099-01-31\n");
    expect(run.code, run.out).toBe(0);
    expect(run.out).toContain("[1/2]");
    expect(run.out).toContain("[2/2]");
    expect(run.out).toMatch(/GITHUB_TOKEN=ghp_…|GROQ_API_KEY=gsk_…/);
    expect(run.out).toContain("now: no verdict yet");
    expect(run.out).toContain("a reason is needed");
    expect(run.out).toMatch(/a day after \d{4}-\d{2}-\d{2}/);
    expect(run.out).toContain("1 real (dropped: rotate them), 0 false positive, 1 accepted, 0 skipped");
    for (const secret of secrets) expect(run.out).not.toContain(secret);

    const after = readBaseline(repo.dir);
    expect(after).toHaveLength(1);
    const dropped = before.find((e) => e.fingerprint !== after[0]!.fingerprint)!;
    expect(after[0]).toMatchObject({
      reason: "vendor sandbox, rotated monthly",
      expires: "2099-01-31",
      verdict: "accepted",
    });
    // the one judged real is reported again
    const scan = runCli(["git", repo.dir, "-f", "json"]);
    expect(scan.code).toBe(1);
    expect(JSON.parse(scan.stdout).map((f: { file: string }) => f.file)).toEqual([dropped.path]);
  });

  it("on a terminal: a false positive keeps its reason; q saves what was judged and keeps the rest as it was", () => {
    const { repo } = acceptedRepo();
    const run = onTerminal(repo.dir, "f\nthe test fixture key\nq\n");
    expect(run.code, run.out).toBe(0);
    expect(run.out).toContain("1 false positive, 0 accepted, 0 skipped, 1 not reached");
    const after = readBaseline(repo.dir);
    expect(after).toHaveLength(2);
    expect(after.filter((e) => e.verdict === "false-positive").map((e) => e.reason)).toEqual(["the test fixture key"]);
    expect(after.filter((e) => !e.verdict)).toHaveLength(1);
    const check = runCli(["baseline", "audit", repo.dir]);
    expect(check.code).toBe(0);
    expect(check.stderr).toContain("1 without a verdict or reason");
  });
});

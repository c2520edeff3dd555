// `leakhound repos` and `leakhound merge` on real local repositories, a list file and a fake
// GitHub API on 127.0.0.1: failures isolated, incremental re-runs, resume after a kill, shards.
import { execFileSync, spawn } from "node:child_process";
import { readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { TestRepo } from "./git-helpers.js";
import { BIN, fake, runCli, runCliAsync, tempDir } from "./helpers.js";
import { fakeServer, json } from "./fake-servers.js";

function leakyRepos(count: number): TestRepo[] {
  return Array.from({ length: count }, (_, i) => {
    const repo = new TestRepo();
    repo.commit(`start ${i}`, { "README.md": `repo ${i}\n` });
    repo.commit(`leak ${i}`, { [`conf${i}.env`]: `TOKEN=${fake("{{crc32:ghp_}}")}\n` });
    return repo;
  });
}

/** Adds `count` commits to `repo` through git fast-import, each editing one file: a history that takes a while. */
function lengthen(repo: TestRepo, count: number): void {
  const parts = [];
  for (let i = 0; i < count; i++) {
    const data = `line ${i}\n`;
    parts.push(
      `commit refs/heads/main\ncommitter A <a@example.com> ${1767225600 + i} +0000\ndata 4\nedit\n`,
      `${i === 0 ? `from refs/heads/main^0\n` : ""}M 100644 inline filler.txt\ndata ${data.length}\n${data}\n`,
    );
  }
  execFileSync("git", ["-C", repo.dir, "fast-import", "--quiet"], { input: parts.join("") });
  repo.git("reset", "-q", "--hard", "main");
}

function lines(text: string): { repository: string; ruleId: string; file: string; commit: string; new: boolean }[] {
  return text.trim()
    ? text
        .trim()
        .split("\n")
        .map((l) => JSON.parse(l))
    : [];
}

describe("leakhound repos", () => {
  it("scans a list of repositories, isolates one that cannot be read, and re-runs incrementally", () => {
    const repos = leakyRepos(3);
    const dir = tempDir();
    const list = join(dir, "repos.txt");
    writeFileSync(
      list,
      `# our repositories\n${repos[0]!.dir}\nfile://${repos[1]!.dir}\n${repos[2]!.dir}\nfile:///no/such/repo.git\n`,
    );
    const common = ["repos", list, "--cache-dir", join(dir, "cache"), "--jobs", "2"];
    const first = runCli(common);
    expect(first.code).toBe(2);
    expect(first.stderr).toMatch(/could not scan \/no\/such\/repo: clone failed/);
    expect(first.stderr).toMatch(/4 repositories: 3 scanned \(6 new commits.*1 failed; 3 findings reported, 3 new/);
    const found = lines(first.stdout);
    expect(found.map((f) => f.repository).sort()).toEqual([repos[0]!.dir, repos[1]!.dir, repos[2]!.dir].sort());
    expect(found.every((f) => f.ruleId === "github-pat" && f.new)).toBe(true);

    // every current finding is reported again, no longer new; --new-only leaves them out
    const unchanged = runCli(common);
    expect(unchanged.stderr).toMatch(
      /0 scanned \(0 new commits.*3 unchanged, 0 incomplete, 1 failed; 3 findings reported, 0 new/,
    );
    expect(lines(unchanged.stdout).map((f) => [f.repository, f.file, f.new])).toEqual(
      found.map((f) => [f.repository, f.file, false]),
    );
    const newOnly = runCli([...common, "--new-only"]);
    expect(newOnly.stderr).toMatch(/3 unchanged, 0 incomplete, 1 failed; 0 findings reported, 0 new/);
    expect(newOnly.stdout).toBe("");

    const added = repos[2]!.commit("another leak", {
      "more.env": `KEY=${fake("{{lit:sk_live_}}{{rand:base62:32}}")}\n`,
    });
    const incremental = runCli(common);
    expect(incremental.stderr).toMatch(/1 scanned \(1 new commit,.*2 unchanged.*4 findings reported, 1 new/);
    expect(
      lines(incremental.stdout)
        .filter((f) => f.new)
        .map((f) => [f.ruleId, f.commit]),
    ).toEqual([["stripe-live-secret-key", added]]);
    expect(lines(incremental.stdout)).toHaveLength(4);

    const report = runCli(["repos", "--report", "--cache-dir", join(dir, "cache")]);
    expect(report.stdout).toMatch(/4 repositories, 0 incomplete, 1 failed, 4 findings/);
  });

  it("lists an organisation through the GitHub API, skipping archived and forked repositories", async () => {
    const repos = leakyRepos(3);
    const api = await fakeServer((req, res) => {
      if (!req.url.startsWith("/orgs/acme/repos")) return json(res, 404, { message: "Not Found" });
      json(
        res,
        200,
        repos.map((r, i) => ({
          name: `r${i}`,
          full_name: `acme/r${i}`,
          clone_url: `file://${r.dir}`,
          archived: i === 1,
          fork: i === 2,
        })),
      );
    });
    const dir = tempDir();
    const result = await runCliAsync([
      "repos",
      "--github-org",
      "acme",
      "--github-api-url",
      api.url,
      "--skip-archived",
      "--skip-forks",
      "--cache-dir",
      join(dir, "cache"),
    ]);
    expect(result.code, result.stderr).toBe(1);
    expect(lines(result.stdout).map((f) => f.repository)).toEqual(["acme/r0"]);
    const all = await runCliAsync([
      "repos",
      "--github-org",
      "acme",
      "--github-api-url",
      api.url,
      "--cache-dir",
      join(dir, "cache2"),
      "--exclude",
      "acme/r2",
    ]);
    expect([...new Set(lines(all.stdout).map((f) => f.repository))].sort()).toEqual(["acme/r0", "acme/r1"]);
  });

  it("resumes an interrupted run without rescanning the repositories it finished", async () => {
    const repos = leakyRepos(8);
    // the second repository takes long enough to scan that the run is still on it when killed
    lengthen(repos[1]!, 20_000);
    const dir = tempDir();
    const list = join(dir, "repos.txt");
    writeFileSync(list, repos.map((r) => r.dir).join("\n") + "\n");
    const common = ["repos", list, "--cache-dir", join(dir, "cache"), "--jobs", "1"];
    const child = spawn(process.execPath, [BIN, ...common, "-q"], { stdio: "ignore" });
    const closed = new Promise((r) => child.on("close", r));
    let finished = 0;
    for (let i = 0; i < 200 && finished === 0; i++) {
      await new Promise((r) => setTimeout(r, 50));
      const report = await runCliAsync(["repos", "--report", "--cache-dir", join(dir, "cache")]);
      finished = (report.stdout.match(/^done/gm) ?? []).length;
    }
    expect(child.exitCode, "the run ended before it could be interrupted").toBeNull();
    child.kill("SIGKILL");
    await closed;
    expect(finished).toBeGreaterThan(0);
    const done =
      (await runCliAsync(["repos", "--report", "--cache-dir", join(dir, "cache")])).stdout.match(/^done/gm)?.length ??
      0;
    expect(done).toBeLessThan(8);
    const resumed = await runCliAsync(common);
    expect(resumed.stderr).toMatch(
      new RegExp(`8 repositories: ${8 - done} scanned .* ${done} unchanged, 0 incomplete, 0 failed`),
    );
    // the killed run wrote no output: what it found is reported, as new, by the run that resumes it
    expect(lines(resumed.stdout).map((f) => f.new)).toEqual(new Array(8).fill(true));
  });

  it("shards cover every repository exactly once and merge into the unsharded result", () => {
    const repos = leakyRepos(6);
    const dir = tempDir();
    const list = join(dir, "repos.txt");
    writeFileSync(list, repos.map((r) => r.dir).join("\n") + "\n");
    const run = (name: string, extra: string[], env: Record<string, string> = {}) => {
      const out = join(dir, `${name}.jsonl`);
      runCli(["repos", list, "--cache-dir", join(dir, `cache-${name}`), "-o", out, "-q", ...extra], { env });
      return out;
    };
    const whole = run("whole", []);
    const shards = [0, 1, 2].map((i) => run(`shard${i}`, ["--shard", `${i}/3`]));
    const covered = shards.flatMap((s) => lines(readFileSync(s, "utf8")).map((f) => f.repository));
    expect(covered.sort()).toEqual(repos.map((r) => r.dir).sort());
    const merged = runCli(["merge", ...shards]);
    expect(merged.stdout.trim().split("\n").sort()).toEqual(readFileSync(whole, "utf8").trim().split("\n").sort());
    // a Kubernetes Indexed Job names its shard through JOB_COMPLETION_INDEX
    const k8s = run("k8s1", ["--shards", "3"], { JOB_COMPLETION_INDEX: "1" });
    expect(readFileSync(k8s, "utf8")).toBe(readFileSync(shards[1]!, "utf8"));

    const sarifShards = [0, 1].map((i) => {
      const out = join(dir, `s${i}.sarif`);
      runCli([
        "repos",
        list,
        "--cache-dir",
        join(dir, `cache-s${i}`),
        "-f",
        "sarif",
        "-o",
        out,
        "-q",
        "--shard",
        `${i}/2`,
      ]);
      return out;
    });
    const sarif = JSON.parse(runCli(["merge", ...sarifShards]).stdout);
    expect(sarif.runs).toHaveLength(6);
    expect(
      sarif.runs.every((r: { automationDetails: { id: string } }) => r.automationDetails.id.startsWith("leakhound/")),
    ).toBe(true);
  });
});

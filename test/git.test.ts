// `leakhound git` on real repositories: attribution to the introducing commit, branches, ranges,
// shallow and corrupt repositories, and no writes to the repository.
import { execFileSync } from "node:child_process";
import { createHash } from "node:crypto";
import { readdirSync, readFileSync, rmSync, statSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { TestRepo, type GitFinding } from "./git-helpers.js";
import { fake, runCli, tempDir } from "./helpers.js";

function scanGit(repo: string, args: string[] = []): { code: number; findings: GitFinding[]; stderr: string } {
  const result = runCli(["git", repo, "-f", "json", "--no-redact", ...args]);
  return { code: result.code, findings: result.stdout.trim() ? JSON.parse(result.stdout) : [], stderr: result.stderr };
}

/** A digest of everything under .git (names, sizes, contents), to prove a scan wrote nothing. */
function gitDirDigest(dir: string): string {
  const hash = createHash("sha256");
  const walk = (d: string) => {
    for (const name of readdirSync(d).sort()) {
      const p = join(d, name);
      const st = statSync(p);
      hash.update(`${p}:${st.size}:${st.mtimeMs}\n`);
      if (st.isDirectory()) walk(p);
      else hash.update(readFileSync(p));
    }
  };
  walk(join(dir, ".git"));
  return hash.digest("hex");
}

describe("leakhound git", () => {
  it("finds a secret added then deleted, once per path, at the commit that brought it there", () => {
    const repo = new TestRepo();
    const token = fake("{{crc32:ghp_}}");
    repo.commit("initial", { "README.md": "# app\n" });
    const introducing = repo.commit("add config", { "config/app.env": `NAME=app\nGITHUB_TOKEN=${token}\n` });
    repo.commit("reindent", { "config/app.env": `NAME=app\nDEBUG=1\n  GITHUB_TOKEN=${token}\n` });
    repo.git("mv", "config/app.env", "config/prod.env");
    const moved = repo.commit("move config");
    repo.remove("config/prod.env");
    repo.commit("remove the token");

    const { code, findings, stderr } = scanGit(repo.dir);
    expect(code).toBe(1);
    // re-indenting is not a new finding; the move puts the secret at a path that did not hold it
    expect(findings.map((f) => [f.file, f.commit, f.startLine])).toEqual([
      ["config/app.env", introducing, 2],
      ["config/prod.env", moved, 3],
    ]);
    expect(findings[0]).toMatchObject({
      ruleId: "github-pat",
      file: "config/app.env",
      startLine: 2,
      startColumn: 14,
      secret: token,
      commit: introducing,
      author: "Ann Developer",
      email: "ann@example.com",
      message: "add config",
    });
    expect(findings[0]!.date).toMatch(/^2026-01-01T00:00:02/);
    expect(stderr).toMatch(/scanned 5 commits/);
  });

  it("finds secrets on every branch, and only one branch with --branch", () => {
    const repo = new TestRepo();
    repo.commit("initial", { "a.txt": "a\n" });
    repo.git("checkout", "-q", "-b", "feature");
    const onFeature = repo.commit("feature work", {
      "feature.py": `API = "${fake("{{lit:sk_live_}}{{rand:base62:32}}")}"\n`,
    });
    repo.git("checkout", "-q", "main");
    const onMain = repo.commit("main work", {
      "main.env": `SLACK=${fake("{{lit:xoxb-}}{{rand:digits:12}}-{{rand:digits:12}}-{{rand:base62:24}}")}\n`,
    });

    const all = scanGit(repo.dir).findings;
    expect(all.map((f) => [f.commit, f.ruleId]).sort()).toEqual(
      [
        [onFeature, "stripe-live-secret-key"],
        [onMain, "slack-bot-token"],
      ].sort(),
    );
    expect(scanGit(repo.dir, ["--branch", "main"]).findings.map((f) => f.commit)).toEqual([onMain]);
  });

  it("limits the scan with --range and --since-commit", () => {
    const repo = new TestRepo();
    const first = repo.commit("one", { "1.env": `T=${fake("{{crc32:ghp_}}")}\n` });
    const second = repo.commit("two", { "2.env": `T=${fake("{{crc32:ghp_}}")}\n` });
    const third = repo.commit("three", { "3.env": `T=${fake("{{crc32:ghp_}}")}\n` });
    expect(
      scanGit(repo.dir, ["--range", `${first}..${third}`])
        .findings.map((f) => f.commit)
        .sort(),
    ).toEqual([second, third].sort());
    expect(scanGit(repo.dir, ["--range", `${second}..HEAD`]).findings.map((f) => f.commit)).toEqual([third]);
    expect(scanGit(repo.dir, ["--since-commit", second]).findings.map((f) => f.commit)).toEqual([third]);
    const bad = runCli(["git", repo.dir, "--range", "nope..HEAD"]);
    expect(bad.code).toBe(2);
    expect(bad.stderr).toMatch(/no such commit or branch in .*: nope/);
  });

  it("reports the line in that file version, with non-UTF-8 paths and contents", () => {
    const repo = new TestRepo();
    repo.git("config", "core.quotePath", "true");
    const token = fake("{{crc32:ghp_}}");
    repo.commit("start", { "café/notes.txt": "line 1\nline 2\nline 3\n" });
    repo.commit("edit", {
      "café/notes.txt": "line 1\nline 2\ninserted\nline 3\n",
      "latin1.txt": Buffer.concat([Buffer.from("caf\xe9 ", "latin1"), Buffer.from(`\nkey=${token}\n`)]),
    });
    const findings = scanGit(repo.dir).findings;
    expect(findings.map((f) => [f.file, f.startLine])).toEqual([["latin1.txt", 2]]);
  });

  it("stays silent and exits 0 on a clean history, and on an empty repository", () => {
    const repo = new TestRepo();
    expect(scanGit(repo.dir).code).toBe(0);
    repo.commit("docs", { "README.md": 'Set GITHUB_TOKEN=${GITHUB_TOKEN} and password = "changeme"\n' });
    expect(scanGit(repo.dir)).toMatchObject({ code: 0, findings: [] });
  });

  it("a shallow clone is scanned with a note; a missing object is reported and exits 2", () => {
    const origin = new TestRepo();
    for (let i = 0; i < 3; i++) origin.commit(`c${i}`, { [`f${i}.env`]: `T=${fake("{{crc32:ghp_}}")}\n` });
    const shallowDir = tempDir();
    execFileSync("git", ["clone", "-q", "--depth", "1", `file://${origin.dir}`, shallowDir]);
    const shallow = scanGit(shallowDir);
    expect(shallow.stderr).toMatch(/shallow clone: scanning only the commits present/);
    expect(shallow.findings.length).toBe(3); // the one commit present adds all three files

    const corrupt = new TestRepo();
    corrupt.commit("one", { "a.txt": "hello\n" });
    const intact = fake("{{crc32:ghp_}}");
    corrupt.commit("two", { "b.txt": `T=${fake("{{crc32:ghp_}}")}\n`, "c.txt": `T=${intact}\n` });
    const blob = corrupt.git("rev-parse", "HEAD:b.txt");
    rmSync(join(corrupt.dir, ".git", "objects", blob.slice(0, 2), blob.slice(2)));
    const result = runCli(["git", corrupt.dir, "-f", "json", "--no-redact"]);
    expect(result.code).toBe(2);
    // the rest of the history is still scanned
    expect((JSON.parse(result.stdout) as GitFinding[]).map((f) => [f.file, f.secret])).toEqual([["c.txt", intact]]);
    expect(result.stderr).toMatch(
      new RegExp(`could not scan b\\.txt \\(commit [0-9a-f]{12}\\): object ${blob} is missing or corrupt`),
    );
    expect(result.stderr).not.toMatch(/\n\s+at /);
  });

  it("a folder that is not a repository is a one-line error", () => {
    const dir = tempDir();
    const result = runCli(["git", dir]);
    expect(result.code).toBe(2);
    expect(result.stderr.trim()).toMatch(/^leakhound: .* is not a git repository \(.*\)$/);
  });

  it("never writes to the repository it scans", () => {
    const repo = new TestRepo();
    repo.commit("one", { "a.env": `T=${fake("{{crc32:ghp_}}")}\n` });
    repo.write({ "b.env": `U=${fake("{{crc32:ghp_}}")}\n` });
    repo.git("add", "b.env");
    repo.write({ "c.txt": "unstaged\n" });
    // git status may refresh the index (stat data) once: that is git's write, not the scan's, so
    // the digest is taken after it
    const status = repo.git("status", "--porcelain");
    const before = gitDirDigest(repo.dir);
    runCli(["git", repo.dir]);
    runCli(["staged", repo.dir]);
    expect(gitDirDigest(repo.dir)).toBe(before);
    expect(repo.git("status", "--porcelain")).toBe(status);
  });
});

describe("leakhound git, what counts as introduced", () => {
  it("in a range, a file that already held a secret is not blamed for it when it changes", () => {
    const repo = new TestRepo();
    const old = fake("{{crc32:ghp_}}");
    const base = repo.commit("old secret", { "app.env": `OLD=${old}\n` });
    repo.commit("unrelated edit", { "app.env": `OLD=${old}\nDEBUG=1\n` });
    const fresh = fake("{{crc32:ghp_}}");
    const adds = repo.commit("new secret", { "app.env": `OLD=${old}\nDEBUG=1\nNEW=${fresh}\n` });
    const inRange = scanGit(repo.dir, ["--range", `${base}..HEAD`]);
    expect(inRange.findings.map((f) => [f.commit, f.secret, f.startLine])).toEqual([[adds, fresh, 3]]);
    expect(
      scanGit(repo.dir)
        .findings.map((f) => [f.commit, f.secret])
        .sort(),
    ).toEqual(
      [
        [base, old],
        [adds, fresh],
      ].sort(),
    );
  });

  it("a file moved and edited in one commit: its secret is reported at both paths", () => {
    const repo = new TestRepo();
    const token = fake("{{crc32:ghp_}}");
    const body = Array.from({ length: 20 }, (_, i) => `SETTING_${i}=value ${i}`).join("\n");
    const introducing = repo.commit("add", { "old/app.env": `${body}\nTOKEN=${token}\n` });
    repo.remove("old/app.env");
    const moving = repo.commit("move and edit", { "new/app.env": `${body}\nTOKEN=${token}\nMORE=1\n` });
    expect(scanGit(repo.dir).findings.map((f) => [f.commit, f.file])).toEqual([
      [introducing, "old/app.env"],
      [moving, "new/app.env"],
    ]);
  });

  it("a secret that only a merge brings (a conflict resolution) is found at the merge", () => {
    const repo = new TestRepo();
    repo.startConflictingMerge();
    const token = fake("{{crc32:ghp_}}");
    repo.write({ "conf.env": `A=4\nT=${token}\n` });
    const merge = repo.commit("merge other");
    expect(repo.git("rev-list", "--parents", "-n", "1", "HEAD").split(" ")).toHaveLength(3);
    expect(scanGit(repo.dir).findings.map((f) => [f.commit, f.secret, f.startLine])).toEqual([[merge, token, 2]]);
  });

  it("the same content committed on two branches is scanned once and reported at the older commit", () => {
    const repo = new TestRepo();
    repo.commit("base", { "README.md": "# app\n" });
    const token = fake("{{crc32:ghp_}}");
    const first = repo.commit("on main", { "deploy.env": `T=${token}\n` });
    repo.git("checkout", "-q", "-b", "copy", "HEAD~1");
    repo.commit("same file again", { "deploy.env": `T=${token}\n` });
    const result = scanGit(repo.dir);
    expect(result.findings.map((f) => [f.commit, f.file])).toEqual([[first, "deploy.env"]]);
    // two commits add the file, one blob holds it: scanned once (README + deploy.env = 2 file versions)
    expect(result.stderr).toMatch(/scanned 3 commits \(\d+ B\)/);
  });
});

describe("leakhound git and staged, files over the size limit", () => {
  it("skips them, counts them, and scans the rest", () => {
    const repo = new TestRepo();
    const filler = "# padding line for a large file\n".repeat(40_000); // 1.3 MB
    const small = fake("{{crc32:ghp_}}");
    repo.commit("files", { "big.env": `${filler}T=${fake("{{crc32:ghp_}}")}\n`, "small.env": `T=${small}\n` });
    const history = scanGit(repo.dir, ["--max-file-size", "1"]);
    expect(history.findings.map((f) => f.secret)).toEqual([small]);
    expect(history.stderr).toMatch(/1 over the size limit/);
    expect(history.code).toBe(1);

    repo.write({
      "big.env": `${filler}${filler}U=${fake("{{crc32:ghp_}}")}\n`,
      "small.env": `T=${small}\nU=${fake("{{crc32:ghp_}}")}\n`,
    });
    repo.git("add", "-A");
    const staged = runCli(["staged", repo.dir, "--max-file-size", "1", "-f", "json"]);
    expect((JSON.parse(staged.stdout) as GitFinding[]).map((f) => f.file)).toEqual(["small.env"]);
    expect(staged.stderr).toMatch(/1 over the size limit/);
  });
});

describe("leakhound git, unusual states", () => {
  it("finds a secret committed on a detached HEAD, and ignores a submodule's content in staged changes", () => {
    const repo = new TestRepo();
    repo.commit("one", { "a.txt": "a\n" });
    repo.git("checkout", "-q", "--detach");
    const detached = repo.commit("detached work", { "d.env": `T=${fake("{{crc32:ghp_}}")}\n` });
    expect(scanGit(repo.dir).findings.map((f) => f.commit)).toEqual([detached]);

    const sub = new TestRepo();
    sub.commit("sub", { "inner.env": `T=${fake("{{crc32:ghp_}}")}\n` });
    repo.git("-c", "protocol.file.allow=always", "submodule", "add", "-q", sub.dir, "vendor/sub");
    const staged = runCli(["staged", repo.dir, "-f", "json"]);
    expect(JSON.parse(staged.stdout)).toEqual([]);
    expect(staged.code).toBe(0);
  });
});

describe("leakhound git, redaction", () => {
  it("redacts a secret that the commit message quotes", () => {
    const repo = new TestRepo();
    const token = fake("{{crc32:ghp_}}");
    repo.commit(`add token ${token} for now`, { "a.env": `T=${token}\n` });
    const result = runCli(["git", repo.dir, "-f", "json"]);
    expect(JSON.parse(result.stdout)[0].message).toBe("add token ghp_… for now");
    expect(result.stdout).not.toContain(token.slice(4));
  });
});

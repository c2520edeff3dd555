// `leakhound staged` and the pre-commit hook: exactly what is staged, blocked commits, hook safety.
import { execFileSync, spawnSync } from "node:child_process";
import { existsSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { createRequire } from "node:module";
import { describe, expect, it } from "vitest";
import { TestRepo } from "./git-helpers.js";
import { fake, ROOT, runCli, tempDir } from "./helpers.js";

function staged(repo: TestRepo) {
  const result = runCli(["staged", repo.dir, "-f", "json", "--no-redact"]);
  return {
    ...result,
    findings: result.stdout.trim()
      ? (JSON.parse(result.stdout) as { file: string; startLine: number; secret: string }[])
      : [],
  };
}

function tryCommit(repo: TestRepo, message: string) {
  return spawnSync("git", ["commit", "-q", "-m", message], {
    cwd: repo.dir,
    encoding: "utf8",
    env: { ...process.env, NO_COLOR: "1" },
  });
}

describe("leakhound staged", () => {
  it("scans only staged added lines, with line numbers of the staged version", () => {
    const repo = new TestRepo();
    const old = fake("{{crc32:ghp_}}");
    repo.commit("one", { "app.env": `A=1\nOLD=${old}\n` });
    const token = fake("{{crc32:ghp_}}");
    repo.write({ "app.env": `A=1\nB=2\nOLD=${old}\nNEW=${token}\n` });
    repo.git("add", "app.env");
    // an unstaged edit on top: not part of the commit, not reported
    repo.write({
      "app.env": `A=1\nB=2\nOLD=${old}\nNEW=${token}\nUNSTAGED=${fake("{{crc32:ghp_}}")}\n`,
      "new.env": `X=${fake("{{crc32:ghp_}}")}\n`,
    });
    const { code, findings } = staged(repo);
    expect(code).toBe(1);
    expect(findings.map((f) => [f.file, f.startLine, f.secret])).toEqual([["app.env", 4, token]]);
  });

  it("works before the first commit, on renames, deletions and binary files", () => {
    const repo = new TestRepo();
    const token = fake("{{crc32:ghp_}}");
    repo.write({ "first.env": `T=${token}\n` });
    repo.git("add", "-A");
    expect(staged(repo).findings.map((f) => f.file)).toEqual(["first.env"]);
    repo.git("commit", "-q", "-m", "first", "--no-verify");

    repo.git("mv", "first.env", "renamed.env");
    repo.write({ "blob.bin": Buffer.concat([Buffer.from([0, 1, 2, 0]), Buffer.from(`T=${fake("{{crc32:ghp_}}")}`)]) });
    repo.git("add", "-A");
    const result = staged(repo);
    expect(result.findings).toEqual([]); // a rename adds nothing; binary content is skipped
    expect(result.code).toBe(0);
    expect(result.stderr).toMatch(/skipped 1 binary/);
    repo.git("commit", "-q", "-m", "rename");
    repo.git("rm", "-q", "renamed.env");
    expect(staged(repo)).toMatchObject({ code: 0, findings: [] });
  });

  it("scans the resolution during a merge in progress", () => {
    const repo = new TestRepo();
    repo.startConflictingMerge();
    const token = fake("{{crc32:ghp_}}");
    repo.write({ "conf.env": `A=4\nT=${token}\n` });
    repo.git("add", "conf.env");
    expect(staged(repo).findings.map((f) => [f.file, f.startLine])).toEqual([["conf.env", 2]]);
  });
});

describe("leakhound install-hook", () => {
  it("blocks a commit with a staged secret, lets a clean one through, and says how to allow", () => {
    const repo = new TestRepo();
    repo.commit("initial", { "README.md": "hi\n" });
    expect(runCli(["install-hook", repo.dir]).code).toBe(0);

    const token = fake("{{crc32:ghp_}}");
    repo.write({ "app.env": `TOKEN=${token}\n` });
    repo.git("add", "app.env");
    const blocked = tryCommit(repo, "leak");
    expect(blocked.status).not.toBe(0);
    expect(blocked.stdout + blocked.stderr).toMatch(/app\.env/);
    expect(blocked.stdout + blocked.stderr).toMatch(/leakhound:allow/);
    expect(blocked.stdout + blocked.stderr).not.toContain(token.slice(4));
    expect(repo.git("log", "--oneline")).not.toMatch(/leak/);

    // unstaged secret only: the commit goes through
    repo.git("reset", "-q");
    repo.write({ "notes.md": "clean\n" });
    repo.git("add", "notes.md");
    const clean = tryCommit(repo, "clean");
    expect(clean.status, clean.stderr).toBe(0);
  });

  it("honours core.hooksPath, refuses to replace a hook, chains to it, and uninstalls", () => {
    const repo = new TestRepo();
    repo.commit("initial", { "README.md": "hi\n" });
    repo.git("config", "core.hooksPath", ".githooks");
    repo.write({ ".githooks/pre-commit": "#!/bin/sh\necho previous-hook-ran >&2\n" });
    execFileSync("chmod", ["+x", join(repo.dir, ".githooks/pre-commit")]);

    const refused = runCli(["install-hook", repo.dir]);
    expect(refused.code).toBe(2);
    expect(refused.stderr).toMatch(/already exists .*--chain .*--force/);

    expect(runCli(["install-hook", repo.dir, "--chain"]).code).toBe(0);
    const hook = join(repo.dir, ".githooks", "pre-commit");
    expect(readFileSync(hook, "utf8")).toMatch(/installed by leakhound/);
    repo.write({ "ok.txt": "fine\n" });
    repo.git("add", "ok.txt");
    const commit = tryCommit(repo, "ok");
    expect(commit.status).toBe(0);
    expect(commit.stderr).toMatch(/previous-hook-ran/);

    expect(runCli(["install-hook", repo.dir, "--uninstall"]).code).toBe(0);
    expect(readFileSync(hook, "utf8")).toMatch(/previous-hook-ran/);
    expect(existsSync(join(repo.dir, ".githooks", "pre-commit.before-leakhound"))).toBe(false);

    writeFileSync(hook, "#!/bin/sh\nexit 0\n");
    expect(runCli(["install-hook", repo.dir, "--force"]).code).toBe(0);
    expect(readFileSync(hook, "utf8")).toMatch(/installed by leakhound/);
  });
});

describe("the entry script's early git diff", () => {
  // the default way writes git's output into unlinked temp files, the other into pipes; each way's
  // name is what LEAKHOUND_DEBUG=spawn says was taken, so the test proves which ran
  const ways: Record<string, Record<string, string>> = {
    "child_process, temp files": {},
    "child_process, pipes": { TMPDIR: "/nonexistent/leakhound-tmp" },
    "child_process, temp files (--pending-deprecation)": { NODE_OPTIONS: "--pending-deprecation" },
  };
  for (const [way, env] of Object.entries(ways)) {
    it(`finds the staged secret, reports git's failures and leaves no file behind: ${way}`, () => {
      const repo = new TestRepo();
      const token = fake("{{crc32:ghp_}}");
      repo.write({ "app.env": `A=1\nT=${token}\n` });
      repo.git("add", "-A");
      const tmp = tempDir("leakhound-tmp-");
      const run = (args: string[]) => runCli(args, { env: { ...process.env, TMPDIR: tmp, ...env } });
      const found = runCli(["staged", repo.dir, "-f", "json", "--no-redact"], {
        env: { ...process.env, TMPDIR: tmp, ...env, LEAKHOUND_DEBUG: "spawn" },
      });
      expect(found.code).toBe(1);
      expect(found.stderr.split("\n").filter((l) => l.includes("early diff via"))).toEqual([
        `leakhound: debug: early diff via ${way.replace(/ \(.*\)$/, "")}`,
      ]);
      expect(found.stderr).not.toMatch(/Warning|DeprecationWarning/);
      expect(
        (JSON.parse(found.stdout) as { secret: string; startLine: number }[]).map((f) => [f.startLine, f.secret]),
      ).toEqual([[2, token]]);
      const notRepo = run(["staged", tempDir("leakhound-plain-")]);
      expect(notRepo.code).toBe(2);
      expect(notRepo.stderr.trim()).toMatch(/^leakhound: .* is not a git repository/);
      expect(readdirSync(tmp)).toEqual([]);
    });
  }

  it("runs as usual when the temp folder cannot be written", () => {
    const repo = new TestRepo();
    repo.write({ "clean.txt": "nothing here\n" });
    repo.git("add", "-A");
    // a file where the temp folder should be: no one can create files in it, root included (a
    // chmod'ed folder would not stop root, and these tests may run as root)
    const tmp = join(tempDir("leakhound-tmp-"), "not-a-folder");
    writeFileSync(tmp, "");
    const result = runCli(["staged", repo.dir], { env: { ...process.env, TMPDIR: tmp, LEAKHOUND_DEBUG: "spawn" } });
    expect(result).toMatchObject({ code: 0 });
    expect(result.stdout).toMatch(/scanned 1 file/);
    // and it took the other way: pipes, not temp files
    expect(result.stderr).toContain("early diff via child_process, pipes");
  });

  it("is the very command the scanner would run, so that it is taken over", async () => {
    const { stagedDiffArgs } = await import("../src/sources/git.js");
    const { HARDENING_ENV } = await import("../src/sources/git-hardening.js");
    const bin = createRequire(import.meta.url)(join(ROOT, "bin", "git-hardening.js")) as {
      ENV: Record<string, string>;
      stagedDiffArgs(repo: string): string[];
    };
    const repo = new TestRepo();
    repo.write({ "sub/file.txt": "x\n" });
    for (const where of [repo.dir, join(repo.dir, "sub"), ".", tempDir()])
      expect(bin.stagedDiffArgs(where)).toEqual(stagedDiffArgs(where));
    expect(bin.ENV).toEqual(HARDENING_ENV);
  });
});

// Every write is checked: a report, baseline, audit log, ticket state or Action file that could not
// be written whole is exit 2 with one line naming it, and never leaves a partial file that looks done.
import { spawn, spawnSync } from "node:child_process";
import { closeSync, lstatSync, openSync, readdirSync, readFileSync, statSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { TestRepo } from "./git-helpers.js";
import { BIN, fake, ROOT, runCli, runCliAsync, tempDir, writeTree, type CliResult } from "./helpers.js";
import { fakeServer, json } from "./fake-servers.js";

function expectOneLineFailure(result: CliResult, pattern: RegExp) {
  expect(result.code, result.stderr).toBe(2);
  expect(result.stderr.trim().split("\n")).toEqual([expect.stringMatching(pattern)]);
  expect(result.stderr).not.toMatch(/\n\s+at /);
}

/** A folder with one finding in it. */
function leakyDir(): { dir: string; token: string } {
  const dir = tempDir();
  const token = fake("{{crc32:ghp_}}");
  writeTree(dir, { "a.env": `T=${token}\n` });
  return { dir, token };
}

/** The CLI with stdout going to an already open fd (e.g. /dev/full). */
function runWithStdout(fd: number, args: string[]): CliResult {
  const result = spawnSync(process.execPath, [BIN, ...args], {
    encoding: "utf8",
    stdio: ["ignore", fd, "pipe"],
    env: { ...process.env, NO_COLOR: "1" },
  });
  return { code: result.status ?? -1, stdout: "", stderr: result.stderr };
}

/** A regular file, used as a folder: writing below it fails with ENOTDIR even for root. */
function fileAsFolder(): string {
  const file = join(tempDir(), "not-a-folder");
  writeFileSync(file, "a file\n");
  return file;
}

describe("report writes", () => {
  it("-o /dev/full is exit 2 with one line naming it, in every format and on the pre-commit path", () => {
    const { dir } = leakyDir();
    const repo = new TestRepo();
    repo.write({ "a.env": readFileSync(join(dir, "a.env"), "utf8") });
    repo.git("add", "-A");
    for (const format of ["text", "json", "jsonl", "sarif"]) {
      for (const command of [
        ["dir", dir],
        ["staged", repo.dir, "-q"],
      ]) {
        const result = runCli([...command, "-f", format, "-o", "/dev/full"]);
        expectOneLineFailure(result, /^leakhound: cannot write \/dev\/full: no space left on device \(ENOSPC\)$/);
        expect(result.stdout).toBe("");
      }
    }
    // a clean scan writes its report ("[]") too, and so fails the same way
    const clean = tempDir();
    expectOneLineFailure(
      runCli(["dir", clean, "-f", "json", "-q", "-o", "/dev/full"]),
      /cannot write \/dev\/full: no space left/,
    );
  });

  it("a report below a regular file (ENOTDIR) is exit 2 naming the path", () => {
    const { dir } = leakyDir();
    const out = join(fileAsFolder(), "report.json");
    expectOneLineFailure(
      runCli(["dir", dir, "-f", "json", "-o", out]),
      new RegExp(`^leakhound: cannot write ${out}: a parent of the path is not a directory \\(ENOTDIR\\)$`),
    );
  });

  it("a report file is replaced whole, keeps its mode, and nothing else is left in its folder", () => {
    const { dir, token } = leakyDir();
    const folder = tempDir();
    const out = join(folder, "report.jsonl");
    writeFileSync(
      out,
      "old report that is longer than the new one will be, to show it is not overwritten in place\n".repeat(50),
      { mode: 0o640 },
    );
    const result = runCli(["dir", dir, "-f", "jsonl", "--no-redact", "-o", out]);
    expect(result.code, result.stderr).toBe(1);
    const records = readFileSync(out, "utf8")
      .trim()
      .split("\n")
      .map((l) => JSON.parse(l));
    expect(records.filter((r) => r.type !== "summary").map((r) => r.secret)).toEqual([token]);
    expect(records.at(-1)).toMatchObject({ type: "summary", complete: true });
    expect(statSync(out).mode & 0o777).toBe(0o640);
    expect(readdirSync(folder)).toEqual(["report.jsonl"]);
  });

  it("a report to a FIFO or /dev/stdout is written directly, and arrives whole", async () => {
    const { dir, token } = leakyDir();
    // /dev/stdout is a symlink: renaming a temp file over it would replace the link, not write the report
    const stdoutFile = join(tempDir(), "stdout.json");
    const fd = openSync(stdoutFile, "w");
    const viaStdout = runWithStdout(fd, ["dir", dir, "-f", "json", "--no-redact", "-q", "-o", "/dev/stdout"]);
    closeSync(fd);
    expect(viaStdout.code, viaStdout.stderr).toBe(1);
    expect(JSON.parse(readFileSync(stdoutFile, "utf8"))[0].secret).toBe(token);
    expect(lstatSync("/dev/stdout").isSymbolicLink()).toBe(true);
    const fifo = join(tempDir(), "report.fifo");
    spawnSync("mkfifo", [fifo]);
    const reader = new Promise<string>((resolve) => {
      const cat = spawn("cat", [fifo]);
      let text = "";
      cat.stdout.on("data", (c: Buffer) => (text += c));
      cat.on("close", () => resolve(text));
    });
    const result = await runCliAsync(["dir", dir, "-f", "jsonl", "--no-redact", "-o", fifo]);
    expect(result.code, result.stderr).toBe(1);
    const [finding, summary] = (await reader)
      .trim()
      .split("\n")
      .map((l) => JSON.parse(l));
    expect(finding.secret).toBe(token);
    expect(summary).toMatchObject({ type: "summary" });
    expect(statSync(fifo).isFIFO()).toBe(true);
  });

  it("a failing stdout (ENOSPC, EPIPE) is exit 2, also for streamed JSONL and the text report", async () => {
    const { dir } = leakyDir();
    const full = openSync("/dev/full", "w");
    try {
      for (const format of ["jsonl", "text", "json"]) {
        expectOneLineFailure(
          runWithStdout(full, ["dir", dir, "-f", format, "-q"]),
          /^leakhound: cannot write the report to stdout: no space left on device \(ENOSPC\)$/,
        );
      }
    } finally {
      closeSync(full);
    }
    // the reader goes away before anything is written
    const child = spawn(process.execPath, [BIN, "dir", dir, "-f", "jsonl", "-q"], {
      stdio: ["ignore", "pipe", "pipe"],
    });
    child.stdout.destroy();
    let stderr = "";
    child.stderr.on("data", (c: Buffer) => (stderr += c));
    const code = await new Promise<number | null>((resolve) => child.on("close", resolve));
    expect(code).toBe(2);
    expect(stderr.trim()).toMatch(
      /^leakhound: cannot write the report to stdout: the reader closed the pipe \(EPIPE\)$/,
    );
  });
});

describe("other writes", () => {
  it("a baseline written to /dev/full or below a regular file is exit 2 naming it", () => {
    const { dir } = leakyDir();
    expectOneLineFailure(
      runCli(["baseline", dir, "--dir", "-o", "/dev/full"]),
      /^leakhound: cannot write baseline \/dev\/full: no space left on device \(ENOSPC\)$/,
    );
    const out = join(fileAsFolder(), "baseline.json");
    expectOneLineFailure(
      runCli(["baseline", dir, "--dir", "-o", out]),
      /^leakhound: cannot write baseline .*not-a-folder\/baseline\.json: .*ENOTDIR/,
    );
  });

  it("an audit log that cannot be written is exit 2, not an 'unknown' verdict", async () => {
    const { dir } = leakyDir();
    const server = await fakeServer((_req, res) => json(res, 401, { message: "Bad credentials" }));
    const result = await runCliAsync([
      "dir",
      dir,
      "--verify",
      "--verify-base-url",
      `github=${server.url}`,
      "--audit-log",
      "/dev/full",
      "-f",
      "json",
    ]);
    expect(result.code, result.stderr).toBe(2);
    expect(result.stderr.trim().split("\n")).toEqual([
      expect.stringMatching(/^leakhound: cannot write audit log \/dev\/full: no space left on device \(ENOSPC\)$/),
    ]);
    expect(server.requests).toHaveLength(1);
  });

  it("ticket state that cannot be written is exit 2 naming it", async () => {
    const repo = new TestRepo();
    const token = fake("{{crc32:ghp_}}");
    const provider = await fakeServer((_req, res) => json(res, 200, { login: "octocat" }));
    const hook = await fakeServer((_req, res) => json(res, 200, { ok: true }));
    const state = join(fileAsFolder(), "sent.json");
    repo.commit("config", { "prod.env": `TOKEN=${token}\n` });
    const config = join(tempDir(), "leakhound.toml");
    writeFileSync(
      config,
      `[verify.baseUrls]\ngithub = "${provider.url}"\n[tickets]\nprovider = "webhook"\nurl = "${hook.url}/hooks/leak"\nstateFile = "${state}"\n`,
    );
    const result = await runCliAsync([
      "git",
      repo.dir,
      "-c",
      config,
      "--verify",
      "--ticket",
      "webhook",
      "-f",
      "json",
      "-q",
    ]);
    expect(result.code, result.stderr).toBe(2);
    expect(result.stderr).toMatch(/^leakhound: cannot write ticket state .*not-a-folder\/sent\.json: /m);
    expect(result.stderr).not.toMatch(/\n\s+at /);
  });

  it("the Action's SARIF file and step summary: a failed write is exit 2 naming the file", () => {
    const repo = new TestRepo();
    repo.commit("leak", { "a.env": `T=${fake("{{crc32:ghp_}}")}\n` });
    const runner = tempDir("leakhound-runner-");
    const run = (extra: Record<string, string>) => {
      const env: Record<string, string> = {
        ...(process.env as Record<string, string>),
        GITHUB_WORKSPACE: repo.dir,
        GITHUB_EVENT_NAME: "schedule",
        GITHUB_EVENT_PATH: join(runner, "event.json"),
        GITHUB_OUTPUT: join(runner, "output"),
        GITHUB_STEP_SUMMARY: join(runner, "summary"),
        RUNNER_TEMP: runner,
        NO_COLOR: "1",
        ...extra,
      };
      writeFileSync(join(runner, "event.json"), "{}");
      const r = spawnSync(process.execPath, [join(ROOT, "action", "index.mjs")], {
        cwd: repo.dir,
        env,
        encoding: "utf8",
      });
      return { code: r.status ?? -1, stdout: r.stdout, stderr: r.stderr };
    };
    expect(run({}).code).toBe(1);
    const sarif = run({ "INPUT_SARIF-FILE": "/dev/full" });
    expect(sarif.code).toBe(2);
    expect(sarif.stderr.trim().split("\n").at(-1)).toMatch(
      /^leakhound: cannot write SARIF \/dev\/full: no space left on device \(ENOSPC\)$/,
    );
    const summary = run({ GITHUB_STEP_SUMMARY: "/dev/full" });
    expect(summary.code).toBe(2);
    expect(summary.stderr.trim().split("\n").at(-1)).toMatch(
      /^leakhound: cannot write step summary \/dev\/full: no space left on device \(ENOSPC\)$/,
    );
  });
});

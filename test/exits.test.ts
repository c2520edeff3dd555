// The exit path: start-up failures, crashes and a pre-commit run that never finishes exit 2 with one
// line; flags are validated where they are parsed, in the full CLI and the pre-commit fast path alike.
import { spawnSync } from "node:child_process";
import { cpSync, mkdirSync, readdirSync, rmSync, symlinkSync, truncateSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { redact } from "../src/report/redact.js";
import { TestRepo } from "./git-helpers.js";
import { fake, ROOT, runCli, tempDir, writeTree, type CliResult } from "./helpers.js";

/** exit 2, exactly one line on stderr (the usage hint aside) matching `pattern`, no stack trace */
function expectOneLineFailure(result: CliResult, pattern: RegExp) {
  expect(result.code, result.stderr).toBe(2);
  const lines = result.stderr
    .trim()
    .split("\n")
    .filter((l) => !l.startsWith("Run `leakhound --help`"));
  expect(lines).toEqual([expect.stringMatching(pattern)]);
  expect(result.stderr).not.toMatch(/\n\s+at /);
}

/** A copy of the package in a temp folder, node_modules symlinked to the real packages except re2. */
function packageCopy(re2: "missing" | "garbage" | "real", withDist = true): string {
  const dir = tempDir("leakhound-pkg-");
  for (const part of ["bin", "rules", "package.json", ...(withDist ? ["dist"] : [])])
    cpSync(join(ROOT, part), join(dir, part), { recursive: true });
  const modules = join(dir, "node_modules");
  mkdirSync(modules);
  for (const name of readdirSync(join(ROOT, "node_modules"))) {
    if (name === "re2" && re2 !== "real") continue;
    symlinkSync(join(ROOT, "node_modules", name), join(modules, name));
  }
  if (re2 !== "real") {
    // re2 without its native binary, as an install whose scripts did not run leaves it
    const source = join(ROOT, "node_modules", "re2");
    for (const part of ["package.json", "re2.js", "lib"])
      cpSync(join(source, part), join(modules, "re2", part), { recursive: true });
    if (re2 === "garbage") {
      mkdirSync(join(modules, "re2", "build", "Release"), { recursive: true });
      writeFileSync(join(modules, "re2", "build", "Release", "re2.node"), "not a shared object\n");
    }
  }
  return dir;
}

function runPackage(dir: string, args: string[], env: NodeJS.ProcessEnv = {}): CliResult {
  const result = spawnSync(process.execPath, [join(dir, "bin", "leakhound.js"), ...args], {
    encoding: "utf8",
    env: { ...process.env, NO_COLOR: "1", ...env },
  });
  return { code: result.status ?? -1, stdout: result.stdout, stderr: result.stderr };
}

/** A repository with a token staged, for the pre-commit path. */
function stagedSecret(): { repo: TestRepo; token: string } {
  const repo = new TestRepo();
  const token = fake("{{crc32:ghp_}}");
  repo.write({ "app.env": `T=${token}\n` });
  repo.git("add", "-A");
  return { repo, token };
}

/** A --require preload written into a temp folder, for NODE_OPTIONS. */
function preload(source: string): string {
  const file = join(tempDir("leakhound-preload-"), "preload.cjs");
  writeFileSync(file, source);
  return file;
}

describe("start-up failures", () => {
  it("a missing re2 binary is exit 2 with one line saying how to fix it, on every path", () => {
    const dir = packageCopy("missing");
    const scanned = tempDir();
    writeTree(scanned, { "a.txt": "hello\n" });
    const { repo } = stagedSecret();
    for (const args of [
      ["dir", scanned],
      ["staged", repo.dir],
      ["staged", repo.dir, "--help"],
    ]) {
      const result = runPackage(dir, args);
      expectOneLineFailure(
        result,
        /^leakhound: the re2 regex engine could not be loaded .*npm install-scripts approve re2 && npm rebuild re2/,
      );
      expect(result.stdout).toBe("");
    }
  });

  it("an unloadable re2 binary is exit 2 with the same advice; --debug adds the stack", () => {
    const dir = packageCopy("garbage");
    const scanned = tempDir();
    expectOneLineFailure(
      runPackage(dir, ["dir", scanned]),
      /^leakhound: the re2 regex engine could not be loaded .*npm rebuild re2/,
    );
    const debug = runPackage(dir, ["dir", scanned, "--debug"]);
    expect(debug.code).toBe(2);
    expect(debug.stderr).toMatch(/\n\s+at /);
  });

  it("a missing dist/ is exit 2 with one line saying to build", () => {
    const dir = packageCopy("real", false);
    const { repo } = stagedSecret();
    for (const args of [
      ["dir", "."],
      ["staged", repo.dir],
    ]) {
      expectOneLineFailure(
        runPackage(dir, args),
        /^leakhound: leakhound is not built: .*dist is missing .*npm run build/,
      );
    }
  });

  it("the copied package itself works, so the failures above are the ones planted", () => {
    const { repo, token } = stagedSecret();
    const result = runPackage(packageCopy("real"), ["staged", repo.dir, "-f", "json", "--no-redact"]);
    expect(result.code, result.stderr).toBe(1);
    expect(result.stdout).toContain(token);
  });

  it("an unhandled rejection or an uncaught exception anywhere is exit 2 with one line", () => {
    const scanned = tempDir();
    const rejection = preload(`setImmediate(() => Promise.reject(new Error("planted rejection")));\n`);
    const exception = preload(`setImmediate(() => { throw new Error("planted exception"); });\n`);
    const cleanRepo = new TestRepo();
    cleanRepo.write({ "a.txt": "nothing here\n" });
    cleanRepo.git("add", "-A");
    for (const [file, message] of [
      [rejection, /planted rejection/],
      [exception, /planted exception/],
    ] as const) {
      for (const args of [
        ["dir", scanned, "-q"],
        ["staged", cleanRepo.dir, "-q"],
      ]) {
        const result = runCli(args, { env: { ...process.env, NODE_OPTIONS: `--require ${file}` } });
        expectOneLineFailure(result, message);
      }
    }
  });
});

describe("the pre-commit fast path fails closed", () => {
  it("exits 2, never 0, when the early git diff never ends (its child process never reports an exit)", () => {
    const { repo } = stagedSecret();
    // only the entry script's `git diff --cached` is swallowed: a child that never emits anything
    const hang = preload(
      `const cp = require("node:child_process");
const { EventEmitter } = require("node:events");
const spawn = cp.spawn;
cp.spawn = function (file, args, options) {
  if (file !== "git" || !args.includes("--cached")) return spawn.call(this, file, args, options);
  process.stderr.write("preload: swallowed a spawn\\n");
  return Object.assign(new EventEmitter(), { stdout: null, stderr: null, kill() {} });
};
`,
    );
    const result = runCli(["staged", repo.dir], {
      env: { ...process.env, NODE_OPTIONS: `--require ${hang}`, LEAKHOUND_DEBUG: "spawn" },
    });
    expect(result.stderr).toMatch(/preload: swallowed a spawn/);
    expect(result.stderr).toMatch(/early diff via child_process, temp files/);
    expect(result.code).toBe(2);
    expect(result.stderr).toMatch(/^leakhound: internal error: the scan stopped before it finished/m);
    // and through git's own hook: the commit is refused
    expect(runCli(["install-hook", repo.dir]).code).toBe(0);
    const commit = spawnSync("git", ["commit", "-q", "-m", "leak"], {
      cwd: repo.dir,
      encoding: "utf8",
      env: { ...process.env, NODE_OPTIONS: `--require ${hang}` },
    });
    expect(commit.status).not.toBe(0);
    expect(repo.git("rev-list", "--all")).toBe("");
  });

  it("exits 2 with one line when git cannot even be started", () => {
    const { repo } = stagedSecret();
    const throwing = preload(
      `const cp = require("node:child_process");
const spawn = cp.spawn;
cp.spawn = function (file, args, options) {
  if (file === "git" && args.includes("--cached")) throw Object.assign(new Error("spawn git EAGAIN (planted)"), { code: "EAGAIN" });
  return spawn.call(this, file, args, options);
};
`,
    );
    const result = runCli(["staged", repo.dir], { env: { ...process.env, NODE_OPTIONS: `--require ${throwing}` } });
    expect(result.code, result.stderr).toBe(2);
    expect(result.stderr.trim().split("\n")).toHaveLength(1);
    expect(result.stderr).toMatch(/EAGAIN \(planted\)/);
  });
});

describe("flags are validated where they are parsed", () => {
  it("--exit-code takes 1-125 only, in the full CLI and the fast path", () => {
    const { repo } = stagedSecret();
    const dir = tempDir();
    writeTree(dir, { "a.env": `T=${fake("{{crc32:ghp_}}")}\n` });
    for (const command of [
      ["dir", dir],
      ["staged", repo.dir],
      ["git", repo.dir],
    ]) {
      for (const bad of ["abc", "256", "0", "", "-1", "1.5", "126"]) {
        expectOneLineFailure(
          runCli([...command, "--exit-code", bad]),
          /--exit-code must be a whole number from 1 to 125/,
        );
      }
      expectOneLineFailure(runCli([...command, "--exit-code=abc"]), /--exit-code must be a whole number from 1 to 125/);
    }
    expect(runCli(["dir", dir, "--exit-code", "7", "-q"]).code).toBe(7);
    expect(runCli(["staged", repo.dir, "--exit-code", "125", "-q"]).code).toBe(125);
  });

  it("--redact takes gitleaks' forms: bare, =0..100 (100 hides all), --no-redact; anything else is an error", () => {
    const { repo, token } = stagedSecret();
    const dir = tempDir();
    writeTree(dir, { "a.env": `T=${token}\n` });
    const prefix = redact(token).slice(0, -1);
    for (const command of [
      ["dir", dir],
      ["staged", repo.dir],
    ]) {
      const secretOf = (flags: string[], format = "json") => {
        const result = runCli([...command, "-f", format, ...flags]);
        expect(result.code, result.stderr).toBe(1);
        return format === "json"
          ? (JSON.parse(result.stdout) as { secret: string; match: string }[])[0]!
          : { secret: result.stdout, match: result.stdout };
      };
      expect(secretOf([]).secret).toBe(redact(token));
      expect(secretOf(["--redact"]).secret).toBe(redact(token));
      expect(secretOf(["--redact=0"]).secret).toBe(token);
      expect(secretOf(["--no-redact"]).secret).toBe(token);
      // 90% hidden: at most 4 of the 40 characters, and never more than the default prefix
      expect(secretOf(["--redact=90"]).secret).toBe(`${token.slice(0, 4)}…`);
      expect(secretOf(["--redact=99"]).secret).toBe("…");
      for (const format of ["json", "text", "sarif", "jsonl"]) {
        const full = secretOf(["--redact=100"], format);
        expect(JSON.stringify(full)).not.toContain(prefix);
        expect(JSON.stringify(full)).toContain("REDACTED");
      }
      for (const bad of ["--redact=101", "--redact=abc", "--redact=", "--redact=-5", "--redact=true"]) {
        expectOneLineFailure(runCli([...command, bad]), /--redact=N takes a whole percentage from 0 to 100/);
      }
      expectOneLineFailure(runCli([...command, "--redact=50", "--no-redact"]), /contradict/);
    }
  });

  it("--verify-base-url, --explain, --audit-log and --ticket without --verify are usage errors", () => {
    const dir = tempDir();
    for (const flags of [
      ["--verify-base-url", "github=http://127.0.0.1:9"],
      ["--explain"],
      ["--audit-log", join(dir, "audit.jsonl")],
      ["--ticket", "github"],
    ]) {
      expectOneLineFailure(runCli(["dir", dir, ...flags]), /goes with --verify$/);
    }
    expect(readdirSync(dir)).toEqual([]);
  });

  it("-q prints nothing on a clean run and only findings or errors otherwise", () => {
    const { repo } = stagedSecret();
    const clean = tempDir();
    writeTree(clean, { "a.txt": "nothing here\n" });
    const cleanRepo = new TestRepo();
    cleanRepo.write({ "a.txt": "nothing here\n" });
    cleanRepo.git("add", "-A");
    for (const args of [
      ["dir", clean],
      ["staged", cleanRepo.dir],
      ["dir", clean, "-f", "json"],
      ["staged", cleanRepo.dir, "-f", "sarif", "-o", join(clean, "..", "q.sarif")],
    ]) {
      expect(runCli([...args, "-q"])).toEqual({ code: 0, stdout: args.includes("json") ? "[]\n" : "", stderr: "" });
    }
    const found = runCli(["staged", repo.dir, "-q"]);
    expect(found.code).toBe(1);
    expect(found.stdout).toMatch(/^app\.env\n {2}1:3 .*github-pat/);
    expect(found.stdout).not.toMatch(/scanned|leakhound:allow/);
    expect(found.stderr).toBe("");
    const unreadable = runCli(["dir", "/proc/self/mem", "-q", "-f", "json"]);
    expect(unreadable.code).toBe(2);
    expect(unreadable.stderr).toMatch(/^leakhound: could not scan \/proc\/self\/mem: /);
  });

  it("in text format with -o, read errors also go to stderr", () => {
    const out = join(tempDir(), "report.txt");
    const result = runCli(["dir", "/proc/self/mem", "-o", out]);
    expect(result.code).toBe(2);
    expect(result.stderr).toMatch(/^leakhound: could not scan \/proc\/self\/mem: /);
  });

  it("stdin honours --max-file-size: reading stops past the limit, counted as skipped", () => {
    const token = fake("{{crc32:ghp_}}");
    const text = `T=${token}\n${"x".repeat(4000)}\n`;
    const over = runCli(["stdin", "--max-file-size", "0.001"], { input: text });
    expect(over.code, over.stderr).toBe(0);
    expect(over.stdout).toMatch(/scanned 0 files .*skipped 1 over the size limit/);
    const under = runCli(["stdin", "--max-file-size", "0.01", "-f", "json"], { input: text });
    expect(under.code).toBe(1);
  });

  it("a file of 2 GiB or more is skipped as over the size limit; a limit above what Node can read is a usage error", () => {
    const dir = tempDir();
    writeTree(dir, { "a.env": `T=${fake("{{crc32:ghp_}}")}\n` });
    // sparse: takes no disk space
    writeFileSync(join(dir, "huge.bin"), "");
    truncateSync(join(dir, "huge.bin"), 2 ** 31 + 10);
    for (const limit of [[], ["--max-file-size", "2047"]]) {
      const result = runCli(["dir", dir, "-f", "json", ...limit]);
      expect(result.code, result.stderr).toBe(1);
      expect(result.stderr).toMatch(/scanned 1 file .*skipped 1 over the size limit; 1 finding/);
    }
    for (const command of [
      ["dir", dir],
      ["staged", stagedSecret().repo.dir],
    ]) {
      expectOneLineFailure(runCli([...command, "--max-file-size", "2048"]), /--max-file-size must be at most 2047 MB/);
      expectOneLineFailure(
        runCli([...command, "--max-file-size", "abc"]),
        /--max-file-size must be a positive number of MB/,
      );
    }
    rmSync(join(dir, "huge.bin"));
  });
});

describe("settings files the scanned folder chose", () => {
  it("a FIFO as the baseline or .gitleaksignore is exit 2 with one line, not a scan that never ends", () => {
    for (const name of [".leakhound-baseline.json", ".gitleaksignore"]) {
      const dir = tempDir();
      writeTree(dir, { "a.env": `T=${fake("{{crc32:ghp_}}")}\n` });
      spawnSync("mkfifo", [join(dir, name)]);
      // the timeout only keeps a regression from hanging the suite: the run must end on its own
      expectOneLineFailure(
        runCli(["dir", dir, "-q"], { timeout: 120_000 }),
        new RegExp(`^leakhound: cannot read (baseline )?${dir}/${name.replace(/\./g, "\\.")}: not a regular file$`),
      );
    }
  });
});

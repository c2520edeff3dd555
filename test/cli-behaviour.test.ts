// The CLI as a user meets it: quiet runs, settings found from a subfolder, the one "already
// committed" rule of staged and range scans, .gitignore in folder scans, wording, plurals, colour,
// help and shell completion.
import { spawnSync } from "node:child_process";
import { mkdirSync, symlinkSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { TestRepo } from "./git-helpers.js";
import { BIN, fake, runCli, tempDir, writeTree } from "./helpers.js";

const github = () => fake("{{crc32:ghp_}}");

describe("quiet", () => {
  it("-q prints nothing on a clean run: dir, staged (the pre-commit path) and git, in text and machine formats", () => {
    const repo = new TestRepo();
    repo.commit("init", { "README.md": "hello\n" });
    repo.write({ "notes.txt": "nothing secret\n" });
    repo.git("add", "notes.txt");
    for (const args of [
      ["dir", repo.dir, "-q"],
      ["staged", repo.dir, "-q"],
      ["git", repo.dir, "-q"],
      ["git", repo.dir, "--quiet", "-f", "sarif", "-o", join(tempDir(), "r.sarif")],
    ]) {
      const r = runCli(args);
      expect(r.code, args.join(" ")).toBe(0);
      expect(r.stdout + r.stderr, args.join(" ")).toBe("");
    }
    // a machine format on stdout is the report asked for (JSONL ends with its summary record); stderr stays empty
    const jsonl = runCli(["staged", repo.dir, "-q", "-f", "jsonl"]);
    expect(jsonl.stderr).toBe("");
    expect(JSON.parse(jsonl.stdout)).toMatchObject({ type: "summary", findings: 0 });
    // and without -q the summary is there
    expect(runCli(["staged", repo.dir]).stdout).toMatch(/^scanned 1 file/m);
  });
});

describe("settings from a subfolder scan", () => {
  it("`dir SUB` from the root and `dir .` inside SUB use the root's config and baseline", () => {
    const repo = new TestRepo();
    const accepted = github();
    const allowed = github();
    const fresh = github();
    repo.commit("init", {
      ".leakhound.toml": `[allowlist]\npaths = ["**/fixtures/**"]\n`,
      "services/api/old.env": `TOKEN=${accepted}\n`,
      "services/api/fixtures/test.env": `TOKEN=${allowed}\n`,
    });
    expect(runCli(["baseline", repo.dir, "--dir"], { cwd: repo.dir }).code).toBe(0);
    repo.write({ "services/api/new.env": `TOKEN=${fresh}\n` });
    const files = (r: { stdout: string }) => (JSON.parse(r.stdout) as { file: string }[]).map((f) => f.file);
    const fromRoot = runCli(["dir", "services/api", "-f", "json"], { cwd: repo.dir });
    expect(fromRoot.code, fromRoot.stderr).toBe(1);
    expect(files(fromRoot)).toEqual(["services/api/new.env"]);
    expect(fromRoot.stderr).toMatch(/1 finding \(1 more known in the baseline\)/);
    const inside = runCli(["dir", ".", "-f", "json"], { cwd: join(repo.dir, "services", "api") });
    expect(inside.code, inside.stderr).toBe(1);
    expect(files(inside)).toEqual(["new.env"]);
    const absolute = runCli(["dir", join(repo.dir, "services"), "-f", "json"]);
    expect(files(absolute)).toEqual([join(repo.dir, "services/api/new.env")]);
  });

  it("outside a git work tree nothing above the scanned folder is read", () => {
    const parent = tempDir();
    writeTree(parent, { ".leakhound.toml": `[allowlist]\npaths = ["**"]\n`, "sub/app.env": `TOKEN=${github()}\n` });
    expect(runCli(["dir", join(parent, "sub")]).code).toBe(1);
    expect(runCli(["dir", parent]).code).toBe(0);
  });
});

describe("already committed: one rule for staged and range scans", () => {
  it("a re-indented line holding a committed secret blocks neither the commit nor the range scan; a new secret blocks both", () => {
    const repo = new TestRepo();
    const old = github();
    repo.commit("init", { "config.yml": `service:\ntoken: ${old}\nport: 80\n` });
    // re-indent the line, and edit its neighbours
    repo.write({ "config.yml": `service:\n  token: ${old}\n  port: 8080\n` });
    repo.git("add", "config.yml");
    const staged = runCli(["staged", repo.dir]);
    expect(staged.code, staged.stdout + staged.stderr).toBe(0);
    // the same without a git executable (isomorphic-git reads the index and HEAD)
    const noGit = join(tempDir("leakhound-nogit-"), "bin");
    mkdirSync(noGit);
    symlinkSync(process.execPath, join(noGit, "node"));
    const isogit = runCli(["staged", repo.dir], { env: { PATH: noGit } });
    expect(isogit.code, isogit.stdout + isogit.stderr).toBe(0);
    expect(isogit.stderr).toMatch(/isomorphic-git/);
    repo.commit("re-indent");
    const range = runCli(["git", repo.dir, "--range", "HEAD~1..HEAD"]);
    expect(range.code, range.stdout).toBe(0);
    // the same secret moved to another file is new there, for both
    repo.write({ "other.yml": `token: ${old}\n` });
    repo.git("add", "other.yml");
    expect(runCli(["staged", repo.dir]).code).toBe(1);
    expect(runCli(["staged", repo.dir], { env: { PATH: noGit } }).code).toBe(1);
    repo.commit("copy");
    expect(runCli(["git", repo.dir, "--range", "HEAD~1..HEAD"]).code).toBe(1);
    // a new secret beside the old one is found by both
    repo.write({ "config.yml": `service:\n  token: ${old}\n  other: ${github()}\n  port: 8080\n` });
    repo.git("add", "config.yml");
    const both = runCli(["staged", repo.dir, "-f", "json"]);
    expect(both.code).toBe(1);
    expect(JSON.parse(both.stdout)).toHaveLength(1);
    expect(JSON.parse(both.stdout)[0]).toMatchObject({ file: "config.yml", startLine: 3 });
    repo.commit("add");
    expect(JSON.parse(runCli(["git", repo.dir, "--range", "HEAD~1..HEAD", "-f", "json"]).stdout)).toHaveLength(1);
  });
});

describe("dir and .gitignore", () => {
  it("skips untracked files .gitignore ignores, never committed ones; --no-gitignore scans everything", () => {
    const repo = new TestRepo();
    repo.commit("init", { ".gitignore": "build/\n*.local\n", "src/app.js": "x\n" });
    repo.write({
      "build/out.js": `const t = "${github()}";\n`,
      "dev.local": `T=${github()}\n`,
      "src/new.env": `T=${github()}\n`,
    });
    // a committed file stays scanned even though .gitignore matches it
    repo.write({ "forced.local": `T=${github()}\n` });
    repo.git("add", "-f", "forced.local");
    repo.commit("forced");
    const files = (args: string[]) =>
      (JSON.parse(runCli(["dir", ...args, "-f", "json"], { cwd: repo.dir }).stdout) as { file: string }[])
        .map((f) => f.file)
        .sort();
    expect(files(["."])).toEqual(["forced.local", "src/new.env"]);
    expect(files(["src"])).toEqual(["src/new.env"]);
    expect(files([".", "--no-gitignore"])).toEqual(["build/out.js", "dev.local", "forced.local", "src/new.env"]);
    // named explicitly, an ignored folder is scanned
    expect(files(["build"])).toEqual(["build/out.js"]);
  });
});

describe("wording and plurals", () => {
  it("a .gitleaksignore match is 'allowed by .gitleaksignore', a baseline match 'known in the baseline'", () => {
    const repo = new TestRepo();
    repo.commit("init", { "a.env": `A=${github()}\n`, "b.env": `B=${github()}\n`, "c.env": `C=${github()}\n` });
    expect(runCli(["baseline", repo.dir, "--dir", "-o", join(repo.dir, ".leakhound-baseline.json")]).code).toBe(0);
    // the baseline accepts all three; drop b and c from it and let .gitleaksignore allow b
    const baseline = JSON.parse(
      spawnSync("cat", [join(repo.dir, ".leakhound-baseline.json")], { encoding: "utf8" }).stdout,
    );
    const entries = Array.isArray(baseline) ? baseline : baseline.entries;
    const kept = entries.filter((e: { path: string } | null) => e?.path === "a.env");
    writeFileSync(
      join(repo.dir, ".leakhound-baseline.json"),
      JSON.stringify(Array.isArray(baseline) ? kept : { ...baseline, entries: kept }, null, 2),
    );
    writeFileSync(join(repo.dir, ".gitleaksignore"), "b.env:github-pat:1\n");
    const r = runCli(["dir", "."], { cwd: repo.dir });
    expect(r.code).toBe(1);
    expect(r.stdout).toMatch(/1 finding \(1 more known in the baseline, 1 more allowed by \.gitleaksignore\)/);
  });

  it("one rule, one example, one repository", () => {
    const dir = tempDir();
    writeFileSync(
      join(dir, "one.toml"),
      `[[rules]]\nid = "acme"\ndescription = "Acme token"\nregex = '''\\b(acme_[a-z0-9]{32})\\b'''\nkeywords = ["acme_"]\nexamples = ['T={{lit:acme_}}{{rand:lowernum:32}}']\n`,
    );
    const check = runCli(["rules", "check", join(dir, "one.toml")]);
    expect(check.stdout).toMatch(/^1 rule, 1 example, 0 failed$/m);
    const repo = new TestRepo();
    repo.commit("init", { "a.txt": "x\n" });
    writeFileSync(join(dir, "list.txt"), `${repo.dir}\n`);
    const bulk = runCli([
      "repos",
      join(dir, "list.txt"),
      "--cache-dir",
      join(dir, "cache"),
      "-o",
      join(dir, "out.jsonl"),
    ]);
    expect(bulk.code, bulk.stderr).toBe(0);
    expect(bulk.stderr).toMatch(/^leakhound: 1 repository: 1 scanned \(1 new commit, /m);
    expect(bulk.stderr).toMatch(/; 0 findings reported, /);
  });
});

describe("colour", () => {
  /** This process's environment without the variables that choose colour. */
  function colourless(): Record<string, string | undefined> {
    const base = { ...process.env } as Record<string, string | undefined>;
    for (const name of ["NO_COLOR", "FORCE_COLOR", "TERM"]) delete base[name];
    return base;
  }
  /** The CLI with exactly this environment for colour (the test helper's NO_COLOR left out). */
  function run(args: string[], env: Record<string, string>) {
    const r = spawnSync(process.execPath, [BIN, ...args], {
      encoding: "utf8",
      env: { ...colourless(), XDG_CONFIG_HOME: tempDir(), ...env },
    });
    return r.stdout;
  }
  const ansi = /\x1b\[/;

  it("follows --color/--no-color, then NO_COLOR, then FORCE_COLOR, then the terminal and TERM=dumb", () => {
    const dir = tempDir();
    writeTree(dir, { "a.env": `T=${github()}\n` });
    expect(run(["dir", dir], {})).not.toMatch(ansi); // a pipe
    expect(run(["dir", dir, "--color"], {})).toMatch(ansi);
    expect(run(["dir", dir], { FORCE_COLOR: "1" })).toMatch(ansi);
    expect(run(["dir", dir], { FORCE_COLOR: "0" })).not.toMatch(ansi);
    expect(run(["dir", dir], { FORCE_COLOR: "1", NO_COLOR: "1" })).not.toMatch(ansi);
    expect(run(["dir", dir, "--no-color"], { FORCE_COLOR: "1" })).not.toMatch(ansi);
    expect(run(["dir", dir, "--color"], { NO_COLOR: "1" })).toMatch(ansi);
    // a real terminal (script(1) gives the CLI a pty): coloured, unless TERM=dumb or NO_COLOR
    const tty = (env: Record<string, string>) =>
      spawnSync("script", ["-qec", `${process.execPath} ${BIN} dir ${dir}`, "/dev/null"], {
        encoding: "utf8",
        env: { ...colourless(), XDG_CONFIG_HOME: tempDir(), ...env },
      }).stdout;
    const hasScript = spawnSync("script", ["--version"]).status === 0;
    if (hasScript) {
      expect(tty({ TERM: "xterm" })).toMatch(ansi);
      expect(tty({ TERM: "dumb" })).not.toMatch(ansi);
      expect(tty({ TERM: "xterm", NO_COLOR: "1" })).not.toMatch(ansi);
    }
  });
});

describe("help and usage errors", () => {
  it("examples keep each command on one line, even at 80 columns", () => {
    for (const command of ["dir", "git", "repos", "verify"]) {
      const r = runCli([command, "--help"], { env: { COLUMNS: "80" } });
      expect(r.code).toBe(0);
      const examples = r.stdout.slice(r.stdout.indexOf("Examples:"));
      const lines = examples.split("\n").filter((l) => /^ {2}leakhound /.test(l));
      expect(lines.length, command).toBeGreaterThan(0);
      // every example command is whole: it ends where its line ends, and no line below continues it
      for (const line of lines) expect(line.length, line).toBeLessThanOrEqual(80);
    }
    const git = runCli(["git", "--help"]).stdout;
    expect(git).toContain("  leakhound git --range origin/main..HEAD -f sarif -o leakhound.sarif\n");
  });

  it("an unknown flag is named once", () => {
    const r = runCli(["dir", ".", "--report-formatt", "json", "--fooBar"]);
    expect(r.code).toBe(2);
    expect(r.stderr.split("\n")[0]).toBe("leakhound: Unknown arguments: report-formatt, fooBar");
    expect(runCli(["dir", ".", "--log-level", "x"]).stderr.split("\n")[0]).toBe(
      "leakhound: Unknown argument: log-level",
    );
  });
});

describe("shell completion", () => {
  it("bash, zsh and fish scripts that parse, and that list every flag --help shows", () => {
    const bash = runCli(["completion", "bash"]);
    expect(bash.code).toBe(0);
    expect(spawnSync("bash", ["-n"], { input: bash.stdout }).status).toBe(0);
    // completes in a real bash: commands, then a command's flags, then a flag's values
    const complete = (line: string) => {
      const words = line.split(" ");
      const script = `${bash.stdout}\nCOMP_WORDS=(${words.map((w) => `'${w}'`).join(" ")}); COMP_CWORD=${words.length - 1}; _leakhound; printf '%s\\n' "\${COMPREPLY[@]}"`;
      return spawnSync("bash", ["-c", script], { encoding: "utf8" }).stdout.split("\n").filter(Boolean);
    };
    expect(complete("leakhound st")).toEqual(["staged", "stdin"]);
    expect(complete("leakhound git --ran")).toEqual(["--range"]);
    expect(complete("leakhound dir --format s").sort()).toEqual(["sarif"]);
    for (const shell of ["zsh", "fish"]) {
      const r = runCli(["completion", shell]);
      expect(r.code).toBe(0);
      expect(r.stdout).toContain("leakhound");
    }
    expect(runCli(["completion", "tcsh"]).code).toBe(2);
    for (const command of ["dir", "git", "staged", "baseline", "verify", "stdin", "repos", "install-hook", "merge"]) {
      const help = runCli([command, "--help"]).stdout;
      const flags = [...help.matchAll(/^ {2}(?:-\w, | {4})(--[a-z][a-z-]*)/gm)]
        .map((m) => m[1]!)
        .filter((f) => f !== "--version");
      const offered = complete(`leakhound ${command} --`);
      for (const flag of flags) expect(offered, `${command} ${flag}`).toContain(flag);
    }
  });
});

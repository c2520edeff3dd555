import { execFileSync } from "node:child_process";
// The history scan's completeness and attribution: a missing tree, blob or commit object is reported
// with its commit and path while every later commit is still scanned; a secret is reported at every
// path that comes to hold it, the same way with the git CLI and with isomorphic-git; and commit and
// tag messages are scanned, their secrets never printed.
import { mkdirSync, rmSync, symlinkSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { TestRepo, type GitFinding } from "./git-helpers.js";
import { fake, runCli, tempDir } from "./helpers.js";

function scanGit(repo: string, args: string[] = [], env?: NodeJS.ProcessEnv) {
  const result = runCli(["git", repo, "-f", "json", "--no-redact", ...args], env ? { env } : {});
  return {
    code: result.code,
    findings: (result.stdout.trim() ? JSON.parse(result.stdout) : []) as GitFinding[],
    stderr: result.stderr,
  };
}

/** A PATH holding node and nothing else: no git, so the isomorphic-git fallback runs. */
function pathWithoutGit(): string {
  const bin = join(tempDir("leakhound-nogit-"), "bin");
  mkdirSync(bin);
  symlinkSync(process.execPath, join(bin, "node"));
  return bin;
}

const key = (f: GitFinding) =>
  `${f.ruleId} ${f.file}:${f.startLine}:${f.startColumn} ${f.commit} ${f.secret} ${f.author} ${f.email} ${f.date} ${f.message}`;

/** The same scan through the git CLI and through isomorphic-git: findings as sorted keys. */
function bothPaths(args: string[]) {
  const cli = scanGit(args[0]!, args.slice(1));
  const iso = scanGit(args[0]!, args.slice(1), { PATH: pathWithoutGit() });
  return { cli, iso, a: cli.findings.map(key).sort(), b: iso.findings.map(key).sort() };
}

function removeObject(repo: TestRepo, oid: string): void {
  rmSync(join(repo.dir, ".git", "objects", oid.slice(0, 2), oid.slice(2)));
}

const token = () => fake("{{crc32:ghp_}}");

describe("history completeness: an unreadable object is reported, the rest is scanned", () => {
  it("a missing tree of a middle commit: reported with commit and path, later commits still scanned", () => {
    const repo = new TestRepo();
    repo.commit("one", { "README.md": "# app\n" });
    const [inConf, inTop, later, inConfLater] = [token(), token(), token(), token()];
    const middle = repo.commit("two", { "conf/x.env": `X=${inConf}\n`, "top.env": `T=${inTop}\n` });
    const three = repo.commit("three", { "later.env": `L=${later}\n` });
    // changes the folder whose tree is gone: its diff cannot be made by git either
    const four = repo.commit("four", { "conf/y.env": `Y=${inConfLater}\n` });
    const tree = repo.git("rev-parse", `${middle}:conf`);
    removeObject(repo, tree);

    const { code, findings, stderr } = scanGit(repo.dir);
    expect(code).toBe(2);
    expect(findings.map((f) => [f.file, f.commit, f.secret])).toEqual([
      ["top.env", middle, inTop], // the commit git stopped on: its readable trees are still listed
      ["later.env", three, later],
      // git cannot compare four's conf/ with two's: it is scanned whole, so what two put there is found
      ["conf/x.env", four, inConf],
      ["conf/y.env", four, inConfLater],
    ]);
    expect(stderr).toContain(`could not scan conf/ (commit ${middle.slice(0, 12)}): cannot read tree ${tree}`);
    expect(stderr).toMatch(/scanned 4 commits/);
    expect(stderr).toMatch(
      new RegExp(`could not scan conf/ \\(commit ${four.slice(0, 12)}\\): cannot compare with the parent's version`),
    );
  });

  it("a missing blob of a middle commit: reported with commit and path, later commits still scanned", () => {
    const repo = new TestRepo();
    repo.commit("one", { "README.md": "# app\n" });
    const [lost, beside, later] = [token(), token(), token()];
    const middle = repo.commit("two", { "b.env": `B=${lost}\n`, "c.env": `C=${beside}\n` });
    // a rename candidate: rename detection would have read the missing blob and stopped git log
    repo.remove("b.env");
    const three = repo.commit("three", { "d.env": `B=${lost}\nD=1\n`, "later.env": `L=${later}\n` });
    const blob = repo.git("rev-parse", `${middle}:b.env`);
    removeObject(repo, blob);

    const { code, findings, stderr } = scanGit(repo.dir);
    expect(code).toBe(2);
    expect(findings.map((f) => [f.file, f.commit, f.secret])).toEqual([
      ["c.env", middle, beside],
      ["d.env", three, lost],
      ["later.env", three, later],
    ]);
    expect(stderr).toContain(
      `could not scan b.env (commit ${middle.slice(0, 12)}): object ${blob} is missing or corrupt`,
    );
  });

  it("a missing commit object: reported, and the commits after it are still scanned", () => {
    const repo = new TestRepo();
    const early = token();
    repo.commit("one", { "a.env": `A=${early}\n` });
    const gone = repo.commit("two", { "README.md": "# app\n" });
    const [three, four] = [token(), token()];
    const afterGone = repo.commit("three", { "c.env": `C=${three}\n` });
    const last = repo.commit("four", { "d.env": `D=${four}\n` });
    removeObject(repo, gone);

    const { code, findings, stderr } = scanGit(repo.dir);
    expect(code).toBe(2);
    const found = findings.map((f) => [f.file, f.commit]);
    expect(found).toContainEqual(["c.env", afterGone]);
    expect(found).toContainEqual(["d.env", last]);
    expect(stderr).toContain(`Could not read ${gone}`);
    expect(stderr).toMatch(new RegExp(`commit ${afterGone.slice(0, 12)}: cannot read its parent ${gone.slice(0, 12)}`));
  });
});

describe("per-path attribution: the git CLI and isomorphic-git agree", () => {
  it("a copy is reported at its new path, at the commit that created it", () => {
    const repo = new TestRepo();
    const secret = token();
    const adds = repo.commit("add", { "a.env": `NAME=app\nT=${secret}\n` });
    const copies = repo.commit("copy", { "b.env": `NAME=app\nT=${secret}\n` });
    repo.remove("a.env");
    repo.commit("delete the original");
    const { cli, iso, a, b } = bothPaths([repo.dir]);
    expect(cli.findings.map((f) => [f.file, f.commit, f.startLine])).toEqual([
      ["a.env", adds, 2],
      ["b.env", copies, 2],
    ]);
    expect(b).toEqual(a);
    expect(iso.code).toBe(cli.code);
  });

  it("moves, edits beside a secret, reverts, merges and ranges: the same findings on both paths", () => {
    const repo = new TestRepo();
    const [s1, s2, s3, s4] = [token(), token(), token(), token()];
    const body = Array.from({ length: 12 }, (_, i) => `SETTING_${i}=value ${i}`).join("\n");
    repo.commit("base", { "app.env": `${body}\nT=${s1}\n`, "README.md": "# app\n" });
    repo.commit("edit beside", { "app.env": `${body}\nDEBUG=1\nT=${s1}\n` });
    repo.commit("move the line", { "app.env": `T=${s1}\n${body}\nDEBUG=1\n` });
    const first = repo.commit("second secret", { "app.env": `T=${s1}\n${body}\nDEBUG=1\nU=${s2}\n` });
    repo.commit("drop it", { "app.env": `T=${s1}\n${body}\nDEBUG=1\n` });
    repo.commit("bring it back", { "app.env": `T=${s1}\n${body}\nDEBUG=1\nU=${s2}\n` });
    repo.git("checkout", "-q", "-b", "feature");
    repo.remove("app.env");
    repo.commit("move and edit", {
      "config/app.env": `T=${s1}\n${body}\nDEBUG=2\nU=${s2}\n`,
      "feature.env": `F=${s3}\n`,
    });
    repo.git("checkout", "-q", "main");
    repo.commit("main work", { "main.env": `M=${s4}\n` });
    repo.git("merge", "-q", "--no-edit", "feature");

    const all = bothPaths([repo.dir]);
    expect(all.b).toEqual(all.a);
    // s1 at app.env and at config/app.env, s2 likewise, s3 and s4 once
    expect(
      all.cli.findings
        .map((f) => `${f.file} ${f.secret === s1 ? "s1" : f.secret === s2 ? "s2" : f.secret === s3 ? "s3" : "s4"}`)
        .sort(),
    ).toEqual(
      ["app.env s1", "app.env s2", "config/app.env s1", "config/app.env s2", "feature.env s3", "main.env s4"].sort(),
    );
    expect(all.cli.findings.find((f) => f.file === "app.env" && f.secret === s2)!.commit).toBe(first);

    const range = bothPaths([repo.dir, "--range", `${first}..HEAD`]);
    expect(range.b).toEqual(range.a);
    expect(range.a.length).toBeGreaterThan(0);
  });
});

describe("commit and tag messages are scanned", () => {
  function repoWithSecretMessages() {
    const repo = new TestRepo();
    repo.commit("initial", { "README.md": "# app\n" });
    const inMessage = token();
    const inFile = token();
    const inTag = token();
    repo.write({ "app.env": `T=${inFile}\n` });
    repo.git("add", "-A");
    repo.git("commit", "-q", "-m", `deploy with ${inMessage}`, "-m", `body line\nalso ${inMessage} here`);
    const commit = repo.git("rev-parse", "HEAD");
    repo.git("tag", "-a", "v1", "-m", `release\n\nbuilt with ${inTag}`);
    return { repo, commit, inMessage, inFile, inTag };
  }

  it("reports a token in a commit message at that commit, and one in a tag message", () => {
    const { repo, commit, inMessage, inFile, inTag } = repoWithSecretMessages();
    const { code, findings } = scanGit(repo.dir);
    expect(code).toBe(1);
    expect(findings.map((f) => [f.file, f.commit, f.secret, f.startLine])).toEqual([
      ["<commit message>", commit, inMessage, 1], // once per message, like once per file
      ["app.env", commit, inFile, 1],
      ["<tag v1 message>", commit, inTag, 3],
    ]);
    const fromMessage = findings[0]!;
    expect(fromMessage).toMatchObject({ author: "Ann Developer", email: "ann@example.com", ruleId: "github-pat" });
    // the isomorphic-git path finds the same
    const paths = bothPaths([repo.dir]);
    expect(paths.b).toEqual(paths.a);
    // a range holds the messages of its own commits only
    const initial = repo.git("rev-parse", `${commit}~1`);
    expect(scanGit(repo.dir, ["--range", `${initial}..${commit}`]).findings.map((f) => f.file)).toEqual([
      "<commit message>",
      "app.env",
      "<tag v1 message>",
    ]);
    const after = repo.commit("later", { "x.txt": "x\n" });
    expect(scanGit(repo.dir, ["--range", `${commit}..${after}`]).findings).toEqual([]);
    // a bare mirror (no work tree line in git's answer) still knows it has tags
    const mirror = join(tempDir("leakhound-mirror-"), "mirror.git");
    execFileSync("git", ["clone", "-q", "--mirror", repo.dir, mirror]);
    expect(scanGit(mirror).findings.map((f) => f.file)).toContain("<tag v1 message>");
  });

  it("the raw token of a message appears in no output format, nor in the message field of other findings", () => {
    const { repo, inMessage, inFile, inTag } = repoWithSecretMessages();
    for (const format of ["text", "json", "jsonl", "sarif"]) {
      const result = runCli(["git", repo.dir, "-f", format], { env: { NO_COLOR: "1" } });
      expect(result.code, format).toBe(1);
      for (const secret of [inMessage, inFile, inTag]) {
        expect(result.stdout, format).not.toContain(secret);
        expect(result.stderr, format).not.toContain(secret);
      }
      expect(result.stdout, format).toMatch(/commit message|commit%20message/);
    }
    const json = JSON.parse(runCli(["git", repo.dir, "-f", "json"]).stdout) as GitFinding[];
    const fileFinding = json.find((f) => f.file === "app.env")!;
    expect(fileFinding.message).toBe(`deploy with ${inMessage.slice(0, 4)}…`);
    expect(Object.keys(fileFinding)).not.toContain("messageSecrets");
  });
});

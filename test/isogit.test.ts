// Without a git executable leakhound reads repositories through isomorphic-git, with a note, and
// finds what the git CLI path finds.
import { mkdirSync, symlinkSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { TestRepo } from "./git-helpers.js";
import { fake, runCli, tempDir } from "./helpers.js";

/** A PATH holding node and nothing else: no git. */
function pathWithoutGit(): string {
  const bin = join(tempDir("leakhound-nogit-"), "bin");
  mkdirSync(bin);
  symlinkSync(process.execPath, join(bin, "node"));
  return bin;
}

type Out = {
  ruleId: string;
  file: string;
  startLine: number;
  startColumn: number;
  commit?: string;
  author?: string;
  email?: string;
  message?: string;
  date?: string;
};
const key = (f: Out) =>
  `${f.ruleId} ${f.file}:${f.startLine}:${f.startColumn} ${f.commit ?? ""} ${f.author ?? ""} ${f.email ?? ""} ${f.message ?? ""} ${f.date ?? ""}`;

function both(args: string[]) {
  const withGit = runCli([...args, "-f", "json"]);
  const without = runCli([...args, "-f", "json"], { env: { PATH: pathWithoutGit() } });
  return {
    withGit,
    without,
    a: (JSON.parse(withGit.stdout) as Out[]).map(key).sort(),
    b: (JSON.parse(without.stdout) as Out[]).map(key).sort(),
  };
}

describe("without a git executable", () => {
  it("scans history through isomorphic-git with the same findings, and says so", () => {
    const repo = new TestRepo();
    const token = fake("{{crc32:ghp_}}");
    repo.commit("initial", { "README.md": "# app\n" });
    const added = repo.commit("add config", { "config/app.env": `NAME=app\nGITHUB_TOKEN=${token}\n` });
    repo.commit("reindent", { "config/app.env": `NAME=app\nDEBUG=1\n  GITHUB_TOKEN=${token}\n` });
    repo.git("checkout", "-q", "-b", "feature");
    repo.commit("feature", { "pay.py": `KEY = "${fake("{{lit:sk_live_}}{{rand:base62:32}}")}"\n` });
    repo.git("checkout", "-q", "main");
    repo.remove("config/app.env");
    repo.commit("remove");
    const { withGit, without, a, b } = both(["git", repo.dir]);
    expect(a).toHaveLength(2);
    expect(b).toEqual(a);
    expect(without.code).toBe(withGit.code);
    expect(without.stderr).toMatch(/no git executable found; reading the repository with isomorphic-git/);

    const first = repo.git("rev-list", "--max-parents=0", "HEAD");
    const range = both(["git", repo.dir, "--range", `${first}..feature`]);
    expect(range.b).toEqual(range.a);
    expect(range.b).toHaveLength(2);
    // after the token was added, re-indenting its line does not introduce it: on both paths
    const later = both(["git", repo.dir, "--range", `${added}..feature`]);
    expect(later.a.map((k) => k.split(" ")[0])).toEqual(["stripe-live-secret-key"]);
    expect(later.b).toEqual(later.a);
  });

  it("scans what is staged through isomorphic-git", () => {
    const repo = new TestRepo();
    repo.commit("one", { "a.env": "A=1\n" });
    const token = fake("{{crc32:ghp_}}");
    repo.write({ "a.env": `A=1\nB=2\nT=${token}\n` });
    repo.git("add", "a.env");
    repo.write({ "a.env": `A=1\nB=2\nT=${token}\nU=${fake("{{crc32:ghp_}}")}\n` });
    const { a, b, without } = both(["staged", repo.dir]);
    expect(b).toEqual(a);
    expect(b).toHaveLength(1);
    expect(without.stderr).toMatch(/isomorphic-git/);
  });

  it("a folder that is not a repository is still a one-line error", () => {
    const r = runCli(["git", tempDir()], { env: { PATH: pathWithoutGit() } });
    expect(r.code).toBe(2);
    expect(
      r.stderr
        .trim()
        .split("\n")
        .filter((l) => !l.includes("note:")),
    ).toEqual([expect.stringMatching(/^leakhound: .* is not a git repository/)]);
  });
});

// One history semantics: the git CLI path (workers over `git cat-file`) and the isomorphic-git path
// both decide what a change introduced with scan/introduced.ts, so on the same built history they
// report the same findings at the same commits — through a move with an edit, a re-indent, an edit
// beside a secret, and a merge whose resolution adds a secret neither side had.
import { mkdirSync, symlinkSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { TestRepo } from "./git-helpers.js";
import { fake, runCli, tempDir } from "./helpers.js";

function pathWithoutGit(): string {
  const bin = join(tempDir("leakhound-nogit-"), "bin");
  mkdirSync(bin);
  symlinkSync(process.execPath, join(bin, "node"));
  return bin;
}

type Out = { ruleId: string; file: string; startLine: number; secret: string; commit: string; message: string };

function scan(dir: string, env?: NodeJS.ProcessEnv, extra: string[] = []): { findings: string[]; stderr: string } {
  const run = runCli(["git", dir, "-f", "json", "--no-redact", ...extra], env ? { env } : {});
  expect(run.code, run.stderr).toBe(1);
  const findings = (JSON.parse(run.stdout) as Out[])
    .map((f) => `${f.message} ${f.file}:${f.startLine} ${f.secret}`)
    .sort();
  return { findings, stderr: run.stderr };
}

describe("what a change introduced, by both history paths", () => {
  it("the same findings at the same commits: move+edit, re-indent, edit beside, merge resolution", () => {
    const repo = new TestRepo();
    const first = fake("{{crc32:ghp_}}");
    const onFeature = fake("{{crc32:ghp_}}");
    const inResolution = fake("{{crc32:ghp_}}");
    repo.commit("add", { "config/app.env": `NAME=app\nGITHUB_TOKEN=${first}\nPORT=80\n` });
    // a move with an edit: the secret is at a new path, so it is new there (each path's own history)
    mkdirSync(join(repo.dir, "deploy"));
    repo.git("mv", "config/app.env", "deploy/app.env");
    const moved = repo.commit("move and edit", { "deploy/app.env": `NAME=app\nGITHUB_TOKEN=${first}\nPORT=8080\n` });
    // a re-indent and an edit beside the secret bring nothing new
    repo.commit("reindent", { "deploy/app.env": `NAME=app\n    GITHUB_TOKEN=${first}\nPORT=8080\n` });
    repo.commit("edit beside", { "deploy/app.env": `NAME=service\n    GITHUB_TOKEN=${first}\nPORT=8080\nDEBUG=0\n` });
    // a merge: each side changes conf.env, the resolution keeps the feature's secret and adds another
    repo.commit("base", { "conf.env": "MODE=base\n" });
    repo.git("checkout", "-q", "-b", "feature");
    repo.commit("feature", { "conf.env": `MODE=feature\nTOKEN=${onFeature}\n` });
    repo.git("checkout", "-q", "main");
    repo.commit("main", { "conf.env": "MODE=main\n" });
    expect(() => repo.git("merge", "-q", "feature")).toThrow();
    repo.write({ "conf.env": `MODE=merged\nTOKEN=${onFeature}\nRELEASE_TOKEN=${inResolution}\n` });
    repo.git("add", "conf.env");
    repo.git("commit", "-q", "--no-edit", "-m", "merge feature");

    const withGit = scan(repo.dir);
    const without = scan(repo.dir, { PATH: pathWithoutGit() });
    // the second run really went without git
    expect(without.stderr).toMatch(/no git executable found; reading the repository with isomorphic-git/);
    expect(withGit.stderr).not.toMatch(/isomorphic-git/);
    expect(withGit.findings).toEqual(
      [
        `add config/app.env:2 ${first}`,
        `move and edit deploy/app.env:2 ${first}`,
        `feature conf.env:2 ${onFeature}`,
        `merge feature conf.env:3 ${inResolution}`,
      ].sort(),
    );
    expect(without.findings).toEqual(withGit.findings);

    // a range after the move: the re-indent and the edit beside the secret introduced nothing
    const range = ["--range", `${moved}..HEAD`];
    const rangeWithGit = scan(repo.dir, undefined, range);
    expect(rangeWithGit.findings).toEqual(
      [`feature conf.env:2 ${onFeature}`, `merge feature conf.env:3 ${inResolution}`].sort(),
    );
    expect(scan(repo.dir, { PATH: pathWithoutGit() }, range).findings).toEqual(rangeWithGit.findings);
  }, 60_000);

  it("a pull request that merges its base branch: the base's secrets are not the pull request's", () => {
    const repo = new TestRepo();
    const onMain = fake("{{crc32:ghp_}}");
    const onFeature = fake("{{crc32:ghp_}}");
    const inResolution = fake("{{crc32:ghp_}}");
    repo.commit("base", { "conf.env": "MODE=base\n", "README.md": "# app\n" });
    repo.git("checkout", "-q", "-b", "feature");
    repo.commit("feature", { "feature.env": `TOKEN=${onFeature}\n`, "conf.env": "MODE=feature\n" });
    repo.git("checkout", "-q", "main");
    // main goes on after the branch: a secret in a file of its own, and an edit of conf.env
    repo.commit("main", { "main.env": `TOKEN=${onMain}\n`, "conf.env": "MODE=main\n" });
    repo.git("checkout", "-q", "feature");
    // the feature brings main in: main.env comes unchanged, conf.env is resolved with a new secret
    expect(() => repo.git("merge", "-q", "main")).toThrow();
    repo.write({ "conf.env": `MODE=both\nRELEASE_TOKEN=${inResolution}\n` });
    repo.git("add", "conf.env");
    repo.git("commit", "-q", "--no-edit", "-m", "merge main into feature");

    // the pull request's commits: what main..feature adds, its merge of main included
    const range = ["--range", "main..feature"];
    const withGit = scan(repo.dir, undefined, range);
    expect(withGit.findings).toEqual(
      [`feature feature.env:1 ${onFeature}`, `merge main into feature conf.env:2 ${inResolution}`].sort(),
    );
    expect(scan(repo.dir, { PATH: pathWithoutGit() }, range).findings).toEqual(withGit.findings);
    // the whole history: main's secret at main's own commit, once
    const all = scan(repo.dir);
    expect(all.findings).toEqual(
      [
        `main main.env:1 ${onMain}`,
        `feature feature.env:1 ${onFeature}`,
        `merge main into feature conf.env:2 ${inResolution}`,
      ].sort(),
    );
    expect(scan(repo.dir, { PATH: pathWithoutGit() }).findings).toEqual(all.findings);
  }, 60_000);
});

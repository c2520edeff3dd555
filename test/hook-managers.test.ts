// install-hook in repositories whose hooks a manager runs: real husky v9 from npm, lefthook,
// simple-git-hooks, the pre-commit framework and a committed hooks folder. The user's hook keeps running.
import { execFileSync, spawnSync } from "node:child_process";
import { chmodSync, existsSync, mkdirSync, readFileSync, rmSync, symlinkSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { TestRepo } from "./git-helpers.js";
import { fake, ROOT, runCli, tempDir } from "./helpers.js";

const LINE = "npx --no-install leakhound staged";

/** The environment of npm and git commands in a temp project: nothing of the machine's npm config or cache. */
function projectEnv(project: string): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = {};
  // npm passes npm_* variables to the scripts it runs (vitest under `npm test`): they would point at this checkout
  for (const [key, value] of Object.entries(process.env)) if (!/^npm_/i.test(key)) env[key] = value;
  return {
    ...env,
    npm_config_cache: join(project, "..", "npm-cache"),
    npm_config_audit: "false",
    npm_config_fund: "false",
    NO_COLOR: "1",
  };
}

function tryCommit(repo: TestRepo, message: string, env: NodeJS.ProcessEnv = process.env) {
  const result = spawnSync("git", ["commit", "-q", "-m", message], { cwd: repo.dir, encoding: "utf8", env });
  return { status: result.status, output: result.stdout + result.stderr };
}

describe("install-hook with husky v9 (installed from npm)", () => {
  it("leaves husky's shims alone, the user's .husky/pre-commit keeps running, and the suggested line blocks a secret", {
    timeout: 180_000,
  }, () => {
    const project = join(tempDir("leakhound-husky-"), "project");
    mkdirSync(project);
    const repo = new TestRepo(project);
    const env = projectEnv(project);
    writeFileSync(join(project, "package.json"), JSON.stringify({ name: "demo", version: "1.0.0", private: true }));
    execFileSync("npm", ["install", "--no-save", "--no-package-lock", "husky@9"], { cwd: project, env, stdio: "pipe" });
    execFileSync("npx", ["--no-install", "husky", "init"], { cwd: project, env, stdio: "pipe" });
    expect(repo.git("config", "core.hooksPath")).toBe(".husky/_");

    const marker = join(project, "..", "husky-hook-ran");
    writeFileSync(join(project, ".husky/pre-commit"), `echo ran >> '${marker}'\n`);
    writeFileSync(join(project, ".gitignore"), "node_modules/\n");
    const shim = readFileSync(join(project, ".husky/_/pre-commit"), "utf8");

    const install = runCli(["install-hook", project, "--chain"]);
    expect(install.code).toBe(2);
    expect(install.stderr.trim().split("\n")).toHaveLength(1);
    expect(install.stderr).toContain("husky");
    expect(install.stderr).toContain(`add to .husky/pre-commit: ${LINE}`);
    expect(readFileSync(join(project, ".husky/_/pre-commit"), "utf8")).toBe(shim);
    expect(existsSync(join(project, ".husky/_/pre-commit.before-leakhound"))).toBe(false);

    repo.write({ "README.md": "hello\n" });
    repo.git("add", "-A");
    const first = tryCommit(repo, "first", env);
    expect(first.status, first.output).toBe(0);
    expect(readFileSync(marker, "utf8")).toBe("ran\n");

    // the user adds the suggested line; leakhound is the project's dev dependency (linked to this checkout)
    const added = install.stderr.split(`add to .husky/pre-commit: `)[1]!.trim();
    writeFileSync(join(project, ".husky/pre-commit"), `echo ran >> '${marker}'\n${added}\n`);
    mkdirSync(join(project, "node_modules/.bin"), { recursive: true });
    symlinkSync(ROOT, join(project, "node_modules/leakhound"));
    symlinkSync("../leakhound/bin/leakhound.js", join(project, "node_modules/.bin/leakhound"));
    const again = runCli(["install-hook", project]);
    expect(again.code, again.stderr).toBe(0);
    expect(again.stderr).toMatch(/already runs leakhound/);

    const token = fake("{{crc32:ghp_}}");
    repo.write({ "deploy.env": `GH_TOKEN=${token}\n` });
    repo.git("add", "deploy.env");
    const blocked = tryCommit(repo, "leak", env);
    expect(blocked.status).not.toBe(0);
    expect(blocked.output).toMatch(/deploy\.env/);
    expect(blocked.output).toMatch(/github/i);
    expect(blocked.output).not.toContain(token.slice(4));
    expect(repo.git("log", "--format=%s")).toBe("first");
    expect(readFileSync(marker, "utf8")).toBe("ran\nran\n");
  });
});

describe("install-hook with other hook managers", () => {
  it("lefthook: says what to add to lefthook.yml and writes no hook", () => {
    const repo = new TestRepo();
    repo.commit("initial", { "lefthook.yml": "pre-commit:\n  commands:\n    lint:\n      run: echo lint\n" });
    const result = runCli(["install-hook", repo.dir, "--chain"]);
    expect(result.code).toBe(2);
    expect(result.stderr).toMatch(
      /lefthook .*add to lefthook\.yml: pre-commit: .*run: npx --no-install leakhound staged/,
    );
    expect(existsSync(join(repo.dir, ".git/hooks/pre-commit"))).toBe(false);

    repo.write({ "lefthook.yml": `pre-commit:\n  commands:\n    leakhound:\n      run: ${LINE}\n` });
    expect(runCli(["install-hook", repo.dir])).toMatchObject({ code: 0 });
    expect(existsSync(join(repo.dir, ".git/hooks/pre-commit"))).toBe(false);
  });

  it("simple-git-hooks: says what to put in package.json", () => {
    const repo = new TestRepo();
    repo.commit("initial", {
      "package.json": JSON.stringify({ name: "x", "simple-git-hooks": { "pre-commit": "npx lint-staged" } }),
    });
    // simple-git-hooks writes .git/hooks/pre-commit itself and rewrites it on every install
    repo.write({ ".git/hooks/pre-commit": "#!/bin/sh\nnpx lint-staged\n" });
    chmodSync(join(repo.dir, ".git/hooks/pre-commit"), 0o755);
    const result = runCli(["install-hook", repo.dir, "--chain"]);
    expect(result.code).toBe(2);
    expect(result.stderr).toContain(`add to package.json: "simple-git-hooks": { "pre-commit": "${LINE}" }`);
    expect(readFileSync(join(repo.dir, ".git/hooks/pre-commit"), "utf8")).toBe("#!/bin/sh\nnpx lint-staged\n");
  });

  it("the pre-commit framework: points at .pre-commit-config.yaml", () => {
    const repo = new TestRepo();
    repo.commit("initial", { ".pre-commit-config.yaml": "repos: []\n" });
    const generated = "#!/usr/bin/env bash\n# File generated by pre-commit: https://pre-commit.com\nexit 0\n";
    repo.write({ ".git/hooks/pre-commit": generated });
    const result = runCli(["install-hook", repo.dir, "--chain"]);
    expect(result.code).toBe(2);
    expect(result.stderr).toMatch(/the pre-commit framework .*add to \.pre-commit-config\.yaml: .*id: leakhound/);
    expect(readFileSync(join(repo.dir, ".git/hooks/pre-commit"), "utf8")).toBe(generated);
  });

  it("a committed core.hooksPath folder: the team's hook is edited, not replaced or renamed", () => {
    const repo = new TestRepo();
    repo.commit("initial", { ".githooks/pre-commit": "#!/bin/sh\necho team-hook\n" });
    repo.git("config", "core.hooksPath", ".githooks");
    const result = runCli(["install-hook", repo.dir, "--chain"]);
    expect(result.code).toBe(2);
    expect(result.stderr).toContain(`add to .githooks/pre-commit: ${LINE}`);
    expect(readFileSync(join(repo.dir, ".githooks/pre-commit"), "utf8")).toBe("#!/bin/sh\necho team-hook\n");
    expect(repo.git("status", "--porcelain")).toBe("");
  });

  it("prints no control character the repository chose (core.hooksPath)", () => {
    const repo = new TestRepo();
    repo.commit("initial", { ".husky/pre-commit": "echo user-hook\n" });
    repo.git("config", "core.hooksPath", ".husky/\u001b]0;owned\u0007_");
    const result = runCli(["install-hook", repo.dir]);
    expect(result.code).toBe(2);
    expect(result.stderr).toContain("core.hooksPath=.husky/?]0;owned?_");
    expect(result.stderr).not.toMatch(/[\u0000-\u0009\u000b-\u001f]/);
  });

  it("--chain refuses a hook that dispatches on its own file name (renaming would disable it)", () => {
    const repo = new TestRepo();
    repo.commit("initial", { "README.md": "hi\n" });
    const shim = '#!/bin/sh\nn=$(basename "$0")\nexec "$HOME/hooks/$n" "$@"\n';
    repo.write({ ".git/hooks/pre-commit": shim });
    const result = runCli(["install-hook", repo.dir, "--chain"]);
    expect(result.code).toBe(2);
    expect(result.stderr).toMatch(/its own file name/);
    expect(readFileSync(join(repo.dir, ".git/hooks/pre-commit"), "utf8")).toBe(shim);
    expect(existsSync(join(repo.dir, ".git/hooks/pre-commit.before-leakhound"))).toBe(false);
    rmSync(join(repo.dir, ".git/hooks/pre-commit"));
  });
});

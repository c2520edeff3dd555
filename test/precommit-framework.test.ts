// The real pre-commit framework (https://pre-commit.com) installs leakhound's hook from a git
// repository holding this checkout, blocks a commit that stages a secret and lets a clean one through.
import { spawnSync } from "node:child_process";
import { writeFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { TestRepo } from "./git-helpers.js";
import { fake, tempDir } from "./helpers.js";
import { committedCopyOfTree, isolatedNpmEnv } from "./package-helpers.js";

const preCommit = spawnSync("pre-commit", ["--version"], { encoding: "utf8" });
const installed = preCommit.status === 0;
// .ci/run runs the suite on two Nodes; these minutes-long installs run in the first pass only
const packaging = process.env.LEAKHOUND_SKIP_PACKAGE_TESTS !== "1";

describe("the pre-commit framework", () => {
  // `language: node` runs npm install, npm pack and npm install -g in the hook repository: re2 and
  // better-sqlite3 compile twice, several minutes on a busy two-core machine
  it.skipIf(!installed || !packaging)(
    `installs the hook from the repository, blocks a staged secret and passes a clean commit (${installed ? preCommit.stdout.trim() : "pre-commit is not installed: apt-get install pre-commit"})`,
    { timeout: 40 * 60_000 },
    () => {
      const hookRepo = committedCopyOfTree();
      const home = tempDir("leakhound-pre-commit-home-");
      // nothing outside the temp folders: pre-commit's environments and npm's cache live there
      const env = isolatedNpmEnv(home, { PRE_COMMIT_HOME: join(home, "pre-commit"), PRE_COMMIT_COLOR: "never" });

      const repo = new TestRepo();
      writeFileSync(
        join(repo.dir, ".pre-commit-config.yaml"),
        `repos:\n  - repo: ${hookRepo.dir}\n    rev: ${hookRepo.rev}\n    hooks:\n      - id: leakhound\n`,
      );
      const install = spawnSync("pre-commit", ["install"], { cwd: repo.dir, env, encoding: "utf8" });
      expect(install.status, install.stdout + install.stderr).toBe(0);

      const token = fake("{{crc32:ghp_}}");
      repo.write({ "deploy.env": `GH_TOKEN=${token}\n` });
      repo.git("add", "-A");
      const blocked = spawnSync("git", ["commit", "-q", "-m", "leak"], { cwd: repo.dir, env, encoding: "utf8" });
      const output = blocked.stdout + blocked.stderr;
      expect(blocked.status, output).not.toBe(0);
      expect(output).toMatch(/leakhound \(secrets in staged changes\)\.+Failed/);
      expect(output).toMatch(/deploy\.env/);
      expect(output).not.toContain(token.slice(4));
      expect(spawnSync("git", ["rev-parse", "--verify", "-q", "HEAD"], { cwd: repo.dir }).status).not.toBe(0);

      repo.git("rm", "-q", "--cached", "deploy.env");
      repo.write({ "README.md": "clean\n" });
      repo.git("add", "README.md", ".pre-commit-config.yaml");
      const clean = spawnSync("git", ["commit", "-q", "-m", "clean"], { cwd: repo.dir, env, encoding: "utf8" });
      expect(clean.status, clean.stdout + clean.stderr).toBe(0);
      expect(clean.stdout + clean.stderr).toMatch(/leakhound \(secrets in staged changes\)\.+Passed/);
    },
  );
});

// Installs that resolve to this project: the docs never run a registry package by name, and the packed
// package installs into a fresh project and runs, offline from everything but npm's registry.
import { execFileSync, spawnSync } from "node:child_process";
import { readdirSync, readFileSync, symlinkSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { fake, ROOT, tempDir } from "./helpers.js";
import { committedCopyOfTree, isolatedNpmEnv } from "./package-helpers.js";

const docs = ["README.md", ...readdirSync(join(ROOT, "examples")).map((name) => join("examples", name))];

describe("installs that resolve to this project", () => {
  it("no example or README line runs leakhound through npx without --no-install", () => {
    // `npx leakhound` / `npx --yes leakhound` fetch whatever package holds that name on the registry
    const offenders: string[] = [];
    for (const file of docs) {
      readFileSync(join(ROOT, file), "utf8")
        .split("\n")
        .forEach((line, i) => {
          for (const call of line.matchAll(/\bnpx((?:\s+-{1,2}[\w-]+(?:=\S+)?)*)\s+leakhound\b/g)) {
            if (!/--no-install\b/.test(call[1]!)) offenders.push(`${file}:${i + 1}: ${line.trim()}`);
          }
        });
    }
    expect(offenders).toEqual([]);
    // and the examples install from the project's repository pinned to a commit (or say where the sha goes),
    // never a bare registry name
    for (const file of docs.filter((f) => f.startsWith("examples"))) {
      const text = readFileSync(join(ROOT, file), "utf8");
      expect(text, file).toMatch(/git\+https:\/\/github\.com\/leakhound\/leakhound\.git#(<commit sha>|[0-9a-f]{40}\b)/);
      expect(text, file).toMatch(/npm install -g /);
      expect(text, file).not.toMatch(/npm (install|i) [^\n]*(?<![\w/.+-])leakhound(@[\w.^~-]+)?(\s|$)/);
    }
  });

  // .ci/run runs the suite on two Nodes; this minutes-long install runs in the first pass only
  it.skipIf(process.env.LEAKHOUND_SKIP_PACKAGE_TESTS === "1")(
    "npm pack prints only the tarball name; the tarball installs into a fresh project and runs",
    { timeout: 40 * 60_000 },
    () => {
      const copy = committedCopyOfTree();
      const home = tempDir("leakhound-install-");
      const env = isolatedNpmEnv(home);
      // the build needs the dev dependencies; this checkout's are read, never written
      symlinkSync(join(ROOT, "node_modules"), join(copy.dir, "node_modules"));
      const pack = spawnSync("npm", ["pack", "--pack-destination", home], { cwd: copy.dir, env, encoding: "utf8" });
      expect(pack.status, pack.stderr).toBe(0);
      // pre-commit's node hooks take npm pack's whole stdout as the file name: the build must print nothing there
      expect(pack.stdout).toBe("leakhound-0.1.0.tgz\n");

      const project = join(home, "project");
      execFileSync("mkdir", [project]);
      writeFileSync(
        join(project, "package.json"),
        JSON.stringify({ name: "user-project", version: "1.0.0", private: true }),
      );
      const install = spawnSync("npm", ["install", "-D", join(home, "leakhound-0.1.0.tgz")], {
        cwd: project,
        env,
        encoding: "utf8",
      });
      expect(install.status, install.stderr).toBe(0);

      const version = spawnSync("npx", ["--no-install", "leakhound", "--version"], {
        cwd: project,
        env,
        encoding: "utf8",
      });
      expect(version.status, version.stderr).toBe(0);
      expect(version.stdout.trim()).toBe(JSON.parse(readFileSync(join(ROOT, "package.json"), "utf8")).version);

      // the installed package finds a secret with its own compiled rules and native re2
      const token = fake("{{crc32:ghp_}}");
      const scan = spawnSync("npx", ["--no-install", "leakhound", "stdin", "-f", "json"], {
        cwd: project,
        env,
        encoding: "utf8",
        input: `GH_TOKEN=${token}\n`,
      });
      expect(scan.status, scan.stderr).toBe(1);
      expect((JSON.parse(scan.stdout) as { ruleId: string }[]).map((f) => f.ruleId)).toContain("github-pat");
    },
  );
});

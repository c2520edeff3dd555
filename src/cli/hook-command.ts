// `leakhound install-hook`: a git pre-commit hook that runs `leakhound staged`, honouring
// core.hooksPath, never replacing someone else's hook unless told to (--force), or chaining to it.
import { spawnSync } from "node:child_process";
import { chmodSync, existsSync, mkdirSync, readFileSync, renameSync, rmSync, writeFileSync } from "node:fs";
import { join, resolve } from "node:path";
import { LeakhoundError } from "../errors.js";
import { gitEnv, inspectRepo } from "../sources/git.js";
import { HARDENING_CONFIG, safeDirectoryArgs } from "../sources/git-hardening.js";
import { BIN_FILE } from "../paths.js";

const MARKER = "# installed by leakhound install-hook";
const CHAINED = "pre-commit.before-leakhound";

function hooksDir(repo: string): string {
  inspectRepo(repo);
  // the hardening, except core.hooksPath: the hook goes where the user's own core.hooksPath says
  const hardening = HARDENING_CONFIG.filter((c) => !c.startsWith("core.hooksPath=")).flatMap((c) => ["-c", c]);
  const result = spawnSync("git", ["-C", repo, "--no-pager", ...hardening, ...safeDirectoryArgs(repo), "rev-parse", "--git-path", "hooks"], { env: gitEnv(), encoding: "utf8" });
  if (result.status !== 0) throw new LeakhoundError("GIT_FAILED", `cannot find the hooks folder of ${repo}`);
  return resolve(repo, result.stdout.trim());
}

function hookScript(chained: boolean): string {
  const quote = (s: string) => `'${s.replace(/'/g, `'\\''`)}'`;
  return [
    "#!/bin/sh",
    MARKER,
    "# Blocks a commit whose staged changes contain a secret. Skip once with: git commit --no-verify",
    ...(chained ? [`"$(dirname "$0")/${CHAINED}" "$@" || exit $?`] : []),
    `node=${quote(process.execPath)}`,
    `leakhound=${quote(BIN_FILE)}`,
    'if [ -x "$node" ] && [ -f "$leakhound" ]; then exec "$node" "$leakhound" staged; fi',
    "exec npx --no-install leakhound staged",
    "",
  ].join("\n");
}

export function installHookCommand(repo: string, options: { force: boolean; chain: boolean; uninstall: boolean }): number {
  const dir = hooksDir(repo);
  const hook = join(dir, "pre-commit");
  const existing = existsSync(hook) ? readFileSync(hook, "utf8") : undefined;
  const ours = existing?.includes(MARKER) ?? false;

  if (options.uninstall) {
    if (!ours) throw new LeakhoundError("USAGE", `no leakhound hook to remove at ${hook}`);
    rmSync(hook);
    if (existsSync(join(dir, CHAINED))) renameSync(join(dir, CHAINED), hook);
    process.stderr.write(`leakhound: removed the pre-commit hook at ${hook}\n`);
    return 0;
  }

  let chained = ours && existsSync(join(dir, CHAINED));
  if (existing !== undefined && !ours) {
    if (options.chain) {
      renameSync(hook, join(dir, CHAINED));
      chained = true;
    } else if (!options.force) {
      throw new LeakhoundError(
        "USAGE",
        `a pre-commit hook already exists at ${hook}; use --chain to run it before leakhound, or --force to replace it`,
      );
    }
  }
  mkdirSync(dir, { recursive: true });
  writeFileSync(hook, hookScript(chained));
  chmodSync(hook, 0o755);
  process.stderr.write(`leakhound: installed the pre-commit hook at ${hook}${chained ? " (runs the previous hook first)" : ""}\n`);
  return 0;
}

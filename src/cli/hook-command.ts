// `leakhound install-hook`: a git pre-commit hook that runs `leakhound staged`, honouring
// core.hooksPath, never replacing someone else's hook unless told to (--force), or chaining to it. In a
// repository whose hooks a manager runs (husky, lefthook, …) it changes nothing and says what to add where.
import { spawnSync } from "node:child_process";
import { chmodSync, existsSync, mkdirSync, readFileSync, renameSync, rmSync, writeFileSync } from "node:fs";
import { join, resolve } from "node:path";
import { LeakhoundError } from "../errors.js";
import { gitEnv, inspectRepo } from "../sources/git.js";
import { HARDENING_CONFIG, safeDirectoryArgs } from "../sources/git-hardening.js";
import { BIN_FILE } from "../paths.js";
import { detectHookManager, dispatchesOnOwnName, HOOK_LINE } from "./hook-managers.js";

const MARKER = "# installed by leakhound install-hook";
const CHAINED = "pre-commit.before-leakhound";

function hooksDir(repo: string): { top: string; dir: string } {
  const { root } = inspectRepo(repo);
  // the hardening, except core.hooksPath: the hook goes where the user's own core.hooksPath says
  const hardening = HARDENING_CONFIG.filter((c) => !c.startsWith("core.hooksPath=")).flatMap((c) => ["-c", c]);
  const result = spawnSync(
    "git",
    ["-C", repo, "--no-pager", ...hardening, ...safeDirectoryArgs(repo), "rev-parse", "--git-path", "hooks"],
    { env: gitEnv(), encoding: "utf8" },
  );
  if (result.status !== 0) throw new LeakhoundError("GIT_FAILED", `cannot find the hooks folder of ${repo}`);
  return { top: root, dir: resolve(repo, result.stdout.trim()) };
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

export function installHookCommand(
  repo: string,
  options: { force: boolean; chain: boolean; uninstall: boolean },
): number {
  const { top, dir } = hooksDir(repo);
  const hook = join(dir, "pre-commit");
  const existing = existsSync(hook) ? readFileSync(hook, "utf8") : undefined;
  const ours = existing?.includes(MARKER) ?? false;

  // a manager regenerates (or dispatches through) the files under its hooks folder: writing there would
  // be undone or, worse, silently stop the user's own hook; the user's config is theirs to edit
  const manager = options.uninstall || ours ? undefined : detectHookManager(top, hook, existing);
  if (manager !== undefined) {
    if (manager.alreadyRunsLeakhound) {
      process.stderr.write(
        `leakhound: ${manager.name} runs this repository's hooks and ${manager.file} already runs leakhound; nothing changed\n`,
      );
      return 0;
    }
    // exit 2: nothing protects the commits yet, and a setup script must not believe otherwise
    process.stderr.write(
      `leakhound: ${manager.name} runs this repository's hooks (${manager.evidence}), so no hook was installed; add to ${manager.file}: ${manager.addition}\n`,
    );
    return 2;
  }

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
      if (dispatchesOnOwnName(existing)) {
        process.stderr.write(
          `leakhound: the pre-commit hook at ${hook} finds its work by its own file name, so chaining (which renames it) would disable it; no hook was installed; add to it: ${HOOK_LINE}\n`,
        );
        return 2;
      }
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
  process.stderr.write(
    `leakhound: installed the pre-commit hook at ${hook}${chained ? " (runs the previous hook first)" : ""}\n`,
  );
  return 0;
}

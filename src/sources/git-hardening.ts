// The one list of git options that keeps a scanned repository from running anything: every git
// command leakhound starts carries it, because the repository's .git/config, .gitattributes and
// hooks were chosen by whoever wrote it. bin/leakhound.js keeps a copy for the pre-commit diff
// (it loads no TypeScript); test/hostile-git.test.ts checks that the two are equal.
// README, "Security model: git hardening", says why each one is there.
import { existsSync, realpathSync } from "node:fs";
import { dirname, join, resolve } from "node:path";

/**
 * `-c` settings on git's command line, which win over every config file. Each names a setting
 * that makes git run a program (or, for protocol.*, a transport that does) and makes it harmless.
 */
export const HARDENING_CONFIG: readonly string[] = [
  "core.fsmonitor=false",
  "core.hooksPath=/dev/null",
  "core.pager=cat",
  "core.editor=false",
  "sequence.editor=false",
  "core.askPass=",
  "core.alternateRefsCommand=",
  "diff.external=",
  "log.showSignature=false",
  "gpg.program=false",
  "gpg.ssh.program=false",
  "gpg.x509.program=false",
  "submodule.recurse=false",
  "fetch.recurseSubmodules=false",
  "gc.auto=0",
  "maintenance.auto=false",
  // no transport at all: a read of the repository never needs one, and a partial clone's lazy fetch
  // would reach a host (and run the upload-pack) that the repository's config names
  "protocol.allow=never",
  "protocol.ext.allow=never",
  "protocol.file.allow=never",
];

/**
 * Settings that only a repository's own config could set to harm: the program ssh runs and the
 * credential helpers asked (the empty value empties the list). Neutral in commands on a scanned
 * repository (the Action's fetch from origin); left to the operator's own config where leakhound
 * clones into its cache, whose config it wrote itself. remote.<name>.uploadpack cannot be
 * overridden this way (the first value wins): a fetch passes --upload-pack instead.
 */
export const REPO_CONFIG_NEUTRAL: readonly string[] = ["core.sshCommand=ssh", "credential.helper="];

/** For every fetch: the upload-pack to run on the other side, whatever remote.<name>.uploadpack says. */
export const FETCH_ARGS: readonly string[] = ["--upload-pack=git-upload-pack", "--no-recurse-submodules"];

/**
 * The transports of a clone or fetch leakhound means to make (`repos`, the Action's fetch from
 * origin): ext:: stays refused, since it runs a command (and url.<base>.insteadOf can turn any URL
 * into one); file is here because lists and test checkouts name local repositories.
 */
export const TRANSPORT_CONFIG: readonly string[] = [
  "protocol.https.allow=always",
  "protocol.http.allow=always",
  "protocol.ssh.allow=always",
  "protocol.git.allow=always",
  "protocol.file.allow=always",
];

/** The environment of every git command: no prompts, no askpass program, no pager, no optional locks. */
export const HARDENING_ENV: Readonly<Record<string, string>> = {
  GIT_OPTIONAL_LOCKS: "0",
  GIT_TERMINAL_PROMPT: "0",
  GIT_PAGER: "cat",
  // set and empty: git then asks neither core.askPass nor SSH_ASKPASS (prompt.c)
  GIT_ASKPASS: "",
  SSH_ASKPASS: "",
  SSH_ASKPASS_REQUIRE: "never",
  // core.gitProxy from a repository's config is ignored while this is set, and empty means none
  GIT_PROXY_COMMAND: "",
  // git 2.45 and later: a partial clone's missing objects are not fetched (protocol.allow covers older ones)
  GIT_NO_LAZY_FETCH: "1",
  LC_ALL: "C",
};

/** `--no-pager` (pager.<command> too) and the settings as `-c` pairs, before the git subcommand. */
export function hardeningArgs(extra: readonly string[] = []): string[] {
  return ["--no-pager", ...[...HARDENING_CONFIG, ...extra].flatMap((setting) => ["-c", setting])];
}

/**
 * `-c safe.directory=` for the repository being scanned: git refuses a repository owned by another
 * user ("dubious ownership": a CI checkout, a mounted volume) because its config could run code as
 * the caller. Every setting that runs code is overridden above, so the repository named, and only
 * it, is let through: the folder itself and the top of the work tree holding it, as real paths.
 */
export function safeDirectoryArgs(repo: string): string[] {
  const here = realPath(resolve(repo));
  const top = realPath(workTreeTopOf(here));
  return (top === here ? [here] : [here, top]).flatMap((dir) => ["-c", `safe.directory=${dir}`]);
}

/** Everything before the subcommand in a git command on the scanned repository `repo`. */
export function scannedRepoArgs(repo: string): string[] {
  return ["-C", repo, ...hardeningArgs(REPO_CONFIG_NEUTRAL), ...safeDirectoryArgs(repo)];
}

/** The environment for git: the caller's, with HARDENING_ENV over it. */
export function hardenedEnv(extra: Record<string, string> = {}): NodeJS.ProcessEnv {
  return { ...process.env, ...HARDENING_ENV, ...extra };
}

function realPath(path: string): string {
  try {
    return realpathSync(path);
  } catch {
    return path;
  }
}

// the nearest folder above holding .git (git's own search), or the folder itself; kept equal to
// bin/leakhound.js, which must pass the same safe.directory for the pre-commit diff
function workTreeTopOf(dir: string): string {
  for (let d = dir; ; d = dirname(d)) {
    if (existsSync(join(d, ".git"))) return d;
    if (dirname(d) === d) return dir;
  }
}

// The git source: repositories, revisions and the staged changes, read through the git command
// line (history.ts and cat-file.ts read history itself). Read-only: it never writes to the repository.
import { accessSync, constants, existsSync, statSync } from "node:fs";
import { createRequire } from "node:module";
import { delimiter, dirname, join, resolve } from "node:path";
import { LeakhoundError } from "../errors.js";
import type { Fragment, ScanProblem } from "../model.js";
import { HARDENING_ENV, hardenedEnv, scannedRepoArgs } from "./git-hardening.js";
import { PatchParser, type PatchStats } from "./patch.js";

/** The environment of every git call (see git-hardening.ts): no optional locks, prompts or askpass. */
export function gitEnv(): NodeJS.ProcessEnv {
  return hardenedEnv();
}

// node:child_process (and net and streams behind it) takes about 3 ms to load, and the pre-commit
// path usually runs no git command of its own (bin/leakhound.js has started the diff): loaded on use.
const require = createRequire(import.meta.url);
const childProcess = (): typeof import("node:child_process") => require("node:child_process");

const DIFF_OPTIONS = ["-U0", "--no-color", "--no-ext-diff", "--no-textconv", "--find-renames", "--ignore-submodules"];

export interface RepoInfo {
  /** top of the work tree, or the git dir for a bare repository */
  root: string;
  shallow: boolean;
  /** HEAD points at a commit (false in a new repository before its first commit) */
  hasHead: boolean;
  /** the repository has tags (when inspectRepo was asked): without any, no tag message can be in scope */
  hasTags?: boolean;
  /** the git dir (when inspectRepo was asked) */
  gitDir?: string;
}

function git(repo: string, args: string[]): { ok: boolean; stdout: string; stderr: string } {
  const result = childProcess().spawnSync("git", [...scannedRepoArgs(repo), ...args], {
    env: gitEnv(),
    encoding: "utf8",
  });
  if (result.error) {
    throw new LeakhoundError("GIT_FAILED", `cannot run git: ${result.error.message}`);
  }
  return { ok: result.status === 0, stdout: result.stdout.trim(), stderr: result.stderr.trim() };
}

/** True when a git executable can be run. */
let gitBinary: boolean | undefined;

/**
 * Whether there is a git executable on PATH, as the spawns below would find it (asked once per
 * process). Looked up, not run: `git --version` costs a process start (about 4 ms) on every scan.
 * A git that is there but does not run fails the scan that calls it (exit 2), never goes unscanned.
 */
export function hasGitBinary(): boolean {
  gitBinary ??= onPath(process.platform === "win32" ? ["git.exe", "git.cmd", "git.bat"] : ["git"]);
  return gitBinary;
}

function onPath(names: string[]): boolean {
  // process.env, not a copy of it: on Windows only process.env reads "Path" as "PATH"
  for (const dir of (process.env.PATH ?? "").split(delimiter)) {
    if (!dir) continue;
    for (const name of names) {
      try {
        const file = join(dir, name);
        accessSync(file, constants.X_OK);
        if (statSync(file).isFile()) return true;
      } catch {
        // not here
      }
    }
  }
  return false;
}

/** The one note a history scan prints when it falls back to isomorphic-git (no git executable). */
export function noteNoGitForHistory(): void {
  process.stderr.write(
    "leakhound: note: no git executable found; reading the repository with isomorphic-git (much slower)\n",
  );
}

/** Checks that `repo` is a git repository and describes it; a one-line error otherwise. */
export function inspectRepo(repo: string): RepoInfo {
  // one git call in the common case (HEAD exists); a second one when HEAD is unborn or to explain a
  // failure. --tags comes last: the object ids of the tags, if any, follow everything else
  const query = ["rev-parse", "--is-bare-repository", "--is-shallow-repository", "--absolute-git-dir", "--show-cdup"];
  const probe = git(repo, [...query, "--verify", "-q", "HEAD^{commit}", "--tags"]);
  let lines = probe.stdout.split("\n");
  const hasHead = probe.ok;
  if (!probe.ok) {
    const retry = git(repo, [...query, "--tags"]);
    if (!retry.ok) {
      const why =
        retry.stderr
          .split("\n")
          .find((l) => l.startsWith("fatal:"))
          ?.replace(/^fatal: /, "") ?? retry.stderr;
      throw new LeakhoundError("NOT_A_REPO", `${repo} is not a git repository (${why})`);
    }
    lines = retry.stdout.split("\n");
  }
  const [bare, shallow, gitDir] = lines;
  // a bare repository prints no --show-cdup line; a work tree prints the way up to its top ("" at the top)
  const root = bare === "true" ? gitDir! : resolve(repo, lines[3] ?? "");
  // the lines before the tags: three, the way up (work trees only), HEAD's commit (when it has one)
  const before = (bare === "true" ? 3 : 4) + (hasHead ? 1 : 0);
  const hasTags = lines.slice(before).some((line) => line !== "");
  return { root, shallow: shallow === "true", hasHead, hasTags, ...(gitDir ? { gitDir } : {}) };
}

/** The commits the refs point at (branches, tags, HEAD): what a later scan can start from. */
export function refTips(repo: string): string[] {
  const refs = git(repo, ["for-each-ref", "--format=%(objectname) %(objecttype) %(*objectname)"]);
  const tips = new Set<string>();
  for (const line of refs.stdout.split("\n").filter(Boolean)) {
    const [oid, type, peeled] = line.split(" ");
    tips.add(type === "tag" && peeled ? peeled : oid!);
  }
  const head = git(repo, ["rev-parse", "--verify", "--quiet", "HEAD^{commit}"]);
  if (head.ok) tips.add(head.stdout);
  return [...tips].sort();
}

/** The commits of `oids` that exist in the repository (a force-push or gc can drop old tips). */
export function existingCommits(repo: string, oids: string[]): string[] {
  if (oids.length === 0) return [];
  const r = childProcess().spawnSync("git", [...scannedRepoArgs(repo), "cat-file", "--batch-check"], {
    input: oids.join("\n") + "\n",
    encoding: "utf8",
    env: gitEnv(),
  });
  return (r.stdout ?? "")
    .split("\n")
    .filter((l) => / commit \d+$/.test(l))
    .map((l) => l.split(" ")[0]!);
}

/** Resolves a revision to a commit, with a one-line error naming it if it does not exist. */
export function verifyRevision(repo: string, rev: string): void {
  if (rev.startsWith("-") || !git(repo, ["rev-parse", "--verify", "--quiet", `${rev}^{commit}`]).ok) {
    throw new LeakhoundError("USAGE", `no such commit or branch in ${repo}: ${rev}`);
  }
}

export interface HistoryScope {
  /** scan only this branch (or any revision); default: all refs */
  branch?: string;
  /** scan only the commits in A..B */
  range?: string;
  /** scan only the commits after this one */
  sinceCommit?: string;
  /** leave out the commits reachable from these (already scanned: see `leakhound repos`) */
  exclude?: string[];
  /**
   * `git log` options that filter the commits listed (`--since=…`, `--no-merges`): from --log-opts, allowlisted in
   * cli/gitleaks-flags.ts
   */
  logOptions?: string[];
}

/** The `git log` revision arguments for a scope. */
/** The two ends of `A..B` (or `A...B`); a one-line usage error for anything else. */
export function rangeEnds(range: string): [from: string, to: string] {
  const [from, to] = range.split(/\.\.\.?/);
  if (!range.includes("..") || !from || !to)
    throw new LeakhoundError("USAGE", `--range must look like A..B, not ${range}`);
  return [from, to];
}

export function revisionArgs(repo: string, scope: HistoryScope): string[] {
  if (scope.range) {
    const [from, to] = rangeEnds(scope.range);
    verifyRevision(repo, from);
    verifyRevision(repo, to);
    return [...(scope.logOptions ?? []), scope.range];
  }
  const refs = scope.branch ? [scope.branch] : ["--all"];
  if (scope.branch) verifyRevision(repo, scope.branch);
  const not = [...(scope.sinceCommit ? [scope.sinceCommit] : []), ...(scope.exclude ?? [])];
  if (scope.sinceCommit) verifyRevision(repo, scope.sinceCommit);
  const options = scope.logOptions ?? [];
  return not.length > 0 ? [...options, ...refs, "--not", ...not] : [...options, ...refs];
}

export interface GitScanStats extends PatchStats {
  bytes: number;
  errors: ScanProblem[];
}

/** A running git command: its output as a stream, and how it ended (a failure is a problem, not a throw). */
export interface GitStream {
  stdout: NodeJS.ReadableStream & { pause(): unknown; resume(): unknown };
  /** resolves when git exits; a non-zero exit is described in `errors` */
  done: Promise<ScanProblem[]>;
  kill(): void;
}

function spawnFailure(err: NodeJS.ErrnoException): LeakhoundError {
  return new LeakhoundError(err.code === "ENOENT" ? "NO_GIT" : "GIT_FAILED", `cannot run git: ${err.message}`);
}

function exitProblems(
  repo: string,
  args: string[],
  code: number | null,
  signal: string | null,
  stderr: string,
): ScanProblem[] {
  if (code === 0) return [];
  const line =
    stderr.split("\n").find((l) => /^(fatal|error):/.test(l)) ?? `git exited with ${signal ?? `code ${code}`}`;
  // the subcommand, past any `-c name=value` before it
  const command = args.find((arg, i) => arg !== "-c" && args[i - 1] !== "-c");
  return [{ path: repo, reason: `git ${command} failed: ${line.replace(/^(fatal|error): /, "")}` }];
}

/** Runs git with its output streamed; `input`, if given, is written to its stdin. */
export function spawnGit(repo: string, args: string[], input?: string): GitStream {
  const child = childProcess().spawn("git", [...scannedRepoArgs(repo), "-c", "core.quotePath=true", ...args], {
    // a listing read to its end: git's output fully buffered, not flushed after each commit as it
    // is into a pipe by default (measured: `git log -p` into a pipe, 0.62 s with a flush per commit,
    // 0.57 s without, on a 6,400-commit history)
    env: { ...gitEnv(), GIT_FLUSH: "0" },
    stdio: ["pipe", "pipe", "pipe"],
  });
  child.stdin.on("error", () => undefined); // git that dies early is reported through its exit
  child.stdin.end(input ?? "");
  let stderr = "";
  child.stderr.on("data", (chunk: Buffer) => {
    if (stderr.length < 64 * 1024) stderr += chunk.toString("utf8");
  });
  const done = new Promise<ScanProblem[]>((resolve, reject) => {
    child.on("error", (err: NodeJS.ErrnoException) => reject(spawnFailure(err)));
    child.on("close", (code, signal) => resolve(exitProblems(repo, args, code, signal, stderr)));
  });
  return { stdout: child.stdout, done, kill: () => child.kill() };
}

/**
 * Added lines of what is staged: the index against HEAD (git compares with the empty tree before the
 * first commit). On the pre-commit path, so no other git call comes first: only when git fails is
 * the repository inspected, to say why.
 */
export interface StagedDiff {
  repo: string;
  output: Promise<{ chunks: Buffer[]; errors: ScanProblem[] }>;
}

/** The staged diff's arguments, hardening included. bin/leakhound.js starts the same command (see below). */
export function stagedDiffArgs(repo: string): string[] {
  return [...scannedRepoArgs(repo), "-c", "core.quotePath=true", ...STAGED_DIFF];
}
const STAGED_DIFF = ["diff", "--cached", ...DIFF_OPTIONS, "--"];

/** A `git diff --cached` that bin/leakhound.js started before loading anything else. */
interface EarlyDiff {
  repo: string;
  args: string[];
  env: Record<string, string>;
  result: Promise<{
    chunks: Buffer[];
    stderr: string;
    code: number | null;
    signal: string | null;
    error?: NodeJS.ErrnoException;
  }>;
}

/**
 * Starts `git diff --cached` at once, so git runs while the caller loads its rules. On the
 * pre-commit path the entry script has started it already, while Node was still small (forking is
 * cheaper then) and before the bundle loaded: it is taken over when it is the very same command.
 */
export function startStagedDiff(repo: string): StagedDiff {
  const holder = globalThis as { __leakhoundEarlyDiff?: EarlyDiff };
  const early = holder.__leakhoundEarlyDiff;
  holder.__leakhoundEarlyDiff = undefined;
  const args = STAGED_DIFF; // spawnGit adds the hardening and -c core.quotePath=true itself
  if (
    early &&
    early.repo === repo &&
    early.args.join("\0") === stagedDiffArgs(repo).join("\0") &&
    Object.entries(HARDENING_ENV).every(([k, v]) => early.env[k] === v)
  ) {
    return {
      repo,
      output: early.result.then(({ chunks, stderr, code, signal, error }) => {
        if (error) throw spawnFailure(error);
        return { chunks, errors: exitProblems(repo, args, code, signal, stderr) };
      }),
    };
  }
  const git = spawnGit(repo, args);
  const chunks: Buffer[] = [];
  git.stdout.on("data", (chunk: Buffer) => chunks.push(chunk));
  return { repo, output: git.done.then((errors) => ({ chunks, errors })) };
}

export async function stagedPatches(
  diff: StagedDiff,
  maxFileBytes: number,
  onFragment: (fragment: Fragment) => void,
): Promise<GitScanStats> {
  const { chunks, errors } = await diff.output;
  if (errors.length > 0) inspectRepo(diff.repo); // throws a one-line error if this is no repository
  const parser = new PatchParser(onFragment, maxFileBytes);
  for (const chunk of chunks) parser.push(chunk);
  parser.end();
  return { bytes: chunks.reduce((n, c) => n + c.length, 0), errors, ...parser.stats };
}

/** The top of the work tree holding `dir` (the nearest folder above with a .git), without running git. */
export function workTreeTop(dir: string): string {
  for (let d = resolve(dir); ; d = dirname(d)) {
    if (existsSync(join(d, ".git"))) return d;
    if (dirname(d) === d) return resolve(dir);
  }
}

/** Resolves a revision to its commit id (a one-line error when there is none). */
export function commitOf(repo: string, rev: string): string {
  verifyRevision(repo, rev);
  return git(repo, ["rev-parse", "--verify", "--quiet", `${rev}^{commit}`]).stdout;
}

/**
 * The content of `path` (relative to the top of the tree) at commit `rev`, or undefined when that
 * commit has no such file; any other failure (a missing object) is an error, never "no file".
 */
export function fileAtCommit(repo: string, rev: string, path: string): string | undefined {
  const spec = `${rev}:${path}`;
  const type = git(repo, ["cat-file", "-t", spec]);
  if (!type.ok) {
    if (/does not exist|exists on disk, but not in|not a valid object name|invalid object name/i.test(type.stderr))
      return undefined;
    throw new LeakhoundError(
      "GIT_FAILED",
      `cannot read ${path} at ${rev}: ${type.stderr.split("\n")[0] ?? "git failed"}`,
    );
  }
  if (type.stdout !== "blob") return undefined;
  const blob = childProcess().spawnSync("git", [...scannedRepoArgs(repo), "cat-file", "blob", spec], {
    env: gitEnv(),
    maxBuffer: 64 * 1024 * 1024,
  });
  if (blob.error || blob.status !== 0)
    throw new LeakhoundError(
      "GIT_FAILED",
      `cannot read ${path} at ${rev}: ${blob.stderr?.toString("utf8").split("\n")[0] ?? blob.error?.message}`,
    );
  return blob.stdout.toString("utf8");
}

/** The URL of the repository's `origin` remote, if it has one. */
export function originUrl(repo: string): string | undefined {
  const r = git(repo, ["remote", "get-url", "origin"]);
  return r.ok && r.stdout ? r.stdout : undefined;
}

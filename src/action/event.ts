// Which commits a workflow run should scan, from the event that triggered it: the commits a pull
// request adds, the commits a push adds, or the whole history for scheduled and manual runs.
import { spawnSync } from "node:child_process";
import { LeakhoundError } from "../errors.js";
import { gitEnv } from "../sources/git.js";
import { FETCH_ARGS, scannedRepoArgs, TRANSPORT_CONFIG } from "../sources/git-hardening.js";

const ZERO = /^0+$/;

export interface EventScope {
  /** `leakhound git` arguments that select the commits */
  args: string[];
  /** what is scanned, in words, for the job summary */
  description: string;
  /**
   * The commits are a change under review (a pull request, a merge queue entry): it must be judged
   * by the settings of its base, not by settings it brings itself.
   */
  underReview: boolean;
  /** the two ends of the scanned range, when the event scans one */
  range?: [base: string, head: string];
}

interface Payload {
  pull_request?: { base?: { sha?: string; ref?: string }; head?: { sha?: string; ref?: string }; number?: number };
  merge_group?: { base_sha?: string; head_sha?: string; head_ref?: string };
  before?: string;
  after?: string;
  ref?: string;
}

function git(repo: string, args: string[]): { ok: boolean; out: string; err: string } {
  // the fetch from origin needs a transport (origin may be a local path: a test's, a self-hosted runner's)
  const transport = args[0] === "fetch" ? TRANSPORT_CONFIG.flatMap((c) => ["-c", c]) : [];
  const r = spawnSync("git", [...scannedRepoArgs(repo), ...transport, ...args], { encoding: "utf8", env: gitEnv() });
  return { ok: r.status === 0, out: (r.stdout ?? "").trim(), err: (r.stderr ?? "").trim() };
}

function hasCommit(repo: string, sha: string): boolean {
  return git(repo, ["cat-file", "-e", `${sha}^{commit}`]).ok;
}

/**
 * Makes sure `base..head` can be computed: checkouts are often shallow (actions/checkout fetches one
 * commit by default), so fetch the missing history from origin, or explain the fetch-depth needed.
 */
function ensureRange(repo: string, base: string, head: string): void {
  const shallow = git(repo, ["rev-parse", "--is-shallow-repository"]).out === "true";
  if (shallow || !hasCommit(repo, base) || !hasCommit(repo, head)) {
    const fetch = git(repo, [
      "fetch",
      ...FETCH_ARGS,
      "--no-tags",
      "--quiet",
      ...(shallow ? ["--unshallow"] : []),
      "origin",
      base,
      head,
    ]);
    if (!fetch.ok || !hasCommit(repo, base) || !hasCommit(repo, head)) {
      throw new LeakhoundError(
        "GIT_FAILED",
        `the checkout lacks the commits to compare (${base.slice(0, 12)}..${head.slice(0, 12)}) and fetching them failed; ` +
          "use actions/checkout with `fetch-depth: 0`",
      );
    }
  }
}

export function scopeForEvent(eventName: string, payload: Payload, repo: string): EventScope {
  if (eventName === "pull_request" || eventName === "pull_request_target") {
    const base = payload.pull_request?.base?.sha;
    const head = payload.pull_request?.head?.sha;
    if (!base || !head) throw new LeakhoundError("USAGE", "the pull_request event has no base or head commit");
    ensureRange(repo, base, head);
    return {
      args: ["--range", `${base}..${head}`],
      range: [base, head],
      description: `the commits of pull request #${payload.pull_request?.number ?? "?"} (${base.slice(0, 7)}..${head.slice(0, 7)})`,
      underReview: true,
    };
  }
  if (eventName === "merge_group") {
    const base = payload.merge_group?.base_sha;
    const head = payload.merge_group?.head_sha;
    if (!base || !head) throw new LeakhoundError("USAGE", "the merge_group event has no base or head commit");
    ensureRange(repo, base, head);
    return {
      args: ["--range", `${base}..${head}`],
      range: [base, head],
      description: `the commits of the merge queue entry (${base.slice(0, 7)}..${head.slice(0, 7)})`,
      underReview: true,
    };
  }
  if (eventName === "push") {
    const { before, after } = payload;
    if (!after || ZERO.test(after))
      return { args: ["--range", "HEAD..HEAD"], description: "nothing (a branch was deleted)", underReview: false };
    if (!before || ZERO.test(before)) {
      return {
        args: ["--branch", after],
        description: `the history of the new branch ${payload.ref ?? after.slice(0, 7)}`,
        underReview: false,
      };
    }
    ensureRange(repo, before, after);
    return {
      args: ["--range", `${before}..${after}`],
      range: [before, after],
      description: `the pushed commits (${before.slice(0, 7)}..${after.slice(0, 7)})`,
      underReview: false,
    };
  }
  const shallow = git(repo, ["rev-parse", "--is-shallow-repository"]).out === "true";
  if (shallow) git(repo, ["fetch", ...FETCH_ARGS, "--no-tags", "--quiet", "--unshallow", "origin"]);
  return { args: [], description: "the full history of every branch and tag", underReview: false };
}

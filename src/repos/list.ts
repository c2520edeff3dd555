// Which repositories to scan: a list file (local paths or clone URLs), or an organisation's or
// user's repositories on GitHub (or GitHub Enterprise), filtered by name, archived and fork status.
import { createHash } from "node:crypto";
import { readFileSync } from "node:fs";
import { resolve } from "node:path";
import { LeakhoundError, reasonOf } from "../errors.js";
import { globMatcher } from "../filters/glob.js";

export interface RepoSpec {
  /** stable name: owner/name for hosted repositories, the absolute path for local ones */
  name: string;
  /** clone URL, or a local path scanned in place */
  location: string;
  local: boolean;
}

const URL_LIKE = /^(?:[a-z][a-z0-9+.-]*:\/\/|git@[^:]+:)/i;

/** A repository's name from its clone URL: host/owner/name without .git. */
export function nameFromUrl(url: string): string {
  return url
    .replace(/^[a-z][a-z0-9+.-]*:\/\/(?:[^@/]+@)?/i, "")
    .replace(/^git@([^:]+):/, "$1/")
    .replace(/\.git$/, "")
    .replace(/\/+$/, "");
}

export function readListFile(file: string): RepoSpec[] {
  let text: string;
  try {
    text = readFileSync(file, "utf8");
  } catch (err) {
    throw new LeakhoundError("NOT_FOUND", `cannot read repository list ${file}: ${reasonOf(err)}`);
  }
  return text
    .split("\n")
    .map((l) => l.replace(/#.*/, "").trim())
    .filter(Boolean)
    .map((entry) =>
      URL_LIKE.test(entry)
        ? { name: nameFromUrl(entry), location: entry, local: false }
        : { name: resolve(entry), location: resolve(entry), local: true },
    );
}

export interface GitHubListing {
  org?: string;
  user?: string;
  apiUrl?: string;
  token?: string;
  skipArchived: boolean;
  skipForks: boolean;
}

/** The repositories of a GitHub organisation or user, through @octokit/rest. */
export async function listGitHub(listing: GitHubListing): Promise<RepoSpec[]> {
  const { Octokit } = await import("@octokit/rest");
  const octokit = new Octokit({
    ...(listing.token ? { auth: listing.token } : {}),
    ...(listing.apiUrl ? { baseUrl: listing.apiUrl } : {}),
    userAgent: "leakhound",
    log: { debug() {}, info() {}, warn() {}, error() {} },
  });
  try {
    const repos = listing.org
      ? await octokit.paginate(octokit.rest.repos.listForOrg, { org: listing.org, per_page: 100, type: "all" })
      : await octokit.paginate(octokit.rest.repos.listForUser, {
          username: listing.user!,
          per_page: 100,
          type: "owner",
        });
    return repos
      .filter((r) => !(listing.skipArchived && r.archived) && !(listing.skipForks && r.fork))
      .map((r) => ({ name: r.full_name, location: r.clone_url!, local: false }));
  } catch (err) {
    throw new LeakhoundError(
      "GIT_FAILED",
      `cannot list the repositories of ${listing.org ?? listing.user} on GitHub: ${reasonOf(err)}`,
    );
  }
}

/** Keeps the repositories whose names pass the include/exclude globs. */
export function filterByName(specs: RepoSpec[], include?: string[], exclude?: string[]): RepoSpec[] {
  const inc = globMatcher(include);
  const exc = globMatcher(exclude);
  return specs.filter((s) => (!inc || inc(s.name)) && !exc?.(s.name));
}

/**
 * This shard's share of the list: a repository belongs to shard hash(name) mod n, so shards are
 * disjoint, cover the list, and adding a repository moves no other one.
 */
export function shardOf(specs: RepoSpec[], index: number, count: number): RepoSpec[] {
  return specs.filter(
    (s) => parseInt(createHash("sha1").update(s.name).digest("hex").slice(0, 8), 16) % count === index,
  );
}

export function parseShard(
  text: string | undefined,
  jobIndex: string | undefined,
  shards: number | undefined,
): { index: number; count: number } | undefined {
  if (text) {
    const m = /^(\d+)\/(\d+)$/.exec(text);
    if (!m || Number(m[1]) >= Number(m[2]) || Number(m[2]) < 1)
      throw new LeakhoundError("USAGE", `--shard takes i/n with 0 <= i < n, not ${text}`);
    return { index: Number(m[1]), count: Number(m[2]) };
  }
  if (shards !== undefined) {
    if (jobIndex === undefined)
      throw new LeakhoundError(
        "USAGE",
        "--shards needs JOB_COMPLETION_INDEX (a Kubernetes Indexed Job sets it) or use --shard i/n",
      );
    const index = Number(jobIndex);
    if (!Number.isInteger(index) || index < 0 || index >= shards)
      throw new LeakhoundError("USAGE", `JOB_COMPLETION_INDEX ${jobIndex} is not below --shards ${shards}`);
    return { index, count: shards };
  }
  return undefined;
}

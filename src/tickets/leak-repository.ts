// Which repository a leak is in, for tickets and their payloads: the Action's GITHUB_REPOSITORY,
// else owner/name from the origin remote's URL, else the folder's name. Never the repository that
// receives the tickets.
import { basename, resolve } from "node:path";
import { originUrl } from "../sources/git.js";

/** owner/name from a clone URL (https, ssh, scp-like), or the URL itself without credentials. */
export function repositoryFromUrl(url: string): string {
  const scp = /^[^@/\s]+@[^:/\s]+:(.+?)(?:\.git)?\/?$/.exec(url);
  if (scp) return scp[1]!;
  try {
    const parsed = new URL(url);
    const path = parsed.pathname
      .replace(/^\/+/, "")
      .replace(/\.git\/?$/, "")
      .replace(/\/+$/, "");
    return path || parsed.host;
  } catch {
    return url.replace(/\.git\/?$/, "");
  }
}

export function leakRepository(root: string, env: NodeJS.ProcessEnv = process.env): string {
  if (env.GITHUB_REPOSITORY) return env.GITHUB_REPOSITORY;
  const url = originUrl(root);
  return url ? repositoryFromUrl(url) : basename(resolve(root));
}

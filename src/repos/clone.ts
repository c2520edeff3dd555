// Bare mirror clones in a cache folder: cloned once, fetched on later runs. Local repositories are
// scanned where they are, read-only.
import { spawnSync } from "node:child_process";
import { existsSync, mkdirSync } from "node:fs";
import { join } from "node:path";
import { LeakhoundError } from "../errors.js";
import { FETCH_ARGS, hardenedEnv, hardeningArgs, TRANSPORT_CONFIG } from "../sources/git-hardening.js";
import type { RepoSpec } from "./list.js";

/**
 * The host `repos` may send the GitHub token to: github.com, or the Enterprise host of
 * --github-api-url (`https://HOST/api/v3`, or `https://api.HOST/` as api.github.com is).
 */
export function githubHost(apiUrl?: string): string {
  if (!apiUrl) return "github.com";
  let url: URL;
  try {
    url = new URL(apiUrl);
  } catch {
    throw new LeakhoundError("USAGE", `--github-api-url is not a URL: ${apiUrl}`);
  }
  const host = url.host.toLowerCase();
  return host.startsWith("api.") && !url.pathname.startsWith("/api/") ? host.slice(4) : host;
}

/**
 * The environment config that sends `token` with git's requests for `url`, as Basic auth in an
 * extra header scoped to `https://HOST/` (so no other URL, redirect or submodule gets it) and
 * given through GIT_CONFIG_* variables, never on the command line, where other users could read it.
 * Nothing unless `url` is https on exactly `host`: never another host, never plain http.
 */
export function tokenConfig(
  url: string,
  host: string,
  token: string | undefined,
  env: NodeJS.ProcessEnv = process.env,
): Record<string, string> {
  if (!token) return {};
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return {};
  }
  if (parsed.protocol !== "https:" || parsed.host.toLowerCase() !== host.toLowerCase()) return {};
  const basic = Buffer.from(`x-access-token:${token}`).toString("base64");
  // after whatever config the operator passes the same way
  const count = Number(env.GIT_CONFIG_COUNT) > 0 ? Number(env.GIT_CONFIG_COUNT) : 0;
  return {
    GIT_CONFIG_COUNT: String(count + 1),
    [`GIT_CONFIG_KEY_${count}`]: `http.https://${parsed.host.toLowerCase()}/.extraHeader`,
    [`GIT_CONFIG_VALUE_${count}`]: `Authorization: Basic ${basic}`,
  };
}

function run(args: string[], location: string, host: string): { ok: boolean; error: string } {
  const token = process.env.LEAKHOUND_GIT_TOKEN || process.env.GITHUB_TOKEN;
  // the cache's config is leakhound's own: the operator's ssh and credential settings are kept
  const env = hardenedEnv(tokenConfig(location, host, token));
  const r = spawnSync("git", args, { env, encoding: "utf8", timeout: 30 * 60 * 1000 });
  const error =
    (r.stderr ?? "")
      .split("\n")
      .find((l) => /^(fatal|error):/.test(l))
      ?.replace(/^(fatal|error): /, "") ??
    r.error?.message ??
    `git exited ${r.status}`;
  return { ok: r.status === 0, error };
}

/** The folder to scan for `spec`: its path, or its clone in `cacheDir` (made or brought up to date). */
export function ensureLocal(
  spec: RepoSpec,
  cacheDir: string,
  host = "github.com",
): { path: string } | { error: string } {
  if (spec.local) return existsSync(spec.location) ? { path: spec.location } : { error: "no such folder" };
  const dir = join(cacheDir, `${spec.name.replace(/[^A-Za-z0-9._-]+/g, "_")}.git`);
  const hardening = hardeningArgs(TRANSPORT_CONFIG);
  if (existsSync(join(dir, "HEAD"))) {
    const fetched = run(
      ["-C", dir, ...hardening, "fetch", ...FETCH_ARGS, "--prune", "--quiet", "origin", "+refs/*:refs/*"],
      spec.location,
      host,
    );
    return fetched.ok ? { path: dir } : { error: `fetch failed: ${fetched.error}` };
  }
  mkdirSync(cacheDir, { recursive: true });
  const cloned = run([...hardening, "clone", "--mirror", "--quiet", "--", spec.location, dir], spec.location, host);
  return cloned.ok ? { path: dir } : { error: `clone failed: ${cloned.error}` };
}

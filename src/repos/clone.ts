// Bare mirror clones in a cache folder: cloned once, fetched on later runs. Local repositories are
// scanned where they are, read-only.
import { spawnSync } from "node:child_process";
import { existsSync, mkdirSync } from "node:fs";
import { join } from "node:path";
import { gitEnv } from "../sources/git.js";
import type { RepoSpec } from "./list.js";

/**
 * With GITHUB_TOKEN set, git authenticates to https hosts with it, through environment config (never
 * on the command line, where other users could read it).
 */
function authEnv(): NodeJS.ProcessEnv {
  const token = process.env.LEAKHOUND_GIT_TOKEN || process.env.GITHUB_TOKEN;
  if (!token) return gitEnv();
  const basic = Buffer.from(`x-access-token:${token}`).toString("base64");
  return { ...gitEnv(), GIT_CONFIG_COUNT: "1", GIT_CONFIG_KEY_0: "http.extraHeader", GIT_CONFIG_VALUE_0: `Authorization: Basic ${basic}` };
}

function run(args: string[], cwd?: string): { ok: boolean; error: string } {
  const r = spawnSync("git", args, { cwd, env: authEnv(), encoding: "utf8", timeout: 30 * 60 * 1000 });
  const error = (r.stderr ?? "").split("\n").find((l) => /^(fatal|error):/.test(l))?.replace(/^(fatal|error): /, "") ?? (r.error?.message ?? `git exited ${r.status}`);
  return { ok: r.status === 0, error };
}

/** The folder to scan for `spec`: its path, or its clone in `cacheDir` (made or brought up to date). */
export function ensureLocal(spec: RepoSpec, cacheDir: string): { path: string } | { error: string } {
  if (spec.local) return existsSync(spec.location) ? { path: spec.location } : { error: "no such folder" };
  const dir = join(cacheDir, `${spec.name.replace(/[^A-Za-z0-9._-]+/g, "_")}.git`);
  if (existsSync(join(dir, "HEAD"))) {
    const fetched = run(["-C", dir, "fetch", "--prune", "--quiet", "origin", "+refs/*:refs/*"]);
    return fetched.ok ? { path: dir } : { error: `fetch failed: ${fetched.error}` };
  }
  mkdirSync(cacheDir, { recursive: true });
  const cloned = run(["clone", "--mirror", "--quiet", spec.location, dir]);
  return cloned.ok ? { path: dir } : { error: `clone failed: ${cloned.error}` };
}

// Bare mirror clones in a cache folder: cloned once, fetched on later runs. Local repositories are
// scanned where they are, read-only.
import { spawnSync } from "node:child_process";
import { existsSync, mkdirSync } from "node:fs";
import { join } from "node:path";
import { gitEnv } from "../sources/git.js";
import type { RepoSpec } from "./list.js";

function run(args: string[], cwd?: string): { ok: boolean; error: string } {
  const r = spawnSync("git", args, { cwd, env: gitEnv(), encoding: "utf8", timeout: 30 * 60 * 1000 });
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

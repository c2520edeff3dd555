// Builds a realistic git repository for the benchmarks from real text available offline: successive
// published versions of real npm packages (fetched once with `npm pack`, cached in bench/.work),
// committed one after another, plus a few planted secrets (generated at run time) that are later deleted.
// Usage: node bench/make-repo.mjs [DEST] [--versions N]
import { execFileSync } from "node:child_process";
import { existsSync, mkdirSync, readdirSync, rmSync, writeFileSync } from "node:fs";
import { join, resolve } from "node:path";
import { fileURLToPath } from "node:url";

const here = fileURLToPath(new URL(".", import.meta.url));
const args = process.argv.slice(2);
const versionsIndex = args.indexOf("--versions");
const perPackage = versionsIndex === -1 ? 25 : Number(args.splice(versionsIndex, 2)[1]);
const dest = resolve(args[0] ?? join(here, ".work", "repo"));
const cache = join(here, ".work", "tarballs");
const PACKAGES = [
  "express",
  "lodash",
  "moment",
  "axios",
  "commander",
  "typescript-eslint",
  "webpack",
  "react-dom",
  "eslint",
  "prettier",
];

const run = (cmd, argv, cwd) =>
  execFileSync(cmd, argv, { cwd, encoding: "utf8", stdio: ["ignore", "pipe", "pipe"], maxBuffer: 1 << 28 });

mkdirSync(cache, { recursive: true });
const plan = [];
for (const name of PACKAGES) {
  const all = JSON.parse(run("npm", ["view", name, "versions", "--json"]));
  const stable = all.filter((v) => /^\d+\.\d+\.\d+$/.test(v)).slice(-perPackage);
  const wanted = stable.filter((v) => !existsSync(join(cache, `${name.replace("/", "-")}-${v}.tgz`)));
  if (wanted.length) {
    process.stderr.write(`fetching ${wanted.length} versions of ${name}\n`);
    run("npm", ["pack", "--silent", "--pack-destination", cache, ...wanted.map((v) => `${name}@${v}`)]);
  }
  stable.forEach((v, i) => plan.push({ name, version: v, order: i / stable.length }));
}
// interleave packages so that history looks like several projects evolving side by side
plan.sort((a, b) => a.order - b.order || a.name.localeCompare(b.name));

rmSync(dest, { recursive: true, force: true });
mkdirSync(dest, { recursive: true });
run("git", ["init", "-q", "-b", "main"], dest);
const env = (i) => ({
  ...process.env,
  GIT_AUTHOR_NAME: "Bench",
  GIT_AUTHOR_EMAIL: "bench@example.com",
  GIT_COMMITTER_NAME: "Bench",
  GIT_COMMITTER_EMAIL: "bench@example.com",
  GIT_AUTHOR_DATE: `${1600000000 + i * 3600} +0000`,
  GIT_COMMITTER_DATE: `${1600000000 + i * 3600} +0000`,
});
const rand = (alphabet, n) =>
  Array.from({ length: n }, () => alphabet[Math.floor(Math.random() * alphabet.length)]).join("");
const base62 = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz";

plan.forEach((step, i) => {
  const dir = join(dest, step.name);
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(dir, { recursive: true });
  run("tar", [
    "xzf",
    join(cache, `${step.name.replace("/", "-")}-${step.version}.tgz`),
    "-C",
    dir,
    "--strip-components=1",
  ]);
  // every 50th commit plants a secret; the next commit deletes it (found in history only)
  if (i % 50 === 25) writeFileSync(join(dest, "deploy.env"), `STRIPE_KEY=${"sk_" + "live_" + rand(base62, 32)}\n`);
  if (i % 50 === 26) rmSync(join(dest, "deploy.env"), { force: true });
  run("git", ["add", "-A"], dest);
  execFileSync("git", ["commit", "-q", "--no-verify", "-m", `${step.name} ${step.version}`], {
    cwd: dest,
    env: env(i),
  });
});
const count = run("git", ["rev-list", "--count", "HEAD"], dest).trim();
console.log(`${dest}: ${count} commits from ${PACKAGES.length} packages (${readdirSync(dest).length - 1} folders)`);

// A repository written by an attacker: its .git/config, .gitattributes and hooks name programs for
// git to run (fsmonitor, external diff, diff drivers, filters, hooks, pager, gpg). No leakhound
// command may run any of them, and each scan must still find the planted secret. The same traps
// are shown to fire for plain git at the end, so that a test passing here means something.
import { execFileSync, spawn, spawnSync } from "node:child_process";
import { chmodSync, mkdirSync, readdirSync, rmSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { TestRepo } from "./git-helpers.js";
import { fake, ROOT, runCli, tempDir } from "./helpers.js";
import { fakeServer } from "./fake-servers.js";

const HOOKS = [
  "pre-commit",
  "post-commit",
  "post-checkout",
  "reference-transaction",
  "post-index-change",
  "pre-auto-gc",
  "fsmonitor-watchman",
  "post-merge",
  "pre-push",
];

interface Hostile {
  repo: TestRepo;
  /** the committed secret and the staged one */
  committed: string;
  staged: string;
  fired(): string[];
  clear(): void;
}

function hostileRepo(): Hostile {
  const repo = new TestRepo();
  const markers = tempDir("leakhound-markers-");
  const bin = tempDir("leakhound-traps-");
  const script = (name: string) => {
    const file = join(bin, name);
    writeFileSync(file, `#!/bin/sh\ntouch '${join(markers, name)}'\nexit 0\n`);
    chmodSync(file, 0o755);
    return file;
  };
  const committed = fake("{{crc32:ghp_}}");
  const staged = fake("{{lit:sk_live_}}{{rand:base62:32}}");
  repo.write({ ".gitattributes": "*.conv diff=evil\n*.filt filter=evilonce\n*.proc filter=evilproc\n" });
  repo.commit("add config", {
    ".env": `GITHUB_TOKEN=${committed}\n`,
    "a.conv": "one\n",
    "b.filt": "one\n",
    "c.proc": "one\n",
  });
  repo.write({ "pay.env": `STRIPE=${staged}\n`, "a.conv": "two\n", "b.filt": "two\n", "c.proc": "two\n" });
  repo.git("add", "-A");
  // a commit carrying a (fake) signature, so that log.showSignature has something to check
  const raw = repo.git("cat-file", "commit", "HEAD");
  const signed =
    raw.replace(
      /\n\n/,
      "\ngpgsig -----BEGIN PGP SIGNATURE-----\n \n iQEzBAABCAAdFiEE\n -----END PGP SIGNATURE-----\n\n",
    ) + "\n";
  const oid = execFileSync("git", ["-C", repo.dir, "hash-object", "-t", "commit", "-w", "--stdin"], {
    input: signed,
    encoding: "utf8",
  }).trim();
  repo.git("update-ref", "refs/heads/signed", oid);

  const hooks = join(repo.dir, ".git", "evil-hooks");
  mkdirSync(hooks);
  for (const hook of HOOKS) {
    const file = join(hooks, hook);
    writeFileSync(file, `#!/bin/sh\ntouch '${join(markers, `hook-${hook}`)}'\nexit 0\n`);
    chmodSync(file, 0o755);
  }
  // armed last: the set-up above must not fire them
  const set = (key: string, value: string) => repo.git("config", key, value);
  set("core.fsmonitor", script("fsmonitor"));
  set("core.hooksPath", hooks);
  set("diff.external", script("diff-external"));
  set("core.pager", script("pager"));
  set("pager.log", script("pager"));
  set("diff.evil.textconv", script("textconv"));
  set("diff.evil.command", script("diff-command"));
  set("filter.evilonce.clean", script("filter-clean"));
  set("filter.evilonce.smudge", script("filter-smudge"));
  set("filter.evilonce.required", "true");
  set("filter.evilproc.process", script("filter-process"));
  set("log.showSignature", "true");
  set("gpg.program", script("gpg"));
  set("core.alternateRefsCommand", script("alternate-refs"));
  set("core.sshCommand", script("ssh"));
  set("core.askPass", script("askpass"));
  set("credential.helper", `!${script("credential")}`);
  set("uploadpack.packObjectsHook", script("fsmonitor"));
  set("core.editor", script("askpass"));
  const fired = () => readdirSync(markers).sort();
  const clear = () => {
    for (const f of readdirSync(markers)) rmSync(join(markers, f));
  };
  return { repo, committed, staged, fired, clear };
}

/** Runs the Action (as built in dist/) on a pull request from `base` to `head` in `checkout`. */
function runAction(
  checkout: string,
  base: string,
  head: string,
): Promise<{ code: number; stdout: string; stderr: string }> {
  const files = tempDir("leakhound-runner-");
  writeFileSync(
    join(files, "event.json"),
    JSON.stringify({ pull_request: { number: 1, base: { sha: base }, head: { sha: head } } }),
  );
  writeFileSync(join(files, "output"), "");
  const env = {
    ...process.env,
    GITHUB_WORKSPACE: checkout,
    GITHUB_EVENT_NAME: "pull_request",
    GITHUB_EVENT_PATH: join(files, "event.json"),
    GITHUB_OUTPUT: join(files, "output"),
    RUNNER_TEMP: files,
    NO_COLOR: "1",
  };
  return new Promise((resolve) => {
    const child = spawn(process.execPath, [join(ROOT, "dist", "action", "index.js")], { cwd: checkout, env });
    let stdout = "";
    let stderr = "";
    child.stdout.on("data", (c: Buffer) => (stdout += c.toString("utf8")));
    child.stderr.on("data", (c: Buffer) => (stderr += c.toString("utf8")));
    child.on("close", (code) => resolve({ code: code ?? -1, stdout, stderr }));
  });
}

const secrets = (stdout: string) => (JSON.parse(stdout) as { secret: string }[]).map((f) => f.secret);

describe("a repository whose git config and attributes name programs", () => {
  const hostile = hostileRepo();
  const { repo } = hostile;

  it("runs none of them in `git`, `git --range`, `git --branch`, `staged` (both ways of starting git) and `dir`", () => {
    const runs: [string, string[], Record<string, string>, string][] = [
      ["git", ["git", repo.dir], {}, hostile.committed],
      ["git --range", ["git", repo.dir, "--range", "main..signed"], {}, hostile.committed],
      ["git --branch", ["git", repo.dir, "--branch", "main"], {}, hostile.committed],
      ["staged", ["staged", repo.dir], {}, hostile.staged],
      ["staged, pipes", ["staged", repo.dir], { TMPDIR: "/nonexistent/leakhound-tmp" }, hostile.staged],
      ["dir", ["dir", repo.dir], {}, hostile.staged],
    ];
    for (const [what, args, env, secret] of runs) {
      hostile.clear();
      const result = runCli([...args, "-f", "json", "--no-redact"], { env: { ...process.env, ...env } });
      expect(hostile.fired(), what).toEqual([]);
      expect(result.code, `${what}: ${result.stderr}`).toBe(1);
      expect(secrets(result.stdout), what).toContain(secret);
    }
  });

  it("runs none of them in `repos`, on the repository as a local path and as a file:// URL", () => {
    // one run each: both name the repository by its path, so one run would scan it once
    for (const entry of [repo.dir, `file://${repo.dir}`]) {
      const dir = tempDir();
      writeFileSync(join(dir, "repos.txt"), `${entry}\n`);
      hostile.clear();
      const result = runCli(["repos", join(dir, "repos.txt"), "--cache-dir", join(dir, "cache")]);
      expect(result.code, `${entry}: ${result.stderr}`).toBe(1);
      // repos reports secrets redacted only: the finding is known by its rule, file and redacted prefix
      const found = result.stdout
        .trim()
        .split("\n")
        .map((l) => JSON.parse(l) as { ruleId: string; file: string; secret: string });
      expect(found, entry).toContainEqual(
        expect.objectContaining({ ruleId: "github-pat", file: ".env", secret: `${hostile.committed.slice(0, 4)}…` }),
      );
      expect(hostile.fired(), entry).toEqual([]);
    }
  });

  it("scans a repository owned by another user (safe.directory for that repository only)", () => {
    const other = new TestRepo();
    const secret = fake("{{crc32:ghp_}}");
    other.commit("leak", { ".env": `GITHUB_TOKEN=${secret}\n` });
    other.write({ "more.env": `GITHUB_TOKEN=${fake("{{crc32:ghp_}}")}\n` });
    other.git("add", "-A");
    execFileSync("chown", ["-R", "65534:65534", other.dir]);
    try {
      // plain git refuses it
      const plain = spawnSync("git", ["-C", other.dir, "log", "-1"], { encoding: "utf8" });
      expect(plain.stderr).toMatch(/dubious ownership/);
      const history = runCli(["git", other.dir, "-f", "json", "--no-redact"]);
      expect(history.code, history.stderr).toBe(1);
      expect(secrets(history.stdout)).toContain(secret);
      for (const env of [{}, { TMPDIR: "/nonexistent/leakhound-tmp" }]) {
        const staged = runCli(["staged", other.dir, "-f", "json"], { env: { ...process.env, ...env } });
        expect(staged.code, staged.stderr).toBe(1);
      }
    } finally {
      execFileSync("chown", ["-R", `${process.getuid!()}:${process.getgid!()}`, other.dir]);
    }
  });

  it("runs none of them when the Action fetches what a shallow checkout lacks", async () => {
    const origin = new TestRepo();
    const base = origin.commit("base", { "README.md": "app\n" });
    const secret = fake("{{crc32:ghp_}}");
    const head = origin.commit("feature", { ".env": `GITHUB_TOKEN=${secret}\n` });
    const armed = (checkout: string) => {
      const markers = tempDir("leakhound-markers-");
      const traps = tempDir("leakhound-traps-");
      const trap = (name: string) => {
        writeFileSync(join(traps, name), `#!/bin/sh\ntouch '${join(markers, name)}'\nexit 0\n`, { mode: 0o755 });
        return join(traps, name);
      };
      const hooks = join(checkout, ".git", "evil-hooks");
      mkdirSync(hooks);
      for (const hook of HOOKS)
        writeFileSync(join(hooks, hook), `#!/bin/sh\ntouch '${join(markers, `hook-${hook}`)}'\nexit 0\n`, {
          mode: 0o755,
        });
      const set = (key: string, value: string) => execFileSync("git", ["-C", checkout, "config", key, value]);
      set("core.hooksPath", hooks);
      set("core.fsmonitor", trap("fsmonitor"));
      set("remote.origin.uploadpack", trap("uploadpack"));
      set("core.alternateRefsCommand", trap("alternate-refs"));
      set("credential.helper", `!${trap("credential")}`);
      set("core.askPass", trap("askpass"));
      set("core.sshCommand", trap("ssh"));
      set("fetch.recurseSubmodules", "true");
      return () => readdirSync(markers);
    };

    const checkout = tempDir("leakhound-checkout-");
    execFileSync("git", ["clone", "-q", "--depth", "1", `file://${origin.dir}`, checkout]);
    const fired = armed(checkout);
    const run = await runAction(checkout, base, head);
    expect(fired()).toEqual([]);
    expect(run.code, run.stderr).toBe(1);
    expect(run.stdout).toContain("github-pat");

    // an origin that asks for a password: no credential helper or askpass program is asked
    const server = await fakeServer(
      (_req, res) => void res.writeHead(401, { "WWW-Authenticate": 'Basic realm="x"' }).end(),
    );
    const locked = tempDir("leakhound-checkout-");
    execFileSync("git", ["clone", "-q", "--depth", "1", `file://${origin.dir}`, locked]);
    const lockedFired = armed(locked);
    execFileSync("git", ["-C", locked, "remote", "set-url", "origin", `${server.url}/x.git`]);
    const refused = await runAction(locked, base, head);
    expect(server.requests.length).toBeGreaterThan(0);
    expect(lockedFired()).toEqual([]);
    expect(refused.code).toBe(2);
    expect(refused.stdout + refused.stderr).toMatch(/fetch-depth: 0/);
  });

  it("fetches nothing for a partial clone's missing file versions: the host and upload-pack are the repository's choice", () => {
    const origin = new TestRepo();
    origin.git("config", "uploadpack.allowFilter", "true");
    const secret = fake("{{crc32:ghp_}}");
    origin.commit("leak", { ".env": `GITHUB_TOKEN=${secret}\n` });
    origin.commit("remove", { ".env": "GITHUB_TOKEN=\n" });
    const partial = tempDir("leakhound-partial-");
    execFileSync("git", ["clone", "-q", "--filter=blob:none", `file://${origin.dir}`, partial], { stdio: "ignore" });
    const markers = tempDir("leakhound-markers-");
    const trap = join(tempDir("leakhound-traps-"), "upload-pack");
    writeFileSync(trap, `#!/bin/sh\ntouch '${join(markers, "uploadpack")}'\nexit 1\n`, { mode: 0o755 });
    execFileSync("git", ["-C", partial, "config", "remote.origin.uploadpack", trap]);
    const result = runCli(["git", partial, "-f", "json"]);
    expect(readdirSync(markers)).toEqual([]);
    // the version that held the secret is not there: said, and exit 2
    expect(result.code, result.stderr).toBe(2);
    expect(result.stderr).toMatch(/could not scan \.env \(commit/);
  });

  // the proof that the traps are armed: plain git, without leakhound's settings, runs each one
  it("is armed: plain git runs each program", () => {
    const git = (...args: string[]) =>
      spawnSync("git", ["-C", repo.dir, ...args], { encoding: "utf8", env: { ...process.env, GIT_PAGER: "" } });
    const fires = (marker: string, run: () => void) => {
      hostile.clear();
      run();
      expect(hostile.fired(), marker).toContain(marker);
    };
    fires("fsmonitor", () => git("diff", "--cached", "--stat"));
    fires("diff-external", () => git("diff", "--cached", "--", "pay.env"));
    fires("diff-command", () => git("diff", "--cached", "--", "a.conv"));
    fires("textconv", () => git("diff", "--cached", "--no-ext-diff", "--", "a.conv"));
    fires("filter-clean", () => git("hash-object", "b.filt"));
    fires("filter-process", () => git("hash-object", "c.proc"));
    fires("gpg", () => git("log", "-1", "--format=%H", "signed"));
    fires("hook-reference-transaction", () => git("update-ref", "refs/heads/tmp", "HEAD"));
    git("update-ref", "-d", "refs/heads/tmp");
    const { GIT_PAGER: _g, PAGER: _p, ...noPager } = process.env;
    fires("pager", () => spawnSync("script", ["-qc", `git -C '${repo.dir}' log -1`, "/dev/null"], { env: noPager }));
    hostile.clear();
  });
});

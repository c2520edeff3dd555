// Coming from gitleaks and trufflehog: their flag spellings, config variables and `version`, and
// `git URL`, each run through the real CLI on real folders and repositories.
import { execFileSync } from "node:child_process";
import { existsSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { createServer } from "node:https";
import type { AddressInfo } from "node:net";
import { join, normalize } from "node:path";
import { describe, expect, it } from "vitest";
import { TestRepo } from "./git-helpers.js";
import { fake, ROOT, runCli, runCliAsync, tempDir, writeTree } from "./helpers.js";

const github = () => fake("{{crc32:ghp_}}");
const stripe = () => fake("{{lit:sk_live_}}{{rand:base62:32}}");

/** A folder with a GitHub token in app.env and a Stripe key in pay.js. */
function folder() {
  const dir = tempDir();
  const gh = github();
  const sk = stripe();
  writeTree(dir, { "app.env": `TOKEN=${gh}\n`, "pay.js": `const key = "${sk}";\n` });
  return { dir, gh, sk };
}

describe("gitleaks flag spellings", () => {
  it("--report-format and --report-path write the report where gitleaks would", () => {
    const { dir } = folder();
    const out = join(tempDir(), "report.json");
    const r = runCli(["dir", dir, "--report-format", "json", "--report-path", out]);
    expect(r.code, r.stderr).toBe(1);
    expect(r.stdout).toBe("");
    const report = JSON.parse(readFileSync(out, "utf8"));
    expect(report.map((f: { ruleId: string }) => f.ruleId).sort()).toEqual(
      ["github-pat", "stripe-live-secret-key"].sort(),
    );
  });

  it("--redact=N, --no-banner, -v and --no-color are accepted (not usage errors)", () => {
    const { dir, gh } = folder();
    const r = runCli(["dir", dir, "--redact=100", "--no-banner", "-v", "--no-color", "-f", "json"]);
    expect(r.code, r.stderr).toBe(1);
    expect(r.stdout).not.toContain(gh.slice(4));
    expect(r.stdout).not.toMatch(/\x1b\[/);
  });

  it("--baseline-path reads the baseline from that file", () => {
    const { dir } = folder();
    const baseline = join(tempDir(), "accepted.json");
    expect(runCli(["baseline", dir, "--dir", "-o", baseline]).code).toBe(0);
    const r = runCli(["dir", dir, "--baseline-path", baseline]);
    expect(r.code, r.stdout + r.stderr).toBe(0);
    expect(r.stdout).toMatch(/0 findings \(2 more known in the baseline\)/);
  });

  it("--max-target-megabytes is --max-file-size", () => {
    const dir = tempDir();
    writeTree(dir, { "big.env": `TOKEN=${github()}\n${"x".repeat(20_000)}\n` });
    const r = runCli(["dir", dir, "--max-target-megabytes", "0.01"]);
    expect(r.code, r.stderr).toBe(0);
    expect(r.stdout).toMatch(/skipped 1 over the size limit/);
    expect(runCli(["dir", dir, "--max-target-megabytes", "0"]).code).toBe(2);
  });

  it("--enable-rule keeps only the rules named; a name that is no rule is an error", () => {
    const { dir } = folder();
    const r = runCli(["dir", dir, "-f", "json", "--enable-rule", "stripe-live-secret-key"]);
    expect(r.code, r.stderr).toBe(1);
    expect(JSON.parse(r.stdout).map((f: { ruleId: string }) => f.ruleId)).toEqual(["stripe-live-secret-key"]);
    const both = runCli([
      "dir",
      dir,
      "-f",
      "json",
      "--enable-rule",
      "stripe-live-secret-key",
      "--enable-rule",
      "github-pat",
    ]);
    expect(JSON.parse(both.stdout)).toHaveLength(2);
    const typo = runCli(["dir", dir, "--enable-rule", "stripe-secret"]);
    expect(typo.code).toBe(2);
    expect(typo.stderr).toMatch(/^leakhound: --enable-rule: no rule "stripe-secret"/);
  });

  it("-i / --gitleaks-ignore-path reads a .gitleaksignore from another place, and the summary says it allowed them", () => {
    const { dir } = folder();
    const ignores = tempDir();
    writeFileSync(join(ignores, ".gitleaksignore"), `${join(dir, "app.env")}:github-pat:1\n`);
    for (const flag of [
      ["-i", ignores],
      ["--gitleaks-ignore-path", join(ignores, ".gitleaksignore")],
    ]) {
      const r = runCli(["dir", dir, ...flag]);
      expect(r.code, r.stderr).toBe(1);
      expect(r.stdout).toMatch(/1 finding \(1 more allowed by \.gitleaksignore\)/);
      expect(r.stdout).not.toMatch(/known in the baseline/);
      expect(r.stdout).toContain("pay.js");
      expect(r.stdout).not.toContain("app.env");
    }
    const missing = runCli(["dir", dir, "-i", join(ignores, "nope")]);
    expect(missing.code).toBe(2);
  });

  it("LEAKHOUND_CONFIG and GITLEAKS_CONFIG name the operator's config; --config wins over both", () => {
    const { dir } = folder();
    const configs = tempDir();
    const onlyPay = join(configs, "allow-app.toml");
    writeFileSync(onlyPay, `[allowlist]\npaths = ["**/app.env"]\n`);
    const allowNothing = join(configs, "plain.toml");
    writeFileSync(allowNothing, `title = "plain"\n`);
    const json = (env: Record<string, string>, args: string[] = []) => {
      const r = runCli(["dir", dir, "-f", "json", ...args], { env });
      expect(r.code, r.stderr).toBe(1);
      return JSON.parse(r.stdout)
        .map((f: { file: string }) => f.file.replace(/.*\//, ""))
        .sort();
    };
    expect(json({})).toEqual(["app.env", "pay.js"]);
    expect(json({ LEAKHOUND_CONFIG: onlyPay })).toEqual(["pay.js"]);
    expect(json({ GITLEAKS_CONFIG: onlyPay })).toEqual(["pay.js"]);
    expect(json({ LEAKHOUND_CONFIG: allowNothing, GITLEAKS_CONFIG: onlyPay })).toEqual(["app.env", "pay.js"]);
    expect(json({ GITLEAKS_CONFIG: onlyPay }, ["--config", allowNothing])).toEqual(["app.env", "pay.js"]);
    // the pre-commit fast path reads them too
    const repo = new TestRepo();
    repo.commit("init", { "README.md": "x\n" });
    repo.write({ "app.env": `TOKEN=${github()}\n` });
    repo.git("add", "app.env");
    expect(runCli(["staged", repo.dir]).code).toBe(1);
    expect(runCli(["staged", repo.dir], { env: { GITLEAKS_CONFIG: onlyPay } }).code).toBe(0);
  });

  it("`leakhound version` prints the version, as `gitleaks version` does", () => {
    const r = runCli(["version"]);
    expect(r.code).toBe(0);
    expect(r.stdout).toBe(`${JSON.parse(readFileSync(join(ROOT, "package.json"), "utf8")).version}\n`);
  });
});

describe("--log-opts", () => {
  /** Three commits, a secret in each. */
  function history() {
    const repo = new TestRepo();
    const secrets = [github(), github(), github()];
    repo.commit("one", { "a.env": `A=${secrets[0]}\n` });
    repo.commit("two", { "b.env": `B=${secrets[1]}\n` });
    repo.commit("three", { "c.env": `C=${secrets[2]}\n` });
    return repo;
  }
  const files = (stdout: string) => (JSON.parse(stdout) as { file: string }[]).map((f) => f.file).sort();

  it("passes a range, a revision, --all and commit filters to the history listing", () => {
    const repo = history();
    const range = runCli(["git", repo.dir, "-f", "json", "--log-opts", "HEAD~2..HEAD"]);
    expect(range.code, range.stderr).toBe(1);
    expect(files(range.stdout)).toEqual(["b.env", "c.env"]);
    expect(files(runCli(["git", repo.dir, "-f", "json", "--log-opts=-n 1"]).stdout)).toEqual(["c.env"]);
    expect(files(runCli(["git", repo.dir, "-f", "json", "--log-opts=--max-count=2 HEAD~1"]).stdout)).toEqual([
      "a.env",
      "b.env",
    ]);
    expect(files(runCli(["git", repo.dir, "-f", "json", "--log-opts=--all --author=Ann"]).stdout)).toEqual([
      "a.env",
      "b.env",
      "c.env",
    ]);
    expect(runCli(["git", repo.dir, "-f", "json", "--log-opts=--author=Nobody"]).stdout.trim()).toBe("[]");
  });

  it("refuses options that write files, run programs or name paths, and writes nothing", () => {
    const repo = history();
    const out = join(tempDir(), "written");
    for (const opts of [
      `--output=${out}`,
      "--ext-diff",
      "--textconv",
      "-- a.env",
      "--exec=touch",
      `-o ${out}`,
      "HEAD~1..HEAD HEAD",
      "--format=%H",
    ]) {
      const r = runCli(["git", repo.dir, `--log-opts=${opts}`]);
      expect(r.code, opts).toBe(2);
      expect(r.stderr, opts).toMatch(/^leakhound: --log-opts: /);
    }
    expect(existsSync(out)).toBe(false);
  });
});

describe("git URL", () => {
  it("git file://… clones into a temporary folder, scans the history and removes the clone", () => {
    const repo = new TestRepo();
    const token = github();
    repo.commit("add", { "config/app.env": `TOKEN=${token}\n`, "fixtures/sample.env": `TOKEN=${github()}\n` });
    // the repository's own config at its default branch holds for the clone, as a work tree's would
    repo.commit("settings", { ".leakhound.toml": `[allowlist]\npaths = ["fixtures/**"]\n` });
    repo.remove("config/app.env");
    repo.commit("gone");
    const temp = tempDir();
    const r = runCli(["git", `file://${repo.dir}`, "-f", "json"], { env: { TMPDIR: temp } });
    expect(r.code, r.stderr).toBe(1);
    const findings = JSON.parse(r.stdout);
    expect(findings).toHaveLength(1);
    expect(findings[0]).toMatchObject({ ruleId: "github-pat", file: "config/app.env", startLine: 1 });
    expect(readdirSync(temp)).toEqual([]);
  });

  it("git https://… clones over TLS from a server on 127.0.0.1 (git's dumb HTTP protocol), with the token sent to no host but github.com", async () => {
    const repo = new TestRepo();
    repo.commit("add", { "deploy/app.env": `TOKEN=${github()}\n` });
    const served = tempDir();
    execFileSync("git", ["clone", "-q", "--bare", repo.dir, join(served, "app.git")]);
    execFileSync("git", ["-C", join(served, "app.git"), "update-server-info"]);
    // a self-signed certificate for 127.0.0.1, trusted through GIT_SSL_CAINFO only
    const certs = tempDir();
    execFileSync(
      "openssl",
      [
        "req",
        "-x509",
        "-newkey",
        "rsa:2048",
        "-nodes",
        "-days",
        "1",
        "-subj",
        "/CN=127.0.0.1",
        "-addext",
        "subjectAltName=IP:127.0.0.1",
        "-keyout",
        join(certs, "key.pem"),
        "-out",
        join(certs, "cert.pem"),
      ],
      { stdio: "ignore" },
    );
    const headers: string[] = [];
    const server = createServer(
      { key: readFileSync(join(certs, "key.pem")), cert: readFileSync(join(certs, "cert.pem")) },
      (req, res) => {
        headers.push(JSON.stringify(req.headers));
        const path = normalize(join(served, decodeURIComponent(new URL(req.url ?? "/", "https://x").pathname)));
        if (!path.startsWith(served) || !existsSync(path)) return void res.writeHead(404).end();
        try {
          res.writeHead(200).end(readFileSync(path));
        } catch {
          res.writeHead(404).end();
        }
      },
    );
    await new Promise<void>((r) => server.listen(0, "127.0.0.1", () => r()));
    try {
      const url = `https://127.0.0.1:${(server.address() as AddressInfo).port}/app.git`;
      const temp = tempDir();
      const r = await runCliAsync(["git", url, "-f", "json"], {
        env: { TMPDIR: temp, GIT_SSL_CAINFO: join(certs, "cert.pem"), GITHUB_TOKEN: "not-for-this-host" },
      });
      expect(r.code, r.stderr).toBe(1);
      expect(JSON.parse(r.stdout)).toMatchObject([{ ruleId: "github-pat", file: "deploy/app.env" }]);
      expect(headers.length).toBeGreaterThan(0);
      expect(headers.join("\n")).not.toMatch(/authorization/i);
      expect(readdirSync(temp)).toEqual([]);
    } finally {
      server.closeAllConnections();
      await new Promise((r) => server.close(r));
    }
  });

  it("a URL that cannot be cloned is exit 2 with one line that does not show the password", () => {
    const temp = tempDir();
    const password = fake("{{rand:lowernum:16}}");
    const r = runCli(["git", `https://user:${password}@127.0.0.1:1/nothing.git`], { env: { TMPDIR: temp } });
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/^leakhound: cannot clone 127\.0\.0\.1:1\/nothing: /);
    expect(r.stderr).not.toContain(password);
    expect(readdirSync(temp)).toEqual([]);
  });
});

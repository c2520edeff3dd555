// A scanned repository is untrusted: its own config cannot run a command, pick a host or a file to
// write, and a change under review cannot change the settings it is judged by.
import { execFileSync, spawn } from "node:child_process";
import { existsSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { fingerprint } from "../src/engine/fingerprint.js";
import { writeBaseline } from "../src/filters/baseline.js";
import { TestRepo } from "./git-helpers.js";
import { fake, operatorConfig, ROOT, runCliAsync as runCli, tempDir } from "./helpers.js";
import { fakeServer, json } from "./fake-servers.js";

describe("a repository's own config", () => {
  it("cannot run a ticket command, send to its host or choose files: with --verify and with --ticket command", async () => {
    const server = await fakeServer((_req, res) => json(res, 200, { login: "octocat" }));
    const outside = tempDir("leakhound-outside-");
    const marker = join(outside, "command-ran");
    const audit = join(outside, "audit.jsonl");
    const state = join(outside, "state.json");
    const script = join(outside, "ticket.mjs");
    writeFileSync(
      script,
      `import { writeFileSync } from "node:fs";\nwriteFileSync(${JSON.stringify(marker)}, "ran");\n`,
    );
    const repo = new TestRepo();
    repo.commit("leak", {
      "deploy.env": `GITHUB_TOKEN=${fake("{{crc32:ghp_}}")}\n`,
      ".leakhound.toml": [
        "[verify]",
        `auditLog = ${JSON.stringify(audit)}`,
        "concurrency = 2",
        "[verify.baseUrls]",
        `github = "${server.url}"`,
        "[tickets]",
        'provider = "command"',
        `command = [${JSON.stringify(process.execPath)}, ${JSON.stringify(script)}]`,
        `stateFile = ${JSON.stringify(state)}`,
        "",
      ].join("\n"),
    });
    // the operator's own settings: a short timeout (the real provider host is out of reach here)
    const env = operatorConfig("[verify]\ntimeout = 2\n");
    for (const extra of [[], ["--ticket", "command"]]) {
      const run = await runCli(["git", repo.dir, "--verify", "-f", "json", ...extra], { env });
      expect([1, 2], run.stderr).toContain(run.code);
      const warnings = run.stderr.split("\n").filter((l) => l.includes("sets operator settings, ignored"));
      expect(warnings, run.stderr).toHaveLength(1);
      expect(warnings[0]).toContain(".leakhound.toml");
      for (const key of [
        "verify.auditLog",
        "verify.concurrency",
        "verify.baseUrls",
        "tickets.provider",
        "tickets.command",
        "tickets.stateFile",
      ]) {
        expect(warnings[0]).toContain(key);
      }
      expect(JSON.parse(run.stdout).map((f: { ruleId: string }) => f.ruleId)).toContain("github-pat");
    }
    expect(server.requests).toEqual([]);
    expect(existsSync(marker)).toBe(false);
    expect(existsSync(audit)).toBe(false);
    expect(existsSync(state)).toBe(false);
  });

  it("the same settings from the operator's --config are applied", async () => {
    const server = await fakeServer((_req, res) => json(res, 200, { login: "octocat" }));
    const repo = new TestRepo();
    repo.commit("leak", { "deploy.env": `GITHUB_TOKEN=${fake("{{crc32:ghp_}}")}\n` });
    const config = join(tempDir(), "ops.toml");
    writeFileSync(config, `[verify.baseUrls]\ngithub = "${server.url}"\n`);
    const run = await runCli(["git", repo.dir, "--verify", "-f", "json", "--config", config]);
    expect(run.code, run.stderr).toBe(1);
    expect(server.requests.length).toBe(1);
    expect(JSON.parse(run.stdout)[0].verification).toBe("live");
  });

  it("keeps the built-in rules whatever leakhound-schema tables it holds (dialect by file name, never by content)", async () => {
    const token = fake("{{crc32:ghp_}}");
    const configs = {
      allowlists: '[[allowlists]]\ndescription = "tests"\npaths = ["test/**"]\n',
      "rule allowlists":
        '[[rules]]\nid = "acme"\ndescription = "Acme"\nregex = \'\'\'acme_[a-z]{20}\'\'\'\nkeywords = ["acme_"]\n[[rules.allowlists]]\nstopwords = ["example"]\n',
      "path-only rule": "[[rules]]\nid = \"keystore\"\ndescription = \"Java keystore\"\npath = '''\\.jks$'''\n",
    };
    for (const [name, config] of Object.entries(configs)) {
      const dir = tempDir();
      writeFileSync(join(dir, ".leakhound.toml"), config);
      writeFileSync(join(dir, "a.env"), `T=${token}\n`);
      const run = await runCli(["dir", dir, "-f", "json"]);
      expect(run.code, `${name}: ${run.stderr}`).toBe(1);
      expect(
        JSON.parse(run.stdout).map((f: { ruleId: string }) => f.ruleId),
        name,
      ).toContain("github-pat");
    }
  });

  it("a config that leaves no rules, or numbers out of range, is an error naming the file and key", async () => {
    const cases: [string, string, string, RegExp][] = [
      [".leakhound.toml", "[extend]\nuseDefault = false\n", "repo", /\.leakhound\.toml leaves no rules/],
      [".gitleaks.toml", 'title = "near empty"\n', "repo", /\.gitleaks\.toml leaves no rules/],
      [
        "ops.toml",
        "[verify]\nconcurrency = 0\n",
        "operator",
        /ops\.toml: \[verify\]: field "concurrency" must be between 1 and 64, not 0/,
      ],
      ["ops.toml", "[verify]\nconcurrency = -3\n", "operator", /field "concurrency" must be between 1 and 64/],
      ["ops.toml", "[verify]\ntimeout = 0\n", "operator", /field "timeout" must be between 0.1 and 600, not 0/],
      [
        "ops.toml",
        '[verify.baseUrls]\ngithub = "http://ghe.example.com/api/v3"\n',
        "operator",
        /plain http is allowed only to a loopback address/,
      ],
    ];
    for (const [file, text, kind, message] of cases) {
      const dir = tempDir();
      writeFileSync(join(dir, "a.env"), "A=1\n");
      const path = join(kind === "repo" ? dir : tempDir(), file);
      writeFileSync(path, text);
      const run = await runCli(["dir", dir, "--verify", ...(kind === "operator" ? ["--config", path] : [])]);
      expect(run.code, `${file} ${text}`).toBe(2);
      expect(run.stderr.trim().split("\n"), run.stderr).toHaveLength(1);
      expect(run.stderr).toMatch(message);
    }
    const flag = await runCli(["dir", tempDir(), "--verify", "--verify-base-url", "github=http://api.github.com"]);
    expect(flag.code).toBe(2);
    expect(flag.stderr).toMatch(/--verify-base-url github: plain http is allowed only to a loopback address/);
  });

  it("[extend] path of a repository's gitleaks config cannot leave the repository", async () => {
    const dir = tempDir();
    const secret = join(tempDir(), "outside.toml");
    writeFileSync(secret, "[[rules]]\nid = \"x\"\nregex = '''x'''\n");
    writeFileSync(join(dir, ".gitleaks.toml"), `[extend]\npath = "../${secret.split("/").slice(-2).join("/")}"\n`);
    const run = await runCli(["dir", dir]);
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(/only name files inside the repository/);
  });
});

const ACTION = join(ROOT, "action", "index.mjs");

/** The Action as a runner starts it, on a pull_request event; resolves with its exit code, outputs and summary. */
function runAction(workspace: string, base: string, head: string, inputs: Record<string, string> = {}) {
  const files = tempDir("leakhound-runner-");
  writeFileSync(
    join(files, "event.json"),
    JSON.stringify({ pull_request: { number: 5, base: { sha: base }, head: { sha: head } } }),
  );
  writeFileSync(join(files, "output"), "");
  writeFileSync(join(files, "summary"), "");
  const env: NodeJS.ProcessEnv = {
    ...process.env,
    GITHUB_WORKSPACE: workspace,
    GITHUB_EVENT_NAME: "pull_request",
    GITHUB_EVENT_PATH: join(files, "event.json"),
    GITHUB_OUTPUT: join(files, "output"),
    GITHUB_STEP_SUMMARY: join(files, "summary"),
    RUNNER_TEMP: files,
    NO_COLOR: "1",
    XDG_CONFIG_HOME: join(files, "config"),
  };
  for (const [name, value] of Object.entries(inputs)) env[`INPUT_${name.toUpperCase()}`] = value;
  return new Promise<{
    code: number;
    stdout: string;
    stderr: string;
    outputs: Record<string, string>;
    summary: string;
  }>((resolve) => {
    const child = spawn(process.execPath, [ACTION], { cwd: workspace, env });
    let stdout = "";
    let stderr = "";
    child.stdout.on("data", (c) => (stdout += c));
    child.stderr.on("data", (c) => (stderr += c));
    child.on("close", (code) => {
      const outputs = Object.fromEntries(
        readFileSync(join(files, "output"), "utf8")
          .trim()
          .split("\n")
          .filter(Boolean)
          .map((l) => l.split(/=(.*)/s).slice(0, 2)),
      );
      resolve({ code: code ?? -1, stdout, stderr, outputs, summary: readFileSync(join(files, "summary"), "utf8") });
    });
  });
}

describe("a pull request cannot silence its own leak", () => {
  const RULE = "stripe-live-secret-key";
  const silencers: Record<string, (secret: string) => Record<string, string>> = {
    "useDefault = false": () => ({
      ".leakhound.toml":
        "[extend]\nuseDefault = false\n[[rules]]\nid = \"acme\"\ndescription = \"Acme\"\nregex = '''acme_[a-z]{30}'''\nkeywords = [\"acme_\"]\n",
    }),
    "a catch-all allowlist": () => ({ ".leakhound.toml": '[allowlist]\npaths = ["**"]\n' }),
    "a .gitleaksignore line": () => ({ ".gitleaksignore": `pay.js:${RULE}:1\n` }),
    "a baseline entry": (secret) => {
      const path = join(tempDir(), "baseline.json");
      writeBaseline(path, [{ fingerprint: fingerprint(RULE, secret), path: "pay.js", rule: RULE }]);
      return { ".leakhound-baseline.json": readFileSync(path, "utf8") };
    },
  };

  for (const [name, files] of Object.entries(silencers)) {
    it(`fails the check when the pull request adds the secret with ${name}, and says which file would hide it`, async () => {
      const repo = new TestRepo();
      const base = repo.commit("base", { "README.md": "app\n" });
      repo.git("checkout", "-q", "-b", "feature");
      const secret = fake("{{lit:sk_live_}}{{rand:base62:32}}");
      const extra = files(secret);
      const head = repo.commit("add payment", { "pay.js": `const key = "${secret}";\n`, ...extra });
      const hiddenBy = Object.keys(extra)[0]!;

      const trusted = await runAction(repo.dir, base, head, { "trust-pr-settings": "true" });
      expect(trusted.outputs.findings, `head settings hide it (that is the attack): ${trusted.stderr}`).toBe("0");

      const run = await runAction(repo.dir, base, head);
      expect(run.code, run.stderr).toBe(1);
      expect(Number(run.outputs.findings)).toBeGreaterThanOrEqual(1);
      expect(run.summary).toContain(`Hidden by this pull request's change to \`${hiddenBy}\``);
      expect(run.stdout).toMatch(
        new RegExp(`::error file=pay\\.js.*change to ${hiddenBy.replace(/\./g, "\\.")} would hide this finding`),
      );
      expect(run.stdout + run.summary).not.toContain(secret.slice(8));
    });
  }

  it("an inline allow the pull request adds is honoured, and listed for the reviewer", async () => {
    const repo = new TestRepo();
    const base = repo.commit("base", { "README.md": "app\n" });
    const secret = fake("{{lit:sk_live_}}{{rand:base62:32}}");
    const head = repo.commit("add", {
      "pay.js": `const key = "${secret}"; // leakhound:allow\n`,
      "other.js": "const x = 1;\n",
    });
    const run = await runAction(repo.dir, base, head);
    expect(run.code, run.stderr).toBe(0);
    expect(run.outputs.findings).toBe("0");
    expect(run.summary).toContain("Allowed by inline comments this change adds (1)");
    expect(run.summary).toMatch(/\| stripe-live-secret-key \| pay\.js \| 1 \|/);
    expect(run.stdout).toMatch(
      /^::warning file=pay\.js,line=1,title=leakhound%3A allowed by an inline comment this change adds::/m,
    );
    const cli = await runCli(["git", repo.dir, "--range", `${base}..${head}`]);
    expect(cli.code).toBe(0);
    expect(cli.stderr).toMatch(
      /1 finding is allowed by inline comments this range adds[\s\S]*pay\.js:1 {2}stripe-live-secret-key/,
    );
    for (const text of [run.stdout, run.summary, cli.stdout, cli.stderr]) expect(text).not.toContain(secret.slice(8));
  });

  it("the CLI offers the same: git --range A..B --settings-from base", async () => {
    const repo = new TestRepo();
    const base = repo.commit("base", { "README.md": "app\n" });
    const secret = fake("{{lit:sk_live_}}{{rand:base62:32}}");
    const head = repo.commit("add", {
      "pay.js": `const key = "${secret}";\n`,
      ".leakhound.toml": '[allowlist]\npaths = ["**"]\n',
    });
    const worktree = await runCli(["git", repo.dir, "--range", `${base}..${head}`, "-f", "json"]);
    expect(worktree.code, worktree.stderr).toBe(0);
    const fromBase = await runCli([
      "git",
      repo.dir,
      "--range",
      `${base}..${head}`,
      "--settings-from",
      "base",
      "-f",
      "json",
    ]);
    expect(fromBase.code, fromBase.stderr).toBe(1);
    expect(JSON.parse(fromBase.stdout)[0]).toMatchObject({ ruleId: RULE, file: "pay.js", hiddenBy: ".leakhound.toml" });
    const text = await runCli(["git", repo.dir, "--range", `${base}..${head}`, "--settings-from", "base"]);
    expect(text.stdout).toMatch(/hidden by this change to \.leakhound\.toml/);
    const noRange = await runCli(["git", repo.dir, "--settings-from", "base"]);
    expect(noRange.code).toBe(2);
    expect(noRange.stderr).toMatch(/--settings-from base needs --range/);
    execFileSync("git", ["-C", repo.dir, "status", "--porcelain"]);
  });
});

// `leakhound revoke` and `--revoke`, against fake providers on 127.0.0.1 inside a loopback-only
// network namespace: live GitHub tokens revoked with one unauthenticated POST to /credentials/revoke
// and confirmed invalid, self-revoking tokens (GitLab), providers without an API reported
// not-revocable with their rotation page, 429s and dropped connections `failed` (never revoked),
// canaries untouched, --explain sending nothing, and a repository's config unable to ask for any of it.
import { spawn } from "node:child_process";
import { readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { expect, it } from "vitest";
import { fakeServer, json, presentedSecret, type Recorded } from "./fake-servers.js";
import { TestRepo } from "./git-helpers.js";
import { BIN, fake, runCliAsync as runCli, tempDir } from "./helpers.js";
import { describeInNetns } from "./netns.js";
import type { Finding, Rule } from "../src/model.js";
import { revokeFindings } from "../src/revoke/revoke.js";

/** Runs the CLI on a pseudo-terminal (util-linux `script`), typing `answer` at it. */
function onTerminal(args: string[], answer: string): Promise<{ code: number; output: string }> {
  const quote = (a: string) => `'${a.replace(/'/g, "'\\''")}'`;
  const command = [process.execPath, BIN, ...args].map(quote).join(" ");
  return new Promise((resolve) => {
    const child = spawn("script", ["-qec", command, "/dev/null"], {
      env: { ...process.env, NO_COLOR: "1", XDG_CONFIG_HOME: join(tempDir(), "none") },
    });
    let output = "";
    child.stdout.on("data", (c: Buffer) => {
      output += c.toString("utf8");
      // answer once the question is on the screen
      if (output.includes("Revoke? [y/N]") && answer) {
        child.stdin.write(`${answer}\n`);
        answer = "";
      }
    });
    child.on("close", (code) => resolve({ code: code ?? -1, output }));
  });
}

/** An AWS access key ID whose embedded account is `account` (a canary account below). */
function keyIdForAccount(account: string): string {
  const alphabet = "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567";
  const value = (((BigInt(account) << 7n) | 0x35n) << 32n) | 0x9abcdef1n;
  let out = "";
  for (let i = 15; i >= 0; i--) out += alphabet[Number((value >> BigInt(i * 5)) & 31n)];
  return `AKIA${out}`;
}

interface Behaviour {
  /** how POST /credentials/revoke answers */
  github: "accept" | "drop" | "422";
  /** Buildkite's DELETE answers 204 but the token keeps working */
  stickyBuildkite: boolean;
}

/** One fake for every provider: verification answers from `live`, revocations remove from it. */
async function providers(live: Set<string>, behaviour: Behaviour = { github: "accept", stickyBuildkite: true }) {
  const server = await fakeServer((req: Recorded, res) => {
    const secret = presentedSecret(req);
    const path = req.url.split("?")[0];
    if (req.method === "GET" && path === "/user")
      return live.has(secret) ? json(res, 200, { login: "octocat" }) : json(res, 401, { message: "Bad credentials" });
    if (req.method === "POST" && path === "/credentials/revoke") {
      // documented: the endpoint is unauthenticated; an authenticated request is refused
      if (req.headers.authorization) return json(res, 403, { message: "authenticated requests are refused" });
      if (behaviour.github === "drop") return void res.socket?.destroy();
      if (behaviour.github === "422") return json(res, 422, { message: "Validation Failed" });
      for (const c of (JSON.parse(req.body) as { credentials: string[] }).credentials) live.delete(c);
      return json(res, 202, {});
    }
    if (path === "/api/v4/personal_access_tokens/self") {
      if (!live.has(secret)) return json(res, 401, { message: "401 Unauthorized" });
      if (req.method === "DELETE") return void (live.delete(secret), res.writeHead(204).end());
      return json(res, 200, { id: 7, name: "ci", active: true });
    }
    if (path === "/api/auth.test")
      return json(
        res,
        200,
        live.has(secret) ? { ok: true, user: "bot", team: "acme" } : { ok: false, error: "invalid_auth" },
      );
    if (path === "/api/auth.revoke")
      return json(res, 429, { ok: false, error: "ratelimited" }, { "retry-after": "999" });
    if (path === "/v1/balance")
      return live.has(secret) ? json(res, 200, { object: "balance" }) : json(res, 401, { error: {} });
    if (path === "/v2/access-token") {
      if (!live.has(secret)) return json(res, 401, { message: "Authentication required" });
      if (req.method === "DELETE") {
        if (!behaviour.stickyBuildkite) live.delete(secret);
        return void res.writeHead(204).end();
      }
      return json(res, 200, { uuid: "bk-1", scopes: [] });
    }
    return json(res, 404, { message: "Not Found" });
  });
  return server;
}

const PROVIDERS = ["github", "gitlab", "slack", "stripe", "buildkite", "aws"];

function operatorFile(url: string, extra = ""): string {
  const file = join(tempDir("leakhound-operator-"), "operator.toml");
  writeFileSync(
    file,
    [
      "[[rules]]",
      'id = "t-buildkite"',
      'description = "test Buildkite token"',
      "regex = '''BUILDKITE_TOKEN=(bkua_[a-z0-9]{40})'''",
      'keywords = ["buildkite_token="]',
      'verify = "buildkite"',
      "",
      "[verify.baseUrls]",
      ...PROVIDERS.map((p) => `${p} = "${url}"`),
      "[revoke]",
      "confirmAttempts = 1",
      "confirmDelaySeconds = 0",
      extra,
    ].join("\n"),
  );
  return file;
}

function leakyRepo() {
  const tokens = {
    gh1: fake("{{crc32:ghp_}}"),
    gh2: fake("{{crc32:ghp_}}"),
    ghDead: fake("{{crc32:ghp_}}"),
    gitlab: fake("{{lit:glpat-}}{{rand:base62:20}}"),
    slack: fake("{{lit:xoxb-}}{{rand:digits:12}}-{{rand:digits:13}}-{{rand:base62:24}}"),
    stripe: fake("{{lit:sk_live_}}{{rand:base62:32}}"),
    buildkite: fake("{{lit:bkua_}}{{rand:lowernum:40}}"),
  };
  const canary = keyIdForAccount("052310077262");
  const repo = new TestRepo();
  repo.commit("ci secrets", {
    "deploy/ci.env": `GH=${tokens.gh1}\nGH_OLD=${tokens.ghDead}\nGITLAB=${tokens.gitlab}\nBUILDKITE_TOKEN=${tokens.buildkite}\nAWS_ACCESS_KEY_ID=${canary}\n`,
    "app/chat.js": `const slack = "${tokens.slack}";\nconst gh = "${tokens.gh2}";\n`,
    "app/pay.rb": `Stripe.api_key = "${tokens.stripe}"\n`,
  });
  return { repo, tokens, canary };
}

interface Out {
  ruleId: string;
  file: string;
  startLine: number;
  secret: string;
  verification?: string;
  revocation?: string;
  revocationReason?: string;
  rotationPage?: string;
}

describeInNetns("test/revoke.test.ts", "leakhound revoke", 300_000, () => {
  it("revokes live secrets through each provider's API, confirms them invalid, and reports every outcome", async () => {
    const { repo, tokens } = leakyRepo();
    const live = new Set([tokens.gh1, tokens.gh2, tokens.gitlab, tokens.slack, tokens.stripe, tokens.buildkite]);
    const server = await providers(live);
    const audit = join(tempDir(), "audit.jsonl");
    const result = await runCli([
      "revoke",
      repo.dir,
      "--yes",
      "--config",
      operatorFile(server.url),
      "--audit-log",
      audit,
      "-f",
      "json",
    ]);
    // a revocation failed (Slack's 429, Buildkite's token still working): exit 2, the report still written
    expect(result.code, result.stderr).toBe(2);
    const out = JSON.parse(result.stdout) as Out[];
    const find = (file: string, line: number) => out.find((f) => f.file === file && f.startLine === line)!;

    // GitHub: both live tokens in ONE unauthenticated POST, then each confirmed invalid
    const posts = server.requests.filter((r) => r.method === "POST" && r.url === "/credentials/revoke");
    expect(posts).toHaveLength(1);
    expect(posts[0]!.headers.authorization).toBeUndefined();
    expect((JSON.parse(posts[0]!.body) as { credentials: string[] }).credentials.sort()).toEqual(
      [tokens.gh1, tokens.gh2].sort(),
    );
    expect(find("deploy/ci.env", 1)).toMatchObject({
      ruleId: "github-pat",
      verification: "live",
      revocation: "revoked",
    });
    expect(find("app/chat.js", 2)).toMatchObject({ ruleId: "github-pat", verification: "live", revocation: "revoked" });
    expect(live.has(tokens.gh1) || live.has(tokens.gh2)).toBe(false);
    // the dead token is not sent anywhere but to verification
    expect(find("deploy/ci.env", 2)).toMatchObject({ verification: "invalid" });
    expect(find("deploy/ci.env", 2).revocation).toBeUndefined();

    // GitLab: the token revokes itself
    expect(
      server.requests
        .filter((r) => r.method === "DELETE" && r.url === "/api/v4/personal_access_tokens/self")
        .map(presentedSecret),
    ).toEqual([tokens.gitlab]);
    expect(find("deploy/ci.env", 3)).toMatchObject({ ruleId: "gitlab-pat", revocation: "revoked" });

    // Buildkite accepted the DELETE but the token still works: failed, not revoked
    expect(find("deploy/ci.env", 4)).toMatchObject({
      ruleId: "t-buildkite",
      revocation: "failed",
      revocationReason: expect.stringMatching(/still works/),
    });
    // Slack answered 429: failed, never revoked
    expect(find("app/chat.js", 1)).toMatchObject({
      ruleId: "slack-bot-token",
      revocation: "failed",
      revocationReason: expect.stringMatching(/rate limited/),
    });
    expect(live.has(tokens.slack)).toBe(true);
    // Stripe has no revocation API: not-revocable, with the page where its owner rolls it
    expect(find("app/pay.rb", 1)).toMatchObject({
      revocation: "not-revocable",
      rotationPage: "https://dashboard.stripe.com/apikeys",
    });
    // the canary key: neither verified nor revoked
    expect(find("deploy/ci.env", 5)).toMatchObject({ verification: "canary" });
    expect(find("deploy/ci.env", 5).revocation).toBeUndefined();
    expect(server.requests.some((r) => r.method === "POST" && r.url === "/")).toBe(false);

    expect(result.stderr).toMatch(
      /revoked: 3 revoked and confirmed invalid, 1 not revocable \(see rotationPage\), 2 failed/,
    );
    expect(result.stderr).toMatch(/could not revoke slack-bot-token [0-9a-f]{32}: rate limited/);

    // every request is in the audit log, none holds a secret, all went to this machine
    const text = readFileSync(audit, "utf8");
    const log = text
      .trim()
      .split("\n")
      .map((l) => JSON.parse(l) as { action: string; provider: string; host: string; fingerprints?: string[] });
    expect(log).toHaveLength(server.requests.length);
    expect(
      log
        .filter((e) => e.action === "revoke")
        .map((e) => e.provider)
        .sort(),
    ).toEqual(["buildkite", "github", "gitlab", "slack"]);
    expect(log.find((e) => e.action === "revoke" && e.provider === "github")!.fingerprints).toHaveLength(2);
    for (const e of log) expect(e.host).toMatch(/^127\.0\.0\.1:\d+$/);
    for (const t of Object.values(tokens)) expect(text + result.stdout + result.stderr).not.toContain(t.slice(6));
  });

  it("--explain prints the verification and revocation requests, secrets redacted, and sends nothing", async () => {
    const { repo, tokens } = leakyRepo();
    const server = await providers(new Set(Object.values(tokens)));
    const result = await runCli(["revoke", repo.dir, "--explain", "--config", operatorFile(server.url)]);
    expect(result.code, result.stderr).toBe(1);
    expect(server.requests).toEqual([]);
    expect(result.stdout).toContain(`GET ${server.url}/user`);
    expect(result.stdout).toContain(`POST ${server.url}/credentials/revoke`);
    expect(result.stdout).toMatch(/body: \{"credentials":\["ghp_…","ghp_…","ghp_…"\]\}/);
    expect(result.stdout).toContain(`DELETE ${server.url}/api/v4/personal_access_tokens/self`);
    expect(result.stdout).toContain(`POST ${server.url}/api/auth.revoke`);
    for (const t of Object.values(tokens)) expect(result.stdout + result.stderr).not.toContain(t.slice(6));
  });

  it("off a terminal, without --yes, revokes nothing and sends nothing", async () => {
    const { repo, tokens } = leakyRepo();
    const server = await providers(new Set(Object.values(tokens)));
    for (const args of [
      ["revoke", repo.dir],
      ["git", repo.dir, "--revoke"],
    ]) {
      const result = await runCli([...args, "--config", operatorFile(server.url)]);
      expect(result.code).toBe(2);
      expect(result.stderr).toMatch(/needs --yes/);
    }
    expect(server.requests).toEqual([]);
  });

  it("on a terminal without --yes, lists what will be revoked and asks once: no revokes nothing, yes revokes", async () => {
    const { repo, tokens } = leakyRepo();
    const live = new Set([tokens.gh1, tokens.gitlab]);
    const server = await providers(live);
    const config = operatorFile(server.url);
    const no = await onTerminal(["revoke", repo.dir, "--config", config, "-q"], "n");
    expect(no.output).toMatch(/revoke 2 live secrets\? Their owners lose them at once\./);
    expect(no.output).toMatch(/github: github-pat ghp_… at deploy\/ci\.env:1/);
    expect(no.output).toMatch(/gitlab: gitlab-pat glpa… at deploy\/ci\.env:3/);
    expect(no.output).toMatch(/nothing revoked/);
    expect(no.output.match(/Revoke\? \[y\/N\]/g)).toHaveLength(1);
    expect(server.requests.filter((r) => r.method !== "GET" && r.url !== "/api/auth.test")).toEqual([]);
    expect(live.size).toBe(2);
    const yes = await onTerminal(["revoke", repo.dir, "--config", config, "-q"], "y");
    expect(yes.output.match(/Revoke\? \[y\/N\]/g)).toHaveLength(1);
    expect(live.size).toBe(0);
    expect(server.requests.filter((r) => r.url === "/credentials/revoke")).toHaveLength(1);
    for (const t of Object.values(tokens)) expect(no.output + yes.output).not.toContain(t.slice(6));
  });

  it("--revoke on a scan, limited to the providers named; the outcome in SARIF", async () => {
    const { repo, tokens } = leakyRepo();
    const live = new Set(Object.values(tokens));
    const server = await providers(live);
    const result = await runCli([
      "git",
      repo.dir,
      "--revoke",
      "--yes",
      "--revoke-providers",
      "gitlab",
      "--config",
      operatorFile(server.url),
      "-f",
      "sarif",
    ]);
    expect(result.code, result.stderr).toBe(1);
    expect(server.requests.filter((r) => r.url === "/credentials/revoke" || r.url === "/api/auth.revoke")).toEqual([]);
    expect(live.has(tokens.gh1)).toBe(true);
    expect(live.has(tokens.gitlab)).toBe(false);
    const results = JSON.parse(result.stdout).runs[0].results as {
      ruleId: string;
      properties: Record<string, unknown>;
    }[];
    expect(results.find((r) => r.ruleId === "gitlab-pat")!.properties).toMatchObject({
      verification: "live",
      revocation: "revoked",
    });
    expect(
      results.find((r) => r.ruleId === "github-pat" && r.properties.verification === "live")!.properties.revocation,
    ).toBeUndefined();
    expect(result.stderr).toMatch(/of providers not named \(left alone\)/);
  });

  it("a refused or dropped revocation is failed, with the reason, and the token stays live", async () => {
    for (const mode of ["drop", "422"] as const) {
      const token = fake("{{crc32:ghp_}}");
      const repo = new TestRepo();
      repo.commit("token", { "a.env": `GH=${token}\n` });
      const live = new Set([token]);
      const server = await providers(live, { github: mode, stickyBuildkite: false });
      const result = await runCli(["revoke", repo.dir, "--yes", "--config", operatorFile(server.url), "-f", "json"]);
      expect(result.code, result.stderr).toBe(2);
      const [finding] = JSON.parse(result.stdout) as Out[];
      expect(finding).toMatchObject({
        verification: "live",
        revocation: "failed",
        revocationReason: mode === "drop" ? expect.stringMatching(/network error/) : expect.stringMatching(/HTTP 422/),
      });
      expect(live.has(token)).toBe(true);
    }
  });

  it("GitHub: 1,001 live tokens go in two requests (1,000 is the API's most per request)", async () => {
    const tokens = Array.from({ length: 1001 }, () => fake("{{crc32:ghp_}}"));
    const live = new Set(tokens);
    const server = await providers(live);
    const findings = tokens.map(
      (secret, i) =>
        ({
          ruleId: "github-pat",
          description: "token",
          severity: "high",
          tags: [],
          path: "a.env",
          startLine: i + 1,
          startColumn: 1,
          endLine: i + 1,
          endColumn: 41,
          secret,
          match: secret,
          entropy: 5,
          fingerprint: i.toString(16).padStart(32, "0"),
          verification: { status: "live", provider: "github" },
        }) as unknown as Finding,
    );
    const rules = [{ id: "github-pat", verify: "github" }] as unknown as Rule[];
    const run = await revokeFindings(findings, rules, {
      baseUrls: { github: server.url },
      confirmAttempts: 1,
      confirmDelaySeconds: 0,
      http: { concurrency: 16 },
    });
    const posts = server.requests.filter((r) => r.url === "/credentials/revoke");
    expect(posts.map((r) => (JSON.parse(r.body) as { credentials: string[] }).credentials.length)).toEqual([1000, 1]);
    expect(run).toMatchObject({ revoked: 1001, failed: 0, notRevocable: 0 });
    expect(live.size).toBe(0);
    expect(findings.every((f) => f.revocation?.status === "revoked" && f.revocation.confirmed === "invalid")).toBe(
      true,
    );
  });

  it("a repository's own config cannot ask for revocation: ignored, with a warning", async () => {
    const { repo, tokens } = leakyRepo();
    repo.commit("ask for revocation", {
      ".leakhound.toml": '[revoke]\nproviders = ["github"]\nconfirmAttempts = 1\n[escalate]\nafterDays = 0\n',
    });
    const live = new Set(Object.values(tokens));
    const server = await providers(live);
    const operator = join(tempDir("leakhound-operator-"), "config.toml");
    writeFileSync(operator, `[verify.baseUrls]\n${PROVIDERS.map((p) => `${p} = "${server.url}"`).join("\n")}\n`);
    const result = await runCli(["git", repo.dir, "--verify", "-f", "json"], {
      env: { LEAKHOUND_USER_CONFIG: operator },
    });
    expect(result.code, result.stderr).toBe(1);
    expect(result.stderr).toMatch(
      /\.leakhound\.toml sets operator settings, ignored: revoke\.providers, revoke\.confirmAttempts, escalate\.afterDays/,
    );
    expect(server.requests.filter((r) => r.method !== "GET" && !["/api/auth.test"].includes(r.url))).toEqual([]);
    expect((JSON.parse(result.stdout) as Out[]).every((f) => f.revocation === undefined)).toBe(true);
    expect(live.size).toBe(Object.values(tokens).length);
  });
});

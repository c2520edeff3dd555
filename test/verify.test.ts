// --verify against fake provider APIs on 127.0.0.1: live, invalid, rate-limited, slow and
// malformed answers, canary keys, host locking, --explain, the audit log; never the raw secret.
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { fake, operatorConfig, runCliAsync as runCli, tempDir, writeTree } from "./helpers.js";
import { fakeServer, json, presentedSecret } from "./fake-servers.js";

type Behaviour = "live" | "invalid" | "ratelimit-once" | "ratelimit-always" | "slow" | "malformed";

/** An AWS access key ID whose embedded account is `account` (for canary tests). */
function keyIdForAccount(account: string): string {
  const alphabet = "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567";
  const value = (((BigInt(account) << 7n) | 0x35n) << 32n) | 0x9abcdef1n; // 80 bits
  let out = "";
  for (let i = 15; i >= 0; i--) out += alphabet[Number((value >> BigInt(i * 5)) & 31n)];
  return `AKIA${out}`;
}

async function providers(behaviour: Map<string, Behaviour>) {
  const seen = new Map<string, number>();
  return fakeServer(async (req, res) => {
    const secret = presentedSecret(req);
    const how = behaviour.get(secret) ?? "invalid";
    const n = (seen.get(secret) ?? 0) + 1;
    seen.set(secret, n);
    if (how === "slow") await new Promise((r) => setTimeout(r, 3000));
    if (how === "ratelimit-always" || (how === "ratelimit-once" && n === 1))
      return json(res, 429, { message: "slow down" }, { "retry-after": "1" });
    if (how === "malformed")
      return void res.writeHead(200, { "content-type": "text/html" }).end("<html>maintenance</html>");
    const live = how === "live" || how === "ratelimit-once";
    if (req.url === "/user")
      return live ? json(res, 200, { login: "octocat" }) : json(res, 401, { message: "Bad credentials" });
    if (req.url === "/api/auth.test")
      return json(res, 200, live ? { ok: true, user: "bot", team: "acme" } : { ok: false, error: "invalid_auth" });
    if (req.url === "/v1/balance")
      return live
        ? json(res, 200, { object: "balance" })
        : json(res, 401, { error: { type: "invalid_request_error" } });
    if (/^\/bot.+\/getMe$/.test(req.url))
      return live ? json(res, 200, { ok: true, result: { username: "acme_bot" } }) : json(res, 401, { ok: false });
    return json(res, 404, {});
  });
}

describe("--verify", () => {
  it("gives each secret the provider's verdict, one request per distinct secret, all audited", async () => {
    const tokens = {
      live: fake("{{crc32:ghp_}}"),
      invalid: fake("{{crc32:ghp_}}"),
      malformed: fake("{{crc32:ghp_}}"),
      slack: fake("{{lit:xoxb-}}{{rand:digits:12}}-{{rand:digits:12}}-{{rand:base62:24}}"),
      stripe: fake("{{lit:sk_live_}}{{rand:base62:32}}"),
      slow: fake("{{crc32:gho_}}"),
    };
    const server = await providers(
      new Map<string, Behaviour>([
        [tokens.live, "live"],
        [tokens.invalid, "invalid"],
        [tokens.malformed, "malformed"],
        [tokens.slack, "ratelimit-once"],
        [tokens.stripe, "ratelimit-always"],
        [tokens.slow, "slow"],
      ]),
    );
    const dir = tempDir();
    const canary = keyIdForAccount("052310077262");
    const operator = operatorConfig(
      `[verify]\ntimeout = 1\n[verify.baseUrls]\ngithub = "${server.url}"\nslack = "${server.url}"\nstripe = "${server.url}"\n`,
    );
    writeTree(dir, {
      "a.env": `A=${tokens.live}\nB=${tokens.invalid}\nC=${tokens.malformed}\nD=${tokens.slow}\n`,
      "copy.env": `A=${tokens.live}\n`,
      "chat.js": `const slack = "${tokens.slack}";\n`,
      "pay.rb": `Stripe.api_key = "${tokens.stripe}"\n`,
      "aws.env": `AWS_ACCESS_KEY_ID=${canary}\n`,
    });
    // outside the scanned folder (the log must not be scanned), in a folder the test run removes
    const audit = join(tempDir(), "audit.jsonl");
    const result = await runCli(["dir", dir, "--verify", "--audit-log", audit, "-f", "json"], { env: operator });
    expect(result.code, result.stderr).toBe(1);
    const out = JSON.parse(result.stdout) as {
      ruleId: string;
      file: string;
      startLine: number;
      verification: string;
      verificationReason?: string;
    }[];
    const status = (file: string, line = 1) => out.find((f) => f.file.endsWith(`/${file}`) && f.startLine === line);
    expect(status("a.env", 1)?.verification).toBe("live");
    expect(status("copy.env", 1)?.verification).toBe("live");
    expect(status("a.env", 2)?.verification).toBe("invalid");
    expect(status("a.env", 3)).toMatchObject({
      verification: "unknown",
      verificationReason: expect.stringMatching(/unexpected answer/),
    });
    expect(status("a.env", 4)).toMatchObject({
      verification: "unknown",
      verificationReason: expect.stringMatching(/timeout/),
    });
    expect(status("chat.js")?.verification).toBe("live");
    expect(status("pay.rb")).toMatchObject({
      verification: "unknown",
      verificationReason: expect.stringMatching(/rate limited/),
    });
    expect(status("aws.env")).toMatchObject({
      verification: "canary",
      verificationReason: expect.stringMatching(/052310077262/),
    });
    expect(result.stderr).toMatch(/verified: 3 live, 1 invalid, 3 unknown, 0 unsupported, 1 canary/);

    const byToken = (t: string) => server.requests.filter((r) => presentedSecret(r) === t).length;
    expect(byToken(tokens.live)).toBe(1); // two files, one request
    expect(byToken(tokens.slack)).toBe(2); // 429, then the retry
    expect(byToken(tokens.stripe)).toBe(3); // gives up after two retries
    // canary never called
    expect(server.requests.some((r) => r.url.includes("sts") || (r.method === "POST" && r.url === "/"))).toBe(false);

    const log = readFileSync(audit, "utf8")
      .trim()
      .split("\n")
      .map((l) => JSON.parse(l));
    expect(log.length).toBe(server.requests.length);
    expect(log[0]).toMatchObject({
      provider: expect.any(String),
      host: expect.stringMatching(/^127\.0\.0\.1:/),
      fingerprint: expect.stringMatching(/^[0-9a-f]{32}$/),
    });
    const everything = result.stdout + result.stderr + readFileSync(audit, "utf8");
    for (const t of Object.values(tokens)) expect(everything).not.toContain(t.slice(8));
  });

  it("a finding cannot steer a request to another host", async () => {
    const evil = await fakeServer((_req, res) => json(res, 200, { ok: true }));
    const telegram = await providers(new Map());
    const host = evil.url.replace("http://", "");
    const dir = tempDir();
    writeTree(dir, {
      ".leakhound.toml": [
        "[[rules]]",
        'id = "tg-loose"',
        'description = "Loose telegram token rule"',
        "regex = '''tg=(\\S+)'''",
        'keywords = ["tg="]',
        'verify = "telegram"',
        "",
      ].join("\n"),
      "a.txt": `tg=x@${host}/getMe\ntg=/../../@${host}\ntg=http://${host}/\n`,
    });
    const result = await runCli(["dir", join(dir, "a.txt"), "--verify", "-f", "json"], {
      env: operatorConfig(`[verify.baseUrls]\ntelegram = "${telegram.url}"\n`),
    });
    expect(result.code, result.stderr).toBe(1);
    expect(evil.requests).toEqual([]);
    expect(
      telegram.requests.map((r) => r.url),
      result.stdout,
    ).toHaveLength(3);
    for (const r of telegram.requests) expect(r.url).toMatch(/^\/bot[^/]+\/getMe$/);
  });

  it("--explain prints the exact requests, secrets redacted, and sends nothing", async () => {
    const server = await providers(new Map());
    const token = fake("{{crc32:ghp_}}");
    const dir = tempDir();
    writeTree(dir, { "a.env": `T=${token}\nU=${fake("{{lit:sk_live_}}{{rand:base62:32}}")}\n` });
    const result = await runCli([
      "verify",
      dir,
      "--dir",
      "--explain",
      "--verify-base-url",
      `github=${server.url}`,
      "--verify-base-url",
      `stripe=${server.url}`,
    ]);
    expect(server.requests).toEqual([]);
    expect(result.stdout).toContain(`GET ${server.url}/user`);
    expect(result.stdout).toContain("authorization: Bearer ghp_…");
    expect(result.stdout).toContain(`GET ${server.url}/v1/balance`);
    expect(result.stdout).not.toContain(token.slice(4));
  });

  it("reports the verification in SARIF, as an error when live", async () => {
    const token = fake("{{crc32:ghp_}}");
    const server = await providers(new Map([[token, "live" as Behaviour]]));
    const dir = tempDir();
    writeTree(dir, { "a.env": `T=${token}\n` });
    const sarif = JSON.parse(
      (await runCli(["dir", dir, "--verify", "--verify-base-url", `github=${server.url}`, "-f", "sarif"])).stdout,
    );
    expect(sarif.runs[0].results[0]).toMatchObject({ level: "error", properties: { verification: "live" } });
    expect(sarif.runs[0].results[0].message.text).toMatch(/^LIVE /);
  });
});

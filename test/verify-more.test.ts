// The verifiers beyond the first set, each against a fake provider on 127.0.0.1 inside a
// loopback-only network namespace: the documented request (path, where the secret goes), `live` on
// the documented success answer, `invalid` on the documented rejection, and no other host contacted.
import { readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { VERIFIERS } from "../src/verify/providers.js";
import { MORE_VERIFIERS } from "../src/verify/providers-more.js";
import { NOT_REVOCABLE, REVOKERS } from "../src/revoke/revokers.js";
import { fakeServer, json, type FakeServer, type Recorded } from "./fake-servers.js";
import { fake, runCliAsync as runCli, tempDir, writeTree } from "./helpers.js";
import { describeInNetns } from "./netns.js";

interface Spec {
  path: string;
  /** the secret where the provider's documentation puts it */
  secretOf(req: Recorded): string | undefined;
  live: unknown;
  dead: [number, unknown];
  identity?: string;
}

const bearer = (req: Recorded) => /^Bearer (.+)$/.exec(String(req.headers.authorization ?? ""))?.[1];
const header = (name: string) => (req: Recorded) => (req.headers[name] as string | undefined) ?? undefined;

const SPECS: Record<string, Spec> = {
  circleci: {
    path: "/api/v2/me",
    secretOf: header("circle-token"),
    live: { login: "octo", id: "u1" },
    dead: [401, { message: "You must log in first." }],
    identity: "octo",
  },
  buildkite: {
    path: "/v2/access-token",
    secretOf: bearer,
    live: { uuid: "b6", scopes: ["read_build"] },
    dead: [401, { message: "Authentication required" }],
    identity: "b6",
  },
  vercel: {
    path: "/v2/user",
    secretOf: bearer,
    live: { user: { id: "v1", username: "acme" } },
    dead: [403, { error: { code: "forbidden", invalidToken: true } }],
  },
  netlify: {
    path: "/api/v1/user",
    secretOf: bearer,
    live: { id: "n1", email: "dev@example.com" },
    dead: [401, { code: 401, message: "Unauthorized" }],
    identity: "n1",
  },
  cloudflare: {
    path: "/client/v4/user/tokens/verify",
    secretOf: bearer,
    live: { success: true, errors: [], result: { id: "c1", status: "active" } },
    dead: [401, { success: false, errors: [{ code: 1000, message: "Invalid API Token" }] }],
  },
  groq: {
    path: "/openai/v1/models",
    secretOf: bearer,
    live: { object: "list", data: [] },
    dead: [401, { error: { code: "invalid_api_key" } }],
  },
  mistral: {
    path: "/v1/models",
    secretOf: bearer,
    live: { object: "list", data: [] },
    dead: [401, { message: "Unauthorized" }],
  },
  cohere: {
    path: "/v1/models?page_size=1",
    secretOf: bearer,
    live: { models: [] },
    dead: [401, { message: "invalid api token" }],
  },
  replicate: {
    path: "/v1/account",
    secretOf: bearer,
    live: { type: "user", username: "acme" },
    dead: [401, { detail: "Invalid token." }],
    identity: "acme",
  },
  xai: {
    path: "/v1/api-key",
    secretOf: bearer,
    live: { api_key_id: "k1", name: "ci key", api_key_blocked: false, api_key_disabled: false, team_blocked: false },
    dead: [400, { error: "Incorrect API key provided" }],
    identity: "ci key",
  },
  square: {
    path: "/v2/locations",
    secretOf: bearer,
    live: { locations: [] },
    dead: [401, { errors: [{ category: "AUTHENTICATION_ERROR" }] }],
  },
  postmark: {
    path: "/server",
    secretOf: header("x-postmark-server-token"),
    live: { ID: 1, Name: "prod" },
    dead: [401, { ErrorCode: 10, Message: "Bad or missing Server API token." }],
    identity: "prod",
  },
  brevo: {
    path: "/v3/account",
    secretOf: header("api-key"),
    live: { email: "ops@example.com" },
    dead: [401, { code: "unauthorized" }],
    identity: "ops@example.com",
  },
  pagerduty: {
    path: "/abilities",
    secretOf: (r) => /^Token token=(.+)$/.exec(String(r.headers.authorization ?? ""))?.[1],
    live: { abilities: ["teams"] },
    dead: [401, { error: { code: 2006 } }],
  },
  doppler: {
    path: "/v3/me",
    secretOf: bearer,
    live: { workplace: { slug: "acme" }, type: "personal" },
    dead: [401, { success: false }],
  },
  terraform: {
    path: "/api/v2/account/details",
    secretOf: bearer,
    live: { data: { id: "user-1" } },
    dead: [401, { errors: [{ status: "401" }] }],
  },
  snyk: {
    path: "/v1/user/me",
    secretOf: (r) => /^token (.+)$/.exec(String(r.headers.authorization ?? ""))?.[1],
    live: { id: "s1", username: "acme" },
    dead: [401, { message: "Invalid auth token" }],
    identity: "acme",
  },
  notion: {
    path: "/v1/users/me",
    secretOf: bearer,
    live: { object: "user", id: "no1" },
    dead: [401, { code: "unauthorized" }],
    identity: "no1",
  },
  airtable: {
    path: "/v0/meta/whoami",
    secretOf: bearer,
    live: { id: "usr1" },
    dead: [401, { error: { type: "AUTHENTICATION_REQUIRED" } }],
    identity: "usr1",
  },
  honeycomb: {
    path: "/1/auth",
    secretOf: header("x-honeycomb-team"),
    live: { id: "hk1", type: "configuration" },
    dead: [401, { error: "unknown API key" }],
    identity: "hk1",
  },
};

const names = Object.keys(MORE_VERIFIERS);

describe("the set of verifiers", () => {
  it("has at least 30, each new one with a fake-server case here", () => {
    expect(Object.keys(VERIFIERS).length).toBeGreaterThanOrEqual(30);
    expect(names.sort()).toEqual(Object.keys(SPECS).sort());
  });

  it("every verifier is either revocable or not-revocable with an https rotation page, never both", () => {
    for (const name of Object.keys(VERIFIERS)) {
      const revocable = name in REVOKERS;
      const not = NOT_REVOCABLE[name];
      expect(revocable !== (not !== undefined), name).toBe(true);
      if (not) expect(not.rotationPage, name).toMatch(/^https:\/\//);
      if (revocable) expect(REVOKERS[name]!.provider, name).toBe(name);
    }
    for (const name of [...Object.keys(REVOKERS), ...Object.keys(NOT_REVOCABLE)])
      expect(VERIFIERS[name], name).toBeDefined();
  });
});

describeInNetns("test/verify-more.test.ts", "more verifiers", 180_000, () => {
  it("each provider: live on its documented success, invalid on its documented rejection, the secret where its docs put it", async () => {
    const servers = new Map<string, FakeServer>();
    const secrets = new Map<string, { live: string; dead: string }>();
    for (const name of names) {
      const spec = SPECS[name]!;
      const pair = { live: fake("{{rand:lowernum:36}}"), dead: fake("{{rand:lowernum:36}}") };
      secrets.set(name, pair);
      servers.set(
        name,
        await fakeServer((req, res) => {
          if (req.method !== "GET" || req.url !== spec.path) return json(res, 404, { message: "no such route" });
          const presented = spec.secretOf(req);
          if (presented === pair.live) return json(res, 200, spec.live);
          return json(res, spec.dead[0], spec.dead[1]);
        }),
      );
    }
    const dir = tempDir();
    const rules = names.map((n) =>
      [
        `[[rules]]`,
        `id = "t-${n}"`,
        `description = "test ${n} key"`,
        `regex = '''${n.toUpperCase()}_KEY=([a-z0-9]{36})'''`,
        `keywords = ["${n}_key="]`,
        `verify = "${n}"`,
        "",
      ].join("\n"),
    );
    const baseUrls = names.map((n) => `${n} = "${servers.get(n)!.url}"`);
    const config = join(tempDir(), "operator.toml");
    writeFileSync(config, `${rules.join("\n")}\n[verify.baseUrls]\n${baseUrls.join("\n")}\n`);
    writeTree(
      dir,
      Object.fromEntries(
        names.map((n) => [
          `${n}.env`,
          `${n.toUpperCase()}_KEY=${secrets.get(n)!.live}\n${n.toUpperCase()}_KEY=${secrets.get(n)!.dead}\n`,
        ]),
      ),
    );
    const audit = join(tempDir(), "audit.jsonl");
    const result = await runCli(["dir", dir, "--config", config, "--verify", "--audit-log", audit, "-f", "json"]);
    expect(result.code, result.stderr).toBe(1);
    const out = JSON.parse(result.stdout) as {
      ruleId: string;
      file: string;
      startLine: number;
      verification: string;
      verificationReason?: string;
    }[];
    for (const n of names) {
      const mine = out.filter((f) => f.ruleId === `t-${n}`);
      expect(
        mine.map((f) => [f.startLine, f.verification]),
        `${n}: ${JSON.stringify(mine)}`,
      ).toEqual([
        [1, "live"],
        [2, "invalid"],
      ]);
      const requests = servers.get(n)!.requests;
      expect(
        requests.map((r) => `${r.method} ${r.url}`),
        n,
      ).toEqual([`GET ${SPECS[n]!.path}`, `GET ${SPECS[n]!.path}`]);
      expect(requests.map((r) => SPECS[n]!.secretOf(r)).sort(), n).toEqual(
        [secrets.get(n)!.live, secrets.get(n)!.dead].sort(),
      );
    }
    // every request sent is in the audit log, and every one went to this machine's fake servers
    const log = readFileSync(audit, "utf8")
      .trim()
      .split("\n")
      .map((l) => JSON.parse(l) as { host: string; action: string });
    const received = [...servers.values()].reduce((n, s) => n + s.requests.length, 0);
    expect(log).toHaveLength(received);
    expect(received).toBe(names.length * 2);
    for (const entry of log)
      expect(entry).toMatchObject({ host: expect.stringMatching(/^127\.0\.0\.1:\d+$/), action: "verify" });
    const everything = result.stdout + result.stderr + readFileSync(audit, "utf8");
    for (const pair of secrets.values())
      for (const s of [pair.live, pair.dead]) expect(everything).not.toContain(s.slice(4));
  });

  it("without the operator's base URL a verifier goes to its documented host, which this namespace cannot reach: unknown, never live", async () => {
    const dir = tempDir();
    const config = join(tempDir(), "operator.toml");
    writeFileSync(
      config,
      `[[rules]]\nid = "t-circleci"\ndescription = "test circleci key"\nregex = '''CIRCLECI_KEY=([a-z0-9]{36})'''\nkeywords = ["circleci_key="]\nverify = "circleci"\n[verify]\ntimeout = 3\n`,
    );
    writeTree(dir, { "a.env": `CIRCLECI_KEY=${fake("{{rand:lowernum:36}}")}\n` });
    const result = await runCli(["dir", dir, "--config", config, "--verify", "-f", "json"]);
    const mine = (
      JSON.parse(result.stdout) as { ruleId: string; verification: string; verificationReason: string }[]
    ).filter((f) => f.ruleId === "t-circleci");
    expect(mine).toHaveLength(1);
    expect(mine[0]).toMatchObject({
      verification: "unknown",
      verificationReason: expect.stringMatching(/network error|timeout/),
    });
  });
});

// Rotate-now tickets through the three hooks, against fake servers on 127.0.0.1: one ticket per live
// secret, no duplicates on re-runs, sync closes rotated ones, failures reported; never the secret.
import { createHmac } from "node:crypto";
import { readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { TestRepo } from "./git-helpers.js";
import { fake, operatorConfig, runCliAsync as runCli, tempDir } from "./helpers.js";
import { fakeGitHub, fakeServer, json, presentedSecret } from "./fake-servers.js";

async function liveProvider(live: Set<string>) {
  return fakeServer((req, res) => {
    if (req.url === "/user")
      return live.has(presentedSecret(req))
        ? json(res, 200, { login: "octocat" })
        : json(res, 401, { message: "Bad credentials" });
    return json(res, 404, {});
  });
}

function leakyRepo() {
  const repo = new TestRepo();
  const live = fake("{{crc32:ghp_}}");
  const dead = fake("{{crc32:ghp_}}");
  repo.write({ ".github/CODEOWNERS": "*.env @alice @acme/security\n/docs/ @bob\n" });
  repo.commit("config", { "deploy/prod.env": `TOKEN=${live}\nOLD=${dead}\n`, "docs/setup.md": `Token: ${live}\n` });
  repo.git("remote", "add", "origin", "git@github.com:acme/leaky.git");
  return { repo, live, dead };
}

describe("rotate-now tickets", () => {
  it("github: one issue per live secret, assigned from CODEOWNERS, not duplicated, closed by sync once rotated", async () => {
    const { repo, live } = leakyRepo();
    const liveSet = new Set([live]);
    const provider = await liveProvider(liveSet);
    const github = await fakeGitHub();
    const env = {
      GITHUB_TOKEN: "test-token",
      ...operatorConfig(
        `[verify.baseUrls]\ngithub = "${provider.url}"\n[tickets]\nprovider = "github"\nrepository = "acme/app"\napiUrl = "${github.url}"\n`,
      ),
    };

    const first = await runCli(["git", repo.dir, "--verify", "--ticket", "github", "-f", "json"], { env });
    expect(first.code, first.stderr).toBe(1);
    expect(first.stderr).toMatch(/tickets \(github\): 1 opened, 0 already open, 0 failed/);
    expect(github.issues).toHaveLength(1);
    const issue = github.issues[0]!;
    expect(issue.title).toMatch(/^Rotate now: live GitHub personal access token \(classic\) leaked in /);
    expect(issue.body).toMatch(/leakhound-fingerprint:[0-9a-f]{32}/);
    expect(issue.body).toMatch(/octocat/);
    // the leak's own repository, not the one that receives the tickets
    expect(issue.body).toContain("acme/leaky: `deploy/prod.env:1`");
    expect(issue.body).not.toContain("acme/app");
    expect(issue.body).toMatch(/Delete the token at https:\/\/github.com\/settings\/tokens/);
    expect(issue.labels).toEqual(["leakhound", "secret-leak"]);
    expect(issue.assignees.length).toBeGreaterThan(0);
    for (const r of github.requests) expect(r.body).not.toContain(live.slice(4));

    const again = await runCli(["git", repo.dir, "--verify", "--ticket", "github", "-f", "json"], { env });
    expect(again.stderr).toMatch(/0 opened, 1 already open/);
    expect(github.issues).toHaveLength(1);

    const before = { github: github.requests.length, provider: provider.requests.length };
    const explain = await runCli(["tickets", "sync", repo.dir, "--explain"], { env });
    expect(explain.code, explain.stderr).toBe(0);
    expect(explain.stdout).toContain(`GET ${provider.url}/user`);
    expect({ github: github.requests.length, provider: provider.requests.length }).toEqual(before);

    liveSet.clear(); // rotated
    const sync = await runCli(["tickets", "sync", repo.dir], { env });
    expect(sync.code, sync.stderr).toBe(0);
    expect(sync.stderr).toMatch(/1 open, 1 closed as rotated/);
    expect(github.issues[0]).toMatchObject({ state: "closed" });
    expect(github.issues[0]!.comments[0]).toMatch(/now rejects this secret/);
  });

  it("webhook: a signed POST once per secret; a failing webhook is reported and the report still written", async () => {
    const { repo, live } = leakyRepo();
    const provider = await liveProvider(new Set([live]));
    let fail = false;
    const hook = await fakeServer((_req, res) => (fail ? json(res, 500, {}) : json(res, 200, { ok: true })));
    const state = join(tempDir(), "sent.json");
    const hmacKey = fake("{{rand:base62:24}}");
    const env = {
      LEAKHOUND_WEBHOOK_SECRET: hmacKey,
      ...operatorConfig(
        `[verify.baseUrls]\ngithub = "${provider.url}"\n[tickets]\nprovider = "webhook"\nurl = "${hook.url}/hooks/leak"\nstateFile = "${state}"\n`,
      ),
    };
    const first = await runCli(["git", repo.dir, "--verify", "--ticket", "webhook", "-q"], { env });
    expect(first.code, first.stderr).toBe(1);
    expect(hook.requests).toHaveLength(1);
    const req = hook.requests[0]!;
    const expected = `sha256=${createHmac("sha256", hmacKey).update(req.body).digest("hex")}`;
    expect(req.headers["x-leakhound-signature-256"]).toBe(expected);
    const sent = JSON.parse(req.body);
    expect(sent).toMatchObject({
      event: "leakhound.secret.live",
      ticket: {
        repository: "acme/leaky",
        rule: "github-pat",
        provider: "github",
        secretPreview: "ghp_…",
        commit: expect.stringMatching(/^[0-9a-f]{40}$/),
      },
    });
    expect(req.body).not.toContain(live.slice(4));

    await runCli(["git", repo.dir, "--verify", "--ticket", "webhook", "-q"], { env });
    expect(hook.requests).toHaveLength(1);

    fail = true;
    writeFileSync(state, JSON.stringify({ sent: [] }));
    const out = join(tempDir(), "report.json");
    const failed = await runCli(["git", repo.dir, "--verify", "--ticket", "webhook", "-f", "json", "-o", out], { env });
    expect(failed.code).toBe(2);
    expect(failed.stderr).toMatch(/could not open a ticket for [0-9a-f]{32}: webhook .* answered HTTP 500/);
    expect(JSON.parse(readFileSync(out, "utf8")).length).toBeGreaterThan(0);
  });

  it("command: the ticket document on the command's stdin, without the secret", async () => {
    const { repo, live } = leakyRepo();
    const provider = await liveProvider(new Set([live]));
    const dir = tempDir();
    const received = join(dir, "ticket.json");
    const script = join(dir, "ticket.mjs");
    writeFileSync(
      script,
      `import { writeFileSync, readFileSync } from "node:fs";\nwriteFileSync(${JSON.stringify(received)}, readFileSync(0));\n`,
    );
    const env = operatorConfig(
      `[verify.baseUrls]\ngithub = "${provider.url}"\n[tickets]\nprovider = "command"\ncommand = [${JSON.stringify(process.execPath)}, ${JSON.stringify(script)}]\nstateFile = "${join(dir, "sent.json")}"\n`,
    );
    const result = await runCli(["git", repo.dir, "--verify", "--ticket", "command", "-q"], { env });
    expect(result.code, result.stderr).toBe(1);
    const text = readFileSync(received, "utf8");
    expect(JSON.parse(text).ticket).toMatchObject({
      rule: "github-pat",
      file: "deploy/prod.env",
      line: 1,
      identity: "octocat",
    });
    expect(text).not.toContain(live.slice(4));
  });
});

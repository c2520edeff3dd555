// The rotate-now loop end to end, against fake providers and ticket systems on 127.0.0.1 inside a
// loopback-only network namespace: a ticket opened for a live secret, the secret revoked by
// leakhound (or rotated by its owner), `tickets sync` closing the ticket with its lifecycle, and a
// secret that stays live past the configured age escalated — for GitHub issues, webhooks and commands.
import { createHmac } from "node:crypto";
import { existsSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { expect, it } from "vitest";
import { fakeGitHub, fakeServer, json, presentedSecret } from "./fake-servers.js";
import { TestRepo } from "./git-helpers.js";
import { fake, operatorConfig, runCliAsync as runCli, tempDir } from "./helpers.js";
import { describeInNetns } from "./netns.js";

/** GitHub's API as far as verification and revocation go: GET /user, POST /credentials/revoke. */
async function githubProvider(live: Set<string>) {
  return fakeServer((req, res) => {
    if (req.method === "GET" && req.url === "/user")
      return live.has(presentedSecret(req))
        ? json(res, 200, { login: "octocat" })
        : json(res, 401, { message: "Bad credentials" });
    if (req.method === "POST" && req.url === "/credentials/revoke" && !req.headers.authorization) {
      for (const c of (JSON.parse(req.body) as { credentials: string[] }).credentials) live.delete(c);
      return json(res, 202, {});
    }
    return json(res, 404, { message: "Not Found" });
  });
}

/** A webhook receiver that keeps every event it is sent. */
async function receiver() {
  const server = await fakeServer((_req, res) => json(res, 200, { ok: true }));
  return Object.assign(server, {
    events: () =>
      server.requests.map(
        (r) =>
          JSON.parse(r.body) as { event: string; ticket: Record<string, unknown>; lifecycle?: Record<string, string> },
      ),
  });
}

function leakyRepo() {
  const token = fake("{{crc32:ghp_}}");
  const repo = new TestRepo();
  repo.commit("deploy config", { "deploy/prod.env": `TOKEN=${token}\n` });
  repo.git("remote", "add", "origin", "https://github.com/acme/leaky.git");
  return { repo, token };
}

interface State {
  sent: string[];
  tickets: Record<string, Record<string, string | number>>;
}
const readState = (file: string) => JSON.parse(readFileSync(file, "utf8")) as State;

/** Moves the time the ticket's secret was first confirmed live `days` into the past. */
function backdate(file: string, days: number): void {
  const state = readState(file);
  for (const record of Object.values(state.tickets))
    record.verifiedLiveAt = new Date(Date.now() - days * 86_400_000).toISOString();
  writeFileSync(file, JSON.stringify(state));
}

describeInNetns("test/tickets-loop.test.ts", "the rotate-now loop", 300_000, () => {
  it("github: ticket opened, token revoked with one POST, then closed by tickets sync as revoked by leakhound", async () => {
    const { repo, token } = leakyRepo();
    const live = new Set([token]);
    const provider = await githubProvider(live);
    const issues = await fakeGitHub();
    const state = join(tempDir(), "tickets.json");
    const env = {
      GITHUB_TOKEN: "test-token",
      ...operatorConfig(
        `[verify.baseUrls]\ngithub = "${provider.url}"\n[tickets]\nprovider = "github"\nrepository = "acme/security"\napiUrl = "${issues.url}"\nstateFile = "${state}"\n[revoke]\nconfirmAttempts = 1\nconfirmDelaySeconds = 0\n`,
      ),
    };
    const opened = await runCli(["git", repo.dir, "--verify", "--ticket", "github", "-q"], { env });
    expect(opened.code, opened.stderr).toBe(1);
    expect(issues.issues).toHaveLength(1);
    expect(issues.issues[0]!.body).toContain("acme/leaky: `deploy/prod.env:1`");

    const revoked = await runCli(["revoke", repo.dir, "--yes", "-f", "json"], { env });
    expect(revoked.code, revoked.stderr).toBe(1);
    expect(provider.requests.filter((r) => r.method === "POST" && r.url === "/credentials/revoke")).toHaveLength(1);
    expect(JSON.parse(revoked.stdout)[0]).toMatchObject({ verification: "live", revocation: "revoked" });
    expect(Object.values(readState(state).tickets)[0]).toMatchObject({ revokedBy: "leakhound", issue: 1 });

    const sync = await runCli(["tickets", "sync", repo.dir], { env });
    expect(sync.code, sync.stderr).toBe(0);
    expect(sync.stderr).toMatch(/tickets sync \(github\): 1 open, 1 closed as rotated or revoked/);
    expect(issues.issues[0]).toMatchObject({ state: "closed" });
    const comment = issues.issues[0]!.comments.at(-1)!;
    expect(comment).toMatch(/now rejects this secret .*: revoked by leakhound on \d{4}-/);
    expect(comment).toMatch(/- verified live: \d{4}-/);
    expect(comment).toMatch(/- revoked by leakhound: \d{4}-/);
    expect(comment).toMatch(/- closed: \d{4}-/);
    expect(Object.values(readState(state).tickets)[0]).toMatchObject({
      revokedBy: "leakhound",
      closedAt: expect.any(String),
      lastStatus: "invalid",
    });
    // the tickets never hold the secret (the provider's revocation request must: it is what is revoked)
    for (const r of issues.requests) expect(r.body).not.toContain(token.slice(4));
    expect(readFileSync(state, "utf8")).not.toContain(token.slice(4));
  });

  it("webhook: escalated once past the configured age (non-zero exit while overdue), closed when the owner rotates it; --explain sends nothing", async () => {
    const { repo, token } = leakyRepo();
    const live = new Set([token]);
    const provider = await githubProvider(live);
    const hook = await receiver();
    const escalation = await receiver();
    const state = join(tempDir(), "tickets.json");
    const key = fake("{{rand:base62:24}}");
    const env = {
      LEAKHOUND_WEBHOOK_SECRET: key,
      ...operatorConfig(
        `[verify.baseUrls]\ngithub = "${provider.url}"\n[tickets]\nprovider = "webhook"\nurl = "${hook.url}/leak"\nstateFile = "${state}"\n[escalate]\nafterDays = 7\nwebhook = "${escalation.url}/escalate"\n`,
      ),
    };
    expect((await runCli(["git", repo.dir, "--verify", "--ticket", "webhook", "-q"], { env })).code).toBe(1);
    expect(hook.events().map((e) => e.event)).toEqual(["leakhound.secret.live"]);
    const record = Object.values(readState(state).tickets)[0]!;
    expect(record).toMatchObject({
      provider: "webhook",
      repository: "acme/leaky",
      verifiedLiveAt: expect.any(String),
      openedAt: expect.any(String),
    });

    // live, but not yet past the age: nothing sent, exit 0
    const early = await runCli(["tickets", "sync", repo.dir], { env });
    expect(early.code, early.stderr).toBe(0);
    expect(early.stderr).toMatch(/tickets sync \(webhook\): 1 open, 0 closed/);
    expect(hook.requests).toHaveLength(1);

    backdate(state, 10);
    const overdue = await runCli(["tickets", "sync", repo.dir], { env });
    expect(overdue.code, overdue.stderr).toBe(1);
    expect(overdue.stderr).toMatch(/1 escalated, 1 live past the escalation age/);
    const escalated = hook.events().at(-1)!;
    expect(escalated).toMatchObject({
      event: "leakhound.secret.escalated",
      ticket: { repository: "acme/leaky", file: "deploy/prod.env" },
      lifecycle: { escalatedAt: expect.any(String) },
    });
    expect(escalation.events().map((e) => e.event)).toEqual(["leakhound.secret.escalated"]);
    const signed = escalation.requests[0]!;
    expect(signed.headers["x-leakhound-signature-256"]).toBe(
      `sha256=${createHmac("sha256", key).update(signed.body).digest("hex")}`,
    );

    // still overdue: the exit says so, the ticket is not escalated twice
    const again = await runCli(["tickets", "sync", repo.dir], { env });
    expect(again.code).toBe(1);
    expect(hook.requests).toHaveLength(2);
    expect(escalation.requests).toHaveLength(1);

    const counts = () => [provider.requests.length, hook.requests.length, escalation.requests.length];
    const before = counts();
    const explain = await runCli(["tickets", "sync", repo.dir, "--explain"], { env });
    expect(explain.code, explain.stderr).toBe(0);
    expect(explain.stdout).toContain(`GET ${provider.url}/user`);
    expect(counts()).toEqual(before);

    live.clear(); // the owner rotated it
    const closed = await runCli(["tickets", "sync", repo.dir], { env });
    expect(closed.code, closed.stderr).toBe(0);
    expect(hook.events().at(-1)).toMatchObject({
      event: "leakhound.secret.closed",
      ticket: { repository: "acme/leaky" },
      lifecycle: { revokedBy: "owner", closedAt: expect.any(String), escalatedAt: expect.any(String) },
    });
    expect(Object.values(readState(state).tickets)[0]).toMatchObject({ revokedBy: "owner", closeReason: "invalid" });
    // closed tickets are not synced again
    const after = await runCli(["tickets", "sync", repo.dir], { env });
    expect(after.stderr).toMatch(/tickets sync \(webhook\): 0 open/);
    for (const r of hook.requests) expect(r.body).not.toContain(token.slice(4));
  });

  it("command: the closed event goes to the command, with the lifecycle", async () => {
    const { repo, token } = leakyRepo();
    const live = new Set([token]);
    const provider = await githubProvider(live);
    const dir = tempDir();
    const received = join(dir, "events.jsonl");
    const script = join(dir, "ticket.mjs");
    writeFileSync(
      script,
      `import { appendFileSync, readFileSync } from "node:fs";\nappendFileSync(${JSON.stringify(received)}, readFileSync(0, "utf8") + "\\n");\n`,
    );
    const env = operatorConfig(
      `[verify.baseUrls]\ngithub = "${provider.url}"\n[tickets]\nprovider = "command"\ncommand = [${JSON.stringify(process.execPath)}, ${JSON.stringify(script)}]\nstateFile = "${join(dir, "tickets.json")}"\n`,
    );
    expect((await runCli(["git", repo.dir, "--verify", "--ticket", "command", "-q"], { env })).code).toBe(1);
    live.clear();
    const sync = await runCli(["tickets", "sync", repo.dir], { env });
    expect(sync.code, sync.stderr).toBe(0);
    const events = readFileSync(received, "utf8")
      .trim()
      .split("\n")
      .map((l) => JSON.parse(l) as { event: string; lifecycle?: Record<string, string> });
    expect(events.map((e) => e.event)).toEqual(["leakhound.secret.live", "leakhound.secret.closed"]);
    expect(events[1]!.lifecycle).toMatchObject({
      revokedBy: "owner",
      closedAt: expect.any(String),
      verifiedLiveAt: expect.any(String),
    });
    expect(readFileSync(received, "utf8")).not.toContain(token.slice(4));
  });

  it("github: a ticket live past the age is escalated with labels, an assignee and a comment, once", async () => {
    const { repo, token } = leakyRepo();
    const provider = await githubProvider(new Set([token]));
    const issues = await fakeGitHub();
    const state = join(tempDir(), "tickets.json");
    const env = {
      GITHUB_TOKEN: "test-token",
      ...operatorConfig(
        `[verify.baseUrls]\ngithub = "${provider.url}"\n[tickets]\nprovider = "github"\nrepository = "acme/security"\napiUrl = "${issues.url}"\nassignees = "none"\nstateFile = "${state}"\n[escalate]\nafterDays = 3\nlabels = ["escalated", "sev1"]\nassignees = ["sec-lead"]\n`,
      ),
    };
    expect((await runCli(["git", repo.dir, "--verify", "--ticket", "github", "-q"], { env })).code).toBe(1);
    backdate(state, 4);
    const sync = await runCli(["tickets", "sync", repo.dir], { env });
    expect(sync.code, sync.stderr).toBe(1);
    const issue = issues.issues[0]!;
    expect(issue).toMatchObject({ state: "open", assignees: ["sec-lead"] });
    expect(issue.labels).toEqual(expect.arrayContaining(["leakhound", "secret-leak", "escalated", "sev1"]));
    expect(issue.comments.at(-1)).toMatch(/still live 4 days after it was confirmed live \(escalation after 3 days\)/);
    const again = await runCli(["tickets", "sync", repo.dir], { env });
    expect(again.code).toBe(1);
    expect(issue.comments).toHaveLength(1);
    expect(existsSync(state)).toBe(true);
  });
});

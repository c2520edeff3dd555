// The Action's `revoke` input, run as the runner runs it (the bundle in action/), against a fake
// GitHub on 127.0.0.1 inside a loopback-only network namespace: `revoke: github` revokes the live
// token with one POST and the SARIF says so; without the input nothing is revoked.
import { spawn } from "node:child_process";
import { readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { expect, it } from "vitest";
import { fakeServer, json, presentedSecret } from "./fake-servers.js";
import { TestRepo } from "./git-helpers.js";
import { fake, operatorConfig, ROOT, tempDir } from "./helpers.js";
import { describeInNetns } from "./netns.js";

function runAction(
  workspace: string,
  inputs: Record<string, string>,
  extraEnv: Record<string, string>,
): Promise<{ code: number; stdout: string; stderr: string; sarif?: string }> {
  const files = tempDir("leakhound-runner-");
  writeFileSync(join(files, "event.json"), "{}");
  writeFileSync(join(files, "output"), "");
  const env: Record<string, string> = {
    ...(process.env as Record<string, string>),
    GITHUB_WORKSPACE: workspace,
    GITHUB_EVENT_NAME: "workflow_dispatch",
    GITHUB_EVENT_PATH: join(files, "event.json"),
    GITHUB_OUTPUT: join(files, "output"),
    RUNNER_TEMP: files,
    NO_COLOR: "1",
    XDG_CONFIG_HOME: join(files, "config"),
    ...extraEnv,
  };
  for (const [name, value] of Object.entries(inputs)) env[`INPUT_${name.toUpperCase()}`] = value;
  return new Promise((resolve) => {
    const child = spawn(process.execPath, [join(ROOT, "action", "index.mjs")], { cwd: workspace, env });
    let stdout = "";
    let stderr = "";
    child.stdout.on("data", (c: Buffer) => (stdout += c));
    child.stderr.on("data", (c: Buffer) => (stderr += c));
    child.on("close", (code) => {
      const sarifPath = /^sarif-file=(.*)$/m.exec(readFileSync(join(files, "output"), "utf8"))?.[1];
      resolve({ code: code ?? -1, stdout, stderr, ...(sarifPath ? { sarif: readFileSync(sarifPath, "utf8") } : {}) });
    });
  });
}

describeInNetns("test/revoke-action.test.ts", "the Action's revoke input", 300_000, () => {
  it("revoke: github revokes the live token with one POST; verify alone revokes nothing", async () => {
    const token = fake("{{crc32:ghp_}}");
    const live = new Set([token]);
    const provider = await fakeServer((req, res) => {
      if (req.method === "GET" && req.url === "/user")
        return live.has(presentedSecret(req)) ? json(res, 200, { login: "octocat" }) : json(res, 401, {});
      if (req.method === "POST" && req.url === "/credentials/revoke" && !req.headers.authorization) {
        for (const c of (JSON.parse(req.body) as { credentials: string[] }).credentials) live.delete(c);
        return json(res, 202, {});
      }
      return json(res, 404, {});
    });
    const repo = new TestRepo();
    repo.commit("token", { "deploy.env": `TOKEN=${token}\n` });
    const operator = operatorConfig(
      `[verify.baseUrls]\ngithub = "${provider.url}"\n[revoke]\nconfirmAttempts = 1\nconfirmDelaySeconds = 0\n`,
    );

    const verifyOnly = await runAction(repo.dir, { verify: "true" }, operator);
    expect(verifyOnly.code, verifyOnly.stderr).toBe(1);
    expect(provider.requests.filter((r) => r.url === "/credentials/revoke")).toEqual([]);
    expect(live.has(token)).toBe(true);

    const revoked = await runAction(repo.dir, { revoke: "github" }, operator);
    expect(revoked.code, revoked.stderr).toBe(1);
    expect(provider.requests.filter((r) => r.url === "/credentials/revoke")).toHaveLength(1);
    expect(live.has(token)).toBe(false);
    const result = JSON.parse(revoked.sarif!).runs[0].results[0];
    expect(result.properties).toMatchObject({ verification: "live", revocation: "revoked" });

    const bad = await runAction(repo.dir, { revoke: "github; rm -rf /" }, operator);
    expect(bad.code).toBe(2);
    expect(bad.stderr).toMatch(/input revoke must be all or provider names/);
  });
});

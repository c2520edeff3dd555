// The GitHub Action run as the runner runs it: a real repository, an event payload, the
// GITHUB_* files and INPUT_* variables, and the committed bundle in action/.
import { execFileSync, spawn, spawnSync } from "node:child_process";
import { cpSync, readdirSync, readFileSync, rmSync, symlinkSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { sarifSchemaErrors } from "./sarif-validate.js";
import { describe, expect, it } from "vitest";
import { parse as parseYaml } from "yaml";
import { TestRepo } from "./git-helpers.js";
import { fake, operatorConfig, ROOT, tempDir } from "./helpers.js";
import { fakeServer, json, presentedSecret } from "./fake-servers.js";

const ACTION = join(ROOT, "action", "index.mjs");

interface Run {
  code: number;
  stdout: string;
  stderr: string;
  outputs: Record<string, string>;
  summary: string;
  sarif: string | undefined;
}

function runAction(
  workspace: string,
  event: string,
  payload: object,
  inputs: Record<string, string> = {},
  action = ACTION,
): Run {
  const { env, files } = runnerEnv(workspace, event, payload, inputs);
  const r = spawnSync(process.execPath, [action], { cwd: workspace, env, encoding: "utf8" });
  return collect(files, r.status ?? -1, r.stdout, r.stderr);
}

/** The same, without blocking this process (when the test serves HTTP to the action). */
function runActionAsync(
  workspace: string,
  event: string,
  payload: object,
  inputs: Record<string, string> = {},
  extraEnv: Record<string, string> = {},
): Promise<Run> {
  const { env, files } = runnerEnv(workspace, event, payload, inputs, extraEnv);
  return new Promise((resolve) => {
    const child = spawn(process.execPath, [ACTION], { cwd: workspace, env });
    let stdout = "";
    let stderr = "";
    child.stdout.on("data", (c: Buffer) => (stdout += c));
    child.stderr.on("data", (c: Buffer) => (stderr += c));
    child.on("close", (code) => resolve(collect(files, code ?? -1, stdout, stderr)));
  });
}

function runnerEnv(
  workspace: string,
  event: string,
  payload: object,
  inputs: Record<string, string>,
  extraEnv: Record<string, string> = {},
) {
  const files = tempDir("leakhound-runner-");
  const eventPath = join(files, "event.json");
  writeFileSync(eventPath, JSON.stringify(payload));
  writeFileSync(join(files, "output"), "");
  writeFileSync(join(files, "summary"), "");
  const env: Record<string, string> = {
    ...(process.env as Record<string, string>),
    GITHUB_WORKSPACE: workspace,
    GITHUB_EVENT_NAME: event,
    GITHUB_EVENT_PATH: eventPath,
    GITHUB_OUTPUT: join(files, "output"),
    GITHUB_STEP_SUMMARY: join(files, "summary"),
    RUNNER_TEMP: files,
    NO_COLOR: "1",
    XDG_CONFIG_HOME: join(files, "config"),
    ...extraEnv,
  };
  for (const [name, value] of Object.entries(inputs)) env[`INPUT_${name.toUpperCase()}`] = value;
  return { env, files };
}

function collect(files: string, code: number, stdout: string, stderr: string): Run {
  const outputs = Object.fromEntries(
    readFileSync(join(files, "output"), "utf8")
      .trim()
      .split("\n")
      .filter(Boolean)
      .map((l) => l.split(/=(.*)/s).slice(0, 2) as [string, string]),
  );
  const sarifPath = outputs["sarif-file"];
  return {
    code,
    stdout,
    stderr,
    outputs,
    summary: readFileSync(join(files, "summary"), "utf8"),
    sarif: sarifPath ? readFileSync(sarifPath, "utf8") : undefined,
  };
}

/** main has a secret already; a feature branch adds another. */
function pullRequestRepo() {
  const repo = new TestRepo();
  const old = fake("{{crc32:ghp_}}");
  repo.commit("base", { "legacy.env": `OLD=${old}\n`, "README.md": "app\n" });
  const base = repo.git("rev-parse", "HEAD");
  repo.git("checkout", "-q", "-b", "feature");
  const fresh = fake("{{lit:sk_live_}}{{rand:base62:32}}");
  repo.commit("feature", { "pay.js": `const key = "${fresh}";\n` });
  const head = repo.git("rev-parse", "HEAD");
  return { repo, base, head, old, fresh };
}

describe("GitHub Action", () => {
  it("on a pull request: annotates, summarises, writes valid SARIF and fails only on the new secret", () => {
    const { repo, base, head, old, fresh } = pullRequestRepo();
    const run = runAction(repo.dir, "pull_request", {
      pull_request: { number: 7, base: { sha: base }, head: { sha: head } },
    });
    expect(run.code, run.stderr).toBe(1);
    expect(run.stdout).toMatch(
      /^::error file=pay\.js,line=1,endLine=1,col=14,endColumn=\d+,title=leakhound%3A Stripe live secret or restricted key::stripe-live-secret-key/m,
    );
    expect(run.stdout).not.toMatch(/legacy\.env/);
    expect(run.outputs.findings).toBe("1");
    expect(run.summary).toMatch(/Scanned the commits of pull request #7/);
    expect(run.summary).toMatch(/\| critical \| stripe-live-secret-key \| pay\.js \| 1 \|/);
    for (const text of [run.stdout, run.summary, run.sarif!]) {
      expect(text).not.toContain(fresh.slice(8));
      expect(text).not.toContain(old.slice(4));
    }
    const sarif = JSON.parse(run.sarif!);
    expect(sarifSchemaErrors(sarif)).toEqual([]);
    expect(sarif.runs[0].results[0]).toMatchObject({ ruleId: "stripe-live-secret-key", properties: { commit: head } });
    expect(sarif.runs[0].results[0].partialFingerprints["secretFingerprint/v1"]).toMatch(/^[0-9a-f]{32}$/);
  });

  it("passes a pull request that adds no secret, even when the base branch has one", () => {
    const repo = new TestRepo();
    repo.commit("base", { "legacy.env": `OLD=${fake("{{crc32:ghp_}}")}\n` });
    const base = repo.git("rev-parse", "HEAD");
    repo.git("checkout", "-q", "-b", "feature");
    const head = repo.commit("docs", { "README.md": "Use ${GITHUB_TOKEN}.\n" });
    const run = runAction(repo.dir, "pull_request", {
      pull_request: { number: 8, base: { sha: base }, head: { sha: head } },
    });
    expect(run.code, run.stderr).toBe(0);
    expect(run.outputs.findings).toBe("0");
    expect(run.summary).toMatch(/No secrets found/);
  });

  it("on a push scans the pushed commits; on a new branch its whole history; fail-on none reports only", () => {
    const { repo, base, head } = pullRequestRepo();
    const pushed = runAction(
      repo.dir,
      "push",
      { before: base, after: head, ref: "refs/heads/feature" },
      { sarif: "false" },
    );
    expect(pushed.code).toBe(1);
    expect(pushed.outputs).toMatchObject({ findings: "1", "sarif-file": "" });
    const newBranch = runAction(
      repo.dir,
      "push",
      { before: "0".repeat(40), after: head, ref: "refs/heads/feature" },
      { "fail-on": "none" },
    );
    expect(newBranch.code).toBe(0);
    expect(newBranch.outputs.findings).toBe("2");
    const nightly = runAction(repo.dir, "schedule", {});
    expect(nightly.outputs.findings).toBe("2");
  });

  it("fail-on none annotates with warnings, not errors, and writes the SARIF under RUNNER_TEMP, not into the checkout", () => {
    const { repo, base, head } = pullRequestRepo();
    const run = runAction(
      repo.dir,
      "pull_request",
      { pull_request: { number: 8, base: { sha: base }, head: { sha: head } } },
      { "fail-on": "none" },
    );
    expect(run.code, run.stderr).toBe(0);
    expect(run.stdout).toMatch(/^::warning file=pay\.js,line=1,/m);
    expect(run.stdout).not.toMatch(/^::error/m);
    const sarifFile = run.outputs["sarif-file"]!;
    expect(sarifFile).toMatch(/[\\/]leakhound-runner-[^\\/]+[\\/]leakhound\.sarif$/);
    expect(sarifFile.startsWith(repo.dir)).toBe(false);
    expect(JSON.parse(run.sarif!).runs[0].results).toHaveLength(1);
    expect(repo.git("status", "--porcelain", "--ignored")).toBe("");
    // fail-on any: the same finding is an error; a sarif-file input is still honoured, relative to the checkout
    const failing = runAction(
      repo.dir,
      "pull_request",
      { pull_request: { number: 8, base: { sha: base }, head: { sha: head } } },
      { "sarif-file": "custom.sarif" },
    );
    expect(failing.code).toBe(1);
    expect(failing.stdout).toMatch(/^::error file=pay\.js,line=1,/m);
    expect(failing.outputs["sarif-file"]).toBe(join(repo.dir, "custom.sarif"));
  });

  it("a history it cannot read whole: exit 2, the findings kept, what was not scanned in the summary and the SARIF", () => {
    const { repo } = pullRequestRepo();
    repo.commit("more", { "lost.txt": `T=${fake("{{crc32:ghp_}}")}\n` });
    const blob = repo.git("rev-parse", "HEAD:lost.txt");
    rmSync(join(repo.dir, ".git", "objects", blob.slice(0, 2), blob.slice(2)));
    const run = runAction(repo.dir, "schedule", {}, { "fail-on": "none" });
    expect(run.code, run.stderr).toBe(2);
    expect(run.outputs.findings).toBe("2");
    expect(run.summary).toContain("**Not scanned** (1):");
    expect(run.summary).toContain(`object ${blob} is missing or corrupt`);
    const [invocation] = JSON.parse(run.sarif!).runs[0].invocations;
    expect(invocation.executionSuccessful).toBe(false);
    expect(invocation.toolExecutionNotifications[0].message.text).toMatch(
      /^could not scan lost\.txt \(commit [0-9a-f]{12}\): object [0-9a-f]+ is missing or corrupt$/,
    );
  });

  it("runs from its own committed bundles, as a runner checks it out: no dist/, no build", () => {
    const { repo, base, head } = pullRequestRepo();
    const checkout = tempDir("leakhound-action-checkout-");
    for (const part of ["action", "rules", "package.json"])
      cpSync(join(ROOT, part), join(checkout, part), { recursive: true });
    symlinkSync(join(ROOT, "node_modules"), join(checkout, "node_modules"));
    const run = runAction(
      repo.dir,
      "push",
      { before: base, after: head, ref: "refs/heads/feature" },
      { sarif: "false" },
      join(checkout, "action", "index.mjs"),
    );
    expect(run.code, run.stderr).toBe(1);
    expect(run.outputs).toMatchObject({ findings: "1" });
    expect(run.stdout).toMatch(/::error file=[^,]+,line=\d+/);
  });

  it("with verify, fail-on live fails only on secrets the provider confirms, and reports how many", async () => {
    const { repo, base, head } = pullRequestRepo();
    const live = fake("{{crc32:ghp_}}");
    repo.git("checkout", "-q", "feature");
    const head2 = repo.commit("more", { "gh.env": `T=${live}\n`, ".leakhound.toml": "" });
    const provider = await fakeServer((req, res) => {
      if (req.url === "/user")
        return presentedSecret(req) === live ? json(res, 200, { login: "octocat" }) : json(res, 401, {});
      if (req.url === "/v1/balance") return json(res, 401, { error: {} });
      return json(res, 404, {});
    });
    const operator = operatorConfig(`[verify.baseUrls]\ngithub = "${provider.url}"\nstripe = "${provider.url}"\n`);
    const payload = { pull_request: { number: 10, base: { sha: base }, head: { sha: head2 } } };
    const failing = await runActionAsync(
      repo.dir,
      "pull_request",
      payload,
      { verify: "true", "fail-on": "live" },
      operator,
    );
    expect(failing.code, failing.stderr).toBe(1);
    expect(failing.outputs).toMatchObject({ findings: "2", live: "1" });
    expect(failing.summary).toMatch(/\| github-pat \| gh\.env \| 1 \| .* \| \*\*LIVE\*\* \|/);
    expect(
      JSON.parse(failing.sarif!).runs[0].results.some(
        (r: { level: string; properties: { verification?: string } }) =>
          r.level === "error" && r.properties.verification === "live",
      ),
    ).toBe(true);

    const noneLive = await runActionAsync(
      repo.dir,
      "pull_request",
      { pull_request: { number: 11, base: { sha: base }, head: { sha: head } } },
      { verify: "true", "fail-on": "live" },
      operator,
    );
    expect(noneLive.code, noneLive.stderr).toBe(0);
    expect(noneLive.outputs).toMatchObject({ findings: "1", live: "0" });
  });

  it("fetches what a shallow checkout lacks for the pull request's range", () => {
    const { repo, base, head } = pullRequestRepo();
    const checkout = tempDir("leakhound-checkout-");
    execFileSync("git", ["clone", "-q", "--depth", "1", "--branch", "feature", `file://${repo.dir}`, checkout]);
    const run = runAction(checkout, "pull_request", {
      pull_request: { number: 9, base: { sha: base }, head: { sha: head } },
    });
    expect(run.code, run.stderr).toBe(1);
    expect(run.outputs.findings).toBe("1");
  });

  it("action.yml declares its inputs and outputs and runs the committed bundle", () => {
    const action = parseYaml(readFileSync(join(ROOT, "action.yml"), "utf8"));
    expect(Object.keys(action.inputs)).toEqual(
      expect.arrayContaining(["config", "baseline", "fail-on", "sarif", "args"]),
    );
    expect(Object.keys(action.outputs)).toEqual(expect.arrayContaining(["findings", "sarif-file"]));
    expect(action.runs.using).toBe("composite");
    const run = action.runs.steps.map((s: { run?: string }) => s.run ?? "").join("\n");
    expect(run).toContain("action/index.mjs");
    expect(run).not.toMatch(/npm (ci|install)(?![^\n]*--omit=dev)/);
  });

  it("the committed bundle is up to date with the sources", async () => {
    const out = tempDir("leakhound-bundle-");
    // @ts-expect-error the build script is plain JavaScript
    const { bundleAction } = await import("../scripts/bundle.mjs");
    await bundleAction(out);
    const built = readdirSync(out).sort();
    expect(
      readdirSync(join(ROOT, "action"))
        .filter((f) => f.endsWith(".mjs"))
        .sort(),
      "action/ is stale: run npm run build",
    ).toEqual(built);
    for (const file of built) {
      expect(
        readFileSync(join(out, file), "utf8") === readFileSync(join(ROOT, "action", file), "utf8"),
        `action/${file} is stale: run npm run build`,
      ).toBe(true);
    }
  });
});

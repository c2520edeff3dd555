// One redaction step for everything echoed: a line holding two secrets shows neither raw, whichever
// finding it is shown for, and commit messages and author fields are masked the same way, in every
// format and in the pre-commit message.
import { describe, expect, it } from "vitest";
import { builtinRulesDir, loadRuleDir } from "../src/config/rules.js";
import { Detector } from "../src/engine/detector.js";
import { Redactor } from "../src/report/redact.js";
import { ticketDocument } from "../src/tickets/document.js";
import { TestRepo } from "./git-helpers.js";
import { fake, runCli } from "./helpers.js";

function plantedRepo() {
  const awsKeyId = fake("{{lit:AKIA}}{{rand:base32:16}}");
  const awsSecret = fake("{{rand:base64:40}}");
  const githubToken = fake("{{crc32:ghp_}}");
  const slackToken = fake("{{lit:xoxb-}}{{rand:digits:12}}-{{rand:digits:13}}-{{rand:base62:24}}");
  const gitlabToken = fake("{{lit:glpat-}}{{rand:base62:20}}");
  const npmToken = fake("{{crc32:npm_}}");
  const files = {
    ".envrc": `export AWS_ACCESS_KEY_ID=${awsKeyId} AWS_SECRET_ACCESS_KEY=${awsSecret}\n`,
    "bot/tokens.txt": `github=${githubToken} slack=${slackToken}\n`,
  };
  // secrets in no file at all: one quoted by the commit message, one in the author's name
  const message = `ci: set up tokens (the old one was ${gitlabToken})`;
  const author = `build bot ${npmToken}`;
  return { files, message, author, secrets: [awsKeyId, awsSecret, githubToken, slackToken, gitlabToken, npmToken] };
}

/** The planted values, or a distinctive middle part of them, that appear in `output`. */
function rawIn(output: string, secrets: string[]): string[] {
  return secrets.filter((s) => output.includes(s) || output.includes(s.slice(6, 18)));
}

describe("redaction in a rotate-now ticket", () => {
  it("the commit message and author in a ticket hide every secret they hold", () => {
    const { message, author, secrets } = plantedRepo();
    const token = secrets[2]!;
    const rules = loadRuleDir(builtinRulesDir, "rules");
    const [finding] = new Detector(rules).detect({
      path: ".env",
      bytes: Buffer.from(`GITHUB_TOKEN=${token}\n`),
      git: {
        commit: "0".repeat(40),
        author,
        email: "bot@example.com",
        date: "2026-01-01T00:00:00Z",
        message: `${message} ${token}`,
      },
    });
    const doc = ticketDocument(
      { ...finding!, verification: { status: "live", provider: "github" } },
      undefined,
      "acme/app",
      new Redactor(rules),
    );
    expect(rawIn(JSON.stringify(doc), secrets)).toEqual([]);
    expect(doc.body).toMatch(/by build bot npm_… <bot@example\.com>/);
  });
});

describe("redaction of everything echoed", () => {
  const { files, message, author, secrets } = plantedRepo();
  const repo = new TestRepo();
  repo.write(files);
  repo.git("add", "-A");

  it("the pre-commit (staged) message shows no planted value raw", () => {
    const staged = runCli(["staged", repo.dir]);
    expect(staged.code, staged.stderr).toBe(1);
    expect(staged.stderr).toMatch(/commit blocked/);
    // the findings are there, redacted: both keys of the export line, both tokens of the other line
    for (const rule of ["aws-access-key-id", "github-pat", "slack-bot-token"]) expect(staged.stdout).toContain(rule);
    expect(staged.stdout).toMatch(/export AWS_ACCESS_KEY_ID=AKIA… AWS_SECRET_ACCESS_KEY=\S{0,4}…/);
    expect(rawIn(staged.stdout + staged.stderr, secrets)).toEqual([]);
    for (const format of ["json", "jsonl", "sarif"]) {
      const result = runCli(["staged", repo.dir, "-f", format]);
      expect(result.code, format).toBe(1);
      expect(rawIn(result.stdout + result.stderr, secrets), format).toEqual([]);
    }
  });

  it("dir and git outputs in every format show no planted value raw, commit message and author included", () => {
    repo.git("-c", `user.name=${author}`, "commit", "-q", "-m", message);
    for (const command of ["dir", "git"]) {
      for (const format of ["text", "json", "json-envelope", "jsonl", "sarif"]) {
        const result = runCli([command, repo.dir, "-f", format]);
        expect(result.code, `${command} ${format}: ${result.stderr}`).toBe(1);
        expect(rawIn(result.stdout + result.stderr, secrets), `${command} ${format}`).toEqual([]);
      }
    }
    // the commit fields are still shown, masked where they hold a secret
    const [finding] = JSON.parse(runCli(["git", repo.dir, "-f", "json"]).stdout);
    expect(finding.message).toMatch(/^ci: set up tokens \(the old one was glpa?t?-?…\)$/);
    expect(finding.author).toMatch(/^build bot npm_…$/);
    // and with --no-redact everything is shown as it is
    const shown = runCli(["git", repo.dir, "-f", "json", "--no-redact"]).stdout;
    expect(rawIn(shown, secrets).sort()).toEqual([...secrets].sort());
  });
});

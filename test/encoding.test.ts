// Text saved as UTF-16 (PowerShell scripts, .reg exports, configs saved on Windows) or with a UTF-8
// byte-order mark is decoded and scanned, with lines and columns of the decoded text; a file whose
// byte-order mark lies is reported, never skipped in silence.
import { describe, expect, it } from "vitest";
import { TestRepo } from "./git-helpers.js";
import { fake, runCli } from "./helpers.js";

const utf16le = (text: string) => Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(text, "utf16le")]);
const utf16be = (text: string) => Buffer.concat([Buffer.from([0xfe, 0xff]), Buffer.from(text, "utf16le").swap16()]);

interface Shown {
  ruleId: string;
  file: string;
  startLine: number;
  startColumn: number;
  endColumn: number;
}

function plantedFiles() {
  const awsKey = fake("{{lit:AKIA}}{{rand:base32:16}}");
  const githubToken = fake("{{crc32:ghp_}}");
  const slackToken = fake("{{lit:xoxb-}}{{rand:digits:12}}-{{rand:digits:13}}-{{rand:base62:24}}");
  const files = {
    // Windows line endings and a non-ASCII character before the secret: columns count decoded characters
    "scripts/deploy.ps1": utf16le(`# Déploiement\r\n$env:GITHUB_TOKEN = "${githubToken}"\r\nWrite-Host "done"\r\n`),
    "setup/keys.reg": utf16be(
      `Windows Registry Editor Version 5.00\r\n\r\n[HKEY_CURRENT_USER\\Software\\Acme]\r\n"AccessKeyId"="${awsKey}"\r\n`,
    ),
    "config/bom-utf8.env": Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(`SLACK=${slackToken}\n`)]),
    // no byte-order mark: recognised by its shape (nearly every code unit an ASCII byte and a zero)
    "config/no-bom.ini": Buffer.from(`[auth]\r\ntoken=${githubToken}\r\n`, "utf16le"),
    // a real binary file stays binary
    "assets/logo.bin": Buffer.from([
      0x89, 0x50, 0x4e, 0x47, 0, 0, 0, 0x0d, 0x49, 0x48, 0x44, 0x52, 0, 0, 1, 0, 0xff, 0x10, 0x80,
    ]),
  };
  const expected = [
    {
      ruleId: "slack-bot-token",
      file: "config/bom-utf8.env",
      startLine: 1,
      startColumn: 7,
      endColumn: 7 + slackToken.length,
    },
    {
      ruleId: "github-pat",
      file: "config/no-bom.ini",
      startLine: 2,
      startColumn: 7,
      endColumn: 7 + githubToken.length,
    },
    {
      ruleId: "github-pat",
      file: "scripts/deploy.ps1",
      startLine: 2,
      startColumn: 22,
      endColumn: 22 + githubToken.length,
    },
    { ruleId: "aws-access-key-id", file: "setup/keys.reg", startLine: 4, startColumn: 16, endColumn: 36 },
  ];
  return { files, expected, secrets: [awsKey, githubToken, slackToken] };
}

const shown = (stdout: string) =>
  (JSON.parse(stdout) as Shown[])
    .map(({ ruleId, file, startLine, startColumn, endColumn }) => ({
      ruleId,
      file: file.replace(/^.*?(?=(scripts|setup|config)\/)/, ""),
      startLine,
      startColumn,
      endColumn,
    }))
    .sort((a, b) => (a.file < b.file ? -1 : 1));

describe("UTF-16 and byte-order marks", () => {
  it("dir and git find the secrets in UTF-16 LE and BE files and after a UTF-8 BOM, at decoded positions", () => {
    const { files, expected, secrets } = plantedFiles();
    const repo = new TestRepo();
    repo.commit("windows files", files);
    for (const command of ["dir", "git"]) {
      const result = runCli([command, repo.dir, "-f", "json"]);
      expect(result.code, `${command}: ${result.stderr}`).toBe(1);
      expect(shown(result.stdout), command).toEqual(expected);
      expect(result.stderr, command).toMatch(/skipped 1 binary/);
      for (const secret of secrets) expect(result.stdout + result.stderr).not.toContain(secret);
    }
    // the same files staged: the pre-commit path gives the same lines and columns (after the BOM too)
    const staged = new TestRepo();
    staged.commit("start", { "README.md": "hello\n" });
    staged.write(files);
    staged.git("add", "-A");
    const result = runCli(["staged", staged.dir, "-f", "json"]);
    expect(result.code, result.stderr).toBe(1);
    expect(shown(result.stdout)).toEqual(expected);
  });

  it("stdin: UTF-16 text piped in is decoded", () => {
    const token = fake("{{crc32:ghp_}}");
    const result = runCli(["stdin", "--label", "export.reg", "-f", "json"], {
      input: utf16be(`"Token"="${token}"\r\n`),
    });
    expect(result.code, result.stderr).toBe(1);
    expect(shown(result.stdout)).toEqual([
      { ruleId: "github-pat", file: "export.reg", startLine: 1, startColumn: 10, endColumn: 10 + token.length },
    ]);
  });

  it("staged: a UTF-16 file git's diff calls binary is read from the index, and only what a change adds is reported", () => {
    const repo = new TestRepo();
    repo.commit("start", { "README.md": "hello\n" });
    const first = fake("{{lit:AKIA}}{{rand:base32:16}}");
    const second = fake("{{crc32:ghp_}}");
    const script = (lines: string[]) => utf16le(lines.join("\r\n") + "\r\n");
    repo.write({
      "deploy.ps1": script(["# deploy", `$env:AWS_ACCESS_KEY_ID = "${first}"`]),
      "logo.bin": Buffer.from([0x89, 0x50, 0, 0, 1]),
    });
    repo.git("add", "-A");
    const added = runCli(["staged", repo.dir, "-f", "json"]);
    expect(added.code, added.stderr).toBe(1);
    expect(shown(added.stdout)).toEqual([
      { ruleId: "aws-access-key-id", file: "deploy.ps1", startLine: 2, startColumn: 27, endColumn: 47 },
    ]);
    expect(added.stderr).toMatch(/scanned 1 file .*skipped 1 binary/);
    repo.git("commit", "-q", "-m", "deploy script");
    repo.write({
      "deploy.ps1": script([
        "# deploy",
        `$env:AWS_ACCESS_KEY_ID = "${first}"`,
        "Write-Host 'token'",
        `$env:GITHUB_TOKEN = "${second}"`,
      ]),
    });
    repo.git("add", "-A");
    const changed = runCli(["staged", repo.dir, "-f", "json"]);
    expect(changed.code, changed.stderr).toBe(1);
    expect(shown(changed.stdout)).toEqual([
      { ruleId: "github-pat", file: "deploy.ps1", startLine: 4, startColumn: 22, endColumn: 22 + second.length },
    ]);
    repo.git("reset", "-q", "--hard");
  });

  it("a file whose byte-order mark says UTF-16 but whose bytes are not is reported, and the scan exits 2", () => {
    const repo = new TestRepo();
    const token = fake("{{crc32:ghp_}}");
    // an odd number of bytes after the mark, and a lone surrogate
    const odd = Buffer.concat([utf16le(`token=${token}\n`), Buffer.from([0x41])]);
    const lone = Buffer.concat([utf16le("a=1\n"), Buffer.from([0x00, 0xd8, 0x41, 0x00])]);
    repo.commit("broken", { "odd.ps1": odd, "lone.reg": lone, "ok.env": `GITHUB_TOKEN=${token}\n` });
    for (const command of ["dir", "git"]) {
      const text = runCli([command, repo.dir]);
      expect(text.code, command).toBe(2);
      expect(text.stdout, command).toMatch(
        /could not scan \S*odd\.ps1.*: starts with a UTF-16LE byte-order mark but holds an odd number of bytes/,
      );
      expect(text.stdout, command).toMatch(
        /could not scan \S*lone\.reg.*: starts with a UTF-16LE byte-order mark but holds bytes that are not UTF-16/,
      );
      expect(text.stdout, command).toMatch(/2 unreadable; 1 finding/);
      const jsonl = runCli([command, repo.dir, "-f", "jsonl"]);
      const summary = JSON.parse(jsonl.stdout.trim().split("\n").pop()!);
      expect(summary.complete).toBe(false);
      expect(
        summary.problems.map((p: { path: string }) => p.path.replace(/^.*\//, "").replace(/ \(commit .*/, "")).sort(),
      ).toEqual(["lone.reg", "odd.ps1"]);
    }
    repo.write({ "staged.ps1": odd });
    repo.git("add", "-A");
    const staged = runCli(["staged", repo.dir]);
    expect(staged.code).toBe(2);
    expect(staged.stdout).toMatch(
      /could not scan staged\.ps1: starts with a UTF-16LE byte-order mark but holds an odd number of bytes/,
    );
    expect(staged.stdout).toMatch(/1 unreadable; 0 findings/);
  });
});

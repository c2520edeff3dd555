// A file name carrying an ESC sequence, a bidi override and a newline: the text report and stderr
// show it escaped (it can neither recolour the terminal, reorder the line nor start a new one), and
// JSON, JSONL and SARIF carry it as \u escapes that parse back to the very name.
import { rmSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { annotation, cell, codeSpan, summaryMarkdown } from "../src/action/commands.js";
import { inert, inertJson } from "../src/report/inert.js";
import type { PresentedFinding } from "../src/report/present.js";
import { TestRepo } from "./git-helpers.js";
import { fake, runCli, tempDir, writeTree } from "./helpers.js";

const NAME = "evil\x1b[31m\u202etxt.env\nforged line.env";
const SHOWN = "evil\\x1b[31m\\u202etxt.env\\nforged line.env";
// every character a terminal, a bidi algorithm or a line reader acts on
const RAW = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069\u2028\u2029]/;

describe("inert", () => {
  it("escapes C0, DEL, C1, bidi controls and line separators visibly, and nothing else", () => {
    expect(inert("a\tb\nc\rd\x1b[0m\x00\x7f\x85\x9b")).toBe("a\\tb\\nc\\rd\\x1b[0m\\x00\\x7f\\x85\\x9b");
    for (const c of [
      "\u202a",
      "\u202b",
      "\u202c",
      "\u202d",
      "\u202e",
      "\u2066",
      "\u2067",
      "\u2068",
      "\u2069",
      "\u200e",
      "\u200f",
      "\u061c",
      "\u2028",
      "\u2029",
    ]) {
      expect(inert(`x${c}y`)).toBe(`x\\u${c.charCodeAt(0).toString(16).padStart(4, "0")}y`);
    }
    expect(inert("naïve/日本語 €—✓ path\\to")).toBe("naïve/日本語 €—✓ path\\to");
    const json = inertJson(JSON.stringify({ f: "a\u202e\u2028\x85\x7f\x1bb" }));
    expect(json).not.toMatch(RAW);
    expect(JSON.parse(json)).toEqual({ f: "a\u202e\u2028\x85\x7f\x1bb" });
  });
});

function checkText(result: { stdout: string; stderr: string }, what: string): void {
  for (const [stream, text] of [
    ["stdout", result.stdout],
    ["stderr", result.stderr],
  ] as const) {
    expect(text, `${what} ${stream}`).not.toMatch(RAW);
  }
  // the name is one line of the report, shown escaped; nothing starts a line with the forged part
  expect(
    result.stdout.split("\n").some((l) => l.endsWith(SHOWN)),
    what,
  ).toBe(true);
  expect(
    result.stdout.split("\n").some((l) => l.startsWith("forged line")),
    what,
  ).toBe(false);
}

function checkJson(stdout: string, what: string, parse: (s: string) => string[]): void {
  expect(stdout, what).not.toMatch(RAW);
  expect(stdout, what).toContain("\\u001b[31m\\u202etxt.env\\nforged line.env");
  expect(parse(stdout), what).toContain(NAME);
}

const jsonFiles = (s: string) => (JSON.parse(s) as { file: string }[]).map((f) => f.file);
const jsonlFiles = (s: string) =>
  s
    .trim()
    .split("\n")
    .map((l) => (JSON.parse(l) as { file: string }).file);
const sarifFiles = (s: string) =>
  (
    JSON.parse(s) as {
      runs: { results: { locations: { physicalLocation: { artifactLocation: { uri: string } } }[] }[] }[];
    }
  ).runs[0]!.results.map((r) => decodeURIComponent(r.locations[0]!.physicalLocation.artifactLocation.uri));

describe("a file name that tries to take over the terminal", () => {
  const secret = fake("{{crc32:ghp_}}");

  it("is shown inert by `dir` in every format", () => {
    const dir = tempDir();
    writeTree(dir, { [NAME]: `GITHUB_TOKEN=${secret}\n` });
    const text = runCli(["dir", "."], { cwd: dir });
    expect(text.code, text.stderr).toBe(1);
    checkText(text, "dir text");
    checkJson(runCli(["dir", ".", "-f", "json"], { cwd: dir }).stdout, "dir json", jsonFiles);
    checkJson(runCli(["dir", ".", "-f", "jsonl"], { cwd: dir }).stdout, "dir jsonl", jsonlFiles);
    const sarif = runCli(["dir", ".", "-f", "sarif"], { cwd: dir });
    expect(sarif.stderr).not.toMatch(RAW);
    expect(sarif.stdout).not.toMatch(RAW);
    expect(sarifFiles(sarif.stdout)).toContain(NAME);
  });

  it("is shown inert by `git`, with the commit's author and message", () => {
    const repo = new TestRepo();
    repo.git("config", "user.name", "Mallory\x1b]0;owned\x07\u202e");
    repo.commit("add\u2028config\x1b[2J", { [NAME]: `GITHUB_TOKEN=${secret}\n` });
    const text = runCli(["git", repo.dir]);
    expect(text.code, text.stderr).toBe(1);
    checkText(text, "git text");
    expect(text.stdout).toContain("Mallory\\x1b]0;owned\\x07\\u202e");
    const json = runCli(["git", repo.dir, "-f", "json"]).stdout;
    checkJson(json, "git json", jsonFiles);
    expect(JSON.parse(json)[0]).toMatchObject({
      author: "Mallory\x1b]0;owned\x07\u202e",
      message: "add\u2028config\x1b[2J",
    });
    checkJson(runCli(["git", repo.dir, "-f", "jsonl"]).stdout, "git jsonl", jsonlFiles);
    const sarif = runCli(["git", repo.dir, "-f", "sarif"]).stdout;
    expect(sarif).not.toMatch(RAW);
    expect(sarifFiles(sarif)).toContain(NAME);
  });

  it("is shown inert where a file version cannot be read (stderr and the text report)", () => {
    const repo = new TestRepo();
    repo.commit("add", { [NAME]: `GITHUB_TOKEN=${secret}\n` });
    const blob = repo.git("rev-parse", `HEAD:${NAME}`);
    rmSync(join(repo.dir, ".git", "objects", blob.slice(0, 2), blob.slice(2)));
    const text = runCli(["git", repo.dir]);
    expect(text.code, text.stderr).toBe(2);
    expect(text.stdout).not.toMatch(RAW);
    expect(text.stdout).toContain(`could not scan ${SHOWN} (commit`);
    const json = runCli(["git", repo.dir, "-f", "json"]);
    expect(json.code).toBe(2);
    expect(json.stderr).not.toMatch(RAW);
    expect(json.stderr).toContain(`leakhound: could not scan ${SHOWN} (commit`);
  });

  it("is shown inert in the Action's annotations and job summary", () => {
    const f: PresentedFinding = {
      ruleId: "github-pat",
      description: "GitHub token",
      severity: "high",
      tags: [],
      file: `a,b:c%d${NAME}<img src=x>|[x](http://e)\`code\``,
      startLine: 1,
      startColumn: 1,
      endLine: 1,
      endColumn: 5,
      secret: "ghp_…",
      match: "GITHUB_TOKEN=ghp_…\r\n::warning::forged",
      entropy: 4,
      fingerprint: "f",
      redacted: true,
    };
    const line = annotation(f);
    expect(line).not.toMatch(/[\r\n]/);
    expect(line).not.toMatch(RAW);
    expect(line).toContain(
      "file=a%2Cb%3Ac%25devil\\x1b[31m\\u202etxt.env\\nforged line.env<img src=x>|[x](http%3A//e)`code`,",
    );
    // the CR/LF of the match are shown, not obeyed: no workflow command starts in the message
    expect(line).toContain("GITHUB_TOKEN=ghp_…\\r\\n::warning::forged");
    const summary = summaryMarkdown([f], "the pull request", undefined);
    expect(summary).not.toMatch(RAW);
    const row = summary.split("\n").find((l) => l.includes("github-pat"))!;
    expect(row).toContain("\\<img src=x\\>\\|\\[x\\](http\\://e)\\`code\\`");
    expect(row.split(/(?<!\\)\|/).length).toBe(9); // seven cells, no more
    expect(cell("a&#x202e;b")).toBe("a\\&#x202e;b");
    expect(codeSpan(".leakhound.toml")).toBe("`.leakhound.toml`");
    expect(codeSpan("a``b\u202e")).toBe("```a``b\\u202e```");
    expect(codeSpan("`x")).toBe("`` `x ``");
  });
});

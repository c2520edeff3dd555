// Every output format: valid SARIF, parseable JSON/JSONL, readable text, and no raw secret by default.
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { sarifSchemaErrors } from "./sarif-validate.js";
import { describe, expect, it } from "vitest";
import { fake, runCli, tempDir, writeTree } from "./helpers.js";
import { expandPlanted, PLANTED } from "./planted.js";

function plantedFolder() {
  const dir = tempDir();
  const planted = PLANTED.map(expandPlanted);
  const key = fake("{{pem:RSA PRIVATE KEY}}");
  const files: Record<string, string> = { "keys/server.key": key + "\n" };
  for (const p of planted) files[p.file] = (files[p.file] ?? "") + p.text + "\n";
  writeTree(dir, files);
  const secrets = [...planted.map((p) => p.secret), key];
  return { dir, secrets };
}

/** Distinctive pieces of each secret: none may appear in redacted output. */
function leaks(output: string, secrets: string[]): string[] {
  return secrets.filter((s) => {
    const middle = s.length > 24 ? s.slice(8, 24) : s.slice(Math.floor(s.length / 4));
    return output.includes(middle);
  });
}

describe("reports", () => {
  const { dir, secrets } = plantedFolder();

  it("SARIF validates against the official 2.1.0 schema and has what code scanning needs", () => {
    const out = join(tempDir(), "leakhound.sarif");
    const result = runCli(["dir", dir, "-f", "sarif", "-o", out], { cwd: dir });
    expect(result.code).toBe(1);
    const log = JSON.parse(readFileSync(out, "utf8"));
    expect(sarifSchemaErrors(log)).toEqual([]);

    const run = log.runs[0];
    expect(run.tool.driver).toMatchObject({ name: "leakhound", informationUri: expect.stringMatching(/^https:/) });
    const ruleIds = run.tool.driver.rules.map((r: { id: string }) => r.id);
    expect(ruleIds.length).toBeGreaterThanOrEqual(20);
    for (const rule of run.tool.driver.rules) {
      expect(rule.shortDescription.text).not.toBe("");
      expect(rule.help.text).toMatch(/How to fix/);
      expect(rule.properties.tags).toContain("security");
      expect(Number(rule.properties["security-severity"])).toBeGreaterThan(0);
    }
    expect(run.results.length).toBe(secrets.length);
    for (const r of run.results) {
      expect(ruleIds[r.ruleIndex]).toBe(r.ruleId);
      expect(["error", "warning", "note"]).toContain(r.level);
      const loc = r.locations[0].physicalLocation;
      expect(loc.artifactLocation.uri).not.toMatch(/^\//);
      expect(loc.region.startLine).toBeGreaterThanOrEqual(1);
      expect(r.partialFingerprints["secretFingerprint/v1"]).toMatch(/^[0-9a-f]{32}$/);
    }
    expect(leaks(readFileSync(out, "utf8"), secrets)).toEqual([]);
  });

  it("JSON, JSONL and text hold no raw secret by default, and all of them with --no-redact", () => {
    for (const format of ["json", "jsonl", "text", "sarif"]) {
      const redacted = runCli(["dir", dir, "-f", format]);
      expect(redacted.code).toBe(1);
      expect(leaks(redacted.stdout + redacted.stderr, secrets), format).toEqual([]);
      const shown = runCli(["dir", dir, "-f", format, "--no-redact"]);
      const singleLine = secrets.filter((s) => !s.includes("\n"));
      expect(leaks(shown.stdout, singleLine).length, format).toBe(singleLine.length);
    }
  });

  it("JSONL has one finding per line with the same findings as JSON, then a summary record", () => {
    const json = JSON.parse(runCli(["dir", dir, "-f", "json"]).stdout);
    const lines = runCli(["dir", dir, "-f", "jsonl"])
      .stdout.trim()
      .split("\n")
      .map((l) => JSON.parse(l));
    const summary = lines.pop();
    expect(summary).toMatchObject({
      type: "summary",
      complete: true,
      unit: "file",
      findings: json.length,
      problems: [],
    });
    const key = (f: { file: string; startLine: number; ruleId: string }) => `${f.file}:${f.startLine}:${f.ruleId}`;
    expect(lines.map(key).sort()).toEqual(json.map(key).sort());
  });

  it("text groups findings by file and ends with a summary line", () => {
    const text = runCli(["dir", dir]).stdout;
    const envHeader = text.split("\n").filter((l) => l === `${dir}/.env`);
    expect(envHeader).toHaveLength(1);
    expect(text).toMatch(/scanned \d+ files \(.*\); \d+ findings; [\d.]+ s/);
    expect(text).not.toMatch(/\x1b\[/);
  });

  it("the stdin source reports the label given", () => {
    const token = fake("{{crc32:ghp_}}");
    const result = runCli(["stdin", "--label", "patch.diff", "-f", "json"], { input: `+GITHUB_TOKEN=${token}\n` });
    expect(result.code).toBe(1);
    expect(JSON.parse(result.stdout)).toMatchObject([
      { ruleId: "github-pat", file: "patch.diff", startLine: 1, startColumn: 15 },
    ]);
  });

  it("--exit-code changes the code for findings", () => {
    expect(runCli(["dir", dir, "--exit-code", "3", "-q"]).code).toBe(3);
  });
});

// Completeness is part of every report: what was not scanned, and why, is in the text summary, the
// JSON envelope, the JSONL summary record and SARIF's invocation, and the findings made are kept.
import { readFileSync, rmSync } from "node:fs";
import { join } from "node:path";
import { sarifSchemaErrors } from "./sarif-validate.js";
import { describe, expect, it } from "vitest";
import { TestRepo } from "./git-helpers.js";
import { fake, runCli, tempDir, writeTree } from "./helpers.js";

function validSarif(log: unknown): void {
  expect(sarifSchemaErrors(log)).toEqual([]);
}

// /proc/self/mem fails to read (EIO) even for root, unlike a chmod 000 file
const UNREADABLE = "/proc/self/mem";

describe("what was not scanned, in every format", () => {
  const dir = tempDir();
  writeTree(dir, {
    ".env": `GITHUB_TOKEN=${fake("{{crc32:ghp_}}")}\n`,
    "logo.png": Buffer.from([0x89, 0x50, 0x4e, 0x47, 0, 0, 0, 0x0d]),
    "big.log": "x".repeat(2 * 1024 * 1024),
  });
  const scan = (format: string) => runCli(["dir", dir, UNREADABLE, "-f", format, "--max-file-size", "1"]);

  it("text: the problem and the skipped files in the summary, the finding kept, exit 2", () => {
    const text = scan("text");
    expect(text.code).toBe(2);
    expect(text.stdout).toMatch(/could not scan \/proc\/self\/mem: /);
    expect(text.stdout).toMatch(/skipped 1 binary, 1 over the size limit; 1 unreadable; 1 finding/);
    expect(text.stdout).toContain("github-pat");
  });

  it("json stays an array; json-envelope adds the summary", () => {
    const json = scan("json");
    expect(json.code).toBe(2);
    expect(JSON.parse(json.stdout).map((f: { ruleId: string }) => f.ruleId)).toEqual(["github-pat"]);
    const envelope = scan("json-envelope");
    expect(envelope.code).toBe(2);
    const { findings, summary } = JSON.parse(envelope.stdout);
    expect(findings.map((f: { ruleId: string }) => f.ruleId)).toEqual(["github-pat"]);
    expect(summary).toMatchObject({
      type: "summary",
      complete: false,
      unit: "file",
      scanned: 1,
      skipped: { binary: 1, large: 1 },
      findings: 1,
    });
    expect(summary.problems).toEqual([{ path: UNREADABLE, reason: expect.stringMatching(/\S/) }]);
  });

  it("jsonl ends with a summary record", () => {
    const jsonl = scan("jsonl");
    expect(jsonl.code).toBe(2);
    const records = jsonl.stdout
      .trim()
      .split("\n")
      .map((l) => JSON.parse(l));
    expect(records.map((r) => r.type ?? r.ruleId)).toEqual(["github-pat", "summary"]);
    expect(records[1]).toMatchObject({
      complete: false,
      skipped: { binary: 1, large: 1 },
      problems: [{ path: UNREADABLE }],
    });
  });

  it("sarif: executionSuccessful false and one notification per problem, valid against the schema", () => {
    const sarif = scan("sarif");
    expect(sarif.code).toBe(2);
    const log = JSON.parse(sarif.stdout);
    validSarif(log);
    const [invocation] = log.runs[0].invocations;
    expect(invocation.executionSuccessful).toBe(false);
    expect(invocation.toolExecutionNotifications).toHaveLength(1);
    expect(invocation.toolExecutionNotifications[0]).toMatchObject({
      level: "error",
      message: { text: expect.stringMatching(/^could not scan \/proc\/self\/mem: /) },
    });
    expect(invocation.properties).toMatchObject({ scanned: 1, skippedBinary: 1, skippedLarge: 1 });
    expect(log.runs[0].results).toHaveLength(1);
    // a complete scan says so
    const clean = JSON.parse(runCli(["dir", dir, "-f", "sarif"]).stdout);
    validSarif(clean);
    expect(clean.runs[0].invocations[0]).toMatchObject({ executionSuccessful: true, toolExecutionNotifications: [] });
  });

  it("a missing object in git history: in the JSONL summary, in SARIF, and in the merged JSONL of two shards", () => {
    const repo = new TestRepo();
    repo.commit("one", { "a.env": `T=${fake("{{crc32:ghp_}}")}\n` });
    repo.commit("two", { "b.txt": `T=${fake("{{crc32:ghp_}}")}\n` });
    const blob = repo.git("rev-parse", "HEAD:b.txt");
    rmSync(join(repo.dir, ".git", "objects", blob.slice(0, 2), blob.slice(2)));
    const out = tempDir();
    const jsonlFile = join(out, "history.jsonl");
    expect(runCli(["git", repo.dir, "-f", "jsonl", "-o", jsonlFile]).code).toBe(2);
    const records = readFileSync(jsonlFile, "utf8")
      .trim()
      .split("\n")
      .map((l) => JSON.parse(l));
    const summary = records.pop();
    expect(records.map((r) => r.file)).toEqual(["a.env"]);
    expect(summary).toMatchObject({ type: "summary", complete: false, unit: "commit", scanned: 2, findings: 1 });
    expect(summary.problems).toEqual([
      {
        path: expect.stringMatching(/^b\.txt \(commit [0-9a-f]{12}\)$/),
        reason: `object ${blob} is missing or corrupt`,
      },
    ]);

    const sarif = JSON.parse(runCli(["git", repo.dir, "-f", "sarif"]).stdout);
    validSarif(sarif);
    expect(sarif.runs[0].invocations[0].executionSuccessful).toBe(false);
    expect(sarif.runs[0].invocations[0].toolExecutionNotifications[0].message.text).toContain(
      `object ${blob} is missing or corrupt`,
    );

    // merging a shard with a problem and a clean one: one summary, last, that is not complete
    const cleanFile = join(out, "clean.jsonl");
    runCli(["dir", dir, "-f", "jsonl", "-o", cleanFile]);
    const merged = runCli(["merge", jsonlFile, cleanFile]);
    expect(merged.code, merged.stderr).toBe(0);
    const mergedRecords = merged.stdout
      .trim()
      .split("\n")
      .map((l) => JSON.parse(l));
    expect(mergedRecords.filter((r) => r.type === "summary")).toHaveLength(1);
    expect(mergedRecords.at(-1)).toMatchObject({
      type: "summary",
      complete: false,
      findings: 2,
      problems: [{ reason: `object ${blob} is missing or corrupt` }],
    });
  });
});

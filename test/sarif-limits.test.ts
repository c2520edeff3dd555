// SARIF fitted to GitHub code scanning: at most 25,000 results per run (the most severe kept),
// 20 runs per file, 10 MB gzipped, each cut said in a notification and on stderr; every rule
// tagged as CWE-798; author e-mail addresses only with --author-email.
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { gunzipSync, gzipSync } from "node:zlib";
import { sarifSchemaErrors } from "./sarif-validate.js";
import { describe, expect, it } from "vitest";
import { loadBuiltinRules } from "../src/config/rules.js";
import { buildSarif, GITHUB_LIMITS, sarifText } from "../src/report/sarif.js";
import type { PresentedFinding } from "../src/report/present.js";
import type { SarifLog } from "../src/report/sarif-log.js";
import { TestRepo } from "./git-helpers.js";
import { fake, runCli, tempDir, writeTree } from "./helpers.js";

function validSarif(log: unknown): void {
  expect(sarifSchemaErrors(log)).toEqual([]);
}

const rules = loadBuiltinRules();

/** A finding as reports present it, with the given severity and a unique fingerprint. */
function presented(i: number, severity: PresentedFinding["severity"]): PresentedFinding {
  return {
    ruleId: "github-pat",
    description: "GitHub personal access token",
    severity,
    tags: [],
    file: `src/file-${i}.env`,
    startLine: 1,
    startColumn: 1,
    endLine: 1,
    endColumn: 41,
    secret: "ghp_…",
    match: "ghp_…",
    entropy: 4,
    fingerprint: i.toString(16).padStart(32, "0"),
    redacted: true,
  };
}

describe("SARIF within GitHub's limits", () => {
  it("a scan with more than 25,000 findings: 25,000 results, a warning notification and a line on stderr", () => {
    const dir = tempDir();
    const count = GITHUB_LIMITS.resultsPerRun + 7;
    const tokens = Array.from({ length: count }, () => `TOKEN=${fake("{{crc32:ghp_}}")}`);
    writeTree(dir, { "many.env": tokens.join("\n") + "\n" });
    const run = runCli(["dir", dir, "-f", "sarif", "-o", join(dir, "out.sarif")]);
    expect(run.code).toBe(1);
    expect(run.stderr).toContain(
      `leakhound: warning: results left out: 7 of ${count} findings are not in this SARIF file`,
    );
    const log = JSON.parse(readFileSync(join(dir, "out.sarif"), "utf8")) as SarifLog;
    expect(log.runs).toHaveLength(1);
    expect(log.runs[0]!.results).toHaveLength(GITHUB_LIMITS.resultsPerRun);
    const notes = log.runs[0]!.invocations![0]!.toolExecutionNotifications!;
    expect(notes).toContainEqual(
      expect.objectContaining({
        level: "warning",
        descriptor: { id: "results-truncated" },
        properties: { found: count, reported: GITHUB_LIMITS.resultsPerRun, omitted: 7 },
      }),
    );
    expect(gzipSync(readFileSync(join(dir, "out.sarif"))).length).toBeLessThanOrEqual(GITHUB_LIMITS.gzippedBytes);
  });

  it("the results kept are the most severe: live first, then critical to low", () => {
    const findings = [
      ...Array.from({ length: GITHUB_LIMITS.resultsPerRun }, (_, i) => presented(i, "low")),
      { ...presented(-1, "low"), verification: "live" },
      presented(-2, "critical"),
    ];
    const notices: string[] = [];
    const log = buildSarif(findings, { rules, toolVersion: "test" }, undefined, { onNotice: (m) => notices.push(m) });
    const results = log.runs[0]!.results!;
    expect(results).toHaveLength(GITHUB_LIMITS.resultsPerRun);
    expect(results[0]!.properties!.verification).toBe("live");
    expect(results[1]!.level).toBe("error");
    expect(notices).toEqual([expect.stringContaining("results left out: 2 of 25002 findings")]);
  });

  it("more than 5,000 results: a note that GitHub shows only the top 5,000", () => {
    const notices: string[] = [];
    const log = buildSarif(
      Array.from({ length: 5001 }, (_, i) => presented(i, "high")),
      { rules, toolVersion: "test" },
      undefined,
      { onNotice: (m) => notices.push(m) },
    );
    expect(log.runs[0]!.results).toHaveLength(5001);
    expect(log.runs[0]!.invocations![0]!.toolExecutionNotifications![0]).toMatchObject({
      level: "note",
      descriptor: { id: "results-not-shown" },
    });
    expect(notices[0]).toContain("shows only the top 5,000");
    validSarif(log);
  });

  it("over the gzipped size limit: the least severe results dropped until it fits, and said", () => {
    const findings = Array.from({ length: 3000 }, (_, i) => ({
      ...presented(i, i >= 2900 ? "critical" : "low"),
      message: `commit ${i} ${"x".repeat(50)} ${Math.random()}`,
    }));
    const limit = 64 * 1024;
    expect(
      gzipSync(sarifText(buildSarif(findings, { rules, toolVersion: "test" }), undefined, Infinity)).length,
    ).toBeGreaterThan(limit);
    const notices: string[] = [];
    const text = sarifText(buildSarif(findings, { rules, toolVersion: "test" }), (m) => notices.push(m), limit);
    expect(gzipSync(text).length).toBeLessThanOrEqual(limit);
    const log = JSON.parse(gunzipSync(gzipSync(text)).toString("utf8")) as SarifLog;
    const kept = log.runs[0]!.results!;
    expect(kept.length).toBeGreaterThan(100);
    expect(kept.length).toBeLessThan(3000);
    // the 100 critical findings came last and are all kept
    expect(kept.filter((r) => r.level === "error")).toHaveLength(100);
    const note = log.runs[0]!.invocations![0]!.toolExecutionNotifications!.find(
      (n) => n.descriptor?.id === "results-truncated",
    )!;
    expect(note.properties).toEqual({ found: 3000, reported: kept.length, omitted: 3000 - kept.length });
    expect(notices).toEqual([note.message.text]);
    expect(note.message.text).toContain("over 0.0625 MB gzipped");
    validSarif(log);
  });

  it("a run cut to 25,000 and then to the size limit counts from the findings; every large run shrinks", () => {
    const big = buildSarif(
      Array.from({ length: GITHUB_LIMITS.resultsPerRun + 10 }, (_, i) => presented(i, "low")),
      { rules, toolVersion: "test" },
    ).runs[0]!;
    const other = buildSarif(
      Array.from({ length: 3000 }, (_, i) => presented(i, "medium")),
      { rules, toolVersion: "test" },
    ).runs[0]!;
    const limit = 192 * 1024;
    const notices: string[] = [];
    const text = sarifText(
      { ...buildSarif([], { rules, toolVersion: "test" }), runs: [big, other] },
      (m) => notices.push(m),
      limit,
    );
    expect(gzipSync(text).length).toBeLessThanOrEqual(limit);
    const log = JSON.parse(text) as SarifLog;
    const sized = log.runs.map((r) =>
      r.invocations![0]!.toolExecutionNotifications!.find((n) => n.message.text.includes("MB gzipped")),
    );
    expect(sized[0]!.properties).toEqual({
      found: GITHUB_LIMITS.resultsPerRun + 10,
      reported: log.runs[0]!.results!.length,
      omitted: GITHUB_LIMITS.resultsPerRun + 10 - log.runs[0]!.results!.length,
    });
    expect(sized[1]!.properties).toMatchObject({ found: 3000, reported: log.runs[1]!.results!.length });
    expect(log.runs[1]!.results!.length).toBeLessThan(3000);
    expect(notices).toHaveLength(2);
    validSarif(log);
  });

  it("more than 20 runs: 20 kept, the rest named in a notification", () => {
    const base = buildSarif([], { rules, toolVersion: "test" });
    const runs = Array.from({ length: 23 }, (_, i) => ({
      ...buildSarif([presented(i, "high")], { rules, toolVersion: "test" }).runs[0]!,
      automationDetails: { id: `leakhound/repo-${i}/` },
    }));
    const notices: string[] = [];
    const log = JSON.parse(sarifText({ ...base, runs }, (m) => notices.push(m))) as SarifLog;
    expect(log.runs).toHaveLength(GITHUB_LIMITS.runsPerFile);
    expect(notices).toEqual([
      expect.stringMatching(
        /^runs left out: 3 of 23 runs \(3 results\).*leakhound\/repo-20\/, leakhound\/repo-21\/, leakhound\/repo-22\//,
      ),
    ]);
    expect(log.runs[19]!.invocations![0]!.toolExecutionNotifications![0]!.descriptor).toEqual({ id: "runs-truncated" });
    validSarif(log);
  });

  it("every rule is tagged as CWE-798 with a taxonomy relationship, valid against the schema", () => {
    const dir = tempDir();
    writeTree(dir, { ".env": `GITHUB_TOKEN=${fake("{{crc32:ghp_}}")}\n` });
    const run = runCli(["dir", dir, "-f", "sarif"]);
    expect(run.code).toBe(1);
    const log = JSON.parse(run.stdout) as SarifLog;
    validSarif(log);
    const driver = log.runs[0]!.tool.driver;
    expect(driver.rules!.length).toBe(rules.length);
    for (const rule of driver.rules!) {
      expect(rule.properties!.tags!.slice(0, 3)).toEqual(["security", "secret", "external/cwe/cwe-798"]);
      expect(rule.properties!.tags!.length).toBeLessThanOrEqual(GITHUB_LIMITS.tagsPerRule);
      expect(rule.relationships).toEqual([
        { target: { id: "798", index: 0, toolComponent: { name: "CWE", index: 0 } }, kinds: ["relevant"] },
      ]);
    }
    expect(log.runs[0]!.taxonomies![0]).toMatchObject({
      name: "CWE",
      taxa: [{ id: "798", shortDescription: { text: "Use of Hard-coded Credentials" } }],
    });
    expect(log.runs[0]!.invocations![0]!.toolExecutionNotifications).toEqual([]);
  });

  it("author e-mail addresses only with --author-email", () => {
    const repo = new TestRepo();
    repo.commit("add token", { ".env": `GITHUB_TOKEN=${fake("{{crc32:ghp_}}")}\n` });
    const without = runCli(["git", repo.dir, "-f", "sarif"]);
    expect(without.code).toBe(1);
    const plain = JSON.parse(without.stdout) as SarifLog;
    expect(plain.runs[0]!.results![0]!.properties).toMatchObject({ author: "Ann Developer" });
    expect(plain.runs[0]!.results![0]!.properties).not.toHaveProperty("email");
    expect(without.stdout).not.toContain("ann@example.com");
    const withEmail = JSON.parse(runCli(["git", repo.dir, "-f", "sarif", "--author-email"]).stdout) as SarifLog;
    expect(withEmail.runs[0]!.results![0]!.properties).toMatchObject({
      author: "Ann Developer",
      email: "ann@example.com",
    });
  });
});

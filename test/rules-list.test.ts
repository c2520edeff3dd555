// `leakhound rules list --format json`: every rule in use, as a JSON array a script can read.
import { describe, expect, it } from "vitest";
import { builtinRulesDir, loadRuleDir } from "../src/config/rules.js";
import { runCli, tempDir, writeTree } from "./helpers.js";

interface Listed {
  id: string;
  description: string;
  keywords: string[];
  tags: string[];
  severity: string;
  verify: string | null;
  references: string[];
}

const FIELDS = ["description", "id", "keywords", "references", "severity", "tags", "verify"];

function listJson(args: string[] = []): Listed[] {
  const result = runCli(["rules", "list", "--format", "json", ...args]);
  expect(result.code, result.stderr).toBe(0);
  return JSON.parse(result.stdout) as Listed[];
}

describe("rules list --format json", () => {
  it("prints every built-in rule with its id, description, keywords, tags, severity, verifier and references", () => {
    const builtin = loadRuleDir(builtinRulesDir, "rules");
    const listed = listJson();
    expect(listed.map((r) => r.id)).toEqual(builtin.map((r) => r.id));
    for (const rule of listed) expect(Object.keys(rule).sort()).toEqual(FIELDS);
    // the same facts as the rule files, and nothing from the examples
    const byId = new Map(listed.map((r) => [r.id, r]));
    for (const rule of builtin) {
      const entry = byId.get(rule.id)!;
      expect(entry.description).toBe(rule.description);
      expect(entry.keywords).toEqual(rule.keywords);
      expect(entry.tags).toEqual(rule.tags);
      expect(entry.severity).toBe(rule.severity);
      expect(entry.references).toEqual(rule.references);
      expect(entry.verify).toBe(rule.verify ?? null);
    }
    expect(byId.get("github-pat")!.verify).toBe("github");
    expect(byId.get("url-userinfo-password")!.verify).toBeNull();
  });

  it("lists the same rules as the text format, including a config's own rules", () => {
    const dir = tempDir();
    writeTree(dir, {
      "leakhound.toml": [
        "[extend]",
        'disabledRules = ["aws-access-key-id"]',
        "[[rules]]",
        'id = "acme-internal-token"',
        'description = "Acme internal token"',
        "regex = '''\\b(acme_[a-z0-9]{24})\\b'''",
        'keywords = ["acme_"]',
        'tags = ["acme"]',
        "",
      ].join("\n"),
    });
    const config = ["--config", `${dir}/leakhound.toml`];
    const listed = listJson(config);
    const text = runCli(["rules", "list", ...config])
      .stdout.trim()
      .split("\n");
    expect(text.at(-1)).toBe(`${listed.length} rules`);
    expect(text.slice(0, -1).map((line) => line.split(/\s+/)[0])).toEqual(listed.map((r) => r.id));
    expect(listed.find((r) => r.id === "acme-internal-token")).toEqual({
      id: "acme-internal-token",
      description: "Acme internal token",
      keywords: ["acme_"],
      tags: ["acme"],
      severity: "high",
      verify: null,
      references: [],
    });
    expect(listed.some((r) => r.id === "aws-access-key-id")).toBe(false);
  });

  it("refuses an unknown format with exit code 2", () => {
    const result = runCli(["rules", "list", "--format", "xml"]);
    expect(result.code).toBe(2);
    expect(result.stdout).toBe("");
    expect(result.stderr).toMatch(/format/);
  });
});

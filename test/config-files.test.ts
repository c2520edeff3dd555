// File-format detectors on a folder of realistic samples (written here, from each rule's examples,
// at the path its format lives at): every format is reported, with the field; placeholders are not.
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { expandExample } from "../src/config/examples.js";
import { builtinRulesDir, loadRuleDir } from "../src/config/rules.js";
import { fake, runCli, tempDir, writeTree } from "./helpers.js";

const formats = loadRuleDir(builtinRulesDir, "rules").filter((r) => r.tags.includes("config-file"));

interface Out {
  ruleId: string;
  file: string;
  field?: string;
  secret: string;
}

describe("credentials in tool configuration files", () => {
  it("covers at least 30 formats", () => {
    expect(formats.length).toBeGreaterThanOrEqual(30);
    for (const rule of formats) expect(rule.examplePath, rule.id).toBeDefined();
  });

  it("reports every format in a folder of samples, and names the field", () => {
    const dir = tempDir();
    const files: Record<string, string> = {};
    formats.forEach((rule, i) => {
      // each sample in its own folder, so formats that share a file name do not overwrite each other
      files[join(`sample${i}`, rule.examplePath!)] = fake(rule.examples[0]!) + "\n";
    });
    writeTree(dir, files);
    const result = runCli(["dir", dir, "-f", "json"]);
    expect(result.code, result.stderr).toBe(1);
    const found = JSON.parse(result.stdout) as Out[];
    for (const [i, rule] of formats.entries()) {
      const hit = found.find((f) => f.file.includes(`/sample${i}/`) && f.ruleId === rule.id);
      expect(hit, `${rule.id} in ${rule.examplePath}`).toBeDefined();
      if (/\(\?P<field>/.test(rule.regex) && !/\(\?P<secret2>/.test(rule.regex))
        expect(hit!.field, rule.id).toBeTruthy();
    }
  });

  it("reports nothing for the placeholders and empty values of each format", () => {
    const dir = tempDir();
    const files: Record<string, string> = {};
    formats.forEach((rule, i) => {
      // a negative example may name another path ({{path:…}}): the same content elsewhere is not that format
      rule.negativeExamples.forEach((n, j) => {
        const { text, path } = expandExample(n);
        files[join(`sample${i}-${j}`, path ?? rule.examplePath!)] = text + "\n";
      });
    });
    writeTree(dir, files);
    const result = runCli(["dir", dir, "-f", "json"]);
    expect(JSON.parse(result.stdout).filter((f: Out) => formats.some((r) => r.id === f.ruleId))).toEqual([]);
  });

  it("decodes base64 fields and reports the decoded secret, redacted", () => {
    const dir = tempDir();
    const password = fake("{{rand:base62:16}}");
    writeTree(dir, {
      ".docker/config.json": JSON.stringify({
        auths: { "registry.example.com": { auth: Buffer.from(`ci:${password}`).toString("base64") } },
      }),
    });
    const shown = JSON.parse(runCli(["dir", dir, "-f", "json", "--no-redact"]).stdout) as Out[];
    expect(shown).toMatchObject([{ ruleId: "docker-config-auth", field: "auth", secret: `ci:${password}` }]);
    const redacted = runCli(["dir", dir, "-f", "json"]).stdout;
    expect(redacted).not.toContain(password.slice(4));
    expect(redacted).not.toContain(Buffer.from(`ci:${password}`).toString("base64").slice(4, 20));
  });
});

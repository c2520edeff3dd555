// .leakhound.toml: custom rules, disabled rules, allowlists by path, regex and stopword.
import { describe, expect, it } from "vitest";
import { fake, runCli, tempDir, writeTree } from "./helpers.js";

function ruleIds(dir: string, extra: string[] = []): string[] {
  const result = runCli(["dir", dir, "-f", "json", ...extra]);
  expect(result.code, result.stderr).toBeLessThan(2);
  return (JSON.parse(result.stdout) as { ruleId: string; file: string }[])
    .map((f) => `${f.ruleId}@${f.file.slice(dir.length + 1)}`)
    .sort();
}

describe("config", () => {
  it("adds a custom rule, disables a built-in one, and is found at the scan root", () => {
    const dir = tempDir();
    writeTree(dir, {
      ".leakhound.toml": [
        "[extend]",
        'disabledRules = ["aws-access-key-id"]',
        "[[rules]]",
        'id = "acme-internal-token"',
        'description = "Acme internal token"',
        "regex = '''\\b(acme_[a-z0-9]{24})\\b'''",
        'keywords = ["acme_"]',
        "",
      ].join("\n"),
      "a.env": `ACME=${fake("{{lit:acme_}}{{rand:lowernum:24}}")}\nAWS_ACCESS_KEY_ID=${fake("{{lit:AKIA}}{{rand:base32:16}}")}\n`,
    });
    expect(ruleIds(dir)).toEqual(["acme-internal-token@a.env"]);
  });

  it("allowlists by path, by regex and by stopword", () => {
    const dir = tempDir();
    const token = () => fake("{{crc32:ghp_}}");
    const fixed = token();
    writeTree(dir, {
      ".leakhound.toml": ["[allowlist]", 'paths = ["fixtures/**", "*.snap"]', `regexes = ['''^${fixed}$''']`, ""].join(
        "\n",
      ),
      "fixtures/a.env": `T=${token()}\n`,
      "ui/__snapshots__/x.snap": `T=${token()}\n`,
      "known.env": `T=${fixed}\n`,
      "real.env": `T=${token()}\n`,
    });
    expect(ruleIds(dir)).toEqual(["github-pat@real.env"]);
    writeTree(dir, {
      "stop.toml": "[allowlist]\nstopwords = ['rand0m']\n",
      // built in two parts: the whole value in this file would be a finding of the self-scan
      "s.env": `db_password = "${"xRand0m"}Q83kd9s0Lw2"\n`,
    });
    expect(ruleIds(dir, ["--config", `${dir}/stop.toml`]).filter((id) => id.endsWith("s.env"))).toEqual([]);
    expect(ruleIds(dir).filter((id) => id.endsWith("s.env"))).toEqual(["generic-secret-assignment@s.env"]);
  });

  it("rules list prints every rule and rules check validates a user rule file", () => {
    const list = runCli(["rules", "list"]);
    expect(list.code).toBe(0);
    expect(list.stdout).toMatch(/github-pat\s+critical\s+GitHub personal access token/);
    const dir = tempDir();
    writeTree(dir, {
      "ok.toml":
        "[[rules]]\nid='a'\ndescription='a'\nregex='''\\b(zz_[0-9]{8})\\b'''\nkeywords=['zz_']\nexamples=['k={{lit:zz_}}{{rand:digits:8}}']\nnegativeExamples=['zz_1']\n",
      "bad.toml":
        "[[rules]]\nid='a'\ndescription='a'\nregex='''\\b(zz_[0-9]{8})\\b'''\nkeywords=['zz_']\nexamples=['k=zz_123']\n",
    });
    expect(runCli(["rules", "check", `${dir}/ok.toml`]).stdout).toMatch(/1 rule, 2 examples, 0 failed/);
    const bad = runCli(["rules", "check", `${dir}/bad.toml`]);
    expect(bad.code).toBe(1);
    expect(bad.stdout).toMatch(/FAIL a: example "k=zz_123": not found/);
  });
});

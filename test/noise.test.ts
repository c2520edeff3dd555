// Noise control: gitleaks configs and ignore files unchanged, and the content-keyed baseline.
import { readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { TestRepo } from "./git-helpers.js";
import { fake, runCli, tempDir, writeTree } from "./helpers.js";

interface Out {
  ruleId: string;
  file: string;
  startLine: number;
  commit?: string;
}

function findings(args: string[]): { code: number; list: Out[]; stderr: string } {
  const r = runCli([...args, "-f", "json"]);
  expect(r.code, r.stderr).toBeLessThan(2);
  return { code: r.code, list: JSON.parse(r.stdout), stderr: r.stderr };
}

describe("gitleaks compatibility", () => {
  it("reads a .gitleaks.toml with custom rules, path rules and both allowlist forms", () => {
    const dir = tempDir();
    writeTree(dir, {
      ".gitleaks.toml": [
        'title = "team config"',
        "[extend]",
        "useDefault = true",
        'disabledRules = ["aws-access-key-id"]',
        "",
        "[[rules]]",
        'id = "internal-api-key"',
        'description = "Internal API key"',
        "regex = '''(?i)internal[_-]?key\\s*=\\s*[\"']?([a-z0-9]{32})'''",
        "secretGroup = 1",
        "entropy = 3.0",
        'keywords = ["INTERNAL"]',
        'tags = ["internal"]',
        "  [[rules.allowlists]]",
        '  regexTarget = "line"',
        "  regexes = ['''example-only''']",
        "",
        "[[rules]]",
        'id = "java-keystore"',
        'description = "Java keystore committed"',
        "path = '''\\.jks$'''",
        "",
        "[allowlist]",
        'description = "old style global allowlist"',
        "paths = ['''(^|/)vendor/''']",
        "",
        "[[allowlists]]",
        'condition = "AND"',
        "paths = ['''^docs/''']",
        "stopwords = ['''sample''']",
        "",
      ].join("\n"),
      "app.env": `INTERNAL_KEY=${fake("{{rand:lowernum:32}}")}\nAWS_ACCESS_KEY_ID=${fake("{{lit:AKIA}}{{rand:base32:16}}")}\nGH=${fake("{{crc32:ghp_}}")}\n`,
      "notes.env": `INTERNAL_KEY=${fake("{{rand:lowernum:32}}")} # example-only\n`,
      "certs/server.jks": "keystore bytes\n",
      "vendor/lib.env": `GH=${fake("{{crc32:ghp_}}")}\n`,
      "docs/a.md": `db_password = "sample${fake("{{rand:base62:16}}")}"\n`,
      "docs/b.md": `db_password = "${fake("{{rand:base62:20}}")}"\n`,
    });
    const ids = findings(["dir", dir])
      .list.map((f) => `${f.ruleId}@${f.file.slice(dir.length + 1)}`)
      .sort();
    expect(ids).toEqual([
      "generic-secret-assignment@docs/b.md",
      "github-pat@app.env",
      "internal-api-key@app.env",
      "java-keystore@certs/server.jks",
    ]);
  });

  it("honours a .gitleaksignore written by gitleaks, for files and for commits", () => {
    const repo = new TestRepo();
    const commit = repo.commit("add", {
      "a.env": `A=1\nT=${fake("{{crc32:ghp_}}")}\n`,
      "b.env": `T=${fake("{{crc32:ghp_}}")}\n`,
    });
    writeFileSync(join(repo.dir, ".gitleaksignore"), `# accepted\n${commit}:a.env:github-pat:2\n`);
    expect(findings(["git", repo.dir]).list.map((f) => f.file)).toEqual(["b.env"]);
    writeFileSync(join(repo.dir, ".gitleaksignore"), "b.env:generic-api-key:1\n");
    expect(findings(["dir", repo.dir]).list.map((f) => f.file.slice(repo.dir.length + 1))).toEqual(["a.env"]);
  });
});

describe("baseline", () => {
  it("hides accepted findings across line moves and reports new ones", () => {
    const repo = new TestRepo();
    const old = fake("{{crc32:ghp_}}");
    repo.commit("old", { "conf.env": `T=${old}\n` });
    const made = runCli(["baseline", repo.dir]);
    expect(made.code, made.stderr).toBe(0);
    const file = join(repo.dir, ".leakhound-baseline.json");
    expect(readFileSync(file, "utf8")).not.toContain(old.slice(4));
    expect(readFileSync(join(repo.dir, ".gitattributes"), "utf8")).toContain(".leakhound-baseline.json merge=union");
    repo.commit("baseline", {});

    // the accepted secret moves down and into another file; a new one appears
    const fresh = fake("{{crc32:ghp_}}");
    repo.commit("move", { "conf.env": `# moved\n\n\nT=${old}\nN=${fresh}\n` });
    const result = findings(["dir", repo.dir]);
    expect(result.list.map((f) => f.startLine)).toEqual([5]);
    expect(result.stderr).toMatch(/1 finding \(1 more known in the baseline\)/);
    expect(findings(["git", repo.dir]).list).toHaveLength(1);
    expect(findings(["dir", repo.dir, "--no-baseline"]).list).toHaveLength(2);
  });

  it("merges entries added on two branches without conflict, and keeps reasons", () => {
    const repo = new TestRepo();
    repo.commit("base", { "README.md": "x\n" });
    runCli(["baseline", repo.dir]);
    repo.commit("empty baseline");
    repo.git("checkout", "-q", "-b", "one");
    repo.commit("leak one", { "one.env": `T=${fake("{{crc32:ghp_}}")}\n` });
    runCli(["baseline", repo.dir]);
    repo.commit("accept one");
    repo.git("checkout", "-q", "main");
    repo.git("checkout", "-q", "-b", "two");
    repo.commit("leak two", { "two.env": `T=${fake("{{crc32:ghp_}}")}\n` });
    runCli(["baseline", repo.dir]);
    repo.commit("accept two");
    repo.git("merge", "-q", "--no-edit", "one");
    expect(repo.git("status", "--porcelain")).toBe("");
    expect(findings(["git", repo.dir])).toMatchObject({ code: 0, list: [] });

    // a reason and an expiry survive a re-run; an expired entry reports its finding again
    const file = join(repo.dir, ".leakhound-baseline.json");
    const text = readFileSync(file, "utf8").replace(
      /("path":"one\.env","rule":"github-pat")/,
      '$1,"reason":"test fixture","expires":"2000-01-01"',
    );
    writeFileSync(file, text);
    expect(findings(["git", repo.dir]).list.map((f) => f.file)).toEqual(["one.env"]);
    runCli(["baseline", repo.dir]);
    expect(readFileSync(file, "utf8")).toContain('"reason":"test fixture"');
  });

  it("--prune drops entries that no longer match", () => {
    const dir = tempDir();
    writeTree(dir, { "a.env": `T=${fake("{{crc32:ghp_}}")}\n`, "b.env": `T=${fake("{{crc32:ghp_}}")}\n` });
    runCli(["baseline", dir, "--dir"]);
    writeTree(dir, { "b.env": "gone\n" });
    runCli(["baseline", dir, "--dir"]);
    const count = () =>
      JSON.parse(readFileSync(join(dir, ".leakhound-baseline.json"), "utf8")).entries.filter(Boolean).length;
    expect(count()).toBe(2);
    runCli(["baseline", dir, "--dir", "--prune"]);
    expect(count()).toBe(1);
  });
});

// `leakhound baseline import FILE`: a gitleaks JSON report, a .gitleaksignore, a detect-secrets
// .secrets.baseline and a trufflehog JSON report become baseline entries that hide exactly the
// findings they list, and neither the baseline nor any message holds a raw secret.
import { createHash } from "node:crypto";
import { readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { TestRepo } from "./git-helpers.js";
import { fake, runCli, tempDir } from "./helpers.js";

interface Reported {
  ruleId: string;
  file: string;
  startLine: number;
}

/** A repository with four secrets over two commits: a.env (two lines), b.env, c/d.env. */
function leakyRepo() {
  const repo = new TestRepo();
  const secrets = {
    a1: fake("{{crc32:ghp_}}"),
    a2: fake("{{lit:hf_}}{{rand:base62:34}}"),
    b: fake("{{lit:gsk_}}{{rand:base62:52}}"),
    d: fake("{{crc32:ghp_}}"),
  };
  const first = repo.commit("first", {
    "a.env": `GITHUB_TOKEN=${secrets.a1}\nHUGGINGFACE_TOKEN=${secrets.a2}\n`,
    "b.env": `GROQ_API_KEY=${secrets.b}\n`,
  });
  const second = repo.commit("second", { "c/d.env": `# deploy\nGITHUB_TOKEN=${secrets.d}\n` });
  return { repo, secrets, first, second };
}

const reported = (dir: string): Reported[] => {
  const run = runCli(["git", dir, "-f", "json"]);
  expect(run.code === 0 || run.code === 1, run.stderr).toBe(true);
  return (JSON.parse(run.stdout) as Reported[])
    .map(({ ruleId, file, startLine }) => ({ ruleId, file, startLine }))
    .sort((a, b) => (a.file + a.startLine < b.file + b.startLine ? -1 : 1));
};

function noRawSecret(texts: string[], secrets: Record<string, string>): void {
  for (const text of texts) for (const secret of Object.values(secrets)) expect(text).not.toContain(secret);
}

describe("leakhound baseline import", () => {
  it("a gitleaks JSON report: its findings hidden, the others still reported, no secret in the baseline or on stderr", () => {
    const { repo, secrets, first, second } = leakyRepo();
    const all = reported(repo.dir);
    expect(all.map((f) => `${f.file}:${f.startLine}`)).toEqual(["a.env:1", "a.env:2", "b.env:1", "c/d.env:2"]);
    // what `gitleaks git --report-format json` writes (its own rule names, the raw secret)
    const report = [
      {
        Description: "GitHub Personal Access Token",
        StartLine: 1,
        EndLine: 1,
        StartColumn: 14,
        EndColumn: 53,
        Match: `GITHUB_TOKEN=${secrets.a1}`,
        Secret: secrets.a1,
        File: "a.env",
        SymlinkFile: "",
        Commit: first,
        Entropy: 5,
        Author: "Ann",
        Email: "ann@example.com",
        Date: "2026-01-01T00:00:01Z",
        Message: "first",
        Tags: [],
        RuleID: "github-pat",
        Fingerprint: `${first}:a.env:github-pat:1`,
      },
      {
        Description: "Generic API Key",
        StartLine: 2,
        EndLine: 2,
        StartColumn: 1,
        EndColumn: 40,
        Match: `GITHUB_TOKEN=${secrets.d}`,
        Secret: secrets.d,
        File: "c/d.env",
        SymlinkFile: "",
        Commit: second,
        Entropy: 5,
        Author: "Ann",
        Email: "ann@example.com",
        Date: "2026-01-01T00:00:02Z",
        Message: "second",
        Tags: [],
        RuleID: "generic-api-key",
        Fingerprint: `${second}:c/d.env:generic-api-key:2`,
      },
    ];
    const file = join(tempDir(), "gitleaks-report.json");
    writeFileSync(file, JSON.stringify(report, null, 1));

    // given as a baseline as it is: refused with what to do, and without the secret it holds
    const asBaseline = runCli(["git", repo.dir, "--baseline", file]);
    expect(asBaseline.code).toBe(2);
    expect(asBaseline.stderr).toContain("leakhound baseline import");
    noRawSecret([asBaseline.stdout, asBaseline.stderr], secrets);

    const imported = runCli(["baseline", "import", file, "--repo", repo.dir]);
    expect(imported.code, imported.stderr).toBe(0);
    expect(imported.stderr).toContain("imported 2 of 2 gitleaks findings");
    const baseline = readFileSync(join(repo.dir, ".leakhound-baseline.json"), "utf8");
    noRawSecret([imported.stdout, imported.stderr, baseline], secrets);
    expect(reported(repo.dir).map((f) => `${f.file}:${f.startLine}`)).toEqual(["a.env:2", "b.env:1"]);
  });

  it("a .gitleaksignore (with and without commits): exactly its lines hidden", () => {
    const { repo, first } = leakyRepo();
    const ignore = join(tempDir(), ".gitleaksignore");
    writeFileSync(ignore, `# accepted\n${first}:a.env:generic-api-key:2\nb.env:gitleaks-rule:1\n`);
    const imported = runCli(["baseline", "import", ignore, "--repo", repo.dir]);
    expect(imported.code, imported.stderr).toBe(0);
    expect(imported.stderr).toContain("imported 2 of 2 gitleaksignore findings");
    expect(reported(repo.dir).map((f) => `${f.file}:${f.startLine}`)).toEqual(["a.env:1", "c/d.env:2"]);
  });

  it("a detect-secrets .secrets.baseline: matched by the secret's SHA-1; one its audit marked real is not accepted", () => {
    const { repo, secrets } = leakyRepo();
    const sha1 = (s: string) => createHash("sha1").update(s).digest("hex");
    const doc = {
      version: "1.5.0",
      plugins_used: [{ name: "KeywordDetector" }],
      filters_used: [],
      results: {
        "a.env": [
          {
            type: "Secret Keyword",
            filename: "a.env",
            hashed_secret: sha1(secrets.a2),
            is_verified: false,
            line_number: 2,
            is_secret: false,
          },
        ],
        "c/d.env": [
          {
            type: "GitHub Token",
            filename: "c/d.env",
            hashed_secret: sha1(secrets.d),
            is_verified: false,
            line_number: 2,
          },
        ],
        "b.env": [
          {
            type: "Secret Keyword",
            filename: "b.env",
            hashed_secret: sha1(secrets.b),
            is_verified: false,
            line_number: 1,
            is_secret: true,
          },
        ],
      },
      generated_at: "2026-01-01T00:00:00Z",
    };
    writeFileSync(join(repo.dir, ".secrets.baseline"), JSON.stringify(doc, null, 2));
    const imported = runCli(["baseline", "import", ".secrets.baseline"], { cwd: repo.dir });
    expect(imported.code, imported.stderr).toBe(0);
    expect(imported.stderr).toContain("imported 2 of 3 detect-secrets findings");
    expect(imported.stderr).toMatch(
      /not imported: b\.env result 1 \(b\.env:1\): detect-secrets' audit marked it a real secret/,
    );
    expect(reported(repo.dir).map((f) => `${f.file}:${f.startLine}`)).toEqual(["a.env:1", "b.env:1"]);
  });

  it("a trufflehog JSON report (one object a line, git and filesystem sources, an absolute path)", () => {
    const { repo, secrets, first } = leakyRepo();
    const lines = [
      { level: "info-0", msg: "running source" },
      {
        SourceMetadata: {
          Data: {
            Git: {
              commit: first,
              file: "b.env",
              email: "Ann <ann@example.com>",
              repository: repo.dir,
              timestamp: "2026-01-01 00:00:01 +0000",
              line: 1,
            },
          },
        },
        SourceID: 1,
        SourceType: 7,
        SourceName: "trufflehog - git",
        DetectorType: 1,
        DetectorName: "Groq",
        DecoderName: "PLAIN",
        Verified: false,
        Raw: secrets.b,
        RawV2: "",
        Redacted: "",
        ExtraData: null,
      },
      {
        SourceMetadata: { Data: { Filesystem: { file: join(repo.dir, "a.env"), line: 1 } } },
        SourceID: 1,
        SourceType: 15,
        SourceName: "trufflehog - filesystem",
        DetectorType: 8,
        DetectorName: "Github",
        DecoderName: "PLAIN",
        Verified: false,
        Raw: secrets.a1,
        RawV2: "",
        Redacted: "",
        ExtraData: null,
      },
    ];
    const file = join(tempDir(), "trufflehog.json");
    writeFileSync(file, lines.map((l) => JSON.stringify(l)).join("\n") + "\n");
    const imported = runCli(["baseline", "import", file, "--repo", repo.dir]);
    expect(imported.code, imported.stderr).toBe(0);
    expect(imported.stderr).toContain("imported 2 of 2 trufflehog findings");
    noRawSecret([imported.stderr, readFileSync(join(repo.dir, ".leakhound-baseline.json"), "utf8")], secrets);
    expect(reported(repo.dir).map((f) => `${f.file}:${f.startLine}`)).toEqual(["a.env:2", "c/d.env:2"]);
  });

  it("a place where leakhound finds nothing, and a file gone from the repository, are listed, not guessed", () => {
    const { repo, secrets, first } = leakyRepo();
    const report = [
      {
        StartLine: 1,
        Secret: "not-a-real-secret-value",
        Match: "x = not-a-real-secret-value",
        File: "b.env",
        Commit: first,
        RuleID: "generic-api-key",
      },
      // a file that is not there: the report's own copy of the match still names the secret
      {
        StartLine: 1,
        Secret: secrets.d,
        Match: `TOKEN=${secrets.d}`,
        File: "gone.env",
        Commit: first,
        RuleID: "github-pat",
      },
    ];
    const file = join(tempDir(), "gitleaks.json");
    writeFileSync(file, JSON.stringify(report));
    const imported = runCli(["baseline", "import", file, "--repo", repo.dir, "--from", "gitleaks"]);
    expect(imported.code, imported.stderr).toBe(0);
    expect(imported.stderr).toContain("imported 1 of 2 gitleaks findings");
    expect(imported.stderr).toContain("not imported: entry 1 (b.env:1): leakhound's rules find no secret there");
    noRawSecret([imported.stderr], { ...secrets, fake: "not-a-real-secret-value" });
    const entries = readFileSync(join(repo.dir, ".leakhound-baseline.json"), "utf8");
    expect(entries).toContain('"path":"gone.env","rule":"github-pat"');
  });

  it("a broken report: one line, exit 2, no text of it echoed (imported, or given as a baseline)", () => {
    const dir = tempDir();
    const secret = fake("{{crc32:ghp_}}");
    const file = join(dir, "report.json");
    // JSON.parse's own message would quote the secret where it stopped
    writeFileSync(file, `[{"RuleID": "x", "Secret": ${secret}, "File": "a"}]`);
    const run = runCli(["baseline", "import", file, "--from", "gitleaks", "--repo", dir]);
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(/^leakhound: .*report\.json: not a gitleaks report: invalid JSON( at character \d+)?\n/);
    expect(run.stderr).not.toContain(secret);
    const asBaseline = runCli(["dir", dir, "--baseline", file]);
    expect(asBaseline.code).toBe(2);
    expect(asBaseline.stderr).toMatch(/cannot read baseline .*report\.json: invalid JSON( at character \d+)?\n/);
    expect(asBaseline.stderr).not.toContain(secret.slice(4, 12));
  });
});

// `leakhound dir` on real folders: planted secrets found exactly, placeholders silent, skips counted.
import { mkdirSync, symlinkSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { fake, runCli, tempDir, writeTree } from "./helpers.js";
import { expandPlanted, PLACEHOLDERS, PLANTED } from "./planted.js";

interface JsonFinding {
  ruleId: string;
  file: string;
  startLine: number;
  startColumn: number;
  endLine: number;
  endColumn: number;
  secret: string;
  fingerprint: string;
}

function scanJson(args: string[]): { code: number; findings: JsonFinding[]; stderr: string } {
  const result = runCli(["dir", ...args, "--format", "json", "--no-redact"]);
  return {
    code: result.code,
    findings: result.stdout ? (JSON.parse(result.stdout) as JsonFinding[]) : [],
    stderr: result.stderr,
  };
}

describe("leakhound dir", () => {
  it("finds every planted secret with the right rule, line and column", () => {
    const dir = tempDir();
    const planted = PLANTED.map(expandPlanted);
    const files: Record<string, string> = {};
    const expected: { ruleId: string; file: string; line: number; column: number; secret: string }[] = [];
    for (const p of planted) {
      // a few ordinary lines before each secret, so lines are not all 1
      const before = files[p.file] ?? '# settings\n\nname = "demo"\n';
      files[p.file] = `${before}${p.text}\n`;
      expected.push({
        ruleId: p.ruleId,
        file: p.file,
        line: before.split("\n").length,
        column: p.column,
        secret: p.secret,
      });
    }
    writeTree(dir, files);
    const { code, findings } = scanJson([dir]);
    expect(code).toBe(1);
    for (const e of expected) {
      const hit = findings.find(
        (f) => f.file === `${dir}/${e.file}` && f.startLine === e.line && f.ruleId === e.ruleId,
      );
      expect(hit, `${e.ruleId} in ${e.file}:${e.line}`).toBeDefined();
      expect(hit!.startColumn).toBe(e.column);
      expect(hit!.endColumn).toBe(e.column + e.secret.length);
      expect(hit!.secret).toBe(e.secret);
    }
    expect(findings).toHaveLength(expected.length);
  });

  it("stays silent on placeholders and environment-variable references", () => {
    const dir = tempDir();
    writeTree(dir, {
      "config.env": PLACEHOLDERS.join("\n") + "\n",
      "app.yaml": PLACEHOLDERS.map((l) => `  ${l}`).join("\n"),
    });
    const { code, findings } = scanJson([dir]);
    expect(findings).toEqual([]);
    expect(code).toBe(0);
  });

  it("reports a multi-line private key from its BEGIN line to its END line", () => {
    const dir = tempDir();
    const key = fake("{{pem:OPENSSH PRIVATE KEY}}");
    writeTree(dir, { id_ed25519: `\n${key}\n` });
    const { findings } = scanJson([dir]);
    expect(findings).toHaveLength(1);
    expect(findings[0]).toMatchObject({
      ruleId: "private-key-openssh",
      startLine: 2,
      startColumn: 1,
      endLine: key.split("\n").length + 1,
    });
  });

  it("skips binary and oversized files, never enters .git, does not follow symlinks, and counts the skips", () => {
    const dir = tempDir();
    const outside = tempDir();
    const token = fake("{{crc32:ghp_}}");
    writeTree(outside, { "secret.txt": `token=${token}\n` });
    writeTree(dir, {
      "image.bin": Buffer.concat([Buffer.from([0x89, 0x50, 0x4e, 0x47, 0, 0, 0]), Buffer.from(`token=${token}`)]),
      "big.txt": `token=${token}\n` + "x".repeat(2 * 1024 * 1024),
      ".git/config": `token=${token}\n`,
      "ok.txt": "nothing here\n",
    });
    symlinkSync(join(outside, "secret.txt"), join(dir, "link.txt"));
    symlinkSync(outside, join(dir, "linkdir"));
    const result = runCli(["dir", dir, "--max-file-size", "1", "-f", "json"]);
    expect(JSON.parse(result.stdout)).toEqual([]);
    expect(result.code).toBe(0);
    expect(result.stderr).toMatch(/scanned 1 file .*skipped 1 binary, 1 over the size limit/);
  });

  it("honours --include and --exclude globs", () => {
    const dir = tempDir();
    const line = () => `GITHUB_TOKEN=${fake("{{crc32:ghp_}}")}\n`;
    writeTree(dir, {
      "src/a.ts": line(),
      "src/a.test.ts": line(),
      "vendor/lib/x.js": line(),
      "docs/readme.md": line(),
    });
    const files = (args: string[]) =>
      scanJson([dir, ...args])
        .findings.map((f) => f.file.slice(dir.length + 1))
        .sort();
    expect(files(["--exclude", "vendor/**", "--exclude", "*.test.ts"])).toEqual(["docs/readme.md", "src/a.ts"]);
    expect(files(["--include", "src/**"])).toEqual(["src/a.test.ts", "src/a.ts"]);
  });

  it("scans many files in parallel workers with the same results as one thread", () => {
    const dir = tempDir();
    const files: Record<string, string> = {};
    for (let i = 0; i < 600; i++) {
      files[`pkg${i % 20}/file${i}.js`] =
        `// module ${i}\n${"const x = 1;\n".repeat(400)}${i % 50 === 0 ? `const t = "${fake("{{crc32:ghp_}}")}";\n` : ""}`;
    }
    writeTree(dir, files);
    const parallel = scanJson([dir, "--workers", "2"]);
    const single = scanJson([dir, "--workers", "1"]);
    expect(parallel.findings).toHaveLength(12);
    expect(parallel.findings).toEqual(single.findings);
    expect(parallel.stderr).toMatch(/scanned 600 files/);
  });

  it("gives the same fingerprint to the same secret wherever it is", () => {
    const dir = tempDir();
    const token = fake("{{crc32:ghp_}}");
    writeTree(dir, { "a.env": `T=${token}\n`, "b/c.yaml": `\n\n  token: ${token}\n` });
    const { findings } = scanJson([dir]);
    expect(findings).toHaveLength(2);
    expect(findings[0]!.fingerprint).toBe(findings[1]!.fingerprint);
    expect(findings[0]!.fingerprint).not.toContain(token.slice(4, 12));
  });

  it("does not report a line with an inline allow comment", () => {
    const dir = tempDir();
    writeTree(dir, {
      "a.env": `T=${fake("{{crc32:ghp_}}")} # leakhound:allow\nU=${fake("{{crc32:ghp_}}")} # gitleaks:allow\n`,
    });
    expect(scanJson([dir]).findings).toEqual([]);
  });

  it("scans text with invalid UTF-8 around a secret", () => {
    const dir = tempDir();
    const token = fake("{{crc32:ghp_}}");
    mkdirSync(join(dir, "d"));
    writeFileSync(
      join(dir, "d", "latin1.txt"),
      Buffer.concat([Buffer.from([0xe9, 0xff, 0x20]), Buffer.from(`t=${token}\n`)]),
    );
    const { findings } = scanJson([dir]);
    expect(findings.map((f) => f.secret)).toEqual([token]);
  });
});

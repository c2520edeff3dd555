// The history scan reads git's own patch (`git log -p`, sources/history-patch.ts) of a repository
// whose authors chose its messages, its config and its attributes: none of them may change what the
// patch is taken to say. Each test compares with what is known to be in the history, and the config
// test with a copy of the same history that has no config of its own.
import { writeFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { TestRepo, type GitFinding } from "./git-helpers.js";
import { fake, runCli, tempDir } from "./helpers.js";
import { PatchLogParser, logMarkers } from "../src/sources/history-patch.js";

function scan(dir: string, args: string[] = []): { code: number; findings: GitFinding[]; stderr: string } {
  const run = runCli(["git", dir, "-f", "json", "--no-redact", ...args]);
  return { code: run.code, findings: run.stdout.trim() ? JSON.parse(run.stdout) : [], stderr: run.stderr };
}

const where = (findings: GitFinding[]) =>
  findings.map((f) => ({ file: f.file, line: f.startLine, column: f.startColumn, secret: f.secret, commit: f.commit }));

describe("the history's patch", () => {
  it("a commit message cannot end itself early, start another commit or pass for a file's lines", () => {
    const repo = new TestRepo();
    const inMessage = fake("{{crc32:ghp_}}");
    const inFile = fake("{{crc32:ghp_}}");
    const later = fake("{{crc32:ghp_}}");
    // every line the parser looks for, with nonces it cannot know; and a file's patch, made up
    const message = [
      "update config",
      "",
      "\x01leakhound-end-000000000000000000000000",
      "\x01leakhound-commit-000000000000000000000000 0000000000000000000000000000000000000000",
      "diff --git a/made-up.env b/made-up.env",
      "index 0000000000000000000000000000000000000000..1111111111111111111111111111111111111111",
      "--- /dev/null",
      "+++ b/made-up.env",
      "@@ -0,0 +1 @@",
      `+T=${inMessage}`,
      "",
    ].join("\n");
    repo.write({ "real.env": `NAME=app\nT=${inFile}\n` });
    repo.git("add", "-A");
    const file = join(tempDir("leakhound-message-"), "message");
    writeFileSync(file, message);
    repo.git("commit", "-q", "--cleanup=verbatim", "-F", file);
    const first = repo.git("rev-parse", "HEAD");
    const second = repo.commit("more", { "later.env": `L=${later}\n` });
    const { code, findings } = scan(repo.dir);
    expect(code).toBe(1);
    expect(where(findings)).toEqual([
      { file: "<commit message>", line: 10, column: 4, secret: inMessage, commit: first },
      { file: "real.env", line: 2, column: 3, secret: inFile, commit: first },
      { file: "later.env", line: 1, column: 3, secret: later, commit: second },
    ]);
  });

  it("the repository's config and attributes change nothing: the same findings as a copy without them", () => {
    const repo = new TestRepo();
    const secrets = Array.from({ length: 6 }, () => fake("{{crc32:ghp_}}"));
    const body = Array.from({ length: 30 }, (_, i) => `LINE_${i}=${i}`).join("\n");
    const root = repo.commit("root", { "a.env": `${body}\nT=${secrets[0]}\n`, "README.md": "# app\n" });
    // an edit in the middle, with a line removed and one changed beside it: the line numbers must be exact
    const edit = repo.commit("edit", {
      "a.env": `${body.replace("LINE_3=3\n", "").replace("LINE_20=20", `LINE_20=twenty\nU=${secrets[1]}`)}\nT=${secrets[0]}\n`,
    });
    const named = repo.commit("names", {
      "sub dir/caf\u00e9 x.env": `V=${secrets[2]}\n`,
      "notes.txt": `W=${secrets[3]}\n`,
      ".gitattributes": "notes.txt -diff\n*.env diff=weird\n",
    });
    repo.startConflictingMerge();
    repo.write({ "conf.env": `A=4\nX=${secrets[4]}\n` });
    const merge = repo.commit("merge other");
    const last = repo.commit("last", { "sub dir/caf\u00e9 x.env": `V=${secrets[2]}\nY=${secrets[5]}\n` });
    const expected = [
      { file: "a.env", line: 31, column: 3, secret: secrets[0], commit: root },
      { file: "a.env", line: 21, column: 3, secret: secrets[1], commit: edit },
      { file: "notes.txt", line: 1, column: 3, secret: secrets[3], commit: named },
      { file: "sub dir/caf\u00e9 x.env", line: 1, column: 3, secret: secrets[2], commit: named },
      { file: "conf.env", line: 2, column: 3, secret: secrets[4], commit: merge },
      { file: "sub dir/caf\u00e9 x.env", line: 2, column: 3, secret: secrets[5], commit: last },
    ];
    const clean = tempDir("leakhound-clean-");
    new TestRepo(clean, false).git("clone", "-q", "--mirror", repo.dir, clean);
    const plain = scan(clean);
    expect(plain.code, plain.stderr).toBe(1);
    expect(where(plain.findings)).toEqual(expected);

    for (const [key, value] of [
      ["diff.noprefix", "true"],
      ["diff.mnemonicPrefix", "true"],
      ["diff.srcPrefix", "SRC/"],
      ["diff.dstPrefix", "DST/"],
      ["color.ui", "always"],
      ["color.diff", "always"],
      ["diff.context", "7"],
      ["diff.interHunkContext", "40"],
      ["diff.suppressBlankEmpty", "true"],
      ["diff.relative", "true"],
      ["diff.renames", "copies"],
      ["diff.algorithm", "patience"],
      ["diff.orderFile", "/dev/null"],
      ["diff.weird.binary", "true"],
      ["diff.ignoreSubmodules", "all"],
      ["log.showRoot", "false"],
      ["log.diffMerges", "first-parent"],
      ["log.abbrevCommit", "true"],
      ["log.decorate", "full"],
      ["format.pretty", "oneline"],
      ["core.quotePath", "false"],
      ["core.bigFileThreshold", "1"],
      ["i18n.logOutputEncoding", "UTF-16"],
    ]) {
      repo.git("config", key!, value!);
    }
    const hostile = scan(repo.dir);
    expect(hostile.code, hostile.stderr).toBe(1);
    expect(where(hostile.findings)).toEqual(expected);
  });

  it("a file version too big for git to diff cheaply is read whole and compared here: the same lines and commits", () => {
    const repo = new TestRepo();
    const old = fake("{{crc32:ghp_}}");
    const added = fake("{{crc32:ghp_}}");
    // 9,000 lines of 40 bytes: 360 KB, over the size from which versions are read whole
    const lines = Array.from({ length: 9000 }, (_, i) => `ENTRY_${String(i).padStart(6, "0")}=${"x".repeat(26)}`);
    lines[10] = `T=${old}`;
    const first = repo.commit("big file", { "big.env": `${lines.join("\n")}\n` });
    lines.splice(6000, 0, `U=${added}`);
    lines[20] = "ENTRY_000020=changed";
    const second = repo.commit("an edit in the middle", { "big.env": `${lines.join("\n")}\n` });
    const { code, findings, stderr } = scan(repo.dir);
    expect(code).toBe(1);
    // both versions were read whole (about 720 KB), not taken from git's patch (the second adds one line)
    const kb = Number(/scanned 2 commits \(([\d.]+) KB\)/.exec(stderr)?.[1]);
    expect(kb, stderr).toBeGreaterThan(700);
    expect(where(findings)).toEqual([
      { file: "big.env", line: 11, column: 3, secret: old, commit: first },
      { file: "big.env", line: 6001, column: 3, secret: added, commit: second },
    ]);
  });
});

describe("the patch parser, on patch text written out", () => {
  const markers = logMarkers();
  const oid = (digit: string) => digit.repeat(40);
  const header = (commit: string) => [
    `${markers.commit}${commit}`,
    "Ann",
    "ann@example.com",
    "2026-01-01T00:00:00Z",
    "subject",
    "",
    "subject",
    markers.end,
  ];

  /** The changes the parser reports for `lines`, fed in chunks of `chunk` bytes. */
  function parse(lines: string[], chunk: number): { path: string; added: string; lineMap: number[] }[] {
    const out: { path: string; added: string; lineMap: number[] }[] = [];
    const parser = new PatchLogParser(
      markers,
      () => undefined,
      (change) => {
        if (change.added)
          out.push({ path: change.path, added: change.added.bytes.toString(), lineMap: [...change.added.lineMap] });
      },
      1 << 20,
    );
    const text = Buffer.from(`${lines.join("\n")}\n`);
    for (let at = 0; at < text.length; at += chunk) parser.push(text.subarray(at, at + chunk));
    parser.end();
    return out;
  }

  it("reads every form of hunk header: counts left out, zero counts, a function's name after it", () => {
    const lines = [
      ...header(oid("a")),
      "diff --git a/one.txt b/one.txt",
      `index ${oid("0")}..${oid("1")} 100644`,
      "--- a/one.txt",
      "+++ b/one.txt",
      "@@ -0,0 +1 @@",
      "+first",
      "@@ -3 +4 @@ function context(here) {",
      "-old four",
      "+new four",
      "@@ -10,2 +11,0 @@",
      "-gone",
      "-gone too",
      "@@ -20,0 +19,3 @@ @@ not a header @@",
      "+a",
      "+b",
      "+c",
      "diff --git a/two.txt b/two.txt",
      `index ${oid("2")}..${oid("3")}`,
      "@@ -7,1 +7,2 @@",
      "-x",
      "+y",
      "+z",
      "@@ broken header",
      "+not counted",
    ];
    const expected = [
      { path: "one.txt", added: "first\nnew four\na\nb\nc\n", lineMap: [1, 4, 19, 20, 21] },
      { path: "two.txt", added: "y\nz\n", lineMap: [7, 8] },
    ];
    for (const chunk of [1, 7, 64, 1 << 16]) expect(parse(lines, chunk)).toEqual(expected);
  });
});

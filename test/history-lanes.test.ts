// Where a history is scanned: a small one in the main thread (the rules are compiled already and a
// worker thread costs tens of milliseconds to start), a big one by worker threads sharing the files
// out by path. Both find what a change introduced, at the commit that introduced it; LEAKHOUND_DEBUG
// =lanes names the way each run took, so each test proves which path it exercised.
import { randomBytes } from "node:crypto";
import { writeFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { TestRepo } from "./git-helpers.js";
import { fake, runCli } from "./helpers.js";

type Out = { file: string; startLine: number; secret: string; commit: string };

function scan(dir: string): { findings: Out[]; lanes: string } {
  const run = runCli(["git", dir, "-f", "json", "--no-redact"], { env: { ...process.env, LEAKHOUND_DEBUG: "lanes" } });
  expect(run.code, run.stderr).toBe(1);
  const lanes = /history scanned (\S+)/.exec(run.stderr)?.[1] ?? "";
  return { findings: JSON.parse(run.stdout) as Out[], lanes };
}

/** `count` files in one commit, then an edit of each, one of the edits adding `secret` at line 3. */
function history(count: number, secret: string): { repo: TestRepo; second: string } {
  const repo = new TestRepo();
  const files = (edit: boolean) =>
    Object.fromEntries(
      Array.from({ length: count }, (_, i) => [
        `src/m${i}.js`,
        `export const n = ${i};\n${edit ? `export const m = ${i + 1};\n` : ""}${edit && i === count - 7 ? `const token = "${secret}";\n` : ""}`,
      ]),
    );
  repo.commit("add", files(false));
  const second = repo.commit("edit", files(true));
  return { repo, second };
}

describe("history scan lanes", () => {
  it("a small history is scanned in this thread", () => {
    const secret = fake("{{crc32:ghp_}}");
    const { repo, second } = history(20, secret);
    const { findings, lanes } = scan(repo.dir);
    expect(lanes).toBe("in-process");
    expect(findings.map((f) => [f.file, f.startLine, f.secret, f.commit])).toEqual([["src/m13.js", 3, secret, second]]);
  });

  it("a big one by worker threads, with the same attribution", () => {
    const secret = fake("{{crc32:ghp_}}");
    // 2 x 400 file versions and 2 messages: more than SMALL_HISTORY (512) jobs
    const { repo, second } = history(400, secret);
    const { findings, lanes } = scan(repo.dir);
    expect(lanes).toMatch(/^threads:\d+$/);
    expect(findings.map((f) => [f.file, f.startLine, f.secret, f.commit])).toEqual([
      ["src/m393.js", 3, secret, second],
    ]);
  });

  it("a repository with more than 1 MB of packs starts its threads at once, whatever the number of commits", () => {
    const secret = fake("{{crc32:ghp_}}");
    const { repo, second } = history(20, secret);
    // 1.5 MB that does not compress, packed: the size says a big history, the listing a small one
    writeFileSync(join(repo.dir, "blob.bin"), randomBytes(1536 * 1024));
    repo.git("add", "blob.bin");
    repo.git("commit", "-q", "-m", "binary");
    repo.git("repack", "-a", "-d", "-q");
    const { findings, lanes } = scan(repo.dir);
    expect(lanes).toMatch(/^threads:\d+$/);
    expect(findings.map((f) => [f.file, f.startLine, f.secret, f.commit])).toEqual([["src/m13.js", 3, secret, second]]);
  });
});

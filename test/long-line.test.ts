// One pathological file: a 9 MB single line of minified-looking code holding hundreds of key ids.
// Every one is found by `dir` and `git`, and a finding keeps a bounded context, never the line.
import { writeFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { builtinRulesDir, loadRuleDir } from "../src/config/rules.js";
import { Detector } from "../src/engine/detector.js";
import { CONTEXT_CHARS } from "../src/engine/lines.js";
import { TestRepo } from "./git-helpers.js";
import { fake, runCli, tempDir } from "./helpers.js";

// seeded like every test secret (LEAKHOUND_TEST_SEED replays a run)
const keyId = () => fake("{{lit:AKIA}}{{rand:base32:16}}");
const FILLER = Array.from({ length: 80 }, (_, i) => `var a${i}=function(b,c){return b*${i}+c.length||null};`).join("");

/**
 * `keys` key ids spread through one line of about `bytes` bytes; `marked` of them carry an inline allow right after.
 */
function longLine(keys: number, bytes: number, extra: (i: number) => string = () => "") {
  const ids = Array.from({ length: keys }, keyId);
  const gap = Math.floor(bytes / keys);
  const parts: string[] = [];
  ids.forEach((id, i) => {
    const piece = `k.push("${id}");${extra(i)}`;
    for (let pad = gap - piece.length; pad > 0; pad -= FILLER.length)
      parts.push(FILLER.slice(0, Math.min(pad, FILLER.length)));
    parts.push(piece);
  });
  return { text: parts.join("") + "\n", ids };
}

describe("a 9 MB file on one line", () => {
  const { text, ids } = longLine(600, 9 * 1024 * 1024);

  it("yields every finding with dir and git, and exit 1", () => {
    const repo = new TestRepo();
    repo.commit("add the bundle", { "dist/bundle.min.js": text });
    for (const args of [
      ["dir", repo.dir],
      ["git", repo.dir],
    ]) {
      const result = runCli([...args, "-f", "json"]);
      expect(result.code, `${args[0]}: ${result.stderr}`).toBe(1);
      const found = JSON.parse(result.stdout).filter((f: { ruleId: string }) => f.ruleId === "aws-access-key-id");
      expect(found.map((f: { startColumn: number }) => f.startColumn).sort((a: number, b: number) => a - b)).toEqual(
        ids.map((id) => text.indexOf(id) + 1),
      );
      expect(new Set(found.map((f: { startLine: number }) => f.startLine))).toEqual(new Set([1]));
    }
  });

  it("keeps a context of at most the bound either side of the match, cut at the line's ends", () => {
    const detector = new Detector(loadRuleDir(builtinRulesDir, "rules"));
    const findings = detector
      .detect({ path: "bundle.min.js", bytes: Buffer.from(text) })
      .filter((f) => f.ruleId === "aws-access-key-id");
    expect(findings).toHaveLength(ids.length);
    for (const f of findings) {
      expect(f.context.length).toBeLessThanOrEqual(2 * CONTEXT_CHARS + f.secret.length);
      expect(f.context).toContain(f.secret);
      // the context is the line's own text at the column it says
      expect(text.slice(f.contextColumn - 1, f.contextColumn - 1 + f.context.length)).toBe(f.context);
    }
    // in the middle of the line the context is cut on both sides
    const middle = findings[300]!;
    expect(middle.contextColumn).toBeGreaterThan(1);
    expect(middle.contextColumn + middle.context.length).toBeLessThan(text.length);
  });

  it("never shows part of a neighbouring key at a cut edge", () => {
    // key ids 210 characters apart: a cut 200 characters either side falls inside a neighbour, which is dropped whole
    const dense = longLine(40, 40 * 210);
    const detector = new Detector(loadRuleDir(builtinRulesDir, "rules"));
    const findings = detector
      .detect({ path: "dense.min.js", bytes: Buffer.from(dense.text) })
      .filter((f) => f.ruleId === "aws-access-key-id");
    expect(findings).toHaveLength(dense.ids.length);
    for (const f of findings) {
      for (const id of dense.ids) {
        if (f.context.includes(id)) continue;
        // no 6-character piece of the random part of a key that is not shown whole (all start with AKIA)
        for (let i = 4; i + 6 <= id.length; i++)
          expect(f.context, `${f.secret} shows part of ${id}`).not.toContain(id.slice(i, i + 6));
      }
    }
  });

  it("honours inline allows and line allowlists anywhere on the long line", () => {
    // the marker (an inline allow, or what a line allowlist matches) is at the line's end, megabytes from most keys
    const dir = tempDir();
    const marked = longLine(60, 2 * 1024 * 1024, (i) => (i === 59 ? "/* leakhound:allow */" : ""));
    writeFileSync(join(dir, "allowed-inline.min.js"), marked.text);
    const other = longLine(60, 2 * 1024 * 1024, (i) => (i === 59 ? "/*generated-vendor-bundle*/" : ""));
    writeFileSync(join(dir, "allowed-by-line.min.js"), other.text);
    const kept = longLine(5, 1024 * 1024);
    writeFileSync(join(dir, "kept.min.js"), kept.text);
    writeFileSync(
      join(dir, ".leakhound.toml"),
      `[allowlist]\nregexTarget = "line"\nregexes = ['''generated-vendor-bundle''']\n`,
    );
    const result = runCli(["dir", dir, "-f", "json"]);
    expect(result.code, result.stderr).toBe(1);
    const files = JSON.parse(result.stdout).map((f: { file: string }) => f.file.split("/").pop());
    expect(files).toEqual(Array(5).fill("kept.min.js"));
  });
});

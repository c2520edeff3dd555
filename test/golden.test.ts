// Golden output: the text, JSON and SARIF reports of one fixed scan, compared byte for byte with
// the files in test/golden/ (after the parts that differ by run are replaced: the temporary folder,
// the version, timings). A change to a report's shape shows up here as a diff to review, not as a
// surprise to the people whose tools read it. UPDATE_GOLDEN=1 rewrites the files.
import { existsSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { setExampleSeed } from "../src/config/examples.js";
import { VERSION } from "../src/version.js";
import { fake, ROOT, runCli, tempDir, writeTree } from "./helpers.js";

const GOLDEN = join(ROOT, "test", "golden");
const update = process.env.UPDATE_GOLDEN === "1";
let dir: string;

beforeAll(() => {
  // secrets of their own seed, whatever LEAKHOUND_TEST_SEED the run uses: the same bytes every time
  setExampleSeed(424242);
  dir = tempDir("leakhound-golden-");
  writeTree(dir, {
    "config/app.env": `NAME=shop\nGITHUB_TOKEN=${fake("{{crc32:ghp_}}")}\nPORT=8080\n`,
    "deploy/keys.py": `AWS_ACCESS_KEY_ID = "${fake("{{lit:AKIA}}{{rand:base32:16}}")}"\nREGION = "eu-west-1"\n`,
    "src/clean.js": 'export const greeting = "hello";\n',
  });
  setExampleSeed(Number(process.env.LEAKHOUND_TEST_SEED ?? 20261124));
});

/** What differs from run to run, replaced by a name for it. */
function normalize(text: string): string {
  return text
    .split(dir)
    .join("<DIR>")
    .split(VERSION)
    .join("<VERSION>")
    .replace(/\b\d+\.\d+ s\b/g, "<SECONDS> s")
    .replace(/"(startTimeUtc|endTimeUtc)": "[^"]+"/g, '"$1": "<TIME>"');
}

/**
 * A SARIF log with its rule list cut to the rules its results use: every built-in rule is in the
 * log, and a new rule elsewhere must not change this file. Each result's ruleIndex is checked here
 * to name its rule, then shown as such.
 */
function referencedRulesOnly(sarif: string): string {
  type Run = {
    tool: { driver: { rules: { id: string }[] } };
    results: { ruleId: string; ruleIndex: number | string }[];
  };
  const log = JSON.parse(sarif) as { runs: Run[] };
  for (const run of log.runs) {
    const rules = run.tool.driver.rules;
    for (const r of run.results) {
      expect(rules[r.ruleIndex as number]?.id).toBe(r.ruleId);
      r.ruleIndex = `<index of ${r.ruleId}>`;
    }
    const used = new Set(run.results.map((r) => r.ruleId));
    run.tool.driver.rules = rules.filter((rule) => used.has(rule.id));
  }
  return `${JSON.stringify(log, null, 2)}\n`;
}

function matchesGolden(name: string, actual: string): void {
  const file = join(GOLDEN, name);
  if (update || !existsSync(file)) {
    if (!update)
      throw new Error(`no golden file ${file}: run the tests with UPDATE_GOLDEN=1 and review what it writes`);
    mkdirSync(GOLDEN, { recursive: true });
    writeFileSync(file, actual);
  }
  expect(actual).toBe(readFileSync(file, "utf8"));
}

describe("golden reports of one scan", () => {
  for (const [format, name] of [
    ["text", "dir.txt"],
    ["json", "dir.json"],
    ["sarif", "dir.sarif"],
  ] as const) {
    it(`${format}: the same as test/golden/${name}`, () => {
      const run = runCli(["dir", ".", "-f", format], { cwd: dir, env: { ...process.env, NO_COLOR: "1" } });
      expect(run.code, run.stderr).toBe(1);
      const out = normalize(run.stdout);
      matchesGolden(name, format === "sarif" ? referencedRulesOnly(out) : out);
    });
  }
});

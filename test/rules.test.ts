// Every built-in rule proves itself: its examples are found and its negative examples are not.
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { checkRuleExamples, setExampleSeed } from "../src/config/examples.js";
import { builtinRulesDir, loadRuleDir, parseRuleFile } from "../src/config/rules.js";

// from the TOML files themselves: the compiled copy in dist/ leaves the examples out
const rules = loadRuleDir(builtinRulesDir, "rules");

describe("built-in rules", () => {
  it("are many, with unique ids", () => {
    expect(rules.length).toBeGreaterThanOrEqual(20);
    expect(new Set(rules.map((r) => r.id)).size).toBe(rules.length);
  });

  it.each(rules.map((r) => [r.id, r] as const))("%s has examples both ways, a reference and keywords", (_id, rule) => {
    expect(rule.examples.length).toBeGreaterThanOrEqual(2);
    expect(rule.negativeExamples.length).toBeGreaterThanOrEqual(1);
    expect(rule.references.length).toBeGreaterThanOrEqual(1);
    // keywords for the prefilter, or a file format (path) that gates the rule
    expect(rule.keywords.length > 0 || rule.pathRegex !== undefined).toBe(true);
    expect(rule.rotate).not.toBe("");
  });

  it("find every example and no negative example", () => {
    // several rounds of different (seeded, so reproducible) random values: one lucky run proves little
    for (let seed = 1; seed <= 5; seed++) {
      setExampleSeed(seed);
      expect(checkRuleExamples(rules), `seed ${seed}`).toEqual([]);
    }
    setExampleSeed(undefined);
  });
});

describe("rule examples state what they prove", () => {
  it("every positive example pins the secret it must yield", () => {
    // a rule about a file's name alone (no regex) finds no secret to pin
    const unpinned = rules
      .filter((rule) => rule.regex !== "")
      .flatMap((rule) =>
        rule.examples
          .filter((example) => !example.includes("{{pin:"))
          .map((example) => `${rule.source}: ${rule.id}: ${example}`),
      );
    expect(unpinned).toEqual([]);
  });

  it("every negative example says why on its line (a # comment)", () => {
    const silent: string[] = [];
    for (const file of readdirSync(builtinRulesDir)
      .filter((f) => f.endsWith(".toml"))
      .sort()) {
      const lines = readFileSync(join(builtinRulesDir, file), "utf8").split("\n");
      for (const rule of parseRuleFile(lines.join("\n"), file)) {
        for (const example of rule.negativeExamples) {
          // the example's line in the source: as written in a literal ('…') or a basic ("…") string
          const written = [`'${example}'`, JSON.stringify(example), `'''${example}'''`];
          const line = lines.find((l) => written.some((w) => l.includes(w)));
          const after =
            line === undefined
              ? undefined
              : line.slice(
                  Math.max(...written.map((w) => line.lastIndexOf(w) + (line.includes(w) ? w.length : -Infinity))),
                );
          if (after === undefined || !/#\s*\S/.test(after)) silent.push(`${file}: ${rule.id}: ${example}`);
        }
      }
    }
    expect(silent).toEqual([]);
  });
});

describe("pinned examples", () => {
  const rule = (regex: string, example: string) =>
    parseRuleFile(
      [
        "[[rules]]",
        'id = "pin-demo"',
        'description = "demo"',
        `regex = '''${regex}'''`,
        'keywords = ["demo_"]',
        `examples = ['${example}']`,
        "negativeExamples = ['demo_']",
      ].join("\n"),
      "pin-demo.toml",
    );

  it("pass when the capture is the pinned secret", () => {
    expect(checkRuleExamples(rule("(demo_[a-z]{8})", "k = {{pin:demo_{{rand:lower:8}}}}"))).toEqual([]);
  });

  it("fail when the capture group is wrong", () => {
    // the group takes the name as well as the value: the pin names what it should have taken
    const failures = checkRuleExamples(rule("(k = demo_[a-z]{8})", "k = {{pin:demo_{{rand:lower:8}}}}"));
    expect(failures.map((f) => f.reason)).toEqual(["pin 1 is not the secret found (the capture is wrong)"]);
  });
});

// Every built-in rule proves itself: its examples are found and its negative examples are not.
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

// `leakhound rules list [--format text|json]` and `leakhound rules check FILE`.
import { readFileSync } from "node:fs";
import { loadConfig } from "../config/load.js";
import { checkRuleExamples } from "../config/examples.js";
import { parseRuleFile } from "../config/rules.js";
import { LeakhoundError, reasonOf } from "../errors.js";
import type { Rule, Severity } from "../model.js";
import { count } from "../report/summary.js";

/** What `rules list --format json` prints for each rule: what a rule is, never its examples. */
export interface RuleListing {
  id: string;
  description: string;
  keywords: string[];
  tags: string[];
  severity: Severity;
  /** the verifier that can check a secret of this rule (see verify/providers.ts), or null */
  verify: string | null;
  references: string[];
}

export function ruleListing(rule: Rule): RuleListing {
  const { id, description, keywords, tags, severity, references } = rule;
  return { id, description, keywords, tags, severity, verify: rule.verify ?? null, references };
}

export function rulesListCommand(configPath: string | undefined, format: "text" | "json" = "text"): number {
  const { rules } = loadConfig(configPath, process.cwd());
  if (format === "json") {
    process.stdout.write(`${JSON.stringify(rules.map(ruleListing), null, 2)}\n`);
    return 0;
  }
  const width = Math.max(...rules.map((r) => r.id.length));
  for (const rule of rules) {
    process.stdout.write(`${rule.id.padEnd(width)}  ${rule.severity.padEnd(8)}  ${rule.description}\n`);
  }
  process.stdout.write(`${count(rules.length, "rule")}\n`);
  return 0;
}

export function rulesCheckCommand(file: string): number {
  let text: string;
  try {
    text = readFileSync(file, "utf8");
  } catch (err) {
    throw new LeakhoundError("NOT_FOUND", `cannot read rule file ${file}: ${reasonOf(err)}`);
  }
  const rules = parseRuleFile(text, file);
  const failures = checkRuleExamples(rules);
  for (const f of failures) {
    process.stdout.write(`FAIL ${f.ruleId}: ${f.kind} ${JSON.stringify(f.example)}: ${f.reason}\n`);
  }
  const examples = rules.reduce((n, r) => n + r.examples.length + r.negativeExamples.length, 0);
  process.stdout.write(`${count(rules.length, "rule")}, ${count(examples, "example")}, ${failures.length} failed\n`);
  return failures.length > 0 ? 1 : 0;
}

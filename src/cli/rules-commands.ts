// `leakhound rules list` and `leakhound rules check FILE`.
import { readFileSync } from "node:fs";
import { loadConfig } from "../config/load.js";
import { checkRuleExamples } from "../config/examples.js";
import { parseRuleFile } from "../config/rules.js";
import { LeakhoundError, reasonOf } from "../errors.js";

export function rulesListCommand(configPath: string | undefined): number {
  const { rules } = loadConfig(configPath, process.cwd());
  const width = Math.max(...rules.map((r) => r.id.length));
  for (const rule of rules) {
    process.stdout.write(`${rule.id.padEnd(width)}  ${rule.severity.padEnd(8)}  ${rule.description}\n`);
  }
  process.stdout.write(`${rules.length} rules\n`);
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
  process.stdout.write(`${rules.length} rules, ${examples} examples, ${failures.length} failed\n`);
  return failures.length > 0 ? 1 : 0;
}

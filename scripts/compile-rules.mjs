// Build step: parses and validates the built-in rules once and stores them as JSON in dist/,
// so that starting leakhound (the pre-commit path above all) does not parse TOML.
import { readdirSync, writeFileSync } from "node:fs";
import { builtinRulesDir, compiledRulesFile, loadRuleDir } from "../dist/config/rules.js";

const files = readdirSync(builtinRulesDir)
  .filter((f) => f.endsWith(".toml"))
  .sort();
// examples are for `rules check` and the tests, which read the TOML files; the scanner does not need them
const rules = loadRuleDir(builtinRulesDir, "rules").map((rule) => ({ ...rule, examples: [], negativeExamples: [] }));
writeFileSync(compiledRulesFile, JSON.stringify({ files, rules }));
// stderr, not stdout: `npm pack` runs the build via `prepare`, and pre-commit reads its stdout as the tarball name
process.stderr.write(`compiled ${rules.length} rules from ${files.length} files\n`);

// leakhound as a library: load a configuration, scan paths or text, format the findings.
export { loadConfig, parseConfig, type Config } from "./config/config.js";
export { loadBuiltinRules, parseRuleFile } from "./config/rules.js";
export { checkRuleExamples, expandTemplate } from "./config/examples.js";
export { Detector } from "./engine/detector.js";
export { scanPaths, scanBuffer, type ScanOptions, type ScanResult, type RuleSet } from "./scan/scan.js";
export { buildSarif } from "./report/sarif.js";
export { createReporter, FORMATS, type Format } from "./report/index.js";
export { redact, Redactor } from "./report/redact.js";
export { LeakhoundError } from "./errors.js";
export type { Finding, Fragment, Rule, ScanStats } from "./model.js";

// leakhound as a library: load a configuration, scan paths or text, format the findings.
export { parseConfig, readRepositoryConfig, readOperatorConfig, type Config, type DetectionSettings, type OperatorSettings } from "./config/config.js";
export { loadConfig, loadSettings } from "./config/load.js";
export { loadBuiltinRules, parseRuleFile } from "./config/rules.js";
export { checkRuleExamples, expandTemplate } from "./config/examples.js";
export { Detector } from "./engine/detector.js";
export { scanPaths, scanBuffer, type ScanOptions, type ScanResult, type RuleSet } from "./scan/scan.js";
export { buildSarif } from "./report/sarif.js";
export { createReporter, FORMATS, type Format } from "./report/index.js";
export { redact, Redactor } from "./report/redact.js";
export { LeakhoundError } from "./errors.js";
export type { Finding, Fragment, Rule, ScanStats } from "./model.js";

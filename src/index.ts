// leakhound as a library: load a configuration, scan paths, a buffer, a history or staged changes,
// and format the findings in any report format (see README, "Library").
export {
  parseConfig,
  readRepositoryConfig,
  readOperatorConfig,
  type Config,
  type DetectionSettings,
  type OperatorSettings,
} from "./config/config.js";
export { loadConfig, loadSettings } from "./config/load.js";
export { loadBuiltinRules, parseRuleFile } from "./config/rules.js";
export { checkRuleExamples, expandTemplate } from "./config/examples.js";
export { Detector } from "./engine/detector.js";
export {
  scanPaths,
  scanBuffer,
  scanHistory,
  scanStaged,
  formatReport,
  buildSarif,
  toJson,
  presentFinding,
  summaryOf,
  type ScanResult,
  type LibraryScanOptions,
  type PathScanOptions,
  type HistoryScanOptions,
  type ReportOptions,
  type RuleSet,
} from "./library.js";
export { buildHtml, type HtmlFinding, type HtmlOptions } from "./report/html.js";
export { createReporter, FORMATS, type Format } from "./report/index.js";
export type { PresentedFinding } from "./report/present.js";
export type { Reporter, ReportContext, ScanOutcome } from "./report/reporter.js";
export type { ScanSummary } from "./report/summary.js";
export type * from "./report/sarif-log.js";
export { GITHUB_LIMITS } from "./report/sarif.js";
export { redact, Redactor, type Redaction } from "./report/redact.js";
export { Baseline, BASELINE_FILE, writeBaseline, type BaselineEntry } from "./filters/baseline.js";
export { LeakhoundError, type ErrorCode } from "./errors.js";
export type {
  Finding,
  Fragment,
  Rule,
  ScanStats,
  Severity,
  GitProvenance,
  Verification,
  VerificationStatus,
} from "./model.js";

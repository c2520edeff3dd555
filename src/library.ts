// leakhound as a library, in one place: scan paths, a buffer, a repository's history or its staged
// changes, and turn the findings into any report format. Every scan returns the same ScanResult,
// and every reporter takes its findings as they are: `buildSarif((await scanPaths(["src"])).findings)`.
import { loadConfig } from "./config/load.js";
import { defaultSettings } from "./config/config.js";
import { loadBuiltinRules } from "./config/rules.js";
import type { Finding, Rule, ScanStats } from "./model.js";
import { emptyStats } from "./model.js";
import { createReporter, type Format } from "./report/index.js";
import { present, type PresentedFinding } from "./report/present.js";
import { Redactor, type Redaction } from "./report/redact.js";
import { buildSarif as sarifFor, type SarifOptions } from "./report/sarif.js";
import type { SarifLog } from "./report/sarif-log.js";
import { scanSummary, type ScanSummary } from "./report/summary.js";
import { scanStaged as stagedScan } from "./scan/git.js";
import { scanBuffer as bufferScan, scanPaths as pathsScan, scan as scanSource, type ScanOptions } from "./scan/scan.js";
import { historySource } from "./sources/git-history-source.js";
import type { RuleSet } from "./scan/detector.js";
import { VERSION } from "./version.js";

export type { RuleSet } from "./scan/detector.js";

/** What every scan returns: the findings (raw: secrets included), the counts, and the rules used. */
export interface ScanResult {
  findings: Finding[];
  stats: ScanStats;
  /** the rules the scan ran, so that reports describe them */
  rules: Rule[];
  /** history scans: commits scanned */
  commits?: number;
}

export interface LibraryScanOptions {
  /**
   * The rules: a config from `loadConfig`, or the path of a config file. Default: the scanned
   * folder's (or repository's) `.leakhound.toml`, else the built-in rules.
   */
  config?: RuleSet | string;
  /** skip files (or a file's changes in a commit) larger than this many bytes (default 10 MB) */
  maxFileSize?: number;
  /** called for each finding as soon as it is found */
  onFinding?: (finding: Finding) => void;
}

export interface PathScanOptions extends LibraryScanOptions, Omit<ScanOptions, "onFinding" | "maxFileSize"> {}

export interface HistoryScanOptions extends LibraryScanOptions {
  /** only this branch (or revision) and its history */
  branch?: string;
  /** only the commits in A..B */
  range?: string;
  /** only the commits after this one */
  sinceCommit?: string;
  /** scanning threads (default: one per core) */
  workers?: number;
}

const isRuleSet = (value: unknown): value is RuleSet =>
  typeof value === "object" && value !== null && Array.isArray((value as RuleSet).rules);

function ruleSetFor(config: RuleSet | string | undefined, searchDir: string): RuleSet {
  if (isRuleSet(config)) return config;
  return loadConfig(config, searchDir);
}

/**
 * Scans files and folders. The second argument is the options, or (as before) a config from
 * `loadConfig`; findings are sorted by path and position.
 */
export async function scanPaths(
  paths: string[],
  options?: PathScanOptions | RuleSet,
  more: ScanOptions = {},
): Promise<ScanResult> {
  const opts: PathScanOptions = isRuleSet(options) ? { ...more, config: options } : { ...more, ...(options ?? {}) };
  const { config, ...walk } = opts;
  const ruleSet = ruleSetFor(config, paths[0] ?? ".");
  const result = await pathsScan(paths, ruleSet, walk);
  return { ...result, rules: ruleSet.rules };
}

/**
 * Scans one text or buffer as if it were the file `path` (default "<buffer>"); the built-in rules unless `config` says
 * otherwise.
 */
export function scanBuffer(
  text: Buffer | string,
  path = "<buffer>",
  options: LibraryScanOptions | RuleSet = {},
): ScanResult {
  const config = isRuleSet(options) ? options : options.config;
  const ruleSet = config === undefined ? defaultSettings() : ruleSetFor(config, ".");
  const result = bufferScan(typeof text === "string" ? Buffer.from(text, "utf8") : text, path, ruleSet);
  if (!isRuleSet(options)) result.findings.forEach((f) => options.onFinding?.(f));
  return { ...result, rules: ruleSet.rules };
}

/** Scans the history of a git repository (every ref, a branch, a range or the commits since one). */
export async function scanHistory(repo: string, options: HistoryScanOptions = {}): Promise<ScanResult> {
  const ruleSet = ruleSetFor(options.config, repo);
  const scope = {
    ...(options.branch ? { branch: options.branch } : {}),
    ...(options.range ? { range: options.range } : {}),
    ...(options.sinceCommit ? { sinceCommit: options.sinceCommit } : {}),
  };
  // the history source chooses the git CLI or, without git, isomorphic-git (with a note)
  const source = historySource(repo, scope);
  const result = await scanSource(source, {
    ruleSet,
    ...(options.maxFileSize !== undefined ? { maxFileSize: options.maxFileSize } : {}),
    ...(options.workers !== undefined ? { workers: options.workers } : {}),
    ...(options.onFinding ? { onFinding: options.onFinding } : {}),
  });
  return { findings: result.findings, stats: result.stats, rules: ruleSet.rules, commits: source.commits };
}

/** Scans what is staged for the next commit of the repository (the lines the commit adds). */
export async function scanStaged(repo: string, options: LibraryScanOptions = {}): Promise<ScanResult> {
  const ruleSet = ruleSetFor(options.config, repo);
  const result = await stagedScan(repo, ruleSet, {
    ...(options.maxFileSize !== undefined ? { maxFileSize: options.maxFileSize } : {}),
    ...(options.onFinding ? { onFinding: options.onFinding } : {}),
  });
  return { ...result, rules: ruleSet.rules };
}

export interface ReportOptions {
  /** the rules the findings came from (default: the scan result's, else the built-in rules) */
  rules?: readonly Rule[];
  /** how much of each secret to show: "default" (a short prefix), 0 (all of it), 100 (none), or N% hidden */
  redaction?: Redaction;
  toolVersion?: string;
  /** SARIF: commit authors' e-mail addresses in the results (left out by default) */
  authorEmail?: boolean;
  /** told what a report left out (SARIF fitted to GitHub's limits) */
  onNotice?: (message: string) => void;
  /** text: ANSI colours */
  color?: boolean;
}

type AnyFinding = Finding | PresentedFinding;
const isPresented = (f: AnyFinding): f is PresentedFinding => "file" in f && !("path" in f);

/** A finding as every report shows it (`file`, redacted secret, commit fields); already presented ones pass through. */
export function presentFinding(
  finding: AnyFinding,
  options: Pick<ReportOptions, "rules" | "redaction"> = {},
  redactor?: Redactor,
): PresentedFinding {
  if (isPresented(finding)) return finding;
  return present(
    finding,
    options.redaction ?? "default",
    redactor ?? new Redactor(options.rules ?? loadBuiltinRules()),
  );
}

/** Findings as the JSON report writes them: an array of presented (redacted) findings. */
export function toJson(
  findings: readonly AnyFinding[],
  options: Pick<ReportOptions, "rules" | "redaction"> = {},
): PresentedFinding[] {
  const redactor = new Redactor(options.rules ?? loadBuiltinRules());
  return findings.map((f) => presentFinding(f, options, redactor));
}

/** SARIF 2.1.0 for findings straight from a scan (or already presented ones), fitted to GitHub's limits. */
export function buildSarif(
  findings: readonly AnyFinding[],
  options: ReportOptions = {},
  summary?: ScanSummary,
): SarifLog {
  const rules = options.rules ?? loadBuiltinRules();
  const sarifOptions: SarifOptions = {
    ...(options.authorEmail ? { authorEmail: true } : {}),
    ...(options.onNotice ? { onNotice: options.onNotice } : {}),
  };
  return sarifFor(
    toJson(findings, { rules, ...(options.redaction !== undefined ? { redaction: options.redaction } : {}) }),
    { rules, toolVersion: options.toolVersion ?? VERSION },
    summary,
    sarifOptions,
  );
}

/**
 * The report a scan's result would give on the command line, in any format (text, json,
 * json-envelope, jsonl, sarif, html). `result` is what a scan returned, or just its findings.
 */
export function formatReport(
  format: Format,
  result: Pick<ScanResult, "findings"> & Partial<ScanResult>,
  options: ReportOptions & { elapsedMs?: number; unit?: "file" | "commit" } = {},
): string {
  const rules = options.rules ?? result.rules ?? loadBuiltinRules();
  const reporter = createReporter(format, {
    rules,
    redaction: options.redaction ?? "default",
    color: options.color ?? false,
    toolVersion: options.toolVersion ?? VERSION,
    ...(options.authorEmail ? { authorEmail: true } : {}),
    ...(options.onNotice ? { onNotice: options.onNotice } : {}),
  });
  const streamed = result.findings.map((f) => reporter.onFinding?.(f) ?? "").join("");
  const unit = options.unit ?? (result.commits !== undefined ? "commit" : "file");
  return (
    streamed +
    reporter.end({
      findings: result.findings,
      stats: result.stats ?? { ...emptyStats(), files: 0 },
      elapsedMs: options.elapsedMs ?? 0,
      unit,
    })
  );
}

/** The summary that machine-readable reports carry, for a scan's result. */
export function summaryOf(
  result: Pick<ScanResult, "findings" | "stats">,
  elapsedMs = 0,
  unit: "file" | "commit" = "file",
): ScanSummary {
  return scanSummary(result.stats, result.findings.length, elapsedMs, unit);
}

// What every output format implements: findings may arrive one by one, then the scan ends.
import type { Finding, Rule, ScanStats } from "../model.js";
import type { GitHubReportOptions } from "./github.js";
import type { Redaction, Redactor } from "./redact.js";
import type { RepoReport } from "./repos.js";

export interface ReportContext {
  rules: readonly Rule[];
  /** how much of each secret to show (--redact, --redact=N, --no-redact) */
  redaction: Redaction;
  /** -q: no summary, only findings and errors */
  quiet?: boolean;
  /** use ANSI colours (text format only) */
  color: boolean;
  toolVersion: string;
  /** hides every secret in echoed text; one per report, so texts met again are masked once */
  redactor: Redactor;
  /** the GitHub formats' settings (the Action's fail-on, scope, SARIF path) */
  github?: GitHubReportOptions;
  /** the repository or folder scanned (HTML: for findings that do not name theirs) */
  repository?: string;
  /** SARIF: put commit authors' e-mail addresses in the results (--author-email) */
  authorEmail?: boolean;
  /** told what a report left out (SARIF fitted to GitHub's limits); the CLI says it on stderr */
  onNotice?: (message: string) => void;
}

export interface ScanOutcome {
  findings: Finding[];
  stats: ScanStats;
  elapsedMs: number;
  /** what stats.files counts: files (default) or commits (history scans) */
  unit?: "file" | "commit";
  /** `repos`: each repository's report, read from the bulk scan's state (the formats of report/repos.ts) */
  repositories?: RepoReport[];
}

export interface Reporter {
  /** text to write as soon as a finding is found (streamed formats) */
  onFinding?(finding: Finding): string;
  /** text to write when the scan is over */
  end(outcome: ScanOutcome): string;
}

// GitHub's own report formats: workflow-command annotations on the findings' lines, and the job
// summary's Markdown. https://docs.github.com/actions/using-workflows/workflow-commands-for-github-actions
import type { Finding } from "../model.js";
import { inert } from "./inert.js";
import { present, type PresentedFinding } from "./present.js";
import type { ReportContext, Reporter } from "./reporter.js";
import { scanSummary, type ScanSummary } from "./summary.js";

/** What the GitHub formats say besides the findings; the Action sets it, the CLI's `-f` uses the defaults. */
export interface GitHubReportOptions {
  /** whether a finding fails the job (an error annotation) or not (a warning); default: every one fails */
  failing?: (finding: Finding) => boolean;
  /** what was scanned, for the summary's first line */
  scanned?: string;
  sarifPath?: string;
  /** judged by the base branch's settings */
  baseSettings?: boolean;
  /** findings that inline allows the change adds hold back: shown, not counted */
  allowedInline?: () => Finding[];
}

/** A workflow command's message: `%`, CR and LF as the runner expects them, other controls inert. */
export function escapeData(text: string): string {
  return inert(text.replace(/%/g, "%25").replace(/\r/g, "%0D").replace(/\n/g, "%0A"));
}

function escapeProperty(text: string): string {
  return escapeData(text).replace(/:/g, "%3A").replace(/,/g, "%2C");
}

/**
 * An annotation on the finding's file and line, shown in the pull request's diff: an error when the
 * finding fails the job, a warning when it does not (`fail-on: none`, or a secret not confirmed live with `fail-on:
 * live`).
 */
export function annotation(f: PresentedFinding, level: "error" | "warning" = "error"): string {
  const props = [
    `file=${escapeProperty(inert(f.file))}`,
    `line=${f.startLine}`,
    `endLine=${f.endLine}`,
    ...(f.startLine === f.endLine ? [`col=${f.startColumn}`, `endColumn=${f.endColumn}`] : []),
    `title=${escapeProperty(inert(`leakhound: ${f.description}`))}`,
  ].join(",");
  const where = f.commit ? ` in commit ${f.commit.slice(0, 12)}` : "";
  const hidden = f.hiddenBy
    ? `This pull request's change to ${inert(f.hiddenBy)} would hide this finding; judged by the base branch's settings it still counts, so a reviewer must accept that change.\n`
    : "";
  // one line of the repository's text (CR and LF in it shown as \r, \n), then leakhound's advice
  const message =
    `${inert(f.ruleId)}: ${inert(f.match)}${where}\n` +
    hidden +
    "Rotate this secret at its provider now: it is in the branch's history even if a later commit removes it. " +
    "If it is not a secret, add `leakhound:allow` in a comment on the line, an allowlist entry in .leakhound.toml, or accept it with `leakhound baseline`.";
  return `::${level} ${props}::${escapeData(message)}`;
}

/**
 * A warning annotation on a line whose inline allow comment the change adds: honoured, but a reviewer should see it.
 */
export function inlineAllowAnnotation(f: PresentedFinding): string {
  const props = [
    `file=${escapeProperty(f.file)}`,
    `line=${f.startLine}`,
    `title=${escapeProperty("leakhound: allowed by an inline comment this change adds")}`,
  ].join(",");
  return `::warning ${props}::${escapeData(`${f.ruleId}: ${f.secret} is not reported because this change adds an inline allow comment on the line. Make sure it is not a real secret.`)}`;
}

/**
 * Text from the repository in a Markdown table cell: control characters inert, and the characters
 * that could open a tag, a link or image, a code span, emphasis, a new cell or an autolink (`:`)
 * backslash-escaped; `&` too, so that no entity spells a character escaped here.
 */
export function cell(text: string): string {
  return inert(text).replace(/[\\`*_[\]<>|~&:]/g, "\\$&");
}

/**
 * Text from the repository as a Markdown code span (outside tables): its fence longer than any run of backticks in it.
 */
export function codeSpan(text: string): string {
  const shown = inert(text);
  const fence = "`".repeat(Math.max(0, ...(shown.match(/`+/g) ?? []).map((run) => run.length)) + 1);
  const pad = /^[` ]|[` ]$/.test(shown) ? " " : "";
  return `${fence}${pad}${shown}${pad}${fence}`;
}

function findingsTable(findings: PresentedFinding[]): string[] {
  const lines = [
    "| severity | rule | file | line | commit | secret (redacted) | verified |",
    "|---|---|---|---|---|---|---|",
  ];
  for (const f of findings) {
    const verified = f.verification === "live" ? "**LIVE**" : (f.verification ?? "");
    lines.push(
      `| ${f.severity} | ${cell(f.ruleId)} | ${cell(f.file)} | ${f.startLine} | ${f.commit ? `\`${f.commit.slice(0, 7)}\`` : ""} | ${cell(f.secret)} | ${verified} |`,
    );
  }
  return lines;
}

/**
 * A Markdown table of the findings for the job summary page; those the change's own settings would hide get a section
 * of their own.
 */
export function summaryMarkdown(
  findings: PresentedFinding[],
  scanned: string,
  sarifPath: string | undefined,
  baseSettings = false,
  allowedInline: PresentedFinding[] = [],
  summary?: ScanSummary,
): string {
  const lines = [
    `## leakhound`,
    "",
    `Scanned ${scanned}${baseSettings ? ", judged by the base branch's config, baseline and .gitleaksignore" : ""}.`,
    "",
  ];
  const hidden = findings.filter((f) => f.hiddenBy);
  const plain = findings.filter((f) => !f.hiddenBy);
  const problems = summary?.problems ?? [];
  if (findings.length === 0 && problems.length === 0) {
    lines.push("No secrets found. :white_check_mark:");
  } else if (findings.length === 0) {
    lines.push("No secrets found in what could be read: the scan is **incomplete** (see below).");
  } else {
    lines.push(
      `**${findings.length} ${findings.length === 1 ? "secret" : "secrets"} found.** Rotate each one at its provider: removing it from the code does not remove it from history.`,
      "",
    );
    if (plain.length > 0) lines.push(...findingsTable(plain));
  }
  if (hidden.length > 0) {
    const files = [...new Set(hidden.map((f) => f.hiddenBy!))];
    lines.push(
      "",
      `### Hidden by this pull request's change to ${files.map(codeSpan).join(", ")}`,
      "",
      "This pull request changes the settings that would hide these findings. They are judged by the base branch's settings and still fail the check: a reviewer must look at the settings change (or the workflow can set `trust-pr-settings: true`).",
      "",
      ...findingsTable(hidden),
    );
  }
  if (allowedInline.length > 0) {
    lines.push(
      "",
      `### Allowed by inline comments this change adds (${allowedInline.length})`,
      "",
      "Honoured, so not counted above; a reviewer should make sure none is a real secret.",
      "",
      ...findingsTable(allowedInline),
    );
  }
  if (problems.length > 0) {
    lines.push("", `**Not scanned** (${problems.length}):`, "");
    for (const p of problems) lines.push(`- ${codeSpan(p.path)}: ${cell(p.reason)}`);
  }
  if (summary && (summary.skipped.binary || summary.skipped.large)) {
    lines.push(
      "",
      `Skipped by design: ${summary.skipped.binary} binary, ${summary.skipped.large} over the size limit.`,
    );
  }
  if (sarifPath) lines.push("", `SARIF: \`${sarifPath}\``);
  return lines.join("\n") + "\n";
}

/** `-f github-annotations`: an annotation per finding as it is found, then one per inline allow the change adds. */
export function githubAnnotationsReporter(ctx: ReportContext): Reporter {
  const options = ctx.github ?? {};
  return {
    onFinding: (f) =>
      `${annotation(present(f, ctx.redaction, ctx.redactor), (options.failing?.(f) ?? true) ? "error" : "warning")}\n`,
    end: () =>
      (options.allowedInline?.() ?? [])
        .map((f) => `${inlineAllowAnnotation(present(f, "default", ctx.redactor))}\n`)
        .join(""),
  };
}

/**
 * `-f github-summary`: the Markdown of a job summary page (findings, hidden ones, inline allows, what was not scanned).
 */
export function githubSummaryReporter(ctx: ReportContext): Reporter {
  const options = ctx.github ?? {};
  return {
    end: ({ findings, stats, elapsedMs, unit }) =>
      summaryMarkdown(
        findings.map((f) => present(f, ctx.redaction, ctx.redactor)),
        options.scanned ?? `${unit === "commit" ? "the history" : "the files"}`,
        options.sarifPath,
        options.baseSettings ?? false,
        (options.allowedInline?.() ?? []).map((f) => present(f, "default", ctx.redactor)),
        scanSummary(stats, findings.length, elapsedMs, unit),
      ),
  };
}

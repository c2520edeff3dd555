// GitHub Actions workflow commands and files: annotations, outputs, the job summary.
// https://docs.github.com/actions/using-workflows/workflow-commands-for-github-actions
import { appendFileSync } from "node:fs";
import type { PresentedFinding } from "../report/present.js";
import type { ScanSummary } from "../report/summary.js";

function escapeData(text: string): string {
  return text.replace(/%/g, "%25").replace(/\r/g, "%0D").replace(/\n/g, "%0A");
}

function escapeProperty(text: string): string {
  return escapeData(text).replace(/:/g, "%3A").replace(/,/g, "%2C");
}

/** An error annotation on the finding's file and line, shown in the pull request's diff. */
export function annotation(f: PresentedFinding): string {
  const props = [
    `file=${escapeProperty(f.file)}`,
    `line=${f.startLine}`,
    `endLine=${f.endLine}`,
    ...(f.startLine === f.endLine ? [`col=${f.startColumn}`, `endColumn=${f.endColumn}`] : []),
    `title=${escapeProperty(`leakhound: ${f.description}`)}`,
  ].join(",");
  const where = f.commit ? ` in commit ${f.commit.slice(0, 12)}` : "";
  const message =
    `${f.ruleId}: ${f.match}${where}\n` +
    "Rotate this secret at its provider now: it is in the branch's history even if a later commit removes it. " +
    "If it is not a secret, add `leakhound:allow` in a comment on the line, an allowlist entry in .leakhound.toml, or accept it with `leakhound baseline`.";
  return `::error ${props}::${escapeData(message)}`;
}

export function setOutputs(file: string | undefined, outputs: Record<string, string | number>): void {
  if (!file) return;
  appendFileSync(file, Object.entries(outputs).map(([k, v]) => `${k}=${v}\n`).join(""));
}

function cell(text: string): string {
  return text.replace(/\|/g, "\\|").replace(/\n/g, " ");
}

/** A Markdown table of the findings for the job summary page. */
export function summaryMarkdown(findings: PresentedFinding[], scanned: string, sarifPath: string | undefined, summary?: ScanSummary): string {
  const lines = [`## leakhound`, "", `Scanned ${scanned}.`, ""];
  const problems = summary?.problems ?? [];
  if (findings.length === 0 && problems.length === 0) {
    lines.push("No secrets found. :white_check_mark:");
  } else if (findings.length === 0) {
    lines.push("No secrets found in what could be read: the scan is **incomplete** (see below).");
  } else {
    lines.push(`**${findings.length} ${findings.length === 1 ? "secret" : "secrets"} found.** Rotate each one at its provider: removing it from the code does not remove it from history.`, "");
    lines.push("| severity | rule | file | line | commit | secret (redacted) | verified |", "|---|---|---|---|---|---|---|");
    for (const f of findings) {
      const verified = f.verification === "live" ? "**LIVE**" : (f.verification ?? "");
      lines.push(`| ${f.severity} | ${cell(f.ruleId)} | ${cell(f.file)} | ${f.startLine} | ${f.commit ? `\`${f.commit.slice(0, 7)}\`` : ""} | \`${cell(f.secret)}\` | ${verified} |`);
    }
  }
  if (problems.length > 0) {
    lines.push("", `**Not scanned** (${problems.length}):`, "");
    for (const p of problems) lines.push(`- \`${cell(p.path)}\`: ${cell(p.reason)}`);
  }
  if (summary && (summary.skipped.binary || summary.skipped.large)) {
    lines.push("", `Skipped by design: ${summary.skipped.binary} binary, ${summary.skipped.large} over the size limit.`);
  }
  if (sarifPath) lines.push("", `SARIF: \`${sarifPath}\``);
  return lines.join("\n") + "\n";
}

// The formats of `leakhound repos`, registered in one place: reports of many repositories at once,
// read from the bulk scan's state (findings already presented and redacted), so they carry whether
// each finding is new and whether its repository was scanned in full. SARIF has one run per repository.
import type { Rule } from "../model.js";
import type { RepoOutcome } from "../repos/run.js";
import type { RepoFinding } from "../repos/state.js";
import { buildHtml } from "./html.js";
import { inertJson } from "./inert.js";
import { buildSarif, sarifText } from "./sarif.js";

/**
 * A finding as `repos` reports it: from the state, with whether it is new and whether its repository was scanned in
 * full.
 */
export interface ReportedFinding extends RepoFinding {
  new: boolean;
  incomplete?: true;
}

export interface RepoReport {
  outcome: RepoOutcome;
  findings: ReportedFinding[];
}

export interface ReposReportContext {
  rules: readonly Rule[];
  toolVersion: string;
  /** told what a report left out (SARIF fitted to GitHub's limits) */
  onNotice?: (message: string) => void;
}

/** A format for the reports of several repositories: the whole text of the output. */
export type ReposReporter = (reports: RepoReport[], ctx: ReposReportContext) => string;

const unfinished = (o: RepoOutcome) => o.status === "failed" || o.status === "incomplete";

function jsonl(reports: RepoReport[]): string {
  return reports.flatMap((r) => r.findings.map((f) => inertJson(JSON.stringify(f)) + "\n")).join("");
}

function sarif(reports: RepoReport[], ctx: ReposReportContext): string {
  const runs = reports.map(({ outcome, findings }) => {
    // SARIF's own words for "first seen in this run" and "a scan that did not complete"
    const run = buildSarif(findings, ctx, undefined, {
      baselineState: (f) => ((f as (typeof findings)[number]).new ? "new" : "unchanged"),
      ...(ctx.onNotice ? { onNotice: ctx.onNotice } : {}),
    }).runs[0]!;
    const truncated = run.invocations?.[0]?.toolExecutionNotifications ?? [];
    const invocation = unfinished(outcome)
      ? {
          executionSuccessful: false,
          toolExecutionNotifications: [
            { level: "error" as const, message: { text: outcome.error ?? "not scanned" } },
            ...truncated,
          ],
        }
      : { executionSuccessful: true, ...(truncated.length ? { toolExecutionNotifications: truncated } : {}) };
    return { ...run, invocations: [invocation], automationDetails: { id: `leakhound/${outcome.name}/` } };
  });
  const log = buildSarif([], ctx);
  return sarifText({ ...log, runs }, ctx.onNotice);
}

export const REPOS_REPORTERS = {
  jsonl,
  sarif,
  // the state holds findings already redacted: the page shows them as they are
  html: (reports, ctx) =>
    buildHtml(
      reports.flatMap((r) => r.findings),
      { rules: [...ctx.rules], toolVersion: ctx.toolVersion },
    ),
} satisfies Record<string, ReposReporter>;

// The formats of `leakhound repos`, registered in one place: Reporters (reporter.ts) of many
// repositories at once, rendered from the outcome's `repositories` (read from the bulk scan's state:
// findings already presented and redacted), so they carry whether each finding is new and whether its
// repository was scanned in full. SARIF has one run per repository.
import { emptyStats } from "../model.js";
import type { RepoOutcome } from "../repos/run.js";
import type { RepoFinding } from "../repos/state.js";
import { buildHtml } from "./html.js";
import { inertJson } from "./inert.js";
import { Redactor } from "./redact.js";
import type { ReportContext, Reporter, ScanOutcome } from "./reporter.js";
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

const unfinished = (o: RepoOutcome) => o.status === "failed" || o.status === "incomplete";

/** The repositories a repos format reports; an outcome without them (a scan of one source) is a mistake in the code. */
function repositoriesOf(outcome: ScanOutcome): RepoReport[] {
  if (!outcome.repositories) throw new Error("a repos format was given the outcome of a scan of one source");
  return outcome.repositories;
}

function jsonl(reports: RepoReport[]): string {
  return reports.flatMap((r) => r.findings.map((f) => inertJson(JSON.stringify(f)) + "\n")).join("");
}

function sarif(reports: RepoReport[], ctx: ReportContext): string {
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

/** A format of the reports of several repositories: the whole text of the output, written at the end. */
type Render = (reports: RepoReport[], ctx: ReportContext) => string;
const reporter =
  (format: Render) =>
  (ctx: ReportContext): Reporter => ({ end: (outcome) => format(repositoriesOf(outcome), ctx) });

export const REPOS_REPORTERS = {
  jsonl: reporter(jsonl),
  sarif: reporter(sarif),
  // the state holds findings already redacted: the page shows them as they are
  html: reporter((reports, ctx) =>
    buildHtml(
      reports.flatMap((r) => r.findings),
      { rules: [...ctx.rules], toolVersion: ctx.toolVersion },
    ),
  ),
} satisfies Record<string, (ctx: ReportContext) => Reporter>;

export type ReposFormat = keyof typeof REPOS_REPORTERS;
/** `repos -f NAME` accepts exactly these (cli/main.ts) */
export const REPOS_FORMATS = Object.keys(REPOS_REPORTERS) as ReposFormat[];

/**
 * The reporter for a repos format. The state's findings are presented already (redacted, plain), so its context
 * asks for nothing more than they are.
 */
export function createReposReporter(
  format: ReposFormat,
  given: Pick<ReportContext, "rules" | "toolVersion" | "onNotice">,
): Reporter {
  if (!Object.hasOwn(REPOS_REPORTERS, format)) throw new Error(`unknown repos report format ${String(format)}`);
  return REPOS_REPORTERS[format]({ ...given, redaction: "default", color: false, redactor: new Redactor(given.rules) });
}

/**
 * A bulk scan as one outcome for its reporters: the repositories' reports, and their counts. The scan's own findings
 * are not kept (the state holds them presented and redacted): they are in `repositories`.
 */
export function reposOutcome(reports: RepoReport[], elapsedMs: number): ScanOutcome {
  const stats = emptyStats();
  for (const { outcome } of reports) {
    stats.files += outcome.commits;
    stats.bytes += outcome.bytes;
    if (unfinished(outcome)) stats.errors.push({ path: outcome.name, reason: outcome.error ?? "not scanned" });
  }
  return { findings: [], stats, elapsedMs, unit: "commit", repositories: reports };
}

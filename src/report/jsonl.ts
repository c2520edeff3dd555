// JSON Lines: one finding per line, written as soon as it is found, then one summary record
// (`"type": "summary"`: counts and every problem) so a reader knows whether the scan was complete.
import { inertJson } from "./inert.js";
import { present } from "./present.js";
import type { ReportContext, Reporter } from "./reporter.js";
import { scanSummary } from "./summary.js";

export function jsonlReporter(ctx: ReportContext): Reporter {
  return {
    onFinding: (finding) => inertJson(JSON.stringify(present(finding, ctx.redaction, ctx.redactor))) + "\n",
    end: ({ findings, stats, elapsedMs, unit }) =>
      inertJson(JSON.stringify(scanSummary(stats, findings.length, elapsedMs, unit))) + "\n",
  };
}

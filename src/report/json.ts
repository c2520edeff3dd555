// JSON: one array of findings (the default), or with `--format json-envelope` one object holding
// the findings and the scan's summary (what was scanned, skipped and could not be read).
import { inertJson } from "./inert.js";
import { present } from "./present.js";
import type { ReportContext, Reporter } from "./reporter.js";
import { scanSummary } from "./summary.js";

export function jsonReporter(ctx: ReportContext): Reporter {
  return {
    end: ({ findings }) =>
      inertJson(
        JSON.stringify(
          findings.map((f) => present(f, ctx.redaction, ctx.redactor)),
          null,
          2,
        ),
      ) + "\n",
  };
}

export function jsonEnvelopeReporter(ctx: ReportContext): Reporter {
  return {
    end: ({ findings, stats, elapsedMs, unit }) =>
      inertJson(
        JSON.stringify(
          {
            findings: findings.map((f) => present(f, ctx.redaction, ctx.redactor)),
            summary: scanSummary(stats, findings.length, elapsedMs, unit),
          },
          null,
          2,
        ),
      ) + "\n",
  };
}

// JSON: one array of findings.
import { inertJson } from "./inert.js";
import { present } from "./present.js";
import type { ReportContext, Reporter } from "./reporter.js";

export function jsonReporter(ctx: ReportContext): Reporter {
  return {
    end: ({ findings }) => inertJson(JSON.stringify(findings.map((f) => present(f, ctx.redaction)), null, 2)) + "\n",
  };
}

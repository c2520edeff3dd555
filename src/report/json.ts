// JSON: one array of findings.
import { present } from "./present.js";
import type { ReportContext, Reporter } from "./reporter.js";

export function jsonReporter(ctx: ReportContext): Reporter {
  return {
    end: ({ findings }) => JSON.stringify(findings.map((f) => present(f, ctx.showSecrets, ctx.redactor)), null, 2) + "\n",
  };
}

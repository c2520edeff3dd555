// JSON Lines: one finding per line, written as soon as it is found.
import { inertJson } from "./inert.js";
import { present } from "./present.js";
import type { ReportContext, Reporter } from "./reporter.js";

export function jsonlReporter(ctx: ReportContext): Reporter {
  return {
    onFinding: (finding) => inertJson(JSON.stringify(present(finding, ctx.redaction))) + "\n",
    end: () => "",
  };
}

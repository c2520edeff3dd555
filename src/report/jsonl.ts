// JSON Lines: one finding per line, written as soon as it is found.
import { present } from "./present.js";
import type { ReportContext, Reporter } from "./reporter.js";

export function jsonlReporter(ctx: ReportContext): Reporter {
  return {
    onFinding: (finding) => JSON.stringify(present(finding, ctx.showSecrets, ctx.redactor)) + "\n",
    end: () => "",
  };
}

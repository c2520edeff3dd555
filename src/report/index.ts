// The output formats, registered in one place: a format is one file under report/ that implements
// Reporter (reporter.ts) and one line here. `-f NAME` accepts exactly the names below.
import { githubAnnotationsReporter, githubSummaryReporter } from "./github.js";
import { jsonEnvelopeReporter, jsonReporter } from "./json.js";
import { jsonlReporter } from "./jsonl.js";
import { Redactor } from "./redact.js";
import type { ReportContext, Reporter } from "./reporter.js";
import { sarifReporter } from "./sarif.js";
import { htmlReporter } from "./html.js";
import { textReporter } from "./text.js";

export const REPORTERS = {
  text: textReporter,
  json: jsonReporter,
  "json-envelope": jsonEnvelopeReporter,
  jsonl: jsonlReporter,
  sarif: sarifReporter,
  html: htmlReporter,
  "github-annotations": githubAnnotationsReporter,
  "github-summary": githubSummaryReporter,
} satisfies Record<string, (ctx: ReportContext) => Reporter>;

export type Format = keyof typeof REPORTERS;
export const FORMATS = Object.keys(REPORTERS) as Format[];

/** The reporter for `format`; without a redactor in `ctx`, one is made from `ctx.rules`. */
export function createReporter(
  format: Format,
  given: Omit<ReportContext, "redactor"> & { redactor?: Redactor },
): Reporter {
  // not spread: the context's getters (colour) are read only when a reporter needs them
  const ctx: ReportContext = given.redactor
    ? (given as ReportContext)
    : Object.assign(Object.create(given) as ReportContext, { redactor: new Redactor(given.rules) });
  if (!Object.hasOwn(REPORTERS, format)) throw new Error(`unknown report format ${String(format)}`);
  return REPORTERS[format](ctx);
}

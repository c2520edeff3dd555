// Picks the reporter for an output format.
import { jsonEnvelopeReporter, jsonReporter } from "./json.js";
import { jsonlReporter } from "./jsonl.js";
import { Redactor } from "./redact.js";
import type { ReportContext, Reporter } from "./reporter.js";
import { sarifReporter } from "./sarif.js";
import { htmlReporter } from "./html.js";
import { textReporter } from "./text.js";

export const FORMATS = ["text", "json", "json-envelope", "jsonl", "sarif", "html"] as const;
export type Format = (typeof FORMATS)[number];

/** The reporter for `format`; without a redactor in `ctx`, one is made from `ctx.rules`. */
export function createReporter(format: Format, given: Omit<ReportContext, "redactor"> & { redactor?: Redactor }): Reporter {
  // not spread: the context's getters (colour) are read only when a reporter needs them
  const ctx: ReportContext = given.redactor ? (given as ReportContext) : Object.assign(Object.create(given) as ReportContext, { redactor: new Redactor(given.rules) });
  switch (format) {
    case "text":
      return textReporter(ctx);
    case "json":
      return jsonReporter(ctx);
    case "json-envelope":
      return jsonEnvelopeReporter(ctx);
    case "jsonl":
      return jsonlReporter(ctx);
    case "sarif":
      return sarifReporter(ctx);
    case "html":
      return htmlReporter(ctx);
  }
}

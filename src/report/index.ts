// Picks the reporter for an output format.
import { jsonEnvelopeReporter, jsonReporter } from "./json.js";
import { jsonlReporter } from "./jsonl.js";
import type { ReportContext, Reporter } from "./reporter.js";
import { sarifReporter } from "./sarif.js";
import { textReporter } from "./text.js";

export const FORMATS = ["text", "json", "json-envelope", "jsonl", "sarif"] as const;
export type Format = (typeof FORMATS)[number];

export function createReporter(format: Format, ctx: ReportContext): Reporter {
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
  }
}

// The pre-commit fast path: `leakhound staged` with its common flags, parsed by node:util in a bundle
// that holds only what a staged scan needs (see README, design notes).
// Anything it does not recognise (--help, a typo) goes to the full CLI, which owns usage; a flag it
// knows with a bad value is the same usage error as there (flags.ts validates both).
import { parseArgs } from "node:util";
import { FORMATS, type Format } from "../report/index.js";
import { reportFailure } from "./fail.js";
import { parseExitCode, parseMaxFileSize, parseRedaction, REDACT_LEVEL, separateRedactLevel } from "./flags.js";
import { stagedCommand } from "./scan-commands.js";

/** The flags taken here; test/cli-args.test.ts checks that the full CLI's `staged` takes each the same way. */
export const FAST_STAGED_OPTIONS = {
  config: { type: "string", short: "c" },
  format: { type: "string", short: "f", default: "text" },
  output: { type: "string", short: "o" },
  redact: { type: "boolean" },
  "no-redact": { type: "boolean" },
  [REDACT_LEVEL]: { type: "string" },
  "exit-code": { type: "string", default: "1" },
  quiet: { type: "boolean", short: "q", default: false },
  "max-file-size": { type: "string", default: "10" },
  debug: { type: "boolean", default: false },
  baseline: { type: "string" },
  "no-baseline": { type: "boolean", default: false },
} as const;

/** Runs `staged` and returns its exit code, or undefined when the full CLI should handle argv. */
export async function fastStaged(argv: string[]): Promise<number | undefined> {
  let parsed;
  try {
    parsed = parseArgs({
      args: separateRedactLevel(argv.slice(1)),
      allowPositionals: true,
      strict: true,
      options: FAST_STAGED_OPTIONS,
      tokens: true,
    });
  } catch {
    return undefined;
  }
  // a value given twice is a usage error there (parseArgs would keep the last one)
  const given = parsed.tokens.filter(
    (t) => t.kind === "option" && FAST_STAGED_OPTIONS[t.name as keyof typeof FAST_STAGED_OPTIONS]?.type === "string",
  );
  if (new Set(given.map((t) => (t.kind === "option" ? t.name : ""))).size < given.length) return undefined;
  const { values, positionals } = parsed;
  if (positionals.length > 1 || !FORMATS.includes(values.format as Format)) return undefined;
  try {
    // --redact and --no-redact: the last one given wins, as in the full CLI (args.ts)
    const redactFlags = argv.filter((a) => a === "--redact" || a === "--no-redact");
    const redact = redactFlags.length === 0 ? undefined : redactFlags[redactFlags.length - 1] === "--redact";
    const levels = argv.filter((a) => a.startsWith("--redact="));
    const redaction = parseRedaction(redact, levels.length > 1 ? levels : values[REDACT_LEVEL]);
    const exitCode = parseExitCode(values["exit-code"]);
    const maxFileSize = Number(values["max-file-size"]);
    parseMaxFileSize(values["max-file-size"]);
    return await stagedCommand({
      repo: positionals[0] ?? ".",
      config: values.config,
      format: values.format as Format,
      output: values.output,
      redaction,
      exitCode,
      quiet: values.quiet,
      maxFileSize,
      baseline: values["no-baseline"] ? false : values.baseline,
    });
  } catch (err) {
    return reportFailure(err, values.debug);
  }
}

// The pre-commit fast path: `leakhound staged` with its common flags, parsed by node:util instead
// of yargs, whose loading alone takes longer than Node's whole start-up (see README, design notes).
// Anything it does not recognise (--help, a typo) goes to the full CLI, which owns usage and errors.
import { parseArgs } from "node:util";
import { FORMATS, type Format } from "../report/index.js";
import { reportFailure } from "./fail.js";
import { stagedCommand } from "./scan-commands.js";

/** Runs `staged` and returns its exit code, or undefined when the full CLI should handle argv. */
export async function fastStaged(argv: string[]): Promise<number | undefined> {
  let parsed;
  try {
    parsed = parseArgs({
      args: argv.slice(1),
      allowPositionals: true,
      strict: true,
      options: {
        config: { type: "string", short: "c" },
        format: { type: "string", short: "f", default: "text" },
        output: { type: "string", short: "o" },
        "no-redact": { type: "boolean", default: false },
        "exit-code": { type: "string", default: "1" },
        quiet: { type: "boolean", short: "q", default: false },
        "max-file-size": { type: "string", default: "10" },
        debug: { type: "boolean", default: false },
        baseline: { type: "string" },
        "no-baseline": { type: "boolean", default: false },
      },
    });
  } catch {
    return undefined;
  }
  const { values, positionals } = parsed;
  const exitCode = Number(values["exit-code"]);
  const maxFileSize = Number(values["max-file-size"]);
  if (positionals.length > 1 || !FORMATS.includes(values.format as Format) || !Number.isInteger(exitCode) || !(maxFileSize > 0)) {
    return undefined;
  }
  try {
    return await stagedCommand({
      repo: positionals[0] ?? ".",
      config: values.config,
      format: values.format as Format,
      output: values.output,
      redact: !values["no-redact"],
      exitCode,
      quiet: values.quiet,
      maxFileSize,
      baseline: values["no-baseline"] ? false : values.baseline,
    });
  } catch (err) {
    return reportFailure(err, values.debug);
  }
}

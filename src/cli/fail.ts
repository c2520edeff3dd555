// The CLI's error edge: every error becomes one line on stderr and exit code 2.
import { LeakhoundError } from "../errors.js";

export function reportFailure(err: unknown, debug: boolean): number {
  if (err instanceof LeakhoundError) {
    process.stderr.write(`leakhound: ${err.message}\n`);
    if (err.code === "USAGE") process.stderr.write("Run `leakhound --help` for usage.\n");
  } else {
    const message = err instanceof Error ? err.message.split("\n")[0] : String(err);
    process.stderr.write(`leakhound: internal error: ${message}\n`);
  }
  if (debug && err instanceof Error && err.stack) process.stderr.write(`${err.stack}\n`);
  return 2;
}

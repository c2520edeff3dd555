// The CLI's error edge: every error becomes one line on stderr and exit code 2.
import { LeakhoundError } from "../errors.js";
import { inert } from "../report/inert.js";
import { writeStderr } from "./stdio.js";

export function reportFailure(err: unknown, debug: boolean): number {
  if (err instanceof LeakhoundError) {
    writeStderr(`leakhound: ${inert(err.message)}\n`);
    if (err.code === "USAGE") writeStderr("Run `leakhound --help` for usage.\n");
  } else {
    const message = err instanceof Error ? err.message.split("\n")[0] : String(err);
    writeStderr(`leakhound: internal error: ${inert(message ?? "")}\n`);
  }
  if (debug && err instanceof Error && err.stack) writeStderr(`${err.stack}\n`);
  return 2;
}

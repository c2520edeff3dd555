// Validation of the scan flags, shared by the full CLI (main.ts) and the pre-commit fast path
// (fast-staged.ts) so that both accept exactly the same values and reject the rest as usage errors.
import { constants } from "node:buffer";
import { LeakhoundError } from "../errors.js";
import type { Redaction } from "../report/redact.js";

const usage = (message: string) => new LeakhoundError("USAGE", message);

/**
 * `--exit-code N`: 1–125. 0 would turn findings into a green check, and 126 and up mean "not
 * executable", "not found" and signals to shells and CI; exit codes are one byte, so 256 is 0.
 */
export function parseExitCode(value: unknown): number {
  const text = String(value ?? "").trim();
  const code = /^\d+$/.test(text) ? Number(text) : NaN;
  if (!(code >= 1 && code <= 125))
    throw usage(`--exit-code must be a whole number from 1 to 125, not ${JSON.stringify(String(value ?? ""))}`);
  return code;
}

/**
 * The largest file read whole: Node reads at most 2 GiB − 1 bytes into one buffer, so a larger limit
 * would turn a big file into a read error instead of a skip.
 */
export const MAX_FILE_BYTES = Math.min(2 ** 31 - 1, constants.MAX_LENGTH);
const MB = 1024 * 1024;

/** `--max-file-size MB` in bytes: a positive number of MB, at most what can be read at once. */
export function parseMaxFileSize(value: unknown): number {
  const text = String(value ?? "").trim();
  const mb = /^\d+(\.\d+)?$|^\.\d+$/.test(text) ? Number(text) : NaN;
  if (!(mb > 0))
    throw usage(`--max-file-size must be a positive number of MB, not ${JSON.stringify(String(value ?? ""))}`);
  const bytes = Math.round(mb * MB);
  if (bytes > MAX_FILE_BYTES)
    throw usage(
      `--max-file-size must be at most ${Math.floor(MAX_FILE_BYTES / MB)} MB (the largest file Node can read at once)`,
    );
  return Math.max(1, bytes);
}

/**
 * gitleaks spells redaction `--redact` (partial), `--redact=N` (hide N%) and no flag; a boolean
 * flag cannot take `=100` (args.ts and node:util both refuse it). So the `=` form is renamed to REDACT_LEVEL before
 * parsing, and `--redact` / `--no-redact` stay booleans (`--redact src` keeps src a path).
 */
export const REDACT_LEVEL = "redact-level";

export function separateRedactLevel(argv: readonly string[]): string[] {
  return argv.map((arg) => (arg.startsWith("--redact=") ? `--${REDACT_LEVEL}=${arg.slice("--redact=".length)}` : arg));
}

/** The redaction asked for: `redact` is the boolean flag, `level` the value of `--redact=N`. */
export function parseRedaction(redact: boolean | undefined, level: unknown): Redaction {
  if (level !== undefined) {
    if (Array.isArray(level)) throw usage("--redact=N is given more than once");
    const text = String(level).trim();
    const n = /^\d+$/.test(text) ? Number(text) : NaN;
    if (!(n >= 0 && n <= 100))
      throw usage(
        `--redact=N takes a whole percentage from 0 to 100 (100 hides the whole secret), not ${JSON.stringify(String(level))}`,
      );
    if (redact === false) throw usage("--redact=N and --no-redact contradict each other");
    return n;
  }
  return redact === false ? 0 : "default";
}

/** Flags that only mean something with --verify: without it they would be ignored without a word. */
export function checkVerifyFlags(args: {
  verify?: boolean;
  explain?: boolean;
  auditLog?: string;
  verifyBaseUrl?: string[];
  ticket?: string;
}): void {
  if (args.verify) return;
  const given = [
    args.explain ? "--explain" : "",
    args.auditLog !== undefined ? "--audit-log" : "",
    args.verifyBaseUrl !== undefined && args.verifyBaseUrl.length > 0 ? "--verify-base-url" : "",
    args.ticket !== undefined ? "--ticket" : "",
  ].filter(Boolean);
  if (given.length > 0) throw usage(`${given.join(", ")} ${given.length === 1 ? "goes" : "go"} with --verify`);
}

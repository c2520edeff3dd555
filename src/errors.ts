// Errors a user can act on: each has a stable code and a one-line message; the CLI prints it and exits 2.

export type ErrorCode =
  | "USAGE"
  | "NOT_FOUND"
  | "UNREADABLE"
  | "BAD_CONFIG"
  | "BAD_RULE"
  | "NOT_A_REPO"
  | "GIT_FAILED"
  | "NO_GIT"
  | "OUTPUT_FAILED"
  | "STATE_BUSY";

export class LeakhoundError extends Error {
  readonly code: ErrorCode;
  constructor(code: ErrorCode, message: string, options?: { cause?: unknown }) {
    super(message, options);
    this.name = "LeakhoundError";
    this.code = code;
  }
}

/** A readable reason from any thrown value, for one-line reports (never includes a stack). */
export function reasonOf(err: unknown): string {
  if (err instanceof Error) {
    const code = (err as NodeJS.ErrnoException).code;
    if (code === "ENOENT") return "no such file or directory";
    if (code === "EACCES" || code === "EPERM") return "permission denied";
    if (code === "EISDIR") return "is a directory";
    return err.message.split("\n")[0] ?? String(err);
  }
  return String(err);
}

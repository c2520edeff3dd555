// Redaction: the one place that decides how much of a secret may be shown.

export const ELLIPSIS = "…";
/** what a fully redacted secret shows (gitleaks' --redact=100 prints the same word) */
export const FULLY_REDACTED = "REDACTED";

/**
 * How much of each secret a report shows: "default" is leakhound's short prefix (`--redact`), a
 * number is gitleaks' `--redact=N`, the percentage hidden: 0 shows the secret (`--no-redact`), 100
 * shows none of it, 1–99 at most (100−N)% of it and never more than the default prefix.
 */
export type Redaction = "default" | number;

/** Whether a report under `redaction` shows secrets as they are. */
export const showsSecrets = (redaction: Redaction): boolean => redaction === 0;

/** A short prefix of the secret then "…": at most 4 characters, and never more than a quarter of it. */
export function redact(secret: string, redaction: Redaction = "default"): string {
  if (redaction === 0) return secret;
  if (redaction === 100) return FULLY_REDACTED;
  const chars = [...secret];
  let keep = Math.min(4, Math.floor(chars.length / 4));
  if (redaction !== "default") keep = Math.min(keep, Math.floor((chars.length * (100 - redaction)) / 100));
  return chars.slice(0, keep).join("") + ELLIPSIS;
}

/** `text` with every occurrence of `secret` replaced by its redacted form. */
export function redactIn(text: string, secret: string, redaction: Redaction = "default"): string {
  return secret.length === 0 || redaction === 0 ? text : text.split(secret).join(redact(secret, redaction));
}

/** The first line of a finding with the secret redacted, also when the secret runs past the line's end. */
export function redactLine(line: string, secret: string, startColumn: number, redaction: Redaction = "default"): string {
  if (redaction === 0) return line;
  if (line.includes(secret)) return redactIn(line, secret, redaction);
  return line.slice(0, startColumn - 1) + redact(secret, redaction);
}

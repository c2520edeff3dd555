// Redaction: the one place that decides how much of a secret may be shown.

export const ELLIPSIS = "…";

/** A short prefix of the secret then "…": at most 4 characters, and never more than a quarter of it. */
export function redact(secret: string): string {
  const chars = [...secret];
  const keep = Math.min(4, Math.floor(chars.length / 4));
  return chars.slice(0, keep).join("") + ELLIPSIS;
}

/** `text` with every occurrence of `secret` replaced by its redacted form. */
export function redactIn(text: string, secret: string): string {
  return secret.length === 0 ? text : text.split(secret).join(redact(secret));
}

/** The first line of a finding with the secret redacted, also when the secret runs past the line's end. */
export function redactLine(line: string, secret: string, startColumn: number): string {
  if (line.includes(secret)) return redactIn(line, secret);
  return line.slice(0, startColumn - 1) + redact(secret);
}

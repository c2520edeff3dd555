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

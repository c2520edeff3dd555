// Redaction: the one place that decides how much of a secret may be shown, and the one step every
// echoed text (a finding's context and match, a commit message, an author, a ticket body) passes
// through: it hides every secret the detector finds in that text, not only the finding's own.
import { Detector } from "../engine/detector.js";
import type { Finding, Rule } from "../model.js";

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
export function redactLine(
  line: string,
  secret: string,
  startColumn: number,
  redaction: Redaction = "default",
): string {
  if (redaction === 0) return line;
  if (line.includes(secret)) return redactIn(line, secret, redaction);
  return line.slice(0, startColumn - 1) + redact(secret, redaction);
}

// echoed texts are short (a finding's context is bounded); a longer one is masked whole all the same
const MAX_REMEMBERED = 2048;

/**
 * Hides secrets in text about to be shown. Runs the rules over the text itself, so a line holding
 * two keys shows neither raw whichever one the finding is about; texts met again (the same commit
 * message on many findings) are answered from memory.
 */
export class Redactor {
  private detector: Detector | undefined;
  private readonly remembered = new Map<string, string[]>();

  constructor(private readonly rules: readonly Rule[]) {}

  /**
   * `text` with every secret in it, and each of `known` wherever it occurs, redacted. `path` is the
   * file the text is from, so that rules about a file format apply to it too.
   */
  mask(text: string, known: readonly string[] = [], path = "<echoed text>", redaction: Redaction = "default"): string {
    if (text.length === 0 || redaction === 0) return text;
    const secrets = new Set([...this.secretsIn(text, path), ...known].filter((s) => s.length > 0));
    // longest first, so a secret that holds a shorter one is hidden whole
    let out = text;
    for (const secret of [...secrets].sort((a, b) => b.length - a.length)) out = redactIn(out, secret, redaction);
    return out;
  }

  /**
   * A finding's context as shown: every secret in it masked; when the finding's secret runs past
   * the end of the line (a key block), the line is cut where the secret starts.
   */
  context(finding: Finding, redaction: Redaction = "default"): string {
    const { context, secret } = finding;
    if (redaction === 0) return context;
    if (secret === "" || context.includes(secret)) return this.mask(context, [secret], finding.path, redaction);
    const at = Math.max(0, finding.startColumn - finding.contextColumn);
    return this.mask(context.slice(0, at), [secret], finding.path, redaction) + redact(secret, redaction);
  }

  /** Every text a secret of some rule occupies in `text`: the raw span of each finding and its (decoded) secret. */
  private secretsIn(text: string, path: string): string[] {
    const key = `${path}\0${text}`;
    const cached = this.remembered.get(key);
    if (cached) return cached;
    this.detector ??= new Detector(this.rules);
    const lineStarts = [0];
    for (let i = text.indexOf("\n"); i !== -1; i = text.indexOf("\n", i + 1)) lineStarts.push(i + 1);
    const found: string[] = [];
    for (const f of this.detector.detect({ path, bytes: Buffer.from(text, "utf8") })) {
      found.push(f.secret);
      const start = (lineStarts[f.startLine - 1] ?? 0) + f.startColumn - 1;
      const end = (lineStarts[f.endLine - 1] ?? 0) + f.endColumn - 1;
      if (end > start) found.push(text.slice(start, end));
    }
    if (this.remembered.size >= MAX_REMEMBERED) this.remembered.clear();
    this.remembered.set(key, found);
    return found;
  }
}

// What a bulk scan keeps of a finding: redacted, and with no secret left in its commit message or
// match, whichever secret it is (the finding's own, another one the commit adds, or one that is
// only in the message), because the state and the outputs are kept and shared.
import type { Detector } from "../engine/detector.js";
import type { Finding } from "../model.js";
import { present } from "../report/present.js";
import { Redactor, redactIn } from "../report/redact.js";
import type { RepoFinding } from "./state.js";

/**
 * Findings as stored and reported: every secret of the scan and any the rules find in the text itself redacted out of
 * messages and matches.
 */
export function scrubbed(findings: Finding[], repository: string, detector: Detector): RepoFinding[] {
  const known = [...new Set(findings.map((f) => f.secret))];
  const clean = (text: string): string => {
    const found = detector.detect({ path: "<commit message>", bytes: Buffer.from(text, "utf8") }).map((f) => f.secret);
    // longest first, so a secret that contains another is redacted whole
    return [...new Set([...known, ...found])]
      .sort((a, b) => b.length - a.length)
      .reduce((t, secret) => redactIn(t, secret), text);
  };
  const messages = new Map<string, string>();
  const redactor = new Redactor(detector.rules);
  return findings.map((f) => {
    const shown = present(f, "default", redactor);
    if (shown.message !== undefined) {
      const raw = f.git?.message ?? shown.message;
      if (!messages.has(raw)) messages.set(raw, clean(raw));
      shown.message = messages.get(raw)!;
    }
    return { ...shown, match: clean(shown.match), repository };
  });
}

// A finding in a changed file whose secret the version it replaced held already was not introduced
// by that change (a line edited around it, a file renamed with edits, the first change in a range).
import type { Finding } from "../model.js";

export function introducedFindings(findings: Finding[], before: Buffer | undefined): Finding[] {
  if (!before || findings.length === 0) return findings;
  return findings.filter((f) => !(before.includes(f.secret) || (f.match !== "" && before.includes(f.match))));
}

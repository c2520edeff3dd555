// Content fingerprint of a finding: the same secret under the same rule has the same fingerprint
// wherever it appears (any file, line or commit), and the fingerprint does not reveal the secret.
import { createHash } from "node:crypto";

export function fingerprint(ruleId: string, secret: string): string {
  return createHash("sha256").update(`leakhound/v1\0${ruleId}\0${secret}`).digest("hex").slice(0, 32);
}

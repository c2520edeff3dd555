// Content fingerprint of a finding: the same secret under the same rule has the same fingerprint
// wherever it appears (any file, line or commit), and the fingerprint does not reveal the secret.
import { createRequire } from "node:module";

// loaded on the first finding: a clean pre-commit scan never pays for it
const require = createRequire(import.meta.url);
let crypto: typeof import("node:crypto") | undefined;

export function fingerprint(ruleId: string, secret: string): string {
  crypto ??= require("node:crypto") as typeof import("node:crypto");
  return crypto.createHash("sha256").update(`leakhound/v1\0${ruleId}\0${secret}`).digest("hex").slice(0, 32);
}

// Operator settings of the rotate-now loop: which providers `--revoke` may call and how it confirms
// a revocation ([revoke]), and when a live secret's ticket is escalated ([escalate]). Read only from
// the operator's files (`--config FILE`, the user-level file): a scanned repository's config that
// holds either table is ignored with a warning, like [verify] and [tickets] (see config.ts).
import type { FieldReader } from "./fields.js";
import { checkOperatorUrl } from "./urls.js";

export const LOOP_TABLES = ["revoke", "escalate"] as const;

export interface RevokeSettings {
  /** the revokers `--revoke` may call (default: every provider with a revocation API) */
  providers?: string[];
  /** verifications after a revocation before it counts as failed (the provider may revoke asynchronously) */
  confirmAttempts: number;
  confirmDelaySeconds: number;
}

export interface EscalateSettings {
  /** a ticket whose secret is still live this many days after it was first confirmed live is escalated */
  afterDays?: number;
  /** github: labels added to the issue */
  labels: string[];
  /** github: users assigned to the issue */
  assignees: string[];
  /** any provider: a signed POST of a `leakhound.secret.escalated` event */
  webhook?: string;
}

export const DEFAULT_REVOKE: RevokeSettings = { confirmAttempts: 3, confirmDelaySeconds: 2 };
export const DEFAULT_ESCALATE: EscalateSettings = { labels: ["escalated"], assignees: [] };

export function readRevoke(reader: FieldReader): RevokeSettings {
  reader.onlyKeys(["providers", "confirmAttempts", "confirmDelaySeconds"]);
  const attempts = reader.numberInRange("confirmAttempts", { min: 1, max: 20, integer: true });
  const delay = reader.numberInRange("confirmDelaySeconds", { min: 0, max: 300 });
  return {
    ...(reader.has("providers") ? { providers: reader.strings("providers") } : {}),
    confirmAttempts: attempts ?? DEFAULT_REVOKE.confirmAttempts,
    confirmDelaySeconds: delay ?? DEFAULT_REVOKE.confirmDelaySeconds,
  };
}

export function readEscalate(reader: FieldReader): EscalateSettings {
  reader.onlyKeys(["afterDays", "labels", "assignees", "webhook"]);
  const afterDays = reader.numberInRange("afterDays", { min: 0, max: 3650 });
  const webhook = reader.has("webhook") ? reader.string("webhook") : undefined;
  const problem = webhook !== undefined ? checkOperatorUrl(webhook) : undefined;
  if (problem) reader.fail(`webhook: ${problem}`);
  return {
    ...(afterDays !== undefined ? { afterDays } : {}),
    labels: reader.has("labels") ? reader.strings("labels") : DEFAULT_ESCALATE.labels,
    assignees: reader.strings("assignees"),
    ...(webhook !== undefined ? { webhook } : {}),
  };
}

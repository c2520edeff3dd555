// `tickets sync` for every ticket provider: finds the secrets of the open tickets in a scan, asks
// their providers again, closes (with a comment or a `closed` event) the tickets whose secret is now
// rejected — revoked by leakhound, or by its owner — and escalates those still live past the
// configured age (labels and assignees on a GitHub issue, an `escalated` event to the webhook or
// command, and to `[escalate] webhook`). Every step is written to the ticket's lifecycle record.
import { LeakhoundError } from "../errors.js";
import type { EscalateSettings } from "../config/loop.js";
import type { Finding, Rule } from "../model.js";
import { Redactor } from "../report/redact.js";
import { ticketDocument, type TicketDocument } from "./document.js";
import { postWebhook } from "./hooks.js";
import type { LifecycleRecord } from "./ledger.js";
import type { TicketSettings } from "./settings.js";
import { ticketProvider, type OpenTicketRef } from "./providers.js";
import { ticketLedger } from "./tickets.js";

export interface SyncOptions {
  settings: TicketSettings;
  escalate?: EscalateSettings;
  rules: readonly Rule[];
  root: string;
  /** where the secrets leaked (the scanned repository) */
  repository: string;
  /** sets `verification` on each finding */
  verify(findings: Finding[]): Promise<void>;
  now?: Date;
}

export interface SyncOutcome {
  open: number;
  closed: number;
  /** escalated in this run */
  escalated: number;
  /** still live past the escalation age (escalated now or before) */
  overdue: number;
  /** open tickets whose secret this scan did not find (left open) */
  missing: number;
  /** open tickets whose secret could not be verified (left open) */
  unknown: number;
  failed: { fingerprint: string; reason: string }[];
}

const DAY_MS = 86_400_000;

export async function syncTickets(findings: readonly Finding[], options: SyncOptions): Promise<SyncOutcome> {
  const { settings } = options;
  const now = options.now ?? new Date();
  const stamp = now.toISOString();
  const ledger = ticketLedger(settings);
  const provider = ticketProvider(settings.provider);
  const channel = provider.connect(settings, options.root);
  const tickets: OpenTicketRef[] = provider.knowsOpenTickets
    ? await channel.listOpen!()
    : ledger!.open(settings.provider).map((r) => ({ fingerprint: r.fingerprint }));
  const outcome: SyncOutcome = {
    open: tickets.length,
    closed: 0,
    escalated: 0,
    overdue: 0,
    missing: 0,
    unknown: 0,
    failed: [],
  };
  const wanted = new Set(tickets.map((t) => t.fingerprint));
  const candidates = new Map<string, Finding>();
  for (const f of findings)
    if (wanted.has(f.fingerprint) && !candidates.has(f.fingerprint))
      candidates.set(f.fingerprint, { ...f, verification: undefined });
  await options.verify([...candidates.values()]);

  const ruleOf = new Map(options.rules.map((r) => [r.id, r]));
  const redactor = new Redactor(options.rules);
  /** `[escalate] webhook`: every escalation is posted there too, whatever the provider */
  const escalationHook = (doc: TicketDocument, lifecycle: LifecycleRecord, url: string) =>
    postWebhook(url, doc, process.env[settings.secretEnv], 10_000, "leakhound.secret.escalated", lifecycle);

  for (const ticket of tickets) {
    const finding = candidates.get(ticket.fingerprint);
    if (!finding) {
      outcome.missing++;
      continue;
    }
    const status = finding.verification?.status ?? "unknown";
    const before = ledger?.get(ticket.fingerprint);
    const record: LifecycleRecord = {
      ...(before ?? { fingerprint: ticket.fingerprint }),
      lastVerifiedAt: stamp,
      lastStatus: status,
    };
    const doc = ticketDocument(finding, ruleOf.get(finding.ruleId), options.repository, redactor, now);
    try {
      if (status === "invalid") {
        const byLeakhound = record.revokedBy === "leakhound" && record.revokedAt !== undefined;
        const closed: LifecycleRecord = {
          ...record,
          revokedBy: byLeakhound ? "leakhound" : "owner",
          revokedAt: record.revokedAt ?? stamp,
          closedAt: stamp,
          closeReason: "invalid",
        };
        const comment = [
          `leakhound: ${finding.verification?.provider ?? "the provider"} now rejects this secret (checked ${stamp}): ${byLeakhound ? `revoked by leakhound on ${record.revokedAt}` : "rotated or revoked by its owner"}. Closing.`,
          "",
          lifecycleLines(closed, ticket.createdAt),
        ].join("\n");
        await channel.close(ticket, doc, closed, comment);
        ledger?.update(ticket.fingerprint, closed);
        outcome.closed++;
        continue;
      }
      if (status !== "live") {
        ledger?.update(ticket.fingerprint, record);
        outcome.unknown++;
        continue;
      }
      const liveSince = record.verifiedLiveAt ?? ticket.createdAt ?? stamp;
      if (!record.verifiedLiveAt) record.verifiedLiveAt = liveSince;
      const afterDays = options.escalate?.afterDays;
      const overdue = afterDays !== undefined && now.getTime() - Date.parse(liveSince) > afterDays * DAY_MS;
      if (overdue) {
        outcome.overdue++;
        const labels = options.escalate!.labels;
        const already =
          record.escalatedAt !== undefined ||
          (ticket.labels !== undefined && labels.length > 0 && labels.every((l) => ticket.labels!.includes(l)));
        if (!already) {
          const escalated: LifecycleRecord = { ...record, escalatedAt: stamp };
          const days = Math.floor((now.getTime() - Date.parse(liveSince)) / DAY_MS);
          const comment = `leakhound: this secret is still live ${days} days after it was confirmed live (escalation after ${afterDays} days). Rotate it now.\n\n${lifecycleLines(escalated, ticket.createdAt)}`;
          await channel.escalate(ticket, doc, escalated, { labels, assignees: options.escalate!.assignees, comment });
          if (options.escalate!.webhook) await escalationHook(doc, escalated, options.escalate!.webhook);
          ledger?.update(ticket.fingerprint, escalated);
          outcome.escalated++;
          continue;
        }
      }
      ledger?.update(ticket.fingerprint, record);
    } catch (err) {
      if (err instanceof LeakhoundError) throw err;
      outcome.failed.push({
        fingerprint: ticket.fingerprint,
        reason: err instanceof Error ? err.message : String(err),
      });
    }
  }
  return outcome;
}

/** The ticket's lifecycle so far, one line per step, for a comment. */
function lifecycleLines(r: LifecycleRecord, openedAt?: string): string {
  const steps: [string, string | undefined][] = [
    ["found (committed)", r.foundAt],
    ["verified live", r.verifiedLiveAt],
    ["ticket opened", r.openedAt ?? openedAt],
    [
      `revoked${r.revokedBy ? ` by ${r.revokedBy === "leakhound" ? "leakhound" : "its owner (seen by leakhound)"}` : ""}`,
      r.revokedAt,
    ],
    ["escalated", r.escalatedAt],
    ["closed", r.closedAt],
  ];
  return steps
    .filter(([, at]) => at)
    .map(([what, at]) => `- ${what}: ${at}`)
    .join("\n");
}

// Opens one rotate-now ticket per live secret through the configured hook, and (sync) closes the
// tickets of secrets that are no longer live. A failing hook is reported; findings are never lost.
import { LeakhoundError } from "../errors.js";
import type { Finding, Rule } from "../model.js";
import { Redactor } from "../report/redact.js";
import { ticketDocument } from "./document.js";
import { ticketProvider } from "./providers.js";
import { DEFAULT_STATE_FILE, Ledger } from "./ledger.js";
import type { TicketSettings } from "./settings.js";

export { DEFAULT_TICKETS, TICKET_PROVIDERS, type TicketProvider, type TicketSettings } from "./settings.js";

export interface TicketOutcome {
  opened: number;
  existing: number;
  failed: { fingerprint: string; reason: string }[];
}

export { githubTickets } from "./providers.js";

/**
 * The lifecycle state of the tickets: always for webhook and command tickets (it is how they are
 * known to exist), for GitHub issues when `stateFile` is set (the issues themselves say what is open).
 */
export function ticketLedger(settings: TicketSettings): Ledger | undefined {
  if (ticketProvider(settings.provider).knowsOpenTickets && !settings.stateFile) return undefined;
  return new Ledger(settings.stateFile ?? DEFAULT_STATE_FILE);
}

/**
 * One ticket per distinct live secret among `findings` (the baseline has already been applied); `repository` is where
 * they leaked.
 */
export async function openTickets(
  findings: Finding[],
  rules: readonly Rule[],
  settings: TicketSettings,
  root: string,
  repository: string,
): Promise<TicketOutcome> {
  const outcome: TicketOutcome = { opened: 0, existing: 0, failed: [] };
  // one ticket per secret, about its first finding
  const live = new Map<string, Finding>();
  for (const f of findings)
    if (f.verification?.status === "live" && !live.has(f.fingerprint)) live.set(f.fingerprint, f);
  if (live.size === 0) return outcome;
  const ruleOf = new Map(rules.map((r) => [r.id, r]));
  const redactor = new Redactor(rules);
  const provider = ticketProvider(settings.provider);
  const channel = provider.connect(settings, root);
  const state = ticketLedger(settings);
  const now = new Date().toISOString();
  for (const finding of live.values()) {
    // where the secret leaked: the scanned repository (settings.repository is where tickets go)
    const doc = ticketDocument(finding, ruleOf.get(finding.ruleId), repository, redactor);
    const before = state?.get(doc.fingerprint);
    const seen = {
      provider: settings.provider,
      repository,
      rule: finding.ruleId,
      file: finding.path,
      ...(finding.git ? { foundAt: finding.git.date } : {}),
      verifiedLiveAt: before?.verifiedLiveAt ?? now,
      lastVerifiedAt: now,
      lastStatus: "live",
    };
    try {
      if (provider.knowsOpenTickets) {
        const { state: opened, issue } = await channel.open(doc);
        if (opened === "opened") outcome.opened++;
        else outcome.existing++;
        state?.update(doc.fingerprint, {
          ...seen,
          ...(issue !== undefined ? { issue } : {}),
          ...(opened === "opened" || !before?.openedAt ? { openedAt: before?.openedAt ?? now } : {}),
        });
        continue;
      }
      if (state!.has(doc.fingerprint)) {
        state!.update(doc.fingerprint, seen);
        outcome.existing++;
        continue;
      }
      await channel.open(doc);
      state!.update(doc.fingerprint, { ...seen, openedAt: now }, true);
      outcome.opened++;
    } catch (err) {
      if (err instanceof LeakhoundError) throw err;
      outcome.failed.push({
        fingerprint: finding.fingerprint,
        reason: err instanceof Error ? err.message : String(err),
      });
    }
  }
  return outcome;
}

// --verify and --ticket for the scanning commands, and `leakhound tickets sync`. Loaded only when
// asked for, so that plain scans (and the pre-commit path) never load HTTP or GitHub clients.
import { LeakhoundError } from "../errors.js";
import type { Config } from "../config/config.js";
import type { Finding } from "../model.js";
import type { TicketProvider, TicketSettings } from "../tickets/settings.js";
import { DEFAULT_TICKETS } from "../tickets/settings.js";
import { checkOperatorUrl } from "../config/urls.js";
import { leakRepository } from "../tickets/leak-repository.js";

export interface VerifyArgs {
  verify?: boolean;
  explain?: boolean;
  auditLog?: string;
  verifyBaseUrl?: string[];
  ticket?: TicketProvider;
  quiet: boolean;
}

export function baseUrls(args: VerifyArgs, config: Config): Record<string, string> {
  const urls = { ...(config.verify?.baseUrls ?? {}) };
  for (const pair of args.verifyBaseUrl ?? []) {
    const at = pair.indexOf("=");
    if (at < 1) throw new LeakhoundError("USAGE", `--verify-base-url takes provider=URL, not ${pair}`);
    const problem = checkOperatorUrl(pair.slice(at + 1));
    if (problem) throw new LeakhoundError("USAGE", `--verify-base-url ${pair.slice(0, at)}: ${problem}`);
    urls[pair.slice(0, at)] = pair.slice(at + 1);
  }
  return urls;
}

/** Tickets are opened only when the operator asks (`--ticket`), never because a `[tickets]` table exists. */
export function ticketSettings(args: VerifyArgs, config: Config): TicketSettings | undefined {
  if (!args.ticket) return undefined;
  return { ...DEFAULT_TICKETS, ...(config.tickets ?? {}), provider: args.ticket };
}

export async function verifyAll(findings: Finding[], args: VerifyArgs, config: Config): Promise<void> {
  const { verifyFindings } = await import("../verify/verify.js");
  const verify = config.verify;
  const run = await verifyFindings(findings, config.rules, {
    baseUrls: baseUrls(args, config),
    explain: args.explain === true,
    canaryAccounts: verify?.canaryAccounts ?? [],
    http: {
      ...(verify?.timeoutSeconds !== undefined ? { timeoutMs: verify.timeoutSeconds * 1000 } : {}),
      ...(verify?.concurrency !== undefined ? { concurrency: verify.concurrency } : {}),
      ...((args.auditLog ?? verify?.auditLog) ? { auditLog: args.auditLog ?? verify?.auditLog } : {}),
    },
  });
  if (args.explain) {
    process.stdout.write(
      run.explained.length ? `${run.explained.join("\n\n")}\n` : "no finding has a verifier: nothing would be sent\n",
    );
  } else if (!args.quiet) {
    const count = (s: string) => findings.filter((f) => f.verification?.status === s).length;
    process.stderr.write(
      `leakhound: verified: ${count("live")} live, ${count("invalid")} invalid, ${count("unknown")} unknown, ${count("unsupported")} unsupported, ${count("canary")} canary (${run.sent} requests)\n`,
    );
  }
}

/** Opens tickets for live findings; returns the number of failures (reported on stderr). */
export async function ticketAll(
  findings: Finding[],
  settings: TicketSettings,
  config: Config,
  root: string,
  quiet: boolean,
): Promise<number> {
  const { openTickets } = await import("../tickets/tickets.js");
  const outcome = await openTickets(findings, config.rules, settings, root, leakRepository(root));
  for (const failure of outcome.failed)
    process.stderr.write(`leakhound: could not open a ticket for ${failure.fingerprint}: ${failure.reason}\n`);
  if (!quiet && outcome.opened + outcome.existing + outcome.failed.length > 0) {
    process.stderr.write(
      `leakhound: tickets (${settings.provider}): ${outcome.opened} opened, ${outcome.existing} already open, ${outcome.failed.length} failed\n`,
    );
  }
  return outcome.failed.length;
}

/**
 * `leakhound tickets sync`, for every ticket provider: finds the secrets of open tickets in the
 * scan, asks their providers again, closes (with a comment or a `closed` event) those now rejected,
 * and escalates those still live past `[escalate] afterDays`. Exit 1 while a ticket is overdue, 2 when
 * a ticket could not be updated. With --explain, sends nothing, not even the listing of open issues.
 */
export async function syncTickets(
  findings: Finding[],
  args: VerifyArgs,
  config: Config,
  root: string,
): Promise<number> {
  // sync acts on tickets that exist: the provider comes from --ticket or the operator's [tickets]
  const settings = args.ticket ? ticketSettings(args, config) : config.tickets;
  if (!settings)
    throw new LeakhoundError(
      "USAGE",
      "tickets sync needs the ticket provider: --ticket github|webhook|command, or [tickets] provider in your config",
    );
  const where =
    settings.provider === "github"
      ? (settings.repository ?? "the tickets repository")
      : `the ticket state ${settings.stateFile ?? "(default ~/.cache/leakhound/tickets-sent.json)"}`;
  if (args.explain) {
    let shown = findings;
    if (settings.provider !== "github") {
      // the state file is local: reading it sends nothing
      const { ticketLedger } = await import("../tickets/tickets.js");
      const open = new Set(
        ticketLedger(settings)!
          .open(settings.provider)
          .map((r) => r.fingerprint),
      );
      shown = findings.filter((f) => open.has(f.fingerprint));
    }
    await verifyAll(shown, { ...args, explain: true }, config);
    process.stdout.write(
      `tickets sync would list the open tickets of ${where}, send the requests above for the secrets they name, close those the provider rejects and escalate those live past the escalation age\n`,
    );
    return 0;
  }
  const { syncTickets: sync } = await import("../tickets/sync.js");
  const outcome = await sync(findings, {
    settings,
    ...(config.escalate ? { escalate: config.escalate } : {}),
    rules: config.rules,
    root,
    repository: leakRepository(root),
    verify: (candidates) => verifyAll(candidates, { ...args, explain: false, quiet: true }, config),
  });
  for (const failure of outcome.failed)
    process.stderr.write(`leakhound: could not update the ticket of ${failure.fingerprint}: ${failure.reason}\n`);
  const parts = [
    `${outcome.open} open`,
    `${outcome.closed} closed as rotated or revoked`,
    ...(outcome.escalated ? [`${outcome.escalated} escalated`] : []),
    ...(outcome.overdue ? [`${outcome.overdue} live past the escalation age`] : []),
    ...(outcome.unknown ? [`${outcome.unknown} not verifiable now (left open)`] : []),
    ...(outcome.missing ? [`${outcome.missing} whose secret this scan did not find (left open)`] : []),
    ...(outcome.failed.length ? [`${outcome.failed.length} failed`] : []),
  ];
  process.stderr.write(`leakhound: tickets sync (${settings.provider}): ${parts.join(", ")}\n`);
  return outcome.failed.length > 0 ? 2 : outcome.overdue > 0 ? 1 : 0;
}

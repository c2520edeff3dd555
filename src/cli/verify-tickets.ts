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

function baseUrls(args: VerifyArgs, config: Config): Record<string, string> {
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
    process.stdout.write(run.explained.length ? `${run.explained.join("\n\n")}\n` : "no finding has a verifier: nothing would be sent\n");
  } else if (!args.quiet) {
    const count = (s: string) => findings.filter((f) => f.verification?.status === s).length;
    process.stderr.write(`leakhound: verified: ${count("live")} live, ${count("invalid")} invalid, ${count("unknown")} unknown, ${count("unsupported")} unsupported, ${count("canary")} canary (${run.sent} requests)\n`);
  }
}

/** Opens tickets for live findings; returns the number of failures (reported on stderr). */
export async function ticketAll(findings: Finding[], settings: TicketSettings, config: Config, root: string, quiet: boolean): Promise<number> {
  const { openTickets } = await import("../tickets/tickets.js");
  const outcome = await openTickets(findings, config.rules, settings, root, leakRepository(root));
  for (const failure of outcome.failed) process.stderr.write(`leakhound: could not open a ticket for ${failure.fingerprint}: ${failure.reason}\n`);
  if (!quiet && outcome.opened + outcome.existing + outcome.failed.length > 0) {
    process.stderr.write(`leakhound: tickets (${settings.provider}): ${outcome.opened} opened, ${outcome.existing} already open, ${outcome.failed.length} failed\n`);
  }
  return outcome.failed.length;
}

/**
 * `leakhound tickets sync`: finds the secrets of open tickets in the scan, asks their providers
 * again, and closes (with a comment) the tickets whose secret is now rejected, i.e. rotated.
 */
export async function syncTickets(findings: Finding[], args: VerifyArgs, config: Config, root: string): Promise<number> {
  // sync acts on tickets that exist: the provider comes from --ticket or the operator's [tickets]
  const settings = args.ticket ? ticketSettings(args, config) : config.tickets;
  if (settings?.provider !== "github") throw new LeakhoundError("USAGE", "tickets sync needs the github ticket provider ([tickets] provider = \"github\")");
  if (args.explain) {
    // nothing is sent, not even the listing of open tickets: say what a real run would do
    await verifyAll(findings, { ...args, explain: true }, config);
    process.stdout.write(`tickets sync would list the open tickets of ${settings.repository ?? "the tickets repository"}, send the requests above for the secrets they name, and close those the provider rejects\n`);
    return 0;
  }
  const { githubTickets } = await import("../tickets/tickets.js");
  const github = githubTickets(settings, root);
  const open = await github.openTickets();
  const wanted = new Set(open.map((t) => t.fingerprint));
  const candidates = [...new Map(findings.filter((f) => wanted.has(f.fingerprint)).map((f) => [f.fingerprint, f])).values()];
  await verifyAll(candidates, { ...args, explain: false }, config);
  let closed = 0;
  for (const ticket of open) {
    const finding = candidates.find((f) => f.fingerprint === ticket.fingerprint);
    if (finding?.verification?.status !== "invalid") continue;
    await github.close(ticket, `leakhound: ${finding.verification.provider ?? "the provider"} now rejects this secret (checked ${new Date().toISOString()}): it has been rotated or revoked. Closing.`);
    closed++;
  }
  const missing = open.filter((t) => !candidates.some((f) => f.fingerprint === t.fingerprint)).length;
  process.stderr.write(`leakhound: tickets sync: ${open.length} open, ${closed} closed as rotated${missing ? `, ${missing} whose secret this scan did not find (left open)` : ""}\n`);
  return 0;
}

// Opens one rotate-now ticket per live secret through the configured hook, and (sync) closes the
// tickets of secrets that are no longer live. A failing hook is reported; findings are never lost.
import { homedir } from "node:os";
import { join } from "node:path";
import { LeakhoundError } from "../errors.js";
import type { Finding, Rule } from "../model.js";
import { codeOwners } from "./codeowners.js";
import { Redactor } from "../report/redact.js";
import { ticketDocument } from "./document.js";
import { GitHubTickets } from "./github.js";
import { postWebhook, runCommand, SentState } from "./hooks.js";
import type { TicketSettings } from "./settings.js";

export { DEFAULT_TICKETS, TICKET_PROVIDERS, type TicketProvider, type TicketSettings } from "./settings.js";

export interface TicketOutcome {
  opened: number;
  existing: number;
  failed: { fingerprint: string; reason: string }[];
}

function githubToken(): string {
  const token = process.env.LEAKHOUND_GITHUB_TOKEN || process.env.GITHUB_TOKEN;
  if (!token) throw new LeakhoundError("BAD_CONFIG", "tickets: set GITHUB_TOKEN (or LEAKHOUND_GITHUB_TOKEN) to open GitHub issues");
  return token;
}

export function githubTickets(settings: TicketSettings, root: string): GitHubTickets {
  if (!settings.repository) throw new LeakhoundError("BAD_CONFIG", "tickets: github needs repository = \"owner/name\" in [tickets]");
  const owners = settings.assignees === "codeowners" ? codeOwners(root) : undefined;
  return new GitHubTickets({
    repository: settings.repository,
    token: githubToken(),
    ...(settings.apiUrl ? { apiUrl: settings.apiUrl } : {}),
    labels: settings.labels,
    ...(owners ? { assignees: (doc) => owners(doc.file) } : {}),
  });
}

/** One ticket per distinct live secret among `findings` (the baseline has already been applied); `repository` is where they leaked. */
export async function openTickets(findings: Finding[], rules: readonly Rule[], settings: TicketSettings, root: string, repository: string): Promise<TicketOutcome> {
  const outcome: TicketOutcome = { opened: 0, existing: 0, failed: [] };
  // one ticket per secret, about its first finding
  const live = new Map<string, Finding>();
  for (const f of findings) if (f.verification?.status === "live" && !live.has(f.fingerprint)) live.set(f.fingerprint, f);
  if (live.size === 0) return outcome;
  const ruleOf = new Map(rules.map((r) => [r.id, r]));
  const redactor = new Redactor(rules);
  const github = settings.provider === "github" ? githubTickets(settings, root) : undefined;
  const state = settings.provider === "github" ? undefined : new SentState(settings.stateFile ?? join(homedir(), ".cache", "leakhound", "tickets-sent.json"));
  for (const finding of live.values()) {
    // where the secret leaked: the scanned repository (settings.repository is where tickets go)
    const doc = ticketDocument(finding, ruleOf.get(finding.ruleId), repository, redactor);
    try {
      if (github) {
        if ((await github.ensure(doc)) === "opened") outcome.opened++;
        else outcome.existing++;
        continue;
      }
      if (state!.has(doc.fingerprint)) {
        outcome.existing++;
        continue;
      }
      if (settings.provider === "webhook") {
        if (!settings.url) throw new LeakhoundError("BAD_CONFIG", "tickets: webhook needs url in [tickets]");
        await postWebhook(settings.url, doc, process.env[settings.secretEnv]);
      } else {
        if (!settings.command?.length) throw new LeakhoundError("BAD_CONFIG", "tickets: command needs command = [\"/path/to/script\", …] in [tickets]");
        await runCommand(settings.command, doc);
      }
      state!.add(doc.fingerprint);
      outcome.opened++;
    } catch (err) {
      if (err instanceof LeakhoundError) throw err;
      outcome.failed.push({ fingerprint: finding.fingerprint, reason: err instanceof Error ? err.message : String(err) });
    }
  }
  return outcome;
}

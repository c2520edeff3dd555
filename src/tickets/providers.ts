// The ticket providers, registered in one place: each turns a rotate-now document into a ticket
// where a team works (an issue, a webhook POST, a local command). A provider's name is listed in
// settings.ts (light, for flag parsing); `satisfies` below makes a listed name without an
// implementation a type error, and an implementation without a name unreachable.
import { LeakhoundError } from "../errors.js";
import { codeOwners } from "./codeowners.js";
import type { TicketDocument } from "./document.js";
import { GitHubTickets, type OpenTicket } from "./github.js";
import { postWebhook, runCommand } from "./hooks.js";
import type { LifecycleRecord } from "./ledger.js";
import type { TicketProvider, TicketSettings } from "./settings.js";

/** An open ticket as `tickets sync` sees it. */
export interface OpenTicketRef {
  fingerprint: string;
  /** when the provider says the ticket was opened */
  createdAt?: string;
  /** the labels it carries now (providers with labels) */
  labels?: string[];
  /** the provider's own record of it */
  issue?: OpenTicket;
}

export interface Escalation {
  labels: string[];
  assignees: string[];
  comment: string;
}

/** A connected provider: what `openTickets` and `tickets sync` send a ticket's events through. */
export interface TicketChannel {
  /** Opens the ticket of `doc`, or finds the one already open; `issue`: the provider's number for it. */
  open(doc: TicketDocument): Promise<{ state: "opened" | "exists"; issue?: number }>;
  /** The open tickets, for a provider that knows them (`knowsOpenTickets`); else the ticket state file says. */
  listOpen?(): Promise<OpenTicketRef[]>;
  /** The secret is dead: closes the ticket, saying why (`comment`), with its lifecycle. */
  close(ticket: OpenTicketRef, doc: TicketDocument, lifecycle: LifecycleRecord, comment: string): Promise<void>;
  /** Still live past the escalation age. */
  escalate(
    ticket: OpenTicketRef,
    doc: TicketDocument,
    lifecycle: LifecycleRecord,
    escalation: Escalation,
  ): Promise<void>;
}

export interface TicketProviderDefinition {
  describe: string;
  /**
   * Whether the provider itself can say which tickets are open (GitHub issues can); when not, the
   * ticket state file (ledger.ts) is how leakhound knows a ticket was opened.
   */
  knowsOpenTickets: boolean;
  /** checks the settings and connects; a missing setting is a BAD_CONFIG error naming it */
  connect(settings: TicketSettings, root: string): TicketChannel;
}

function githubToken(): string {
  const token = process.env.LEAKHOUND_GITHUB_TOKEN || process.env.GITHUB_TOKEN;
  if (!token)
    throw new LeakhoundError(
      "BAD_CONFIG",
      "tickets: set GITHUB_TOKEN (or LEAKHOUND_GITHUB_TOKEN) to open GitHub issues",
    );
  return token;
}

/** The GitHub issues client of `settings` (also used by `tickets sync` to list, close and escalate issues). */
export function githubTickets(settings: TicketSettings, root: string): GitHubTickets {
  if (!settings.repository)
    throw new LeakhoundError("BAD_CONFIG", 'tickets: github needs repository = "owner/name" in [tickets]');
  const owners = settings.assignees === "codeowners" ? codeOwners(root) : undefined;
  return new GitHubTickets({
    repository: settings.repository,
    token: githubToken(),
    ...(settings.apiUrl ? { apiUrl: settings.apiUrl } : {}),
    labels: settings.labels,
    ...(owners ? { assignees: (doc) => owners(doc.file) } : {}),
  });
}

function webhookUrl(settings: TicketSettings): string {
  if (!settings.url) throw new LeakhoundError("BAD_CONFIG", "tickets: webhook needs url in [tickets]");
  return settings.url;
}

function commandLine(settings: TicketSettings): string[] {
  if (!settings.command?.length)
    throw new LeakhoundError("BAD_CONFIG", 'tickets: command needs command = ["/path/to/script", …] in [tickets]');
  return settings.command;
}

export const TICKET_PROVIDER_REGISTRY = {
  github: {
    describe: "a GitHub issue per live secret (repository, labels, code owners as assignees)",
    knowsOpenTickets: true,
    connect(settings, root) {
      const github = githubTickets(settings, root);
      return {
        async open(doc) {
          const { state, number } = await github.ensure(doc);
          return { state, issue: number };
        },
        listOpen: async () =>
          (await github.openTickets()).map((t) => ({
            fingerprint: t.fingerprint,
            labels: t.labels,
            issue: t,
            ...(t.createdAt ? { createdAt: t.createdAt } : {}),
          })),
        close: (ticket, _doc, _lifecycle, comment) => github.close(ticket.issue!, comment),
        async escalate(ticket, _doc, _lifecycle, { labels, assignees, comment }) {
          await github.escalate(ticket.issue!, labels, assignees, comment);
          ticket.labels = ticket.issue!.labels;
        },
      };
    },
  },
  webhook: {
    describe: "a signed JSON POST per event (Jira, PagerDuty, ServiceNow automation)",
    knowsOpenTickets: false,
    connect(settings) {
      const url = webhookUrl(settings);
      const secret = process.env[settings.secretEnv];
      return {
        async open(doc) {
          await postWebhook(url, doc, secret);
          return { state: "opened" };
        },
        close: (_ticket, doc, lifecycle) => postWebhook(url, doc, secret, 10_000, "leakhound.secret.closed", lifecycle),
        escalate: (_ticket, doc, lifecycle) =>
          postWebhook(url, doc, secret, 10_000, "leakhound.secret.escalated", lifecycle),
      };
    },
  },
  command: {
    describe: "a local command that reads the ticket's JSON on stdin",
    knowsOpenTickets: false,
    connect(settings) {
      const command = commandLine(settings);
      return {
        async open(doc) {
          await runCommand(command, doc);
          return { state: "opened" };
        },
        close: (_ticket, doc, lifecycle) => runCommand(command, doc, 60_000, "leakhound.secret.closed", lifecycle),
        escalate: (_ticket, doc, lifecycle) =>
          runCommand(command, doc, 60_000, "leakhound.secret.escalated", lifecycle),
      };
    },
  },
} satisfies Record<TicketProvider, TicketProviderDefinition>;

/** The registered provider called `name`; an unknown name is a BAD_CONFIG error. */
export function ticketProvider(name: string): TicketProviderDefinition {
  const found = (TICKET_PROVIDER_REGISTRY as Record<string, TicketProviderDefinition>)[name];
  if (!found || !Object.hasOwn(TICKET_PROVIDER_REGISTRY, name)) {
    throw new LeakhoundError(
      "BAD_CONFIG",
      `tickets: unknown provider ${name} (known: ${Object.keys(TICKET_PROVIDER_REGISTRY).join(", ")})`,
    );
  }
  return found;
}

// Rotate-now tickets as GitHub issues (github.com or GitHub Enterprise), through @octokit/rest.
// An open issue carrying the fingerprint marker means the ticket exists: re-runs never duplicate it.
import { Octokit } from "@octokit/rest";
import { LeakhoundError } from "../errors.js";
import { fingerprintIn, type TicketDocument } from "./document.js";

export interface GitHubTicketOptions {
  /** owner/name */
  repository: string;
  token: string;
  apiUrl?: string;
  labels: string[];
  assignees?: (doc: TicketDocument) => string[];
}

export interface OpenTicket {
  number: number;
  fingerprint: string;
  labels: string[];
  /** when the issue was opened: the secret was live then */
  createdAt?: string;
}

export class GitHubTickets {
  private readonly octokit: Octokit;
  private readonly owner: string;
  private readonly repo: string;
  private open: Promise<OpenTicket[]> | undefined;

  constructor(private readonly options: GitHubTicketOptions) {
    const [owner, repo] = options.repository.split("/");
    if (!owner || !repo)
      throw new LeakhoundError("BAD_CONFIG", `tickets: repository must be owner/name, not ${options.repository}`);
    this.owner = owner;
    this.repo = repo;
    this.octokit = new Octokit({
      auth: options.token,
      ...(options.apiUrl ? { baseUrl: options.apiUrl } : {}),
      userAgent: "leakhound",
      log: { debug() {}, info() {}, warn() {}, error() {} },
    });
  }

  /** Open leakhound tickets, by fingerprint (read once per run). */
  openTickets(): Promise<OpenTicket[]> {
    this.open ??= this.octokit
      .paginate(this.octokit.rest.issues.listForRepo, {
        owner: this.owner,
        repo: this.repo,
        state: "open",
        labels: this.options.labels[0] ?? "leakhound",
        per_page: 100,
      })
      .then((issues) =>
        issues.flatMap((issue) => {
          const fingerprint = fingerprintIn(issue.body);
          const labels = issue.labels.map((l) => (typeof l === "string" ? l : (l.name ?? ""))).filter(Boolean);
          return fingerprint
            ? [
                {
                  number: issue.number,
                  fingerprint,
                  labels,
                  ...(issue.created_at ? { createdAt: issue.created_at } : {}),
                },
              ]
            : [];
        }),
      );
    return this.open;
  }

  /** Opens the ticket unless an open one has the same fingerprint; says which happened. */
  async ensure(doc: TicketDocument): Promise<{ state: "opened" | "exists"; number: number }> {
    const open = await this.openTickets();
    const existing = open.find((t) => t.fingerprint === doc.fingerprint);
    if (existing) return { state: "exists", number: existing.number };
    const assignees = this.options.assignees?.(doc) ?? [];
    const created = await this.octokit.rest.issues.create({
      owner: this.owner,
      repo: this.repo,
      title: doc.title,
      body: doc.body,
      labels: this.options.labels,
      ...(assignees.length ? { assignees } : {}),
    });
    open.push({ number: created.data.number, fingerprint: doc.fingerprint, labels: this.options.labels });
    return { state: "opened", number: created.data.number };
  }

  /** Escalates a ticket: a comment saying why, the escalation labels and assignees added. */
  async escalate(ticket: OpenTicket, labels: string[], assignees: string[], comment: string): Promise<void> {
    await this.octokit.rest.issues.createComment({
      owner: this.owner,
      repo: this.repo,
      issue_number: ticket.number,
      body: comment,
    });
    const all = [...new Set([...ticket.labels, ...labels])];
    await this.octokit.rest.issues.update({
      owner: this.owner,
      repo: this.repo,
      issue_number: ticket.number,
      labels: all,
      ...(assignees.length ? { assignees } : {}),
    });
    ticket.labels = all;
  }

  /** Closes a ticket with a comment saying why. */
  async close(ticket: OpenTicket, comment: string): Promise<void> {
    await this.octokit.rest.issues.createComment({
      owner: this.owner,
      repo: this.repo,
      issue_number: ticket.number,
      body: comment,
    });
    await this.octokit.rest.issues.update({
      owner: this.owner,
      repo: this.repo,
      issue_number: ticket.number,
      state: "closed",
      state_reason: "completed",
    });
  }
}

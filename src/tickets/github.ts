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
}

export class GitHubTickets {
  private readonly octokit: Octokit;
  private readonly owner: string;
  private readonly repo: string;
  private open: Promise<OpenTicket[]> | undefined;

  constructor(private readonly options: GitHubTicketOptions) {
    const [owner, repo] = options.repository.split("/");
    if (!owner || !repo) throw new LeakhoundError("BAD_CONFIG", `tickets: repository must be owner/name, not ${options.repository}`);
    this.owner = owner;
    this.repo = repo;
    this.octokit = new Octokit({ auth: options.token, ...(options.apiUrl ? { baseUrl: options.apiUrl } : {}), userAgent: "leakhound", log: { debug() {}, info() {}, warn() {}, error() {} } });
  }

  /** Open leakhound tickets, by fingerprint (read once per run). */
  openTickets(): Promise<OpenTicket[]> {
    this.open ??= this.octokit
      .paginate(this.octokit.rest.issues.listForRepo, { owner: this.owner, repo: this.repo, state: "open", labels: this.options.labels[0] ?? "leakhound", per_page: 100 })
      .then((issues) =>
        issues.flatMap((issue) => {
          const fingerprint = fingerprintIn(issue.body);
          return fingerprint ? [{ number: issue.number, fingerprint }] : [];
        }),
      );
    return this.open;
  }

  /** Opens the ticket unless an open one has the same fingerprint; says which happened. */
  async ensure(doc: TicketDocument): Promise<"opened" | "exists"> {
    const open = await this.openTickets();
    if (open.some((t) => t.fingerprint === doc.fingerprint)) return "exists";
    const assignees = this.options.assignees?.(doc) ?? [];
    const created = await this.octokit.rest.issues.create({ owner: this.owner, repo: this.repo, title: doc.title, body: doc.body, labels: this.options.labels, ...(assignees.length ? { assignees } : {}) });
    open.push({ number: created.data.number, fingerprint: doc.fingerprint });
    return "opened";
  }

  /** Closes a ticket with a comment saying why. */
  async close(ticket: OpenTicket, comment: string): Promise<void> {
    await this.octokit.rest.issues.createComment({ owner: this.owner, repo: this.repo, issue_number: ticket.number, body: comment });
    await this.octokit.rest.issues.update({ owner: this.owner, repo: this.repo, issue_number: ticket.number, state: "closed", state_reason: "completed" });
  }
}

// Ticket settings from [tickets] in .leakhound.toml or the command line; no I/O, light to load.

export const TICKET_PROVIDERS = ["github", "webhook", "command"] as const;
export type TicketProvider = (typeof TICKET_PROVIDERS)[number];

export interface TicketSettings {
  provider: TicketProvider;
  /** github: owner/name of the repository that receives the issues */
  repository?: string;
  /** github: API base URL (GitHub Enterprise: https://HOST/api/v3) */
  apiUrl?: string;
  labels: string[];
  /** github: "codeowners" to assign the file's code owners */
  assignees: "codeowners" | "none";
  /** webhook: where to POST */
  url?: string;
  /** webhook: environment variable holding the HMAC key */
  secretEnv: string;
  /** command: executable and arguments */
  command?: string[];
  /** webhook and command: where the fingerprints already sent are kept */
  stateFile?: string;
}

export const DEFAULT_TICKETS: Omit<TicketSettings, "provider"> = {
  labels: ["leakhound", "secret-leak"],
  assignees: "codeowners",
  secretEnv: "LEAKHOUND_WEBHOOK_SECRET",
};

// Rotate-now tickets through a webhook (a signed JSON POST) or a command (the JSON on its stdin),
// for Jira, PagerDuty, ServiceNow and the like. Neither can be asked whether a ticket exists, so the
// ticket state file (ledger.ts) records the fingerprints already sent. Later events of the same
// ticket (closed, escalated) go the same way, with the ticket's lifecycle.
import { spawn } from "node:child_process";
import { createHmac } from "node:crypto";
import { LeakhoundError, reasonOf } from "../errors.js";
import type { TicketDocument } from "./document.js";
import type { LifecycleRecord } from "./ledger.js";

export const SIGNATURE_HEADER = "x-leakhound-signature-256";

/** live: a ticket to open; closed: the secret is dead; escalated: still live past the configured age */
export type TicketEvent = "leakhound.secret.live" | "leakhound.secret.closed" | "leakhound.secret.escalated";

/** The JSON sent: the document without its Markdown body (which is for issue trackers), and the lifecycle so far. */
export function payload(
  doc: TicketDocument,
  event: TicketEvent = "leakhound.secret.live",
  lifecycle?: LifecycleRecord,
): string {
  const { body: _body, ...rest } = doc;
  return JSON.stringify({ event, ticket: rest, ...(lifecycle ? { lifecycle } : {}) });
}

export async function postWebhook(
  url: string,
  doc: TicketDocument,
  secret: string | undefined,
  timeoutMs = 10_000,
  event: TicketEvent = "leakhound.secret.live",
  lifecycle?: LifecycleRecord,
): Promise<void> {
  const body = payload(doc, event, lifecycle);
  const headers: Record<string, string> = { "content-type": "application/json", "user-agent": "leakhound" };
  if (secret) headers[SIGNATURE_HEADER] = `sha256=${createHmac("sha256", secret).update(body).digest("hex")}`;
  let response: Response;
  try {
    response = await fetch(url, {
      method: "POST",
      headers,
      body,
      redirect: "manual",
      signal: AbortSignal.timeout(timeoutMs),
    });
  } catch (err) {
    throw new Error(`webhook ${new URL(url).host} unreachable: ${reasonOf((err as Error).cause ?? err)}`);
  }
  if (response.status < 200 || response.status >= 300)
    throw new Error(`webhook ${new URL(url).host} answered HTTP ${response.status}`);
}

export function runCommand(
  command: string[],
  doc: TicketDocument,
  timeoutMs = 60_000,
  event: TicketEvent = "leakhound.secret.live",
  lifecycle?: LifecycleRecord,
): Promise<void> {
  const [file, ...args] = command;
  if (!file) return Promise.reject(new LeakhoundError("BAD_CONFIG", "tickets: command is empty"));
  return new Promise((resolve, reject) => {
    const child = spawn(file, args, { stdio: ["pipe", "ignore", "pipe"], timeout: timeoutMs });
    let stderr = "";
    child.stderr.on("data", (c: Buffer) => (stderr += c.toString("utf8")));
    child.on("error", (err) => reject(new Error(`ticket command ${file} failed to start: ${err.message}`)));
    child.on("close", (code) =>
      code === 0
        ? resolve()
        : reject(
            new Error(`ticket command ${file} exited ${code}${stderr ? `: ${stderr.trim().split("\n")[0]}` : ""}`),
          ),
    );
    child.stdin.end(payload(doc, event, lifecycle));
  });
}

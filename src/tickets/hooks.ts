// Rotate-now tickets through a webhook (a signed JSON POST) or a command (the JSON on its stdin),
// for Jira, PagerDuty, ServiceNow and the like. Neither can be asked whether a ticket exists, so a
// state file records the fingerprints already sent.
import { spawn } from "node:child_process";
import { createHmac } from "node:crypto";
import { existsSync, mkdirSync, readFileSync } from "node:fs";
import { writeWholeFile } from "../io/write-file.js";
import { dirname } from "node:path";
import { LeakhoundError, reasonOf } from "../errors.js";
import type { TicketDocument } from "./document.js";

export const SIGNATURE_HEADER = "x-leakhound-signature-256";

/** The JSON sent: the document without its Markdown body (which is for issue trackers). */
export function payload(doc: TicketDocument): string {
  const { body: _body, ...rest } = doc;
  return JSON.stringify({ event: "leakhound.secret.live", ticket: rest });
}

export async function postWebhook(url: string, doc: TicketDocument, secret: string | undefined, timeoutMs = 10_000): Promise<void> {
  const body = payload(doc);
  const headers: Record<string, string> = { "content-type": "application/json", "user-agent": "leakhound" };
  if (secret) headers[SIGNATURE_HEADER] = `sha256=${createHmac("sha256", secret).update(body).digest("hex")}`;
  let response: Response;
  try {
    response = await fetch(url, { method: "POST", headers, body, redirect: "manual", signal: AbortSignal.timeout(timeoutMs) });
  } catch (err) {
    throw new Error(`webhook ${new URL(url).host} unreachable: ${reasonOf((err as Error).cause ?? err)}`);
  }
  if (response.status < 200 || response.status >= 300) throw new Error(`webhook ${new URL(url).host} answered HTTP ${response.status}`);
}

export function runCommand(command: string[], doc: TicketDocument, timeoutMs = 60_000): Promise<void> {
  const [file, ...args] = command;
  if (!file) return Promise.reject(new LeakhoundError("BAD_CONFIG", "tickets: command is empty"));
  return new Promise((resolve, reject) => {
    const child = spawn(file, args, { stdio: ["pipe", "ignore", "pipe"], timeout: timeoutMs });
    let stderr = "";
    child.stderr.on("data", (c: Buffer) => (stderr += c.toString("utf8")));
    child.on("error", (err) => reject(new Error(`ticket command ${file} failed to start: ${err.message}`)));
    child.on("close", (code) => (code === 0 ? resolve() : reject(new Error(`ticket command ${file} exited ${code}${stderr ? `: ${stderr.trim().split("\n")[0]}` : ""}`))));
    child.stdin.end(payload(doc));
  });
}

/** Fingerprints already sent through a webhook or command. */
export class SentState {
  private readonly sent: Set<string>;

  constructor(private readonly file: string) {
    this.sent = new Set(existsSync(file) ? (JSON.parse(readFileSync(file, "utf8")) as { sent: string[] }).sent : []);
  }

  has(fingerprint: string): boolean {
    return this.sent.has(fingerprint);
  }

  add(fingerprint: string): void {
    this.sent.add(fingerprint);
    try {
      mkdirSync(dirname(this.file), { recursive: true });
    } catch (err) {
      throw new LeakhoundError("OUTPUT_FAILED", `cannot write ticket state ${this.file}: ${reasonOf(err)}`, { cause: err });
    }
    writeWholeFile(this.file, JSON.stringify({ sent: [...this.sent].sort() }, null, 1) + "\n", "ticket state ");
  }
}

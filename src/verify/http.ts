// The only way verification talks to the network: requests go to the provider's base URL and no
// other host, with a timeout, a limit on requests in flight, backoff on 429 (honouring
// Retry-After), and a line in the audit log for each request, which never holds the secret.
import { appendChecked } from "../io/write-file.js";
import { redact } from "../report/redact.js";

export interface ProviderRequest {
  method: "GET" | "POST" | "DELETE";
  /** path and query below the provider's base URL; the secret may appear here only URL-encoded */
  path: string;
  headers: Record<string, string>;
  body?: string;
}

export interface ProviderResponse {
  status: number;
  body: string;
  headers: Headers;
}

export interface HttpOptions {
  timeoutMs: number;
  concurrency: number;
  /** retries after a 429 answer */
  retries: number;
  /** the longest Retry-After honoured, in seconds; a longer one gives up as rate limited */
  maxRetryAfterSeconds: number;
  auditLog?: string;
}

export class RateLimited extends Error {}
export class Timeout extends Error {}

export const DEFAULT_HTTP: HttpOptions = { timeoutMs: 10_000, concurrency: 4, retries: 2, maxRetryAfterSeconds: 30 };

export class VerifyHttp {
  private active = 0;
  private readonly waiting: (() => void)[] = [];
  /** requests sent, for tests and the summary */
  sent = 0;

  constructor(private readonly options: HttpOptions) {}

  /**
   * Sends `request` to `baseUrl`. Throws if the resulting URL would leave the base URL's origin,
   * whatever the request's path holds. `secret` and `fingerprint` are lists for a batch (a
   * revocation of many credentials in one request); `action` is written to the audit log.
   */
  async send(
    provider: string,
    baseUrl: string,
    request: ProviderRequest,
    secret: string | readonly string[],
    fingerprint: string | readonly string[],
    action: "verify" | "revoke" = "verify",
  ): Promise<ProviderResponse> {
    const url = requestUrl(baseUrl, request.path);
    await this.acquire();
    try {
      for (let attempt = 0; ; attempt++) {
        const started = new Date();
        let response: Response;
        try {
          this.sent++;
          response = await fetch(url, {
            method: request.method,
            headers: { "user-agent": "leakhound-verify", ...request.headers },
            body: request.body,
            redirect: "manual", // a redirect could lead to another host
            signal: AbortSignal.timeout(this.options.timeoutMs),
          });
        } catch (err) {
          const timedOut = err instanceof Error && (err.name === "TimeoutError" || err.name === "AbortError");
          this.audit(
            provider,
            url,
            request,
            secret,
            fingerprint,
            started,
            timedOut ? "timeout" : "network error",
            action,
          );
          if (timedOut) throw new Timeout(`no answer within ${this.options.timeoutMs} ms`);
          throw new Error(
            `network error: ${err instanceof Error ? ((err.cause as Error | undefined)?.message ?? err.message) : String(err)}`,
          );
        }
        const body = await response.text();
        this.audit(provider, url, request, secret, fingerprint, started, response.status, action);
        if (response.status === 429) {
          const wait = retryAfterSeconds(response.headers.get("retry-after"));
          if (attempt >= this.options.retries || wait > this.options.maxRetryAfterSeconds) {
            throw new RateLimited(`rate limited (HTTP 429${wait ? `, retry after ${wait} s` : ""})`);
          }
          await new Promise((r) => setTimeout(r, Math.max(wait, 2 ** attempt) * 1000));
          continue;
        }
        return { status: response.status, body, headers: response.headers };
      }
    } finally {
      this.release();
    }
  }

  private audit(
    provider: string,
    url: URL,
    request: ProviderRequest,
    secret: string | readonly string[],
    fingerprint: string | readonly string[],
    at: Date,
    outcome: number | string,
    action: string,
  ): void {
    if (!this.options.auditLog) return;
    let path = url.pathname + url.search;
    for (const s of typeof secret === "string" ? [secret] : secret) path = scrub(path, s);
    const entry = {
      time: at.toISOString(),
      action,
      provider,
      host: url.host,
      method: request.method,
      path,
      status: outcome,
      ...(typeof fingerprint === "string" ? { fingerprint } : { fingerprints: [...fingerprint] }),
    };
    appendChecked(this.options.auditLog, JSON.stringify(entry) + "\n", "audit log ");
  }

  private async acquire(): Promise<void> {
    if (this.active < this.options.concurrency) {
      this.active++;
      return;
    }
    await new Promise<void>((resolve) => this.waiting.push(resolve));
    this.active++;
  }

  private release(): void {
    this.active--;
    this.waiting.shift()?.();
  }
}

/** The URL for a request: always on the base URL's origin, or an error. */
export function requestUrl(baseUrl: string, path: string): URL {
  const base = new URL(baseUrl);
  const prefix = base.pathname.replace(/\/+$/, "");
  if (!path.startsWith("/") || path.startsWith("//") || path.includes("\\")) {
    throw new Error(`refused: request path ${JSON.stringify(scrub(path, ""))} could leave ${base.host}`);
  }
  const url = new URL(`${base.origin}${prefix}${path}`);
  if (url.origin !== base.origin) throw new Error(`refused: request would go to ${url.host}, not ${base.host}`);
  return url;
}

/** Text with the secret (raw or URL-encoded) replaced by its redacted form. */
export function scrub(text: string, secret: string): string {
  if (!secret) return text;
  return text.split(secret).join(redact(secret)).split(encodeURIComponent(secret)).join(redact(secret));
}

function retryAfterSeconds(header: string | null): number {
  if (!header) return 0;
  const seconds = Number(header);
  if (Number.isFinite(seconds)) return Math.max(0, seconds);
  const date = Date.parse(header);
  return Number.isNaN(date) ? 0 : Math.max(0, Math.ceil((date - Date.now()) / 1000));
}

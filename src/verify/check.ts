// The shape every verifier has, and the common check most providers fit: a GET with the secret in a
// header, live on 200 when the answer names an identity, invalid on the provider's rejection status.
import type { Finding, Verification } from "../model.js";
import type { ProviderRequest, ProviderResponse } from "./http.js";

export interface VerifyContext {
  /** other findings in the same file (and commit): where a key's other half is found */
  neighbours: Finding[];
  /** the host of the provider's base URL (for request signing) */
  host: string;
  canaryAccounts: ReadonlySet<string>;
}

export interface Verifier {
  provider: string;
  baseUrl: string;
  /** the request to send, or a verdict reached without sending one */
  request(secret: string, ctx: VerifyContext): ProviderRequest | Verification;
  interpret(response: ProviderResponse): Verification;
}

export function json(body: string): Record<string, unknown> | undefined {
  try {
    const value = JSON.parse(body) as unknown;
    return typeof value === "object" && value !== null ? (value as Record<string, unknown>) : undefined;
  } catch {
    return undefined;
  }
}

export const unexpected = (provider: string, r: ProviderResponse): Verification => ({
  status: "unknown",
  provider,
  reason: `unexpected answer (HTTP ${r.status})`,
});

/**
 * The common shape: GET with the secret in a header; live on 200 when the JSON answer has `field`
 * (naming the identity), invalid on the given rejection statuses.
 */
export function bearerCheck(
  provider: string,
  baseUrl: string,
  path: string,
  header: (secret: string) => Record<string, string>,
  field: string,
  rejected: number[] = [401],
): Verifier {
  return {
    provider,
    baseUrl,
    request: (secret) => ({ method: "GET", path, headers: { accept: "application/json", ...header(secret) } }),
    interpret(r) {
      const body = json(r.body);
      if (r.status === 200 && body && field in body) {
        const id = body[field];
        return {
          status: "live",
          provider,
          ...(typeof id === "string" || typeof id === "number" ? { identity: String(id) } : {}),
        };
      }
      if (rejected.includes(r.status)) return { status: "invalid", provider };
      return unexpected(provider, r);
    },
  };
}

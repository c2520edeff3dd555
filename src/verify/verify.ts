// Asks providers whether found secrets are live: one read-only request per distinct secret, to the
// provider's own host only. With `explain`, describes each request (secret redacted) and sends nothing.
import type { Finding, Rule, Verification } from "../model.js";
import { LeakhoundError } from "../errors.js";
import { redact } from "../report/redact.js";
import {
  DEFAULT_HTTP,
  RateLimited,
  requestUrl,
  scrub,
  Timeout,
  VerifyHttp,
  type HttpOptions,
  type ProviderRequest,
} from "./http.js";
import { CANARY_ACCOUNTS, VERIFIERS, type Verifier } from "./providers.js";

export interface VerifyOptions {
  /** provider → base URL, for tests and self-hosted installs (GitHub Enterprise, GitLab self-managed) */
  baseUrls?: Record<string, string>;
  http?: Partial<HttpOptions>;
  /** describe the requests instead of sending them */
  explain?: boolean;
  /** more canary-token AWS accounts, besides the known ones */
  canaryAccounts?: string[];
}

export interface VerifyRun {
  /** with explain: one description per request that would be sent */
  explained: string[];
  /** requests sent (retries included) */
  sent: number;
}

const SECRET_HEADERS =
  /^(authorization|x-api-key|private-token|dd-api-key|circle-token|x-postmark-server-token|api-key|x-honeycomb-team)$/i;

/** Sets `finding.verification` on every finding. */
export async function verifyFindings(
  findings: Finding[],
  rules: readonly Rule[],
  options: VerifyOptions = {},
): Promise<VerifyRun> {
  const verifierOf = new Map(rules.map((r) => [r.id, r.verify]));
  const http = new VerifyHttp({ ...DEFAULT_HTTP, ...options.http });
  const canaries = new Set([...CANARY_ACCOUNTS, ...(options.canaryAccounts ?? [])]);
  const cache = new Map<string, Promise<Verification>>();
  const explained: string[] = [];

  const verifyOne = async (finding: Finding): Promise<Verification> => {
    const name = verifierOf.get(finding.ruleId);
    const verifier: Verifier | undefined = name ? VERIFIERS[name] : undefined;
    if (!verifier) return { status: "unsupported" };
    const baseUrl = options.baseUrls?.[verifier.provider] ?? verifier.baseUrl;
    const neighbours = findings.filter(
      (f) => f !== finding && f.path === finding.path && f.git?.commit === finding.git?.commit,
    );
    let request: ProviderRequest | Verification;
    try {
      request = verifier.request(finding.secret, { neighbours, host: new URL(baseUrl).host, canaryAccounts: canaries });
    } catch (err) {
      return {
        status: "unknown",
        provider: verifier.provider,
        reason: err instanceof Error ? err.message : String(err),
      };
    }
    if ("status" in request) return request;
    if (options.explain) {
      explained.push(describe(finding, verifier.provider, baseUrl, request));
      return { status: "unknown", provider: verifier.provider, reason: "not sent (--explain)" };
    }
    try {
      const response = await http.send(verifier.provider, baseUrl, request, finding.secret, finding.fingerprint);
      return verifier.interpret(response);
    } catch (err) {
      // a request that could not be written to the audit log is a failed run, not an unknown status
      if (err instanceof LeakhoundError && err.code === "OUTPUT_FAILED") throw err;
      const reason =
        err instanceof Timeout
          ? `timeout: ${err.message}`
          : err instanceof RateLimited
            ? err.message
            : err instanceof Error
              ? err.message
              : String(err);
      return { status: "unknown", provider: verifier.provider, reason };
    }
  };

  await Promise.all(
    findings.map(async (finding) => {
      let pending = cache.get(finding.fingerprint);
      if (!pending) {
        pending = verifyOne(finding);
        cache.set(finding.fingerprint, pending);
      }
      finding.verification = await pending;
    }),
  );
  return { explained, sent: http.sent };
}

/** The exact request, secret redacted: method, URL, headers, body. */
function describe(finding: Finding, provider: string, baseUrl: string, request: ProviderRequest): string {
  const secret = finding.secret;
  let url: string;
  try {
    url = scrub(requestUrl(baseUrl, request.path).toString(), secret);
  } catch (err) {
    url = `(refused: ${err instanceof Error ? err.message : String(err)})`;
  }
  const headers = Object.entries(request.headers).map(([k, v]) => {
    const shown = v.includes(secret)
      ? scrub(v, secret)
      : SECRET_HEADERS.test(k)
        ? v.includes(" ")
          ? `${v.split(" ")[0]} …`
          : "…"
        : v;
    return `    ${k}: ${shown}`;
  });
  const where = `${finding.path}:${finding.startLine}${finding.git ? ` (${finding.git.commit.slice(0, 12)})` : ""}`;
  return [
    `${finding.ruleId} ${redact(secret)} at ${where} → ${provider}`,
    `    ${request.method} ${url}`,
    ...headers,
    ...(request.body ? [`    body: ${scrub(request.body, secret)}`] : []),
  ].join("\n");
}

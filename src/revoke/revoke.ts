// Revokes live secrets through their provider's documented revocation call, then verifies each one
// again to confirm the provider now rejects it. Only secrets verification found `live` are touched
// (never `canary`, `unknown` or `invalid` ones); a timeout, a 429 or any unexpected answer is
// `failed`, never `revoked`. With `explain`, describes each request (secrets redacted), sends nothing.
import type { Finding, Revocation, Rule } from "../model.js";
import { LeakhoundError } from "../errors.js";
import { inert } from "../report/inert.js";
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
} from "../verify/http.js";
import { verifyFindings, type VerifyOptions } from "../verify/verify.js";
import { NOT_REVOCABLE, REVOKERS, type Revoker } from "./revokers.js";

export interface RevokeOptions extends Pick<VerifyOptions, "baseUrls" | "canaryAccounts"> {
  http?: Partial<HttpOptions>;
  explain?: boolean;
  /** the revokers the operator allows (default: all) */
  providers?: string[];
  confirmAttempts?: number;
  confirmDelaySeconds?: number;
}

export interface RevokeRun {
  explained: string[];
  sent: number;
  revoked: number;
  notRevocable: number;
  failed: number;
  /** live secrets of providers the operator did not name: left alone */
  skipped: number;
}

/** One live secret and its findings (the same secret in several places is revoked once). */
interface Target {
  secret: string;
  fingerprint: string;
  findings: Finding[];
  verifier: string | undefined;
}

/** The live secrets of `findings` and what will happen to each: for the prompt and for `revokeFindings`. */
export function revocationPlan(findings: readonly Finding[], rules: readonly Rule[], providers?: readonly string[]) {
  const verifierOf = new Map(rules.map((r) => [r.id, r.verify]));
  const targets = new Map<string, Target>();
  for (const f of findings) {
    if (f.verification?.status !== "live") continue;
    const t = targets.get(f.fingerprint);
    if (t) t.findings.push(f);
    else
      targets.set(f.fingerprint, {
        secret: f.secret,
        fingerprint: f.fingerprint,
        findings: [f],
        verifier: verifierOf.get(f.ruleId),
      });
  }
  const revocable = new Map<string, Target[]>();
  const notRevocable: Target[] = [];
  const skipped: Target[] = [];
  for (const t of targets.values()) {
    const revoker = t.verifier ? REVOKERS[t.verifier] : undefined;
    if (!revoker) notRevocable.push(t);
    else if (providers && !providers.includes(revoker.provider)) skipped.push(t);
    else revocable.set(revoker.provider, [...(revocable.get(revoker.provider) ?? []), t]);
  }
  return { revocable, notRevocable, skipped };
}

/** One line per secret that would be revoked, for the confirmation prompt. */
export function planLines(plan: ReturnType<typeof revocationPlan>): string[] {
  return [...plan.revocable.entries()].flatMap(([provider, targets]) =>
    targets.map((t) => {
      const f = t.findings[0]!;
      // the path and rule id come from the scanned repository: shown inert on the terminal
      return `  ${provider}: ${inert(f.ruleId)} ${inert(redact(t.secret))} at ${inert(f.path)}:${f.startLine}${f.git ? ` (${f.git.commit.slice(0, 12)})` : ""}${t.findings.length > 1 ? ` and ${t.findings.length - 1} more` : ""}`;
    }),
  );
}

const set = (t: Target, revocation: Revocation) => t.findings.forEach((f) => (f.revocation = revocation));

export async function revokeFindings(
  findings: Finding[],
  rules: readonly Rule[],
  options: RevokeOptions = {},
): Promise<RevokeRun> {
  const plan = revocationPlan(findings, rules, options.providers);
  const run: RevokeRun = {
    explained: [],
    sent: 0,
    revoked: 0,
    notRevocable: plan.notRevocable.length,
    failed: 0,
    skipped: plan.skipped.length,
  };
  const ruleOf = new Map(rules.map((r) => [r.id, r]));
  for (const t of plan.notRevocable) {
    const known = t.verifier ? NOT_REVOCABLE[t.verifier] : undefined;
    const rule = ruleOf.get(t.findings[0]!.ruleId);
    const rotationPage = known?.rotationPage ?? rule?.references?.[0];
    set(t, {
      status: "not-revocable",
      ...((known?.provider ?? t.verifier) ? { provider: known?.provider ?? t.verifier } : {}),
      reason: known?.reason ?? "no revocation API is known for this provider",
      ...(rotationPage ? { rotationPage } : {}),
    });
  }
  const http = new VerifyHttp({ ...DEFAULT_HTTP, ...options.http });
  const accepted: Target[] = [];
  for (const [provider, targets] of plan.revocable) {
    const revoker = REVOKERS[provider]!;
    const baseUrl = options.baseUrls?.[revoker.provider] ?? revoker.baseUrl;
    let requests = 0;
    for (let i = 0; i < targets.length; i += revoker.batchSize) {
      const batch = targets.slice(i, i + revoker.batchSize);
      const request = revoker.request(batch.map((t) => t.secret));
      if (options.explain) {
        run.explained.push(describe(revoker, baseUrl, request, batch));
        continue;
      }
      if (revoker.requestsPerRun !== undefined && requests >= revoker.requestsPerRun) {
        for (const t of batch)
          set(t, { status: "failed", provider, reason: `not sent: ${revoker.limits} (run again in an hour)` });
        run.failed += batch.length;
        continue;
      }
      requests++;
      const outcome = await send(http, revoker, baseUrl, request, batch);
      if (outcome.ok) accepted.push(...batch);
      else {
        for (const t of batch) set(t, { status: "failed", provider, reason: outcome.reason });
        run.failed += batch.length;
      }
    }
  }
  run.sent = http.sent;
  if (options.explain || accepted.length === 0) return run;

  // confirm: the provider must now reject each secret (GitHub revokes asynchronously: ask again after a pause)
  const attempts = options.confirmAttempts ?? 3;
  const delayMs = (options.confirmDelaySeconds ?? 2) * 1000;
  let pending = accepted;
  for (let attempt = 1; pending.length > 0; attempt++) {
    const probes = pending.map((t) => ({ ...t.findings[0]!, verification: undefined }) as Finding);
    const verified = await verifyFindings(probes, rules, {
      ...(options.baseUrls ? { baseUrls: options.baseUrls } : {}),
      ...(options.http ? { http: options.http } : {}),
      ...(options.canaryAccounts ? { canaryAccounts: options.canaryAccounts } : {}),
    });
    run.sent += verified.sent;
    const still: Target[] = [];
    pending.forEach((t, i) => {
      const provider = REVOKERS[t.verifier!]!.provider;
      const status = probes[i]!.verification?.status;
      if (status === "invalid") {
        set(t, { status: "revoked", provider, confirmed: "invalid" });
        run.revoked++;
      } else if (attempt < attempts && status === "live") still.push(t);
      else {
        const why =
          status === "live"
            ? `the provider accepted the revocation, but the secret still works (checked ${attempt} times)`
            : `revocation accepted, but not confirmed: verification ${status}${probes[i]!.verification?.reason ? ` (${probes[i]!.verification!.reason})` : ""}`;
        set(t, { status: "failed", provider, reason: why, ...(status ? { confirmed: status } : {}) });
        run.failed++;
      }
    });
    pending = still;
    if (pending.length > 0) await new Promise((r) => setTimeout(r, delayMs));
  }
  return run;
}

async function send(
  http: VerifyHttp,
  revoker: Revoker,
  baseUrl: string,
  request: ProviderRequest,
  batch: Target[],
): Promise<{ ok: true } | { ok: false; reason: string }> {
  try {
    const response = await http.send(
      revoker.provider,
      baseUrl,
      request,
      batch.map((t) => t.secret),
      batch.map((t) => t.fingerprint),
      "revoke",
    );
    return revoker.accepted(response);
  } catch (err) {
    if (err instanceof LeakhoundError && err.code === "OUTPUT_FAILED") throw err;
    const reason =
      err instanceof Timeout
        ? `timeout: ${err.message}`
        : err instanceof RateLimited
          ? err.message
          : err instanceof Error
            ? err.message
            : String(err);
    return { ok: false, reason };
  }
}

/** The exact request, every secret in it redacted. */
function describe(revoker: Revoker, baseUrl: string, request: ProviderRequest, batch: Target[]): string {
  const hide = (text: string) => batch.reduce((acc, t) => scrub(acc, t.secret), text);
  let url: string;
  try {
    url = hide(requestUrl(baseUrl, request.path).toString());
  } catch (err) {
    url = `(refused: ${err instanceof Error ? err.message : String(err)})`;
  }
  const headers = Object.entries(request.headers).map(([k, v]) => `    ${k}: ${hide(v)}`);
  const what = batch.map((t) => `${t.findings[0]!.ruleId} ${redact(t.secret)}`).join(", ");
  return [
    `revoke ${what} → ${revoker.provider}`,
    `    ${request.method} ${url}`,
    ...headers,
    ...(request.body ? [`    body: ${hide(request.body)}`] : []),
  ].join("\n");
}

// Revokers: for each verifier whose provider documents a call that revokes a leaked credential, that
// call (to the provider's fixed host, or the operator's base-URL override for the same provider);
// for the others, the page where the owner rotates it. Keyed by verifier name, as `verify = "x"`.
import type { ProviderRequest, ProviderResponse } from "../verify/http.js";

export interface Revoker {
  /** the verifier (and base URL key) this revokes for */
  provider: string;
  baseUrl: string;
  /** for the README's support table */
  tokenTypes: string;
  api: string;
  limits: string;
  /** most credentials one request may carry */
  batchSize: number;
  /** most requests one run sends (the provider's hourly limit), the rest fail as over the budget */
  requestsPerRun?: number;
  request(secrets: readonly string[]): ProviderRequest;
  /** whether the provider accepted the revocation of every credential in the request */
  accepted(response: ProviderResponse): { ok: true } | { ok: false; reason: string };
}

export interface NotRevocable {
  provider: string;
  reason: string;
  rotationPage: string;
}

function json(body: string): Record<string, unknown> | undefined {
  try {
    const value = JSON.parse(body) as unknown;
    return typeof value === "object" && value !== null ? (value as Record<string, unknown>) : undefined;
  } catch {
    return undefined;
  }
}

const byStatus =
  (...ok: number[]) =>
  (r: ProviderResponse): { ok: true } | { ok: false; reason: string } =>
    ok.includes(r.status) ? { ok: true } : { ok: false, reason: `provider answered HTTP ${r.status}` };

/** A credential that revokes itself: one authenticated request per credential. */
function selfRevoke(
  provider: string,
  baseUrl: string,
  doc: { tokenTypes: string; api: string; limits?: string },
  method: "DELETE" | "POST",
  path: string,
  header: (secret: string) => Record<string, string>,
  accepted: Revoker["accepted"],
): Revoker {
  return {
    provider,
    baseUrl,
    tokenTypes: doc.tokenTypes,
    api: doc.api,
    limits: doc.limits ?? "one request per credential",
    batchSize: 1,
    request: ([secret]) => ({ method, path, headers: header(secret!), ...(method === "POST" ? { body: "" } : {}) }),
    accepted,
  };
}

export const REVOKERS: Record<string, Revoker> = {
  // https://docs.github.com/rest/credentials/revoke : no authentication (an authenticated request is
  // refused with 403), up to 1,000 credentials per request, 60 requests per hour; 202 Accepted, the
  // owner is notified and the revocation is processed asynchronously
  github: {
    provider: "github",
    baseUrl: "https://api.github.com",
    tokenTypes:
      "classic PATs (ghp_), fine-grained PATs (github_pat_), OAuth app tokens (gho_), GitHub App user-to-server (ghu_) and refresh tokens (ghr_)",
    api: "POST /credentials/revoke (unauthenticated)",
    limits: "1,000 credentials per request, 60 requests per hour; the owner is notified",
    batchSize: 1000,
    requestsPerRun: 60,
    request: (secrets) => ({
      method: "POST",
      path: "/credentials/revoke",
      headers: {
        accept: "application/vnd.github+json",
        "content-type": "application/json",
        "x-github-api-version": "2022-11-28",
      },
      body: JSON.stringify({ credentials: secrets }),
    }),
    accepted(r) {
      if (r.status === 202 || r.status === 200 || r.status === 204) return { ok: true };
      if (r.status === 422)
        return {
          ok: false,
          reason: "GitHub refused the request (HTTP 422: validation failed, or the endpoint has been spammed)",
        };
      if (r.status === 403)
        return { ok: false, reason: "GitHub refused the request (HTTP 403: rate limit, or an authenticated request)" };
      return { ok: false, reason: `GitHub answered HTTP ${r.status}` };
    },
  },
  // https://docs.github.com/rest/apps/installations#revoke-an-installation-access-token
  "github-app": selfRevoke(
    "github-app",
    "https://api.github.com",
    { tokenTypes: "GitHub App installation tokens (ghs_)", api: "DELETE /installation/token (as the token)" },
    "DELETE",
    "/installation/token",
    (s) => ({ authorization: `Bearer ${s}`, accept: "application/vnd.github+json" }),
    byStatus(204),
  ),
  // https://docs.gitlab.com/api/personal_access_tokens/#revoke-a-personal-access-token (self)
  gitlab: selfRevoke(
    "gitlab",
    "https://gitlab.com",
    {
      tokenTypes: "personal, project and group access tokens (glpat-)",
      api: "DELETE /api/v4/personal_access_tokens/self (as the token)",
    },
    "DELETE",
    "/api/v4/personal_access_tokens/self",
    (s) => ({ "private-token": s }),
    byStatus(204),
  ),
  // https://api.slack.com/methods/auth.revoke : HTTP 200 always, `revoked: true` says it was
  slack: selfRevoke(
    "slack",
    "https://slack.com",
    {
      tokenTypes: "bot (xoxb-) and user (xoxp-) tokens",
      api: "POST /api/auth.revoke (as the token)",
      limits: "one request per token; a bot token's bot user is deactivated",
    },
    "POST",
    "/api/auth.revoke",
    (s) => ({ authorization: `Bearer ${s}`, "content-type": "application/x-www-form-urlencoded" }),
    (r) => {
      const body = json(r.body);
      if (r.status === 200 && body?.ok === true && body.revoked === true) return { ok: true };
      return {
        ok: false,
        reason: `Slack did not revoke it (${typeof body?.error === "string" ? body.error : `HTTP ${r.status}`})`,
      };
    },
  ),
  // https://buildkite.com/docs/apis/rest-api/access-token#revoke-the-current-token
  buildkite: selfRevoke(
    "buildkite",
    "https://api.buildkite.com",
    { tokenTypes: "API access tokens (bkua_)", api: "DELETE /v2/access-token (as the token)" },
    "DELETE",
    "/v2/access-token",
    (s) => ({ authorization: `Bearer ${s}` }),
    byStatus(204),
  ),
  // https://vercel.com/docs/rest-api/reference/endpoints/authentication/delete-an-authentication-token ("current")
  vercel: selfRevoke(
    "vercel",
    "https://api.vercel.com",
    { tokenTypes: "access tokens", api: "DELETE /v3/user/tokens/current (as the token)" },
    "DELETE",
    "/v3/user/tokens/current",
    (s) => ({ authorization: `Bearer ${s}` }),
    byStatus(200),
  ),
};

const none = (
  provider: string,
  rotationPage: string,
  reason = "the provider documents no API that revokes this credential with itself",
): NotRevocable => ({ provider, reason, rotationPage });

/** Verifiers whose provider offers no revocation call: where the owner rotates the secret instead. */
export const NOT_REVOCABLE: Record<string, NotRevocable> = {
  aws: none(
    "aws",
    "https://docs.aws.amazon.com/IAM/latest/UserGuide/id_credentials_access-keys.html#rotating_access_keys_console",
    "deactivating a key needs IAM permissions of another principal; canary accounts are never touched",
  ),
  stripe: none("stripe", "https://dashboard.stripe.com/apikeys"),
  openai: none("openai", "https://platform.openai.com/api-keys"),
  anthropic: none("anthropic", "https://console.anthropic.com/settings/keys"),
  sendgrid: none(
    "sendgrid",
    "https://app.sendgrid.com/settings/api_keys",
    "deleting a key needs its ID and a key with api_keys scope",
  ),
  mailgun: none("mailgun", "https://app.mailgun.com/settings/api_security"),
  npm: none(
    "npm",
    "https://docs.npmjs.com/revoking-access-tokens",
    "revoking needs the token's key from the account's token list",
  ),
  huggingface: none("huggingface", "https://huggingface.co/settings/tokens"),
  digitalocean: none("digitalocean", "https://cloud.digitalocean.com/account/api/tokens"),
  discord: none(
    "discord",
    "https://discord.com/developers/applications",
    "a bot token is reset in the application's Bot page",
  ),
  telegram: none(
    "telegram",
    "https://core.telegram.org/bots/features#botfather",
    "a bot token is revoked with BotFather's /revoke",
  ),
  datadog: none(
    "datadog",
    "https://app.datadoghq.com/organization-settings/api-keys",
    "revoking needs an application key",
  ),
  heroku: none("heroku", "https://dashboard.heroku.com/account/applications"),
  google: none("google", "https://console.cloud.google.com/apis/credentials"),
  circleci: none("circleci", "https://app.circleci.com/settings/user/tokens"),
  netlify: none("netlify", "https://app.netlify.com/user/applications#personal-access-tokens"),
  cloudflare: none(
    "cloudflare",
    "https://dash.cloudflare.com/profile/api-tokens",
    "deleting a token needs its ID and API Tokens Write permission",
  ),
  groq: none("groq", "https://console.groq.com/keys"),
  mistral: none("mistral", "https://console.mistral.ai/api-keys"),
  cohere: none("cohere", "https://dashboard.cohere.com/api-keys"),
  replicate: none("replicate", "https://replicate.com/account/api-tokens"),
  xai: none("xai", "https://console.x.ai"),
  square: none(
    "square",
    "https://developer.squareup.com/apps",
    "an access token is replaced in the Developer Console (OAuth tokens: POST /oauth2/revoke with the application's secret)",
  ),
  postmark: none(
    "postmark",
    "https://account.postmarkapp.com/servers",
    "a server token is regenerated in the server's API Tokens tab",
  ),
  brevo: none("brevo", "https://app.brevo.com/settings/keys/api"),
  pagerduty: none("pagerduty", "https://support.pagerduty.com/main/docs/api-access-keys"),
  doppler: none("doppler", "https://docs.doppler.com/docs/service-tokens"),
  terraform: none("terraform", "https://app.terraform.io/app/settings/tokens"),
  snyk: none("snyk", "https://app.snyk.io/account"),
  notion: none("notion", "https://www.notion.so/my-integrations"),
  airtable: none("airtable", "https://airtable.com/create/tokens"),
  honeycomb: none("honeycomb", "https://docs.honeycomb.io/configure/environments/manage-api-keys/"),
};

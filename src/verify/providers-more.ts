// More verifiers, for the providers most often found in leaks beyond the first set: CI/CD, hosting,
// AI APIs, payments, messaging, observability and SaaS APIs. Each is one read-only request to the
// provider's documented API host (base URL overridable by the operator only), read as in check.ts.
import { bearerCheck, json, unexpected, type Verifier } from "./check.js";

const bearer = (secret: string) => ({ authorization: `Bearer ${secret}` });

export const MORE_VERIFIERS: Record<string, Verifier> = {
  // https://circleci.com/docs/api/v2/index.html#operation/getCurrentUser
  circleci: bearerCheck("circleci", "https://circleci.com", "/api/v2/me", (s) => ({ "circle-token": s }), "login"),
  // https://buildkite.com/docs/apis/rest-api/access-token#get-the-current-token
  buildkite: bearerCheck("buildkite", "https://api.buildkite.com", "/v2/access-token", bearer, "uuid"),
  // https://vercel.com/docs/rest-api/reference/endpoints/user/get-the-user ; a bad token is 403 invalidToken
  vercel: bearerCheck("vercel", "https://api.vercel.com", "/v2/user", bearer, "user", [401, 403]),
  // https://open-api.netlify.com/#tag/user/operation/getCurrentUser
  netlify: bearerCheck("netlify", "https://api.netlify.com", "/api/v1/user", bearer, "id"),
  // https://developers.cloudflare.com/api/resources/user/subresources/tokens/methods/verify/
  cloudflare: {
    ...bearerCheck("cloudflare", "https://api.cloudflare.com", "/client/v4/user/tokens/verify", bearer, "result"),
    interpret(r) {
      const body = json(r.body);
      const status = (body?.result as { status?: unknown } | undefined)?.status;
      if (r.status === 200 && body?.success === true && status === "active")
        return { status: "live", provider: "cloudflare" };
      if (r.status === 200 && (status === "disabled" || status === "expired"))
        return { status: "invalid", provider: "cloudflare", reason: `token ${status}` };
      if ([400, 401, 403].includes(r.status) && body?.success === false)
        return { status: "invalid", provider: "cloudflare" };
      return unexpected("cloudflare", r);
    },
  },
  // https://console.groq.com/docs/api-reference#models-list
  groq: bearerCheck("groq", "https://api.groq.com", "/openai/v1/models", bearer, "data"),
  // https://docs.mistral.ai/api/#tag/models/operation/list_models_v1_models_get
  mistral: bearerCheck("mistral", "https://api.mistral.ai", "/v1/models", bearer, "data"),
  // https://docs.cohere.com/reference/list-models
  cohere: bearerCheck("cohere", "https://api.cohere.com", "/v1/models?page_size=1", bearer, "models"),
  // https://replicate.com/docs/reference/http#accounts.get
  replicate: bearerCheck("replicate", "https://api.replicate.com", "/v1/account", bearer, "username"),
  // https://docs.x.ai/docs/api-reference#api-key : the key's own metadata, including whether it is blocked
  xai: {
    ...bearerCheck("xai", "https://api.x.ai", "/v1/api-key", bearer, "api_key_id"),
    interpret(r) {
      const body = json(r.body);
      if (r.status === 200 && body && typeof body.api_key_id === "string") {
        if (body.api_key_blocked === true || body.api_key_disabled === true || body.team_blocked === true)
          return { status: "invalid", provider: "xai", reason: "key blocked or disabled" };
        return { status: "live", provider: "xai", ...(typeof body.name === "string" ? { identity: body.name } : {}) };
      }
      if (r.status === 400 || r.status === 401) return { status: "invalid", provider: "xai" };
      return unexpected("xai", r);
    },
  },
  // https://developer.squareup.com/reference/square/locations-api/list-locations
  square: bearerCheck(
    "square",
    "https://connect.squareup.com",
    "/v2/locations",
    (s) => ({ authorization: `Bearer ${s}`, "square-version": "2024-01-18" }),
    "locations",
  ),
  // https://postmarkapp.com/developer/api/server-api#get-server
  postmark: bearerCheck(
    "postmark",
    "https://api.postmarkapp.com",
    "/server",
    (s) => ({ "x-postmark-server-token": s }),
    "Name",
  ),
  // https://developers.brevo.com/reference/getaccount
  brevo: bearerCheck("brevo", "https://api.brevo.com", "/v3/account", (s) => ({ "api-key": s }), "email"),
  // https://developer.pagerduty.com/api-reference/ (GET /abilities works for every REST API key)
  pagerduty: bearerCheck(
    "pagerduty",
    "https://api.pagerduty.com",
    "/abilities",
    (s) => ({ authorization: `Token token=${s}`, accept: "application/vnd.pagerduty+json;version=2" }),
    "abilities",
  ),
  // https://docs.doppler.com/reference/auth-me
  doppler: bearerCheck("doppler", "https://api.doppler.com", "/v3/me", bearer, "workplace"),
  // https://developer.hashicorp.com/terraform/cloud-docs/api-docs/account#get-your-account-details
  terraform: bearerCheck(
    "terraform",
    "https://app.terraform.io",
    "/api/v2/account/details",
    (s) => ({ authorization: `Bearer ${s}`, accept: "application/vnd.api+json" }),
    "data",
  ),
  // https://docs.snyk.io/snyk-api/reference/users-v1#get-user-me
  snyk: bearerCheck("snyk", "https://api.snyk.io", "/v1/user/me", (s) => ({ authorization: `token ${s}` }), "username"),
  // https://developers.notion.com/reference/get-self
  notion: bearerCheck(
    "notion",
    "https://api.notion.com",
    "/v1/users/me",
    (s) => ({ authorization: `Bearer ${s}`, "notion-version": "2022-06-28" }),
    "id",
  ),
  // https://airtable.com/developers/web/api/get-user-id-scopes
  airtable: bearerCheck("airtable", "https://api.airtable.com", "/v0/meta/whoami", bearer, "id"),
  // https://docs.honeycomb.io/api/tag/Auth
  honeycomb: bearerCheck("honeycomb", "https://api.honeycomb.io", "/1/auth", (s) => ({ "x-honeycomb-team": s }), "id"),
};

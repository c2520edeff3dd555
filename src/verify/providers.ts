// Verifiers: for each provider, the read-only request that tells whether a secret works, the host
// it goes to (documented API host; overridable for tests and GitHub Enterprise / GitLab self-managed),
// and how to read the answer. `live` only on a documented success answer with its expected content.
import { awsAccountId, CANARY_ACCOUNTS, getCallerIdentity } from "./aws.js";
import { bearerCheck, json, unexpected, type Verifier } from "./check.js";
import { MORE_VERIFIERS } from "./providers-more.js";

export type { Verifier, VerifyContext } from "./check.js";

const bearer = (secret: string) => ({ authorization: `Bearer ${secret}` });

export const VERIFIERS: Record<string, Verifier> = {
  // https://docs.github.com/rest/users/users#get-the-authenticated-user
  github: bearerCheck(
    "github",
    "https://api.github.com",
    "/user",
    (s) => ({ authorization: `Bearer ${s}`, accept: "application/vnd.github+json" }),
    "login",
  ),
  // installation tokens cannot read /user:
  // https://docs.github.com/rest/apps/installations#list-repositories-accessible-to-the-app-installation
  "github-app": bearerCheck(
    "github-app",
    "https://api.github.com",
    "/installation/repositories?per_page=1",
    (s) => ({ authorization: `Bearer ${s}` }),
    "total_count",
  ),
  // https://docs.gitlab.com/ee/api/personal_access_tokens.html#get-single-personal-access-token
  gitlab: bearerCheck(
    "gitlab",
    "https://gitlab.com",
    "/api/v4/personal_access_tokens/self",
    (s) => ({ "private-token": s }),
    "id",
  ),
  // https://docs.stripe.com/api/balance/balance_retrieve ; a restricted key without balance access answers 403
  stripe: {
    ...bearerCheck("stripe", "https://api.stripe.com", "/v1/balance", bearer, "object"),
    interpret(r) {
      const body = json(r.body);
      if (r.status === 200 && body?.object === "balance") return { status: "live", provider: "stripe" };
      if (r.status === 403 && body && "error" in body)
        return { status: "live", provider: "stripe", reason: "restricted key (no balance access)" };
      if (r.status === 401) return { status: "invalid", provider: "stripe" };
      return unexpected("stripe", r);
    },
  },
  // https://api.slack.com/methods/auth.test : always HTTP 200, the answer says ok or why not
  slack: {
    provider: "slack",
    baseUrl: "https://slack.com",
    request: (secret) => ({
      method: "POST",
      path: "/api/auth.test",
      headers: { authorization: `Bearer ${secret}`, "content-type": "application/x-www-form-urlencoded" },
      body: "",
    }),
    interpret(r) {
      const body = json(r.body);
      if (r.status === 200 && body?.ok === true)
        return {
          status: "live",
          provider: "slack",
          ...(typeof body.user === "string" ? { identity: `${body.user}@${String(body.team ?? "")}` } : {}),
        };
      const error = typeof body?.error === "string" ? body.error : "";
      if (["invalid_auth", "token_revoked", "account_inactive", "not_authed", "token_expired"].includes(error))
        return { status: "invalid", provider: "slack" };
      return unexpected("slack", r);
    },
  },
  // https://platform.openai.com/docs/api-reference/models/list
  openai: bearerCheck("openai", "https://api.openai.com", "/v1/models", bearer, "data"),
  // https://docs.anthropic.com/en/api/models-list
  anthropic: bearerCheck(
    "anthropic",
    "https://api.anthropic.com",
    "/v1/models",
    (s) => ({ "x-api-key": s, "anthropic-version": "2023-06-01" }),
    "data",
  ),
  // https://www.twilio.com/docs/sendgrid/api-reference/api-key-permissions/retrieve-a-list-of-scopes-for-which-this-user-has-access
  sendgrid: bearerCheck("sendgrid", "https://api.sendgrid.com", "/v3/scopes", bearer, "scopes", [401, 403]),
  // https://documentation.mailgun.com/docs/mailgun/api-reference/openapi-final/tag/Domains/
  mailgun: bearerCheck(
    "mailgun",
    "https://api.mailgun.net",
    "/v3/domains?limit=1",
    (s) => ({ authorization: `Basic ${Buffer.from(`api:${s}`).toString("base64")}` }),
    "items",
  ),
  // https://docs.npmjs.com/cli/v10/commands/npm-whoami (GET /-/whoami on the registry)
  npm: bearerCheck("npm", "https://registry.npmjs.org", "/-/whoami", bearer, "username"),
  // https://huggingface.co/docs/hub/api#get-apiwhoami-v2
  huggingface: bearerCheck("huggingface", "https://huggingface.co", "/api/whoami-v2", bearer, "name"),
  // https://docs.digitalocean.com/reference/api/api-reference/#operation/account_get
  digitalocean: bearerCheck("digitalocean", "https://api.digitalocean.com", "/v2/account", bearer, "account"),
  // https://discord.com/developers/docs/resources/user#get-current-user
  discord: bearerCheck(
    "discord",
    "https://discord.com",
    "/api/v10/users/@me",
    (s) => ({ authorization: `Bot ${s}` }),
    "id",
  ),
  // https://core.telegram.org/bots/api#getme : the token is part of the path
  telegram: {
    provider: "telegram",
    baseUrl: "https://api.telegram.org",
    request: (secret) => ({ method: "GET", path: `/bot${encodeURIComponent(secret)}/getMe`, headers: {} }),
    interpret(r) {
      const body = json(r.body);
      if (r.status === 200 && body?.ok === true)
        return {
          status: "live",
          provider: "telegram",
          ...(typeof (body.result as { username?: string })?.username === "string"
            ? { identity: (body.result as { username: string }).username }
            : {}),
        };
      if ((r.status === 401 || r.status === 404) && body?.ok === false)
        return { status: "invalid", provider: "telegram" };
      return unexpected("telegram", r);
    },
  },
  // https://docs.datadoghq.com/api/latest/authentication/#validate-api-key
  datadog: {
    ...bearerCheck(
      "datadog",
      "https://api.datadoghq.com",
      "/api/v1/validate",
      (s) => ({ "dd-api-key": s }),
      "valid",
      [403],
    ),
    interpret(r) {
      if (r.status === 200 && json(r.body)?.valid === true) return { status: "live", provider: "datadog" };
      if (r.status === 403) return { status: "invalid", provider: "datadog" };
      return unexpected("datadog", r);
    },
  },
  // https://devcenter.heroku.com/articles/platform-api-reference#account-info-by-user
  heroku: bearerCheck(
    "heroku",
    "https://api.heroku.com",
    "/account",
    (s) => ({ authorization: `Bearer ${s}`, accept: "application/vnd.heroku+json; version=3" }),
    "email",
  ),
  // https://ai.google.dev/api/models#method:-models.list ; an unknown key is HTTP 400 API_KEY_INVALID
  google: {
    provider: "google",
    baseUrl: "https://generativelanguage.googleapis.com",
    request: (secret) => ({
      method: "GET",
      path: `/v1beta/models?pageSize=1&key=${encodeURIComponent(secret)}`,
      headers: {},
    }),
    interpret(r) {
      if (r.status === 200 && json(r.body)?.models) return { status: "live", provider: "google" };
      if (r.status === 403)
        return { status: "live", provider: "google", reason: "key valid, Generative Language API not enabled for it" };
      if (r.status === 400 && r.body.includes("API_KEY_INVALID")) return { status: "invalid", provider: "google" };
      return unexpected("google", r);
    },
  },
  // https://docs.aws.amazon.com/STS/latest/APIReference/API_GetCallerIdentity.html (needs no permission)
  aws: {
    provider: "aws",
    baseUrl: "https://sts.amazonaws.com",
    request(accessKeyId, ctx) {
      const account = awsAccountId(accessKeyId);
      if (account && ctx.canaryAccounts.has(account)) {
        return {
          status: "canary",
          provider: "aws",
          reason: `canary token: account ${account} issues keys to detect intruders`,
        };
      }
      const secret = ctx.neighbours.find((f) => f.ruleId === "aws-secret-access-key")?.secret;
      if (!secret)
        return { status: "unsupported", provider: "aws", reason: "no secret access key found next to the key ID" };
      return getCallerIdentity(ctx.host, accessKeyId, secret);
    },
    interpret(r) {
      const arn = /<Arn>([^<]+)<\/Arn>/.exec(r.body)?.[1];
      if (r.status === 200 && arn) return { status: "live", provider: "aws", identity: arn };
      if (r.status === 403 && /InvalidClientTokenId|SignatureDoesNotMatch/.test(r.body))
        return { status: "invalid", provider: "aws" };
      return unexpected("aws", r);
    },
  },
  ...MORE_VERIFIERS,
};

export { CANARY_ACCOUNTS };

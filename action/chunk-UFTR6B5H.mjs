import {
  appendChecked,
  redact
} from "./chunk-KE6G5FXV.mjs";
import "./chunk-DIVQNKH2.mjs";
import {
  LeakhoundError
} from "./chunk-J2RLNSZZ.mjs";

// src/verify/http.ts
var RateLimited = class extends Error {
};
var Timeout = class extends Error {
};
var DEFAULT_HTTP = { timeoutMs: 1e4, concurrency: 4, retries: 2, maxRetryAfterSeconds: 30 };
var VerifyHttp = class {
  constructor(options) {
    this.options = options;
  }
  options;
  active = 0;
  waiting = [];
  /** requests sent, for tests and the summary */
  sent = 0;
  /**
   * Sends `request` to `baseUrl`. Throws if the resulting URL would leave the base URL's origin,
   * whatever the request's path holds.
   */
  async send(provider, baseUrl, request, secret, fingerprint) {
    const url = requestUrl(baseUrl, request.path);
    await this.acquire();
    try {
      for (let attempt = 0; ; attempt++) {
        const started = /* @__PURE__ */ new Date();
        let response;
        try {
          this.sent++;
          response = await fetch(url, {
            method: request.method,
            headers: { "user-agent": "leakhound-verify", ...request.headers },
            body: request.body,
            redirect: "manual",
            // a redirect could lead to another host
            signal: AbortSignal.timeout(this.options.timeoutMs)
          });
        } catch (err) {
          const timedOut = err instanceof Error && (err.name === "TimeoutError" || err.name === "AbortError");
          this.audit(provider, url, request, secret, fingerprint, started, timedOut ? "timeout" : "network error");
          if (timedOut) throw new Timeout(`no answer within ${this.options.timeoutMs} ms`);
          throw new Error(`network error: ${err instanceof Error ? err.cause?.message ?? err.message : String(err)}`);
        }
        const body = await response.text();
        this.audit(provider, url, request, secret, fingerprint, started, response.status);
        if (response.status === 429) {
          const wait = retryAfterSeconds(response.headers.get("retry-after"));
          if (attempt >= this.options.retries || wait > this.options.maxRetryAfterSeconds) {
            throw new RateLimited(`rate limited (HTTP 429${wait ? `, retry after ${wait} s` : ""})`);
          }
          await new Promise((r) => setTimeout(r, Math.max(wait, 2 ** attempt) * 1e3));
          continue;
        }
        return { status: response.status, body, headers: response.headers };
      }
    } finally {
      this.release();
    }
  }
  audit(provider, url, request, secret, fingerprint, at, outcome) {
    if (!this.options.auditLog) return;
    const entry = {
      time: at.toISOString(),
      provider,
      host: url.host,
      method: request.method,
      path: scrub(url.pathname + url.search, secret),
      status: outcome,
      fingerprint
    };
    appendChecked(this.options.auditLog, JSON.stringify(entry) + "\n", "audit log ");
  }
  async acquire() {
    if (this.active < this.options.concurrency) {
      this.active++;
      return;
    }
    await new Promise((resolve) => this.waiting.push(resolve));
    this.active++;
  }
  release() {
    this.active--;
    this.waiting.shift()?.();
  }
};
function requestUrl(baseUrl, path) {
  const base = new URL(baseUrl);
  const prefix = base.pathname.replace(/\/+$/, "");
  if (!path.startsWith("/") || path.startsWith("//") || path.includes("\\")) {
    throw new Error(`refused: request path ${JSON.stringify(scrub(path, ""))} could leave ${base.host}`);
  }
  const url = new URL(`${base.origin}${prefix}${path}`);
  if (url.origin !== base.origin) throw new Error(`refused: request would go to ${url.host}, not ${base.host}`);
  return url;
}
function scrub(text, secret) {
  if (!secret) return text;
  return text.split(secret).join(redact(secret)).split(encodeURIComponent(secret)).join(redact(secret));
}
function retryAfterSeconds(header) {
  if (!header) return 0;
  const seconds = Number(header);
  if (Number.isFinite(seconds)) return Math.max(0, seconds);
  const date = Date.parse(header);
  return Number.isNaN(date) ? 0 : Math.max(0, Math.ceil((date - Date.now()) / 1e3));
}

// src/verify/aws.ts
import aws4 from "aws4";
function awsAccountId(accessKeyId) {
  const alphabet = "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567";
  const chars = accessKeyId.slice(4);
  let bits = "";
  for (const ch of chars) {
    const v = alphabet.indexOf(ch);
    if (v < 0) return void 0;
    bits += v.toString(2).padStart(5, "0");
  }
  if (bits.length < 48) return void 0;
  const first48 = BigInt(`0b${bits.slice(0, 48)}`);
  const account = (first48 & 0x7fffffffff80n) >> 7n;
  return account.toString().padStart(12, "0");
}
var CANARY_ACCOUNTS = /* @__PURE__ */ new Set([
  "052310077262",
  "171436882533",
  "534261010715",
  "595918472158",
  "717712589309",
  "819147034852",
  "992382622183",
  "730335385048",
  "266735846894"
]);
function getCallerIdentity(host, accessKeyId, secretAccessKey) {
  const body = "Action=GetCallerIdentity&Version=2011-06-15";
  const signed = aws4.sign(
    { host, path: "/", method: "POST", service: "sts", region: "us-east-1", body, headers: { "content-type": "application/x-www-form-urlencoded; charset=utf-8" } },
    { accessKeyId, secretAccessKey }
  );
  const headers = {};
  for (const [k, v] of Object.entries(signed.headers ?? {})) if (k.toLowerCase() !== "host" && k.toLowerCase() !== "content-length") headers[k] = String(v);
  return { method: "POST", path: "/", headers, body };
}

// src/verify/providers.ts
function json(body) {
  try {
    const value = JSON.parse(body);
    return typeof value === "object" && value !== null ? value : void 0;
  } catch {
    return void 0;
  }
}
var unexpected = (provider, r) => ({
  status: "unknown",
  provider,
  reason: `unexpected answer (HTTP ${r.status})`
});
function bearerCheck(provider, baseUrl, path, header, field, rejected = [401]) {
  return {
    provider,
    baseUrl,
    request: (secret) => ({ method: "GET", path, headers: { accept: "application/json", ...header(secret) } }),
    interpret(r) {
      const body = json(r.body);
      if (r.status === 200 && body && field in body) {
        const id = body[field];
        return { status: "live", provider, ...typeof id === "string" || typeof id === "number" ? { identity: String(id) } : {} };
      }
      if (rejected.includes(r.status)) return { status: "invalid", provider };
      return unexpected(provider, r);
    }
  };
}
var bearer = (secret) => ({ authorization: `Bearer ${secret}` });
var VERIFIERS = {
  // https://docs.github.com/rest/users/users#get-the-authenticated-user
  github: bearerCheck("github", "https://api.github.com", "/user", (s) => ({ authorization: `Bearer ${s}`, accept: "application/vnd.github+json" }), "login"),
  // installation tokens cannot read /user: https://docs.github.com/rest/apps/installations#list-repositories-accessible-to-the-app-installation
  "github-app": bearerCheck("github-app", "https://api.github.com", "/installation/repositories?per_page=1", (s) => ({ authorization: `Bearer ${s}` }), "total_count"),
  // https://docs.gitlab.com/ee/api/personal_access_tokens.html#get-single-personal-access-token
  gitlab: bearerCheck("gitlab", "https://gitlab.com", "/api/v4/personal_access_tokens/self", (s) => ({ "private-token": s }), "id"),
  // https://docs.stripe.com/api/balance/balance_retrieve ; a restricted key without balance access answers 403
  stripe: {
    ...bearerCheck("stripe", "https://api.stripe.com", "/v1/balance", bearer, "object"),
    interpret(r) {
      const body = json(r.body);
      if (r.status === 200 && body?.object === "balance") return { status: "live", provider: "stripe" };
      if (r.status === 403 && body && "error" in body) return { status: "live", provider: "stripe", reason: "restricted key (no balance access)" };
      if (r.status === 401) return { status: "invalid", provider: "stripe" };
      return unexpected("stripe", r);
    }
  },
  // https://api.slack.com/methods/auth.test : always HTTP 200, the answer says ok or why not
  slack: {
    provider: "slack",
    baseUrl: "https://slack.com",
    request: (secret) => ({ method: "POST", path: "/api/auth.test", headers: { authorization: `Bearer ${secret}`, "content-type": "application/x-www-form-urlencoded" }, body: "" }),
    interpret(r) {
      const body = json(r.body);
      if (r.status === 200 && body?.ok === true) return { status: "live", provider: "slack", ...typeof body.user === "string" ? { identity: `${body.user}@${String(body.team ?? "")}` } : {} };
      const error = typeof body?.error === "string" ? body.error : "";
      if (["invalid_auth", "token_revoked", "account_inactive", "not_authed", "token_expired"].includes(error)) return { status: "invalid", provider: "slack" };
      return unexpected("slack", r);
    }
  },
  // https://platform.openai.com/docs/api-reference/models/list
  openai: bearerCheck("openai", "https://api.openai.com", "/v1/models", bearer, "data"),
  // https://docs.anthropic.com/en/api/models-list
  anthropic: bearerCheck("anthropic", "https://api.anthropic.com", "/v1/models", (s) => ({ "x-api-key": s, "anthropic-version": "2023-06-01" }), "data"),
  // https://www.twilio.com/docs/sendgrid/api-reference/api-key-permissions/retrieve-a-list-of-scopes-for-which-this-user-has-access
  sendgrid: bearerCheck("sendgrid", "https://api.sendgrid.com", "/v3/scopes", bearer, "scopes", [401, 403]),
  // https://documentation.mailgun.com/docs/mailgun/api-reference/openapi-final/tag/Domains/
  mailgun: bearerCheck("mailgun", "https://api.mailgun.net", "/v3/domains?limit=1", (s) => ({ authorization: `Basic ${Buffer.from(`api:${s}`).toString("base64")}` }), "items"),
  // https://docs.npmjs.com/cli/v10/commands/npm-whoami (GET /-/whoami on the registry)
  npm: bearerCheck("npm", "https://registry.npmjs.org", "/-/whoami", bearer, "username"),
  // https://huggingface.co/docs/hub/api#get-apiwhoami-v2
  huggingface: bearerCheck("huggingface", "https://huggingface.co", "/api/whoami-v2", bearer, "name"),
  // https://docs.digitalocean.com/reference/api/api-reference/#operation/account_get
  digitalocean: bearerCheck("digitalocean", "https://api.digitalocean.com", "/v2/account", bearer, "account"),
  // https://discord.com/developers/docs/resources/user#get-current-user
  discord: bearerCheck("discord", "https://discord.com", "/api/v10/users/@me", (s) => ({ authorization: `Bot ${s}` }), "id"),
  // https://core.telegram.org/bots/api#getme : the token is part of the path
  telegram: {
    provider: "telegram",
    baseUrl: "https://api.telegram.org",
    request: (secret) => ({ method: "GET", path: `/bot${encodeURIComponent(secret)}/getMe`, headers: {} }),
    interpret(r) {
      const body = json(r.body);
      if (r.status === 200 && body?.ok === true) return { status: "live", provider: "telegram", ...typeof body.result?.username === "string" ? { identity: body.result.username } : {} };
      if ((r.status === 401 || r.status === 404) && body?.ok === false) return { status: "invalid", provider: "telegram" };
      return unexpected("telegram", r);
    }
  },
  // https://docs.datadoghq.com/api/latest/authentication/#validate-api-key
  datadog: {
    ...bearerCheck("datadog", "https://api.datadoghq.com", "/api/v1/validate", (s) => ({ "dd-api-key": s }), "valid", [403]),
    interpret(r) {
      if (r.status === 200 && json(r.body)?.valid === true) return { status: "live", provider: "datadog" };
      if (r.status === 403) return { status: "invalid", provider: "datadog" };
      return unexpected("datadog", r);
    }
  },
  // https://devcenter.heroku.com/articles/platform-api-reference#account-info-by-user
  heroku: bearerCheck("heroku", "https://api.heroku.com", "/account", (s) => ({ authorization: `Bearer ${s}`, accept: "application/vnd.heroku+json; version=3" }), "email"),
  // https://ai.google.dev/api/models#method:-models.list ; an unknown key is HTTP 400 API_KEY_INVALID
  google: {
    provider: "google",
    baseUrl: "https://generativelanguage.googleapis.com",
    request: (secret) => ({ method: "GET", path: `/v1beta/models?pageSize=1&key=${encodeURIComponent(secret)}`, headers: {} }),
    interpret(r) {
      if (r.status === 200 && json(r.body)?.models) return { status: "live", provider: "google" };
      if (r.status === 403) return { status: "live", provider: "google", reason: "key valid, Generative Language API not enabled for it" };
      if (r.status === 400 && r.body.includes("API_KEY_INVALID")) return { status: "invalid", provider: "google" };
      return unexpected("google", r);
    }
  },
  // https://docs.aws.amazon.com/STS/latest/APIReference/API_GetCallerIdentity.html (needs no permission)
  aws: {
    provider: "aws",
    baseUrl: "https://sts.amazonaws.com",
    request(accessKeyId, ctx) {
      const account = awsAccountId(accessKeyId);
      if (account && ctx.canaryAccounts.has(account)) {
        return { status: "canary", provider: "aws", reason: `canary token: account ${account} issues keys to detect intruders` };
      }
      const secret = ctx.neighbours.find((f) => f.ruleId === "aws-secret-access-key")?.secret;
      if (!secret) return { status: "unsupported", provider: "aws", reason: "no secret access key found next to the key ID" };
      return getCallerIdentity(ctx.host, accessKeyId, secret);
    },
    interpret(r) {
      const arn = /<Arn>([^<]+)<\/Arn>/.exec(r.body)?.[1];
      if (r.status === 200 && arn) return { status: "live", provider: "aws", identity: arn };
      if (r.status === 403 && /InvalidClientTokenId|SignatureDoesNotMatch/.test(r.body)) return { status: "invalid", provider: "aws" };
      return unexpected("aws", r);
    }
  }
};

// src/verify/verify.ts
var SECRET_HEADERS = /^(authorization|x-api-key|private-token|dd-api-key)$/i;
async function verifyFindings(findings, rules, options = {}) {
  const verifierOf = new Map(rules.map((r) => [r.id, r.verify]));
  const http = new VerifyHttp({ ...DEFAULT_HTTP, ...options.http });
  const canaries = /* @__PURE__ */ new Set([...CANARY_ACCOUNTS, ...options.canaryAccounts ?? []]);
  const cache = /* @__PURE__ */ new Map();
  const explained = [];
  const verifyOne = async (finding) => {
    const name = verifierOf.get(finding.ruleId);
    const verifier = name ? VERIFIERS[name] : void 0;
    if (!verifier) return { status: "unsupported" };
    const baseUrl = options.baseUrls?.[verifier.provider] ?? verifier.baseUrl;
    const neighbours = findings.filter((f) => f !== finding && f.path === finding.path && f.git?.commit === finding.git?.commit);
    let request;
    try {
      request = verifier.request(finding.secret, { neighbours, host: new URL(baseUrl).host, canaryAccounts: canaries });
    } catch (err) {
      return { status: "unknown", provider: verifier.provider, reason: err instanceof Error ? err.message : String(err) };
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
      if (err instanceof LeakhoundError && err.code === "OUTPUT_FAILED") throw err;
      const reason = err instanceof Timeout ? `timeout: ${err.message}` : err instanceof RateLimited ? err.message : err instanceof Error ? err.message : String(err);
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
    })
  );
  return { explained, sent: http.sent };
}
function describe(finding, provider, baseUrl, request) {
  const secret = finding.secret;
  let url;
  try {
    url = scrub(requestUrl(baseUrl, request.path).toString(), secret);
  } catch (err) {
    url = `(refused: ${err instanceof Error ? err.message : String(err)})`;
  }
  const headers = Object.entries(request.headers).map(([k, v]) => {
    const shown = v.includes(secret) ? scrub(v, secret) : SECRET_HEADERS.test(k) ? v.includes(" ") ? `${v.split(" ")[0]} \u2026` : "\u2026" : v;
    return `    ${k}: ${shown}`;
  });
  const where = `${finding.path}:${finding.startLine}${finding.git ? ` (${finding.git.commit.slice(0, 12)})` : ""}`;
  return [`${finding.ruleId} ${redact(secret)} at ${where} \u2192 ${provider}`, `    ${request.method} ${url}`, ...headers, ...request.body ? [`    body: ${scrub(request.body, secret)}`] : []].join("\n");
}
export {
  verifyFindings
};

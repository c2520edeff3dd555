import {
  Redactor,
  redact,
  writeWholeFile
} from "./chunk-KE6G5FXV.mjs";
import {
  globMatcher
} from "./chunk-DIVQNKH2.mjs";
import {
  DEFAULT_TICKETS,
  TICKET_PROVIDERS
} from "./chunk-YQVKRYVK.mjs";
import {
  LeakhoundError,
  reasonOf
} from "./chunk-J2RLNSZZ.mjs";

// src/tickets/tickets.ts
import { homedir } from "node:os";
import { join as join2 } from "node:path";

// src/tickets/codeowners.ts
import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
function codeOwners(root) {
  const file = [".github/CODEOWNERS", "CODEOWNERS", "docs/CODEOWNERS"].map((p) => join(root, p)).find((p) => existsSync(p));
  if (!file) return void 0;
  const entries = readFileSync(file, "utf8").split("\n").map((l) => l.replace(/#.*/, "").trim()).filter(Boolean).map((line) => {
    const [pattern, ...owners] = line.split(/\s+/);
    let glob = pattern;
    if (glob.endsWith("/")) glob += "**";
    else if (!glob.includes("*")) glob = `${glob.replace(/\/$/, "")}{,/**}`;
    return { match: globMatcher([glob]), owners };
  });
  return (path) => {
    for (let i = entries.length - 1; i >= 0; i--) {
      if (entries[i].match(path)) return entries[i].owners.filter((o) => /^@[^/]+$/.test(o)).map((o) => o.slice(1));
    }
    return [];
  };
}

// src/tickets/document.ts
var MARKER_PREFIX = "leakhound-fingerprint:";
function ticketDocument(finding, rule, repository, redactor, now = /* @__PURE__ */ new Date()) {
  const mask = (text) => redactor.mask(text, [finding.secret]);
  const provider = finding.verification?.provider ?? "";
  const rotate = rule?.rotate || "Revoke the secret at its provider, issue a new one, and remove it from the code.";
  const references = rule?.references ?? [];
  const where = `${finding.path}:${finding.startLine}`;
  const title = `Rotate now: live ${finding.description} leaked in ${finding.path}`;
  const rows = [
    ["What", `${finding.description} (\`${finding.ruleId}\`)${provider ? `, confirmed live by ${provider}` : ""}`],
    ["Where", `${repository ? `${repository}: ` : ""}\`${where}\``],
    ...finding.git ? [["Commit", `${finding.git.commit} by ${mask(finding.git.author)} <${mask(finding.git.email)}> on ${finding.git.date}: ${mask(finding.git.message)}`]] : [],
    ["Live since", `at least ${finding.git?.date ?? "the scan"} (committed); confirmed live ${now.toISOString()}`],
    ...finding.verification?.identity ? [["Belongs to", finding.verification.identity]] : [],
    ["Secret", `\`${redact(finding.secret)}\` (redacted)`],
    ["Fingerprint", `\`${finding.fingerprint}\``]
  ];
  const body = [
    `leakhound found a **live** secret. Anyone who can read this repository or its history can use it: rotate it now.`,
    "",
    "| | |",
    "|---|---|",
    ...rows.map(([k, v]) => `| ${k} | ${v.replace(/\|/g, "\\|").replace(/\n/g, " ")} |`),
    "",
    `**How to rotate:** ${rotate}`,
    ...references.length ? ["", ...references.map((r) => `- ${r}`)] : [],
    "",
    "Deleting the line is not enough: the secret stays in git history. Once it is rotated, `leakhound tickets sync` closes this ticket.",
    "",
    `<!-- ${MARKER_PREFIX}${finding.fingerprint} -->`
  ].join("\n");
  return {
    fingerprint: finding.fingerprint,
    title,
    rule: finding.ruleId,
    description: finding.description,
    provider,
    severity: finding.severity,
    repository,
    file: finding.path,
    line: finding.startLine,
    ...finding.git ? { commit: finding.git.commit, author: mask(finding.git.author), email: mask(finding.git.email), committedAt: finding.git.date } : {},
    verifiedLiveAt: now.toISOString(),
    ...finding.verification?.identity ? { identity: finding.verification.identity } : {},
    secretPreview: redact(finding.secret),
    rotate,
    references,
    body
  };
}
function fingerprintIn(body) {
  return body ? new RegExp(`${MARKER_PREFIX}([0-9a-f]{32})`).exec(body)?.[1] : void 0;
}

// src/tickets/github.ts
import { Octokit } from "@octokit/rest";
var GitHubTickets = class {
  constructor(options) {
    this.options = options;
    const [owner, repo] = options.repository.split("/");
    if (!owner || !repo) throw new LeakhoundError("BAD_CONFIG", `tickets: repository must be owner/name, not ${options.repository}`);
    this.owner = owner;
    this.repo = repo;
    this.octokit = new Octokit({ auth: options.token, ...options.apiUrl ? { baseUrl: options.apiUrl } : {}, userAgent: "leakhound", log: { debug() {
    }, info() {
    }, warn() {
    }, error() {
    } } });
  }
  options;
  octokit;
  owner;
  repo;
  open;
  /** Open leakhound tickets, by fingerprint (read once per run). */
  openTickets() {
    this.open ??= this.octokit.paginate(this.octokit.rest.issues.listForRepo, { owner: this.owner, repo: this.repo, state: "open", labels: this.options.labels[0] ?? "leakhound", per_page: 100 }).then(
      (issues) => issues.flatMap((issue) => {
        const fingerprint = fingerprintIn(issue.body);
        return fingerprint ? [{ number: issue.number, fingerprint }] : [];
      })
    );
    return this.open;
  }
  /** Opens the ticket unless an open one has the same fingerprint; says which happened. */
  async ensure(doc) {
    const open = await this.openTickets();
    if (open.some((t) => t.fingerprint === doc.fingerprint)) return "exists";
    const assignees = this.options.assignees?.(doc) ?? [];
    const created = await this.octokit.rest.issues.create({ owner: this.owner, repo: this.repo, title: doc.title, body: doc.body, labels: this.options.labels, ...assignees.length ? { assignees } : {} });
    open.push({ number: created.data.number, fingerprint: doc.fingerprint });
    return "opened";
  }
  /** Closes a ticket with a comment saying why. */
  async close(ticket, comment) {
    await this.octokit.rest.issues.createComment({ owner: this.owner, repo: this.repo, issue_number: ticket.number, body: comment });
    await this.octokit.rest.issues.update({ owner: this.owner, repo: this.repo, issue_number: ticket.number, state: "closed", state_reason: "completed" });
  }
};

// src/tickets/hooks.ts
import { spawn } from "node:child_process";
import { createHmac } from "node:crypto";
import { existsSync as existsSync2, mkdirSync, readFileSync as readFileSync2 } from "node:fs";
import { dirname } from "node:path";
var SIGNATURE_HEADER = "x-leakhound-signature-256";
function payload(doc) {
  const { body: _body, ...rest } = doc;
  return JSON.stringify({ event: "leakhound.secret.live", ticket: rest });
}
async function postWebhook(url, doc, secret, timeoutMs = 1e4) {
  const body = payload(doc);
  const headers = { "content-type": "application/json", "user-agent": "leakhound" };
  if (secret) headers[SIGNATURE_HEADER] = `sha256=${createHmac("sha256", secret).update(body).digest("hex")}`;
  let response;
  try {
    response = await fetch(url, { method: "POST", headers, body, redirect: "manual", signal: AbortSignal.timeout(timeoutMs) });
  } catch (err) {
    throw new Error(`webhook ${new URL(url).host} unreachable: ${reasonOf(err.cause ?? err)}`);
  }
  if (response.status < 200 || response.status >= 300) throw new Error(`webhook ${new URL(url).host} answered HTTP ${response.status}`);
}
function runCommand(command, doc, timeoutMs = 6e4) {
  const [file, ...args] = command;
  if (!file) return Promise.reject(new LeakhoundError("BAD_CONFIG", "tickets: command is empty"));
  return new Promise((resolve, reject) => {
    const child = spawn(file, args, { stdio: ["pipe", "ignore", "pipe"], timeout: timeoutMs });
    let stderr = "";
    child.stderr.on("data", (c) => stderr += c.toString("utf8"));
    child.on("error", (err) => reject(new Error(`ticket command ${file} failed to start: ${err.message}`)));
    child.on("close", (code) => code === 0 ? resolve() : reject(new Error(`ticket command ${file} exited ${code}${stderr ? `: ${stderr.trim().split("\n")[0]}` : ""}`)));
    child.stdin.end(payload(doc));
  });
}
var SentState = class {
  constructor(file) {
    this.file = file;
    this.sent = new Set(existsSync2(file) ? JSON.parse(readFileSync2(file, "utf8")).sent : []);
  }
  file;
  sent;
  has(fingerprint) {
    return this.sent.has(fingerprint);
  }
  add(fingerprint) {
    this.sent.add(fingerprint);
    try {
      mkdirSync(dirname(this.file), { recursive: true });
    } catch (err) {
      throw new LeakhoundError("OUTPUT_FAILED", `cannot write ticket state ${this.file}: ${reasonOf(err)}`, { cause: err });
    }
    writeWholeFile(this.file, JSON.stringify({ sent: [...this.sent].sort() }, null, 1) + "\n", "ticket state ");
  }
};

// src/tickets/tickets.ts
function githubToken() {
  const token = process.env.LEAKHOUND_GITHUB_TOKEN || process.env.GITHUB_TOKEN;
  if (!token) throw new LeakhoundError("BAD_CONFIG", "tickets: set GITHUB_TOKEN (or LEAKHOUND_GITHUB_TOKEN) to open GitHub issues");
  return token;
}
function githubTickets(settings, root) {
  if (!settings.repository) throw new LeakhoundError("BAD_CONFIG", 'tickets: github needs repository = "owner/name" in [tickets]');
  const owners = settings.assignees === "codeowners" ? codeOwners(root) : void 0;
  return new GitHubTickets({
    repository: settings.repository,
    token: githubToken(),
    ...settings.apiUrl ? { apiUrl: settings.apiUrl } : {},
    labels: settings.labels,
    ...owners ? { assignees: (doc) => owners(doc.file) } : {}
  });
}
async function openTickets(findings, rules, settings, root, repository) {
  const outcome = { opened: 0, existing: 0, failed: [] };
  const live = /* @__PURE__ */ new Map();
  for (const f of findings) if (f.verification?.status === "live" && !live.has(f.fingerprint)) live.set(f.fingerprint, f);
  if (live.size === 0) return outcome;
  const ruleOf = new Map(rules.map((r) => [r.id, r]));
  const redactor = new Redactor(rules);
  const github = settings.provider === "github" ? githubTickets(settings, root) : void 0;
  const state = settings.provider === "github" ? void 0 : new SentState(settings.stateFile ?? join2(homedir(), ".cache", "leakhound", "tickets-sent.json"));
  for (const finding of live.values()) {
    const doc = ticketDocument(finding, ruleOf.get(finding.ruleId), repository, redactor);
    try {
      if (github) {
        if (await github.ensure(doc) === "opened") outcome.opened++;
        else outcome.existing++;
        continue;
      }
      if (state.has(doc.fingerprint)) {
        outcome.existing++;
        continue;
      }
      if (settings.provider === "webhook") {
        if (!settings.url) throw new LeakhoundError("BAD_CONFIG", "tickets: webhook needs url in [tickets]");
        await postWebhook(settings.url, doc, process.env[settings.secretEnv]);
      } else {
        if (!settings.command?.length) throw new LeakhoundError("BAD_CONFIG", 'tickets: command needs command = ["/path/to/script", \u2026] in [tickets]');
        await runCommand(settings.command, doc);
      }
      state.add(doc.fingerprint);
      outcome.opened++;
    } catch (err) {
      if (err instanceof LeakhoundError) throw err;
      outcome.failed.push({ fingerprint: finding.fingerprint, reason: err instanceof Error ? err.message : String(err) });
    }
  }
  return outcome;
}
export {
  DEFAULT_TICKETS,
  TICKET_PROVIDERS,
  githubTickets,
  openTickets
};

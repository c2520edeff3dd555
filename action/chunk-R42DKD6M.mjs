import {
  checkOperatorUrl
} from "./chunk-SVME7OXK.mjs";
import {
  originUrl
} from "./chunk-45DNU2OG.mjs";
import {
  DEFAULT_TICKETS
} from "./chunk-YQVKRYVK.mjs";
import {
  LeakhoundError
} from "./chunk-J2RLNSZZ.mjs";

// src/tickets/leak-repository.ts
import { basename, resolve } from "node:path";
function repositoryFromUrl(url) {
  const scp = /^[^@/\s]+@[^:/\s]+:(.+?)(?:\.git)?\/?$/.exec(url);
  if (scp) return scp[1];
  try {
    const parsed = new URL(url);
    const path = parsed.pathname.replace(/^\/+/, "").replace(/\.git\/?$/, "").replace(/\/+$/, "");
    return path || parsed.host;
  } catch {
    return url.replace(/\.git\/?$/, "");
  }
}
function leakRepository(root, env = process.env) {
  if (env.GITHUB_REPOSITORY) return env.GITHUB_REPOSITORY;
  const url = originUrl(root);
  return url ? repositoryFromUrl(url) : basename(resolve(root));
}

// src/cli/verify-tickets.ts
function baseUrls(args, config) {
  const urls = { ...config.verify?.baseUrls ?? {} };
  for (const pair of args.verifyBaseUrl ?? []) {
    const at = pair.indexOf("=");
    if (at < 1) throw new LeakhoundError("USAGE", `--verify-base-url takes provider=URL, not ${pair}`);
    const problem = checkOperatorUrl(pair.slice(at + 1));
    if (problem) throw new LeakhoundError("USAGE", `--verify-base-url ${pair.slice(0, at)}: ${problem}`);
    urls[pair.slice(0, at)] = pair.slice(at + 1);
  }
  return urls;
}
function ticketSettings(args, config) {
  if (!args.ticket) return void 0;
  return { ...DEFAULT_TICKETS, ...config.tickets ?? {}, provider: args.ticket };
}
async function verifyAll(findings, args, config) {
  const { verifyFindings } = await import("./chunk-UFTR6B5H.mjs");
  const verify = config.verify;
  const run = await verifyFindings(findings, config.rules, {
    baseUrls: baseUrls(args, config),
    explain: args.explain === true,
    canaryAccounts: verify?.canaryAccounts ?? [],
    http: {
      ...verify?.timeoutSeconds !== void 0 ? { timeoutMs: verify.timeoutSeconds * 1e3 } : {},
      ...verify?.concurrency !== void 0 ? { concurrency: verify.concurrency } : {},
      ...args.auditLog ?? verify?.auditLog ? { auditLog: args.auditLog ?? verify?.auditLog } : {}
    }
  });
  if (args.explain) {
    process.stdout.write(run.explained.length ? `${run.explained.join("\n\n")}
` : "no finding has a verifier: nothing would be sent\n");
  } else if (!args.quiet) {
    const count = (s) => findings.filter((f) => f.verification?.status === s).length;
    process.stderr.write(`leakhound: verified: ${count("live")} live, ${count("invalid")} invalid, ${count("unknown")} unknown, ${count("unsupported")} unsupported, ${count("canary")} canary (${run.sent} requests)
`);
  }
}
async function ticketAll(findings, settings, config, root, quiet) {
  const { openTickets } = await import("./chunk-IUCITIHS.mjs");
  const outcome = await openTickets(findings, config.rules, settings, root, leakRepository(root));
  for (const failure of outcome.failed) process.stderr.write(`leakhound: could not open a ticket for ${failure.fingerprint}: ${failure.reason}
`);
  if (!quiet && outcome.opened + outcome.existing + outcome.failed.length > 0) {
    process.stderr.write(`leakhound: tickets (${settings.provider}): ${outcome.opened} opened, ${outcome.existing} already open, ${outcome.failed.length} failed
`);
  }
  return outcome.failed.length;
}
async function syncTickets(findings, args, config, root) {
  const settings = args.ticket ? ticketSettings(args, config) : config.tickets;
  if (settings?.provider !== "github") throw new LeakhoundError("USAGE", 'tickets sync needs the github ticket provider ([tickets] provider = "github")');
  if (args.explain) {
    await verifyAll(findings, { ...args, explain: true }, config);
    process.stdout.write(`tickets sync would list the open tickets of ${settings.repository ?? "the tickets repository"}, send the requests above for the secrets they name, and close those the provider rejects
`);
    return 0;
  }
  const { githubTickets } = await import("./chunk-IUCITIHS.mjs");
  const github = githubTickets(settings, root);
  const open = await github.openTickets();
  const wanted = new Set(open.map((t) => t.fingerprint));
  const candidates = [...new Map(findings.filter((f) => wanted.has(f.fingerprint)).map((f) => [f.fingerprint, f])).values()];
  await verifyAll(candidates, { ...args, explain: false }, config);
  let closed = 0;
  for (const ticket of open) {
    const finding = candidates.find((f) => f.fingerprint === ticket.fingerprint);
    if (finding?.verification?.status !== "invalid") continue;
    await github.close(ticket, `leakhound: ${finding.verification.provider ?? "the provider"} now rejects this secret (checked ${(/* @__PURE__ */ new Date()).toISOString()}): it has been rotated or revoked. Closing.`);
    closed++;
  }
  const missing = open.filter((t) => !candidates.some((f) => f.fingerprint === t.fingerprint)).length;
  process.stderr.write(`leakhound: tickets sync: ${open.length} open, ${closed} closed as rotated${missing ? `, ${missing} whose secret this scan did not find (left open)` : ""}
`);
  return 0;
}
export {
  syncTickets,
  ticketAll,
  ticketSettings,
  verifyAll
};

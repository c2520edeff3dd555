// `leakhound revoke [TARGET]` and `--revoke` on the scanning commands: after verification, revokes
// the live secrets through their provider's revocation API — only because the operator asked (a
// flag, the Action's `revoke` input), never because of any config file. Without `--yes` it asks once
// on a terminal, and refuses to run off one. Loaded only when asked for.
import { LeakhoundError } from "../errors.js";
import type { Config } from "../config/config.js";
import type { Finding } from "../model.js";
import { inert } from "../report/inert.js";
import type { VerifyArgs } from "./verify-tickets.js";

export interface RevokeArgs extends VerifyArgs {
  revoke?: boolean;
  /** only these revokers (comma-separated or repeated); default all */
  revokeProviders?: string[];
  yes?: boolean;
}

/** The commands whose findings --revoke can act on. */
const REVOKING_COMMANDS = ["git", "dir", "staged", "stdin", "verify", "revoke"];

/** Checked before anything is scanned or sent: revocation off a terminal needs --yes. */
export function checkRevokeFlags(
  command: string,
  args: { revoke?: boolean; yes?: boolean; explain?: boolean; revokeProviders?: string[] },
): void {
  if (!args.revoke) {
    if (args.revokeProviders?.length) throw new LeakhoundError("USAGE", "--revoke-providers goes with --revoke");
    return;
  }
  if (!REVOKING_COMMANDS.includes(command))
    throw new LeakhoundError("USAGE", `--revoke goes with ${REVOKING_COMMANDS.join(", ")}, not ${command}`);
  if (!args.yes && !args.explain && !(process.stdin.isTTY && process.stderr.isTTY)) {
    throw new LeakhoundError(
      "USAGE",
      "--revoke off a terminal needs --yes (nothing was revoked); --explain shows what would be sent",
    );
  }
}

function providersOf(args: RevokeArgs, config: Config): string[] | undefined {
  const flags = (args.revokeProviders ?? [])
    .flatMap((p) => p.split(","))
    .map((p) => p.trim())
    .filter(Boolean);
  const chosen = flags.length ? flags : config.revoke?.providers;
  if (!chosen) return undefined;
  return chosen;
}

/** Revokes the live findings; returns how many revocations failed (each said on stderr). */
export async function revokeAll(
  findings: Finding[],
  args: RevokeArgs,
  config: Config,
  baseUrls: Record<string, string>,
): Promise<number> {
  const { revokeFindings, revocationPlan, planLines } = await import("../revoke/revoke.js");
  const { REVOKERS } = await import("../revoke/revokers.js");
  const providers = providersOf(args, config);
  for (const p of providers ?? []) {
    if (!REVOKERS[p])
      throw new LeakhoundError(
        "USAGE",
        `--revoke-providers: no revocation API for ${JSON.stringify(p)} (revocable: ${Object.keys(REVOKERS).join(", ")})`,
      );
  }
  const verify = config.verify;
  const options = {
    baseUrls,
    ...(providers ? { providers } : {}),
    canaryAccounts: verify?.canaryAccounts ?? [],
    confirmAttempts: config.revoke?.confirmAttempts ?? 3,
    confirmDelaySeconds: config.revoke?.confirmDelaySeconds ?? 2,
    http: {
      ...(verify?.timeoutSeconds !== undefined ? { timeoutMs: verify.timeoutSeconds * 1000 } : {}),
      ...((args.auditLog ?? verify?.auditLog) ? { auditLog: args.auditLog ?? verify?.auditLog } : {}),
    },
  };
  if (args.explain) {
    // nothing was verified: show what would be sent for every finding that verification could find live
    const hypothetical = findings.map((f) => ({ ...f, verification: { status: "live" as const } }));
    const run = await revokeFindings(hypothetical, config.rules, { ...options, explain: true });
    process.stdout.write(
      run.explained.length
        ? `\nfor those found live, revocation would send:\n\n${run.explained.join("\n\n")}\n`
        : "no finding has a revocation API: nothing would be revoked\n",
    );
    return 0;
  }
  const plan = revocationPlan(findings, config.rules, providers);
  if (plan.revocable.size > 0 && !args.yes) {
    const lines = planLines(plan);
    const { createInterface } = await import("node:readline/promises");
    const rl = createInterface({ input: process.stdin, output: process.stderr });
    const answer = await rl.question(
      `leakhound: revoke ${lines.length} live ${lines.length === 1 ? "secret" : "secrets"}? Their owners lose them at once.\n${lines.join("\n")}\nRevoke? [y/N] `,
    );
    rl.close();
    if (!/^y(es)?$/i.test(answer.trim())) {
      process.stderr.write("leakhound: nothing revoked\n");
      return 0;
    }
  }
  const run = await revokeFindings(findings, config.rules, options);
  await recordRevocations(findings, config);
  const failed = findings.filter(
    (f, i, all) => f.revocation?.status === "failed" && all.findIndex((g) => g.fingerprint === f.fingerprint) === i,
  );
  for (const f of failed)
    process.stderr.write(
      `leakhound: ${inert(`could not revoke ${f.ruleId} ${f.fingerprint}: ${f.revocation!.reason}`)}\n`,
    );
  if (!args.quiet) {
    process.stderr.write(
      `leakhound: revoked: ${run.revoked} revoked and confirmed invalid, ${run.notRevocable} not revocable (see rotationPage), ${run.failed} failed` +
        `${run.skipped ? `, ${run.skipped} of providers not named (left alone)` : ""} (${run.sent} requests)\n`,
    );
  }
  return run.failed;
}

/** The ticket lifecycle learns that leakhound revoked these secrets, so `tickets sync` says so when it closes them. */
async function recordRevocations(findings: Finding[], config: Config): Promise<void> {
  if (!config.tickets) return;
  const { ticketLedger } = await import("../tickets/tickets.js");
  const ledger = ticketLedger(config.tickets);
  if (!ledger) return;
  const at = new Date().toISOString();
  const done = new Set<string>();
  for (const f of findings) {
    if (f.revocation?.status !== "revoked" || done.has(f.fingerprint)) continue;
    done.add(f.fingerprint);
    ledger.update(f.fingerprint, { revokedAt: at, revokedBy: "leakhound", lastVerifiedAt: at, lastStatus: "invalid" });
  }
}

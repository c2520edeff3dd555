// `leakhound baseline audit [REPO]`: on a terminal, walks the baseline's entries one by one — the
// redacted finding with its context — and records a verdict for each: a real secret (dropped from
// the baseline, so it is reported again), a false positive, or accepted with a reason and an expiry.
// Elsewhere (CI, --check) it reports expired and stale entries and fails: exit 1 when there are
// any, exit 2 when the scan that tells them apart could not read everything.
import { createInterface, type Interface } from "node:readline/promises";
import { existsSync } from "node:fs";
import { join } from "node:path";
import { LeakhoundError } from "../errors.js";
import { loadSettings } from "../config/load.js";
import { workTreeFiles } from "../config/settings-files.js";
import { Baseline, BASELINE_FILE, writeBaseline, type BaselineEntry } from "../filters/baseline.js";
import { auditEntries, isDay, isoDay, type AuditedEntry } from "../filters/baseline-audit.js";
import type { Finding, Rule } from "../model.js";
import { inert } from "../report/inert.js";
import { Redactor } from "../report/redact.js";
import { scan as scanSource } from "../scan/scan.js";
import { historySource } from "../sources/git-history-source.js";
import { scanPaths } from "../scan/scan.js";
import { workTreeTop } from "../sources/git.js";
import { writeStderr, writeStdout } from "./stdio.js";

export interface BaselineAuditArgs {
  repo: string;
  /** scan the files of the folder instead of the history */
  dir: boolean;
  /** the baseline (default: .leakhound-baseline.json at the root) */
  baseline?: string | false;
  config?: string;
  /** report only, even on a terminal */
  check: boolean;
  quiet: boolean;
}

const DEFAULT_ACCEPT_DAYS = 90;

export async function baselineAuditCommand(args: BaselineAuditArgs): Promise<number> {
  const root = args.dir ? args.repo : workTreeTop(args.repo);
  if (args.baseline === false) throw new LeakhoundError("USAGE", "baseline audit needs a baseline: drop --no-baseline");
  const file = args.baseline ?? join(root, BASELINE_FILE);
  if (!existsSync(file))
    throw new LeakhoundError("NOT_FOUND", `no baseline at ${file}: \`leakhound baseline\` writes one`);
  const baseline = Baseline.load(file);
  const config = loadSettings({ ...(args.config ? { explicit: args.config } : {}), files: workTreeFiles(root) });
  const scan = args.dir
    ? await scanPaths([args.repo], config)
    : await scanSource(historySource(args.repo), { ruleSet: config });
  const prefix = args.dir ? args.repo.replace(/\/+$/, "") + "/" : "";
  // a folder scan shows paths below the folder given; the baseline names them from the root
  const findings =
    prefix && prefix !== "./"
      ? scan.findings.map((f) => (f.path.startsWith(prefix) ? { ...f, path: f.path.slice(prefix.length) } : f))
      : scan.findings;
  const today = isoDay(new Date());
  const audited = auditEntries(baseline.entries, findings, today);
  for (const problem of scan.stats.errors)
    writeStderr(`leakhound: ${inert(`could not scan ${problem.path}: ${problem.reason}`)}\n`);
  const interactive = !args.check && process.stdin.isTTY === true && process.stdout.isTTY === true;
  if (interactive) return interactiveAudit(file, audited, config.rules, today);
  return reportAudit(audited, scan.stats.errors.length > 0, args.quiet);
}

/** The non-interactive audit: one line per expired or stale entry, then the counts; fails when there are any. */
function reportAudit(audited: AuditedEntry[], incomplete: boolean, quiet: boolean): number {
  const expired = audited.filter((a) => a.expired);
  const stale = audited.filter((a) => a.stale);
  const lines: string[] = [];
  for (const a of expired)
    lines.push(
      `expired ${a.entry.expires}  ${describe(a.entry)}: reported again until its entry is renewed or the secret is gone`,
    );
  for (const a of stale)
    lines.push(`stale  ${describe(a.entry)}: no finding matches it any more (\`leakhound baseline --prune\` drops it)`);
  const unjudged = audited.filter((a) => !a.entry.verdict && !a.entry.reason).length;
  if (lines.length) writeStdout(lines.map((l) => inert(l)).join("\n") + "\n");
  if (!quiet || lines.length > 0 || incomplete) {
    const n = audited.length;
    writeStderr(
      `leakhound: baseline audit: ${n} ${n === 1 ? "entry" : "entries"}: ${expired.length} expired, ${stale.length} stale, ${n - new Set([...expired, ...stale]).size} in force` +
        `${unjudged ? `; ${unjudged} without a verdict or reason (run \`leakhound baseline audit\` on a terminal)` : ""}` +
        `${incomplete ? "; the scan could not read everything, so stale entries cannot be told apart" : ""}\n`,
    );
  }
  if (incomplete) return 2;
  return expired.length + stale.length > 0 ? 1 : 0;
}

const describe = (e: BaselineEntry) =>
  `${e.path}  ${e.rule || "?"}  ${e.fingerprint.slice(0, 12)}${e.reason ? `  (${e.reason})` : ""}`;

/** How an entry stands, in words. */
function standing(a: AuditedEntry, today: string): string {
  const e = a.entry;
  const verdict =
    e.verdict === "false-positive" ? "false positive" : e.verdict === "accepted" ? "accepted" : "no verdict yet";
  const parts = [verdict];
  if (e.reason) parts.push(`reason: ${e.reason}`);
  if (e.expires) parts.push(e.expires <= today ? `EXPIRED ${e.expires}` : `until ${e.expires}`);
  if (a.stale) parts.push("STALE: no finding matches it any more");
  return parts.join("; ");
}

function show(a: AuditedEntry, i: number, total: number, redactor: Redactor, today: string): string {
  const f: Finding | undefined = a.finding;
  const where = f ? `${f.path}:${f.startLine}` : a.entry.path;
  const git = f?.git ? `  commit ${f.git.commit.slice(0, 12)} ${f.git.author} ${f.git.date.slice(0, 10)}` : "";
  const lines = [`[${i + 1}/${total}] ${a.entry.rule || f?.ruleId || "?"}  ${where}${git}`];
  if (f) lines.push(`      ${redactor.context(f).trim()}`);
  lines.push(`      now: ${standing(a, today)}`);
  return lines.map((l) => inert(l)).join("\n") + "\n";
}

const CHOICES =
  "  r = real secret (drop the entry: reported again until rotated and removed), f = false positive,\n  a = accept for now (reason and expiry), s = skip, q = save and quit\n";

/**
 * Answers read line by line: lines typed ahead (or pasted) wait in a queue instead of being lost
 * between two questions; undefined once the terminal is closed (Ctrl-D).
 */
class Answers {
  private readonly queue: string[] = [];
  private waiting: ((line: string | undefined) => void) | undefined;
  closed = false;

  constructor(readonly rl: Interface) {
    rl.on("line", (line) => {
      if (this.waiting) {
        const resolve = this.waiting;
        this.waiting = undefined;
        resolve(line);
      } else this.queue.push(line);
    });
    rl.on("close", () => {
      this.closed = true;
      this.waiting?.(undefined);
      this.waiting = undefined;
    });
  }

  next(prompt: string): Promise<string | undefined> {
    this.rl.setPrompt(prompt);
    this.rl.prompt();
    const queued = this.queue.shift();
    if (queued !== undefined) {
      writeStdout("\n");
      return Promise.resolve(queued.trim());
    }
    if (this.closed) return Promise.resolve(undefined);
    return new Promise((resolve) => (this.waiting = (line) => resolve(line?.trim())));
  }
}

const ask = (answers: Answers, prompt: string) => answers.next(prompt);

async function interactiveAudit(
  file: string,
  audited: AuditedEntry[],
  rules: readonly Rule[],
  today: string,
): Promise<number> {
  const redactor = new Redactor(rules);
  const rl = createInterface({ input: process.stdin, output: process.stdout, terminal: true });
  const answers = new Answers(rl);
  const kept: BaselineEntry[] = [];
  const counts = { real: 0, falsePositive: 0, accepted: 0, skipped: 0 };
  const defaultExpiry = isoDay(new Date(Date.parse(`${today}T00:00:00Z`) + DEFAULT_ACCEPT_DAYS * 86_400_000));
  let quit = false;
  try {
    writeStdout(
      `leakhound: auditing ${audited.length} baseline ${audited.length === 1 ? "entry" : "entries"} in ${inert(file)}\n${CHOICES}`,
    );
    for (const [i, a] of audited.entries()) {
      if (quit || answers.closed) {
        kept.push(a.entry);
        continue;
      }
      writeStdout(show(a, i, audited.length, redactor, today));
      let decided = false;
      while (!decided) {
        const answer = await ask(answers, "  verdict [r/f/a/s/q]: ");
        if (answer === undefined || answer === "q") {
          quit = true;
          kept.push(a.entry);
          break;
        }
        const { fingerprint, path, rule } = a.entry;
        if (answer === "r") {
          counts.real++;
          decided = true;
        } else if (answer === "s" || answer === "") {
          kept.push(a.entry);
          counts.skipped++;
          decided = true;
        } else if (answer === "f") {
          const reason = await askReason(answers, "  why is it not a secret: ");
          if (reason === undefined) continue;
          kept.push({ fingerprint, path, rule, reason, verdict: "false-positive" });
          counts.falsePositive++;
          decided = true;
        } else if (answer === "a") {
          const reason = await askReason(answers, "  why is it accepted: ");
          if (reason === undefined) continue;
          const expires = await askExpiry(answers, today, defaultExpiry);
          if (expires === undefined) continue;
          kept.push({ fingerprint, path, rule, reason, expires, verdict: "accepted" });
          counts.accepted++;
          decided = true;
        } else {
          writeStdout(CHOICES);
        }
        if (answers.closed && !decided) quit = true;
      }
    }
  } finally {
    rl.close();
  }
  writeBaseline(file, kept);
  writeStdout(
    `leakhound: wrote ${inert(file)}: ${counts.real} real (dropped: rotate them), ${counts.falsePositive} false positive, ${counts.accepted} accepted, ${counts.skipped} skipped` +
      `${quit ? `, ${audited.length - counts.real - counts.falsePositive - counts.accepted - counts.skipped} not reached` : ""}\n`,
  );
  return 0;
}

async function askReason(rl: Answers, prompt: string): Promise<string | undefined> {
  for (;;) {
    const reason = await ask(rl, prompt);
    if (reason === undefined) return undefined;
    if (reason) return reason;
    writeStdout("  a reason is needed (or press Ctrl-D to stop)\n");
  }
}

async function askExpiry(rl: Answers, today: string, fallback: string): Promise<string | undefined> {
  for (;;) {
    const answer = await ask(rl, `  accepted until (YYYY-MM-DD, default ${fallback}): `);
    if (answer === undefined) return undefined;
    const day = answer || fallback;
    if (isDay(day) && day > today) return day;
    writeStdout(`  a day after ${today}, like ${fallback}\n`);
  }
}

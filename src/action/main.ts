// The GitHub Action: scans the commits of the triggering event with `leakhound git`, then shows
// the findings where reviewers look (annotations, job summary, SARIF for code scanning) and sets
// the job's outcome from `fail-on`.
import { existsSync, mkdtempSync, readFileSync, rmSync } from "node:fs";
import { appendChecked, writeWholeFile } from "../io/write-file.js";
import { tmpdir } from "node:os";
import { isAbsolute, join } from "node:path";
import { main } from "../cli/main.js";
import { loadSettings } from "../config/load.js";
import { commitFiles, workTreeFiles } from "../config/settings-files.js";
import { LeakhoundError } from "../errors.js";
import type { PresentedFinding } from "../report/present.js";
import { inertJson } from "../report/inert.js";
import { buildSarif } from "../report/sarif.js";
import { isSummaryRecord } from "../report/summary.js";
import { commitOf, inspectRepo } from "../sources/git.js";
import { TICKET_PROVIDERS } from "../tickets/settings.js";
import { VERSION } from "../version.js";
import { annotation, escapeData, inlineAllowAnnotation, setOutputs, summaryMarkdown } from "./commands.js";
import { inlineAllowsAdded } from "../sources/inline-allows.js";
import { createDetector } from "../scan/detector.js";
import { present } from "../report/present.js";
import { Redactor } from "../report/redact.js";
import { scopeForEvent } from "./event.js";
import { reportFailure } from "../cli/fail.js";

const FAIL_ON = ["any", "live", "none"] as const;

/** An input as the runner passes it: INPUT_<NAME>, name upper-cased, spaces as underscores. */
function input(name: string, fallback = ""): string {
  const key = `INPUT_${name.replace(/ /g, "_").toUpperCase()}`;
  // the runner keeps hyphens (INPUT_FAIL-ON); a composite action's env block can only use underscores
  return (process.env[key] ?? process.env[key.replace(/-/g, "_")] ?? "").trim() || fallback;
}

function booleanInput(name: string, fallback: boolean): boolean {
  const value = input(name, String(fallback)).toLowerCase();
  if (value !== "true" && value !== "false") throw new LeakhoundError("USAGE", `input ${name} must be true or false, not ${value}`);
  return value === "true";
}

/** Splits the `args` input like a shell would, for plain words and quoted strings. */
export function splitArgs(text: string): string[] {
  return [...text.matchAll(/"([^"]*)"|'([^']*)'|(\S+)/g)].map((m) => m[1] ?? m[2] ?? m[3]!);
}

export async function runAction(): Promise<number> {
  const workspace = process.env.GITHUB_WORKSPACE || process.cwd();
  const failOn = input("fail-on", "any") as (typeof FAIL_ON)[number];
  if (!FAIL_ON.includes(failOn)) throw new LeakhoundError("USAGE", `input fail-on must be one of ${FAIL_ON.join(", ")}, not ${failOn}`);
  const wantSarif = booleanInput("sarif", true);
  // revocation only when the workflow names it (`revoke: github`, or `all`), never from a config file; it implies verify
  const revoke = input("revoke").toLowerCase();
  if (revoke && !/^(all|[a-z0-9-]+(\s*,\s*[a-z0-9-]+)*)$/.test(revoke)) throw new LeakhoundError("USAGE", `input revoke must be all or provider names (github, gitlab, …), not ${revoke}`);
  const verify = booleanInput("verify", false) || revoke !== "";
  // the providers are the ones registered for the CLI (tickets/settings.ts), not a list of the Action's own
  const ticket = input("ticket");
  if (ticket && !(TICKET_PROVIDERS as readonly string[]).includes(ticket)) throw new LeakhoundError("USAGE", `input ticket must be one of ${TICKET_PROVIDERS.join(", ")}, not ${ticket}`);
  if ((failOn === "live" || ticket) && !verify) throw new LeakhoundError("USAGE", `${failOn === "live" ? "fail-on: live" : "ticket"} needs verify: true`);
  const eventName = process.env.GITHUB_EVENT_NAME ?? "workflow_dispatch";
  const payload = process.env.GITHUB_EVENT_PATH ? JSON.parse(readFileSync(process.env.GITHUB_EVENT_PATH, "utf8")) : {};

  const root = inspectRepo(workspace).root;
  const scope = scopeForEvent(eventName, payload, workspace);
  // a pull request is judged by its base's config, baseline and .gitleaksignore, unless the workflow trusts its own
  const baseSettings = scope.underReview && !booleanInput("trust-pr-settings", false);
  const base = baseSettings ? scope.range?.[0] : undefined;
  const config = input("config");
  const baseline = input("baseline");
  const resolveIn = (p: string) => (isAbsolute(p) ? p : join(workspace, p));

  const temp = mkdtempSync(join(process.env.RUNNER_TEMP || tmpdir(), "leakhound-"));
  try {
    const jsonl = join(temp, "findings.jsonl");
    const argv = [
      "git", workspace, ...scope.args,
      "--format", "jsonl", "--output", jsonl, "--exit-code", "1",
      ...(config ? ["--config", resolveIn(config)] : []),
      ...(baseline ? ["--baseline", resolveIn(baseline)] : []),
      ...(baseSettings ? ["--settings-from", "base"] : []),
      ...(verify ? ["--verify"] : []),
      ...(ticket ? ["--ticket", ticket] : []),
      ...(revoke ? ["--revoke", "--yes", ...(revoke === "all" ? [] : ["--revoke-providers", revoke.replace(/\s+/g, "")])] : []),
      ...splitArgs(input("args")),
    ];
    const code = await main(argv);
    // 2 is an error, unless the report was written and only ticket hooks failed (said on stderr)
    if (code === 2 && !existsSync(jsonl)) return 2;
    const text = readFileSync(jsonl, "utf8").trim();
    const records: unknown[] = text ? text.split("\n").map((line) => JSON.parse(line)) : [];
    // the last record says what was scanned and what could not be; the others are findings
    const summary = records.find(isSummaryRecord);
    const findings = records.filter((r) => !isSummaryRecord(r)) as PresentedFinding[];

    // an error only where the finding is what fails the job; a report-only run warns
    const fails = (f: PresentedFinding) => failOn === "any" || (failOn === "live" && f.verification === "live");
    for (const f of findings) process.stdout.write(`${annotation(f, fails(f) ? "error" : "warning")}\n`);
    // inline allows the change adds are honoured, and shown to the reviewer
    // the settings the scan judged by: for the rules' help in SARIF and the inline allows' detector
    const settings = loadSettings({ ...(config ? { explicit: resolveIn(config) } : {}), files: base ? commitFiles(root, commitOf(root, base), "the base of the pull request") : workTreeFiles(root) });
    const range = scope.range;
    const redactor = new Redactor(settings.rules);
    const allowed = range ? inlineAllowsAdded(workspace, range[0], range[1], createDetector(settings), 10 * 1024 * 1024).map((f) => present(f, "default", redactor)) : [];
    for (const f of allowed) process.stdout.write(`${inlineAllowAnnotation(f)}\n`);
    let sarifPath: string | undefined;
    if (wantSarif) {
      // by default beside the runner's other temporary files, not in the checkout (where a later step could commit it)
      const sarifFile = input("sarif-file");
      sarifPath = sarifFile ? resolveIn(sarifFile) : join(process.env.RUNNER_TEMP || workspace, "leakhound.sarif");
      writeWholeFile(sarifPath, inertJson(JSON.stringify(buildSarif(findings, { rules: settings.rules, toolVersion: VERSION }, summary), null, 2)) + "\n", "SARIF ");
    }
    if (process.env.GITHUB_STEP_SUMMARY) {
      appendChecked(process.env.GITHUB_STEP_SUMMARY, summaryMarkdown(findings, scope.description, sarifPath, baseSettings, allowed, summary), "step summary ");
    }
    const live = findings.filter((f) => f.verification === "live").length;
    setOutputs(process.env.GITHUB_OUTPUT, { findings: findings.length, live, "sarif-file": sarifPath ?? "" });
    if (findings.length > 0 && failOn === "any") {
      process.stdout.write(`::error::leakhound found ${findings.length} ${findings.length === 1 ? "secret" : "secrets"} in ${escapeData(scope.description)}\n`);
      return 1;
    }
    if (live > 0 && failOn === "live") {
      process.stdout.write(`::error::leakhound found ${live} live ${live === 1 ? "secret" : "secrets"} in ${escapeData(scope.description)}: rotate them now\n`);
      return 1;
    }
    return code === 2 ? 2 : 0;
  } finally {
    rmSync(temp, { recursive: true, force: true });
  }
}

export async function actionEntry(): Promise<void> {
  // as in bin/leakhound.js: a step that never finishes (a promise that never settles) fails, never passes
  process.exitCode = 2;
  let code: number;
  try {
    code = await runAction();
  } catch (err) {
    code = reportFailure(err, process.env.RUNNER_DEBUG === "1");
  }
  process.exitCode = code;
}

// The GitHub Action: scans the commits of the triggering event with `leakhound git`, then shows
// the findings where reviewers look (annotations, job summary, SARIF for code scanning) and sets
// the job's outcome from `fail-on`. The scan reports through the pipeline to those formats in-process.
import { readFileSync } from "node:fs";
import { appendChecked, writeWholeFile } from "../io/write-file.js";
import { isAbsolute, join } from "node:path";
import { main } from "../cli/main.js";
import { LeakhoundError } from "../errors.js";
import type { Finding } from "../model.js";
import { runEmbedded, type Embedding } from "../pipeline/embed.js";
import { DiagnosticsSink, ReporterSink } from "../pipeline/sinks.js";
import { createReporter, type Format } from "../report/index.js";
import { inert } from "../report/inert.js";
import { inspectRepo } from "../sources/git.js";
import { TICKET_PROVIDERS } from "../tickets/settings.js";
import { VERSION } from "../version.js";
import { escapeData, setOutputs } from "./commands.js";
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
  if (value !== "true" && value !== "false")
    throw new LeakhoundError("USAGE", `input ${name} must be true or false, not ${value}`);
  return value === "true";
}

/** Splits the `args` input like a shell would, for plain words and quoted strings. */
export function splitArgs(text: string): string[] {
  return [...text.matchAll(/"([^"]*)"|'([^']*)'|(\S+)/g)].map((m) => m[1] ?? m[2] ?? m[3]!);
}

export async function runAction(): Promise<number> {
  const workspace = process.env.GITHUB_WORKSPACE || process.cwd();
  const failOn = input("fail-on", "any") as (typeof FAIL_ON)[number];
  if (!FAIL_ON.includes(failOn))
    throw new LeakhoundError("USAGE", `input fail-on must be one of ${FAIL_ON.join(", ")}, not ${failOn}`);
  const wantSarif = booleanInput("sarif", true);
  // revocation only when the workflow names it (`revoke: github`, or `all`), never from a config file; it implies
  // verify
  const revoke = input("revoke").toLowerCase();
  if (revoke && !/^(all|[a-z0-9-]+(\s*,\s*[a-z0-9-]+)*)$/.test(revoke))
    throw new LeakhoundError("USAGE", `input revoke must be all or provider names (github, gitlab, …), not ${revoke}`);
  const verify = booleanInput("verify", false) || revoke !== "";
  // the providers are the ones registered for the CLI (tickets/settings.ts), not a list of the Action's own
  const ticket = input("ticket");
  if (ticket && !(TICKET_PROVIDERS as readonly string[]).includes(ticket))
    throw new LeakhoundError("USAGE", `input ticket must be one of ${TICKET_PROVIDERS.join(", ")}, not ${ticket}`);
  if ((failOn === "live" || ticket) && !verify)
    throw new LeakhoundError("USAGE", `${failOn === "live" ? "fail-on: live" : "ticket"} needs verify: true`);
  const eventName = process.env.GITHUB_EVENT_NAME ?? "workflow_dispatch";
  const payload = process.env.GITHUB_EVENT_PATH ? JSON.parse(readFileSync(process.env.GITHUB_EVENT_PATH, "utf8")) : {};

  // a one-line error before anything else when the workspace is not a repository
  inspectRepo(workspace);
  const scope = scopeForEvent(eventName, payload, workspace);
  // a pull request is judged by its base's config, baseline and .gitleaksignore, unless the workflow trusts its own
  const baseSettings = scope.underReview && !booleanInput("trust-pr-settings", false);
  const config = input("config");
  const baseline = input("baseline");
  const resolveIn = (p: string) => (isAbsolute(p) ? p : join(workspace, p));

  // by default beside the runner's other temporary files, not in the checkout (where a later step could commit it)
  const sarifFile = input("sarif-file");
  const sarifPath = wantSarif
    ? sarifFile
      ? resolveIn(sarifFile)
      : join(process.env.RUNNER_TEMP || workspace, "leakhound.sarif")
    : undefined;
  const argv = [
    "git",
    workspace,
    ...scope.args,
    "--exit-code",
    "1",
    ...(config ? ["--config", resolveIn(config)] : []),
    ...(baseline ? ["--baseline", resolveIn(baseline)] : []),
    ...(baseSettings ? ["--settings-from", "base"] : []),
    ...(verify ? ["--verify"] : []),
    ...(ticket ? ["--ticket", ticket] : []),
    ...(revoke
      ? ["--revoke", "--yes", ...(revoke === "all" ? [] : ["--revoke-providers", revoke.replace(/\s+/g, "")])]
      : []),
    ...splitArgs(input("args")),
  ];
  // an error only where the finding is what fails the job; a report-only run warns
  const fails = (f: Finding) => failOn === "any" || (failOn === "live" && f.verification?.status === "live");
  // the scan reports through the pipeline to the Action's own formats (report/github.ts, report/sarif.ts), in-process
  const embedded: Embedding = {
    sinks: (settings) => {
      const github = {
        failing: fails,
        scanned: scope.description,
        ...(sarifPath ? { sarifPath } : {}),
        baseSettings,
        // inline allows the change adds are honoured, and shown to the reviewer
        allowedInline: () => embedded.allowedInline ?? [],
      };
      const format = (name: Format) =>
        createReporter(name, {
          rules: settings.rules,
          redaction: "default",
          color: false,
          toolVersion: VERSION,
          github,
          // what the SARIF leaves out to fit GitHub's limits is said in the log
          onNotice: (message) => void process.stderr.write(`leakhound: warning: ${inert(message)}\n`),
        });
      return [
        new ReporterSink(format("github-annotations"), {
          stream: (text) => process.stdout.write(text),
          end: (text) => process.stdout.write(text),
        }),
        ...(sarifPath
          ? [new ReporterSink(format("sarif"), { end: (text) => writeWholeFile(sarifPath, text, "SARIF ") })]
          : []),
        ...(process.env.GITHUB_STEP_SUMMARY
          ? [
              new ReporterSink(format("github-summary"), {
                end: (text) => appendChecked(process.env.GITHUB_STEP_SUMMARY!, text, "step summary "),
              }),
            ]
          : []),
        new DiagnosticsSink((text) => void process.stderr.write(text)),
      ];
    },
  };
  const code = await runEmbedded(embedded, () => main(argv));
  // 2 is an error, unless the report was written and only ticket hooks failed (said on stderr)
  if (!embedded.result) return code === 0 ? 2 : code;
  const findings = embedded.result.findings;
  const live = findings.filter((f) => f.verification?.status === "live").length;
  setOutputs(process.env.GITHUB_OUTPUT, { findings: findings.length, live, "sarif-file": sarifPath ?? "" });
  if (findings.length > 0 && failOn === "any") {
    process.stdout.write(
      `::error::leakhound found ${findings.length} ${findings.length === 1 ? "secret" : "secrets"} in ${escapeData(scope.description)}\n`,
    );
    return 1;
  }
  if (live > 0 && failOn === "live") {
    process.stdout.write(
      `::error::leakhound found ${live} live ${live === 1 ? "secret" : "secrets"} in ${escapeData(scope.description)}: rotate them now\n`,
    );
    return 1;
  }
  return code === 2 ? 2 : 0;
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

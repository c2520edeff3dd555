// SARIF 2.1.0 for GitHub code scanning and other SARIF viewers: the full rule list in tool.driver,
// each rule tagged as CWE-798 (hard-coded credentials), one result per finding with a content
// fingerprint in partialFingerprints; secrets redacted. Fitted to what GitHub accepts: at most
// 25,000 results per run (the most severe kept), 20 runs per file, 10 MB gzipped, and a
// notification in the log (and on stderr) whenever something was left out.
import { createRequire } from "node:module";
import type { Rule, Severity } from "../model.js";
import type {
  SarifInvocation,
  SarifLevel,
  SarifLog,
  SarifNotification,
  SarifReportingDescriptor,
  SarifResult,
  SarifRun,
} from "./sarif-log.js";
import { inertJson } from "./inert.js";
import { present, type PresentedFinding } from "./present.js";
import type { ReportContext, Reporter } from "./reporter.js";
import { scanSummary, type ScanSummary } from "./summary.js";

export const SARIF_SCHEMA =
  "https://docs.oasis-open.org/sarif/sarif/v2.1.0/errata01/os/schemas/sarif-schema-2.1.0.json";
export const INFORMATION_URI = "https://github.com/leakhound/leakhound";
export const FINGERPRINT_KEY = "secretFingerprint/v1";

// GitHub maps security-severity to critical (>= 9), high (7-8.9), medium (4-6.9), low.
const SECURITY_SEVERITY: Record<Severity, string> = { critical: "9.5", high: "8.0", medium: "5.5", low: "3.0" };
const LEVEL: Record<Severity, SarifLevel> = { critical: "error", high: "error", medium: "warning", low: "note" };

function ruleName(id: string): string {
  return id.replace(/(^|-)([a-z0-9])/g, (_m, _d, c: string) => c.toUpperCase());
}

// loaded only for a SARIF file large enough to be over GitHub's size limit
const require = createRequire(import.meta.url);
const gzipSync = (text: string): Buffer => (require("node:zlib") as typeof import("node:zlib")).gzipSync(text);

/** GitHub's limits for an uploaded SARIF file (docs.github.com: "SARIF results exceed limit"). */
export const GITHUB_LIMITS = {
  resultsPerRun: 25_000,
  runsPerFile: 20,
  shownPerRun: 5_000,
  gzippedBytes: 10 * 1024 * 1024,
  tagsPerRule: 10,
} as const;

// CWE-798, Use of Hard-coded Credentials: what every secret finding is an instance of
const CWE = "798";
const CWE_TAG = "external/cwe/cwe-798";
const CWE_TAXONOMY = {
  name: "CWE",
  organization: "MITRE",
  informationUri: "https://cwe.mitre.org/",
  shortDescription: { text: "The MITRE Common Weakness Enumeration" },
  taxa: [
    {
      id: CWE,
      name: "UseOfHardCodedCredentials",
      shortDescription: { text: "Use of Hard-coded Credentials" },
      helpUri: "https://cwe.mitre.org/data/definitions/798.html",
    },
  ],
};

function descriptor(rule: Rule): SarifReportingDescriptor {
  const rotate = rule.rotate || "Revoke the secret at its provider, issue a new one, and remove it from the code.";
  const refs = rule.references.map((r) => `- ${r}`).join("\n");
  return {
    id: rule.id,
    name: ruleName(rule.id),
    shortDescription: { text: rule.description },
    fullDescription: {
      text: `${rule.description}. A secret of this kind in source code or history lets anyone who reads it act as its owner.`,
    },
    help: {
      text: `How to fix: ${rotate} Then remove it from the code; if it was committed, it stays in history until rotated.`,
      markdown: `**How to fix:** ${rotate}\n\nThen remove it from the code (read it from the environment or a secret manager). If it was committed, it stays in git history: rotating it is what makes it harmless.${refs ? `\n\n**References**\n${refs}` : ""}`,
    },
    ...(rule.references[0] ? { helpUri: rule.references[0] } : {}),
    defaultConfiguration: { level: LEVEL[rule.severity] },
    relationships: [{ target: { id: CWE, index: 0, toolComponent: { name: "CWE", index: 0 } }, kinds: ["relevant"] }],
    properties: {
      // GitHub keeps the first 10 tags of a rule: the ones that say "this is a secret" come first
      tags: [...new Set(["security", "secret", CWE_TAG, ...rule.tags])].slice(0, GITHUB_LIMITS.tagsPerRule),
      precision: rule.tags.includes("generic") ? "medium" : "high",
      "security-severity": SECURITY_SEVERITY[rule.severity],
    },
  };
}

/** SARIF wants a URI: relative paths stay relative (to the checkout root), absolute ones become file: URIs. */
function artifactUri(path: string): string {
  const encoded = path.split("/").map(encodeURIComponent).join("/");
  return path.startsWith("/") ? `file://${encoded}` : encoded;
}

function result(f: PresentedFinding, ruleIndex: number, authorEmail: boolean): SarifResult {
  const properties: Record<string, unknown> = { entropy: f.entropy };
  // an e-mail address is personal data that code scanning keeps and shows: only when asked (--author-email)
  for (const key of [
    "field",
    "commit",
    "author",
    ...(authorEmail ? (["email"] as const) : []),
    "date",
    "message",
    "verification",
    "verificationReason",
    "revocation",
    "revocationReason",
    "rotationPage",
  ] as const) {
    if (f[key] !== undefined) properties[key] = f[key];
  }
  return {
    ruleId: f.ruleId,
    ruleIndex,
    // a secret the provider confirmed live is an error whatever the rule's severity
    level: f.verification === "live" ? "error" : LEVEL[f.severity],
    message: {
      text: `${f.verification === "live" ? "LIVE " : ""}${f.description} found: ${f.secret}${f.commit ? ` (commit ${f.commit.slice(0, 12)})` : ""}${f.verification ? ` [verification: ${f.verification}]` : ""}`,
    },
    locations: [
      {
        physicalLocation: {
          artifactLocation: { uri: artifactUri(f.file), ...(f.file.startsWith("/") ? {} : { uriBaseId: "%SRCROOT%" }) },
          region: {
            startLine: f.startLine,
            startColumn: f.startColumn,
            endLine: f.endLine,
            endColumn: f.endColumn,
            snippet: { text: f.match },
          },
        },
      },
    ],
    partialFingerprints: { [FINGERPRINT_KEY]: f.fingerprint },
    properties,
  };
}

/**
 * How the run went: not successful when anything could not be read, with one notification per
 * file or object that was not scanned, and the counts of what was scanned and skipped.
 */
function invocation(summary: ScanSummary): SarifInvocation {
  return {
    executionSuccessful: summary.complete,
    toolExecutionNotifications: summary.problems.map((problem) => ({
      level: "error",
      message: { text: `could not scan ${problem.path}: ${problem.reason}` },
      descriptor: { id: "not-scanned" },
      properties: { path: problem.path, reason: problem.reason },
    })),
    properties: {
      unit: summary.unit,
      scanned: summary.scanned,
      bytes: summary.bytes,
      skippedBinary: summary.skipped.binary,
      skippedLarge: summary.skipped.large,
      known: summary.known,
    },
  };
}

export interface SarifOptions {
  /** put each commit author's e-mail address in the results' properties (off by default) */
  authorEmail?: boolean;
  /** told what was left out to fit GitHub's limits (the CLI says it on stderr) */
  onNotice?: (message: string) => void;
  /** SARIF's baselineState of each result ("new": first seen in this run), for scans that keep state */
  baselineState?: (finding: PresentedFinding) => SarifResult["baselineState"];
}

const LEVEL_RANK: Record<SarifLevel, number> = { error: 0, warning: 1, note: 2, none: 3 };
const RANK: Record<Severity, number> = { critical: 0, high: 1, medium: 2, low: 3 };
/** Most important first: live secrets, then by severity; otherwise the findings' own order. */
const priority = (f: PresentedFinding) => (f.verification === "live" ? -1 : RANK[f.severity]);

/** Adds a notification to a run's invocation (making one when there is none) and tells `onNotice`. */
function notify(run: SarifRun, notification: SarifNotification, onNotice?: (message: string) => void): void {
  run.invocations ??= [{ executionSuccessful: true }];
  const invocation = run.invocations[0]!;
  (invocation.toolExecutionNotifications ??= []).push(notification);
  onNotice?.(notification.message.text);
}

/** SARIF for findings as presented (already redacted, or not, by `present`), with the scan's summary when known. */
export function buildSarif(
  findings: PresentedFinding[],
  ctx: Pick<ReportContext, "rules" | "toolVersion">,
  summary?: ScanSummary,
  options: SarifOptions = {},
): SarifLog {
  const indexOf = new Map(ctx.rules.map((r, i) => [r.id, i]));
  // GitHub keeps the top 5,000 of a run and rejects more than 25,000: the most severe go first
  // (sorted only then: viewers order results themselves, and a report in the findings' order reads best)
  const ordered =
    findings.length <= GITHUB_LIMITS.resultsPerRun
      ? findings
      : findings
          .map((f, i) => ({ f, i }))
          .sort((a, b) => priority(a.f) - priority(b.f) || a.i - b.i)
          .map(({ f }) => f);
  const kept = ordered.slice(0, GITHUB_LIMITS.resultsPerRun);
  const run: SarifRun = {
    tool: {
      driver: {
        name: "leakhound",
        version: ctx.toolVersion,
        semanticVersion: ctx.toolVersion,
        informationUri: INFORMATION_URI,
        rules: ctx.rules.map(descriptor),
        supportedTaxonomies: [{ name: "CWE", index: 0 }],
      },
    },
    ...(summary ? { invocations: [invocation(summary)] } : {}),
    taxonomies: [CWE_TAXONOMY],
    columnKind: "utf16CodeUnits",
    results: kept.map((f) => {
      const r = result(f, indexOf.get(f.ruleId) ?? -1, options.authorEmail === true);
      const state = options.baselineState?.(f);
      return state ? { ...r, baselineState: state } : r;
    }),
  };
  if (kept.length < ordered.length) {
    notify(
      run,
      truncation(
        ordered.length,
        kept.length,
        `GitHub code scanning accepts at most ${GITHUB_LIMITS.resultsPerRun.toLocaleString("en")} results per run`,
      ),
      options.onNotice,
    );
  } else if (kept.length > GITHUB_LIMITS.shownPerRun) {
    notify(
      run,
      {
        level: "note",
        message: {
          text: `${kept.length} results: GitHub code scanning shows only the top ${GITHUB_LIMITS.shownPerRun.toLocaleString("en")} of a run, by severity (use -f json or -f html for all of them)`,
        },
        descriptor: { id: "results-not-shown" },
        properties: { results: kept.length, shown: GITHUB_LIMITS.shownPerRun },
      },
      options.onNotice,
    );
  }
  return { $schema: SARIF_SCHEMA, version: "2.1.0", runs: [run] };
}

function truncation(found: number, reported: number, why: string): SarifNotification {
  return {
    level: "warning",
    message: {
      text: `results left out: ${found - reported} of ${found} findings are not in this SARIF file (${why}); the ones left out are the least severe: use -f json or -f html for all of them`,
    },
    descriptor: { id: "results-truncated" },
    properties: { found, reported, omitted: found - reported },
  };
}

/**
 * A SARIF log as the text of a file GitHub accepts: at most 20 runs (the rest dropped, said in the
 * last run kept), and at most 10 MB gzipped (the least severe results of every run dropped in
 * proportion until it fits, said in each run).
 */
export function sarifText(
  log: SarifLog,
  onNotice?: (message: string) => void,
  maxGzippedBytes: number = GITHUB_LIMITS.gzippedBytes,
): string {
  const text = (l: SarifLog) => inertJson(JSON.stringify(l, null, 2)) + "\n";
  if (log.runs.length > GITHUB_LIMITS.runsPerFile) {
    const dropped = log.runs.slice(GITHUB_LIMITS.runsPerFile);
    log = { ...log, runs: log.runs.slice(0, GITHUB_LIMITS.runsPerFile) };
    const results = dropped.reduce((n, r) => n + (r.results?.length ?? 0), 0);
    notify(
      log.runs[log.runs.length - 1]!,
      {
        level: "warning",
        message: {
          text: `runs left out: ${dropped.length} of ${dropped.length + GITHUB_LIMITS.runsPerFile} runs (${results} results) are not in this SARIF file (GitHub code scanning accepts at most ${GITHUB_LIMITS.runsPerFile} runs per file): ${dropped.map((r) => r.automationDetails?.id ?? "?").join(", ")}`,
        },
        descriptor: { id: "runs-truncated" },
        properties: { runs: dropped.length, results },
      },
      onNotice,
    );
  }
  let out = text(log);
  // gzip never grows JSON by much: text this small fits without compressing it to see
  if (Buffer.byteLength(out) <= maxGzippedBytes * 0.99) return out;
  let size = gzipSync(out).length;
  if (size <= maxGzippedBytes) return out;
  // each run's results, least severe last: by level (a live secret is an error), then by the rule's security-severity
  const cut = new Map<SarifRun, { all: SarifResult[]; keep: number; notice: SarifNotification }>();
  const orderOf = (run: SarifRun) => {
    const rules = run.tool.driver.rules ?? [];
    const severityOf = (r: SarifResult) => Number(rules[r.ruleIndex ?? -1]?.properties?.["security-severity"] ?? 0);
    return (run.results ?? [])
      .map((r, i) => ({ r, i }))
      .sort(
        (a, b) =>
          LEVEL_RANK[a.r.level ?? "warning"] - LEVEL_RANK[b.r.level ?? "warning"] ||
          severityOf(b.r) - severityOf(a.r) ||
          a.i - b.i,
      )
      .map(({ r }) => r);
  };
  const why = `GitHub code scanning rejects files over ${maxGzippedBytes / 1024 / 1024} MB gzipped`;
  // results compress alike: every run shrinks in proportion (each keeps its most severe), a little
  // more each time, until the file fits
  for (let margin = 0.95; size > maxGzippedBytes; margin *= 0.9) {
    const runs = log.runs.filter((r) => (r.results?.length ?? 0) > 0);
    if (runs.length === 0) break; // nothing left to drop: the rules alone are that large
    for (const run of runs) {
      let state = cut.get(run);
      if (!state) {
        // a run already cut to 25,000 says how many were left out then: the notice counts from the findings
        const earlier = run.invocations?.[0]?.toolExecutionNotifications?.find(
          (n) => n.descriptor?.id === "results-truncated",
        )?.properties?.omitted;
        const all = orderOf(run);
        state = {
          all,
          keep: all.length,
          notice: truncation(all.length + (typeof earlier === "number" ? earlier : 0), all.length, why),
        };
        // in the run while it shrinks, so that the file that fits has it
        notify(run, state.notice);
        cut.set(run, state);
      }
      state.keep = Math.max(0, Math.min(state.keep - 1, Math.floor((state.keep * maxGzippedBytes * margin) / size)));
      run.results = state.all.slice(0, state.keep);
      Object.assign(state.notice, truncation(state.notice.properties!.found as number, state.keep, why));
    }
    out = text(log);
    size = gzipSync(out).length;
  }
  for (const { notice } of cut.values()) onNotice?.(notice.message.text);
  return out;
}

export function sarifReporter(ctx: ReportContext): Reporter {
  const options: SarifOptions = {
    ...(ctx.authorEmail ? { authorEmail: true } : {}),
    ...(ctx.onNotice ? { onNotice: ctx.onNotice } : {}),
  };
  return {
    end: ({ findings, stats, elapsedMs, unit }) =>
      sarifText(
        buildSarif(
          findings.map((f) => present(f, ctx.redaction, ctx.redactor)),
          ctx,
          scanSummary(stats, findings.length, elapsedMs, unit),
          options,
        ),
        ctx.onNotice,
      ),
  };
}

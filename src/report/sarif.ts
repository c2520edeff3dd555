// SARIF 2.1.0 for GitHub code scanning and other SARIF viewers: the full rule list in tool.driver,
// one result per finding with a content fingerprint in partialFingerprints; secrets redacted.
import type { Invocation, Log, ReportingDescriptor, Result } from "sarif";
import type { Rule, Severity } from "../model.js";
import { inertJson } from "./inert.js";
import { present, type PresentedFinding } from "./present.js";
import type { ReportContext, Reporter } from "./reporter.js";
import { scanSummary, type ScanSummary } from "./summary.js";

export const SARIF_SCHEMA = "https://docs.oasis-open.org/sarif/sarif/v2.1.0/errata01/os/schemas/sarif-schema-2.1.0.json";
export const INFORMATION_URI = "https://github.com/leakhound/leakhound";
export const FINGERPRINT_KEY = "secretFingerprint/v1";

// GitHub maps security-severity to critical (>= 9), high (7-8.9), medium (4-6.9), low.
const SECURITY_SEVERITY: Record<Severity, string> = { critical: "9.5", high: "8.0", medium: "5.5", low: "3.0" };
const LEVEL: Record<Severity, Result.level> = { critical: "error", high: "error", medium: "warning", low: "note" };

function ruleName(id: string): string {
  return id.replace(/(^|-)([a-z0-9])/g, (_m, _d, c: string) => c.toUpperCase());
}

function descriptor(rule: Rule): ReportingDescriptor {
  const rotate = rule.rotate || "Revoke the secret at its provider, issue a new one, and remove it from the code.";
  const refs = rule.references.map((r) => `- ${r}`).join("\n");
  return {
    id: rule.id,
    name: ruleName(rule.id),
    shortDescription: { text: rule.description },
    fullDescription: { text: `${rule.description}. A secret of this kind in source code or history lets anyone who reads it act as its owner.` },
    help: {
      text: `How to fix: ${rotate} Then remove it from the code; if it was committed, it stays in history until rotated.`,
      markdown: `**How to fix:** ${rotate}\n\nThen remove it from the code (read it from the environment or a secret manager). If it was committed, it stays in git history: rotating it is what makes it harmless.${refs ? `\n\n**References**\n${refs}` : ""}`,
    },
    ...(rule.references[0] ? { helpUri: rule.references[0] } : {}),
    defaultConfiguration: { level: LEVEL[rule.severity] },
    properties: {
      tags: ["security", "secret", ...rule.tags],
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

function result(f: PresentedFinding, ruleIndex: number): Result {
  const properties: Record<string, unknown> = { entropy: f.entropy };
  for (const key of ["field", "commit", "author", "email", "date", "message", "verification", "verificationReason", "revocation", "revocationReason", "rotationPage"] as const) {
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
function invocation(summary: ScanSummary): Invocation {
  return {
    executionSuccessful: summary.complete,
    toolExecutionNotifications: summary.problems.map((problem) => ({
      level: "error",
      message: { text: `could not scan ${problem.path}: ${problem.reason}` },
      descriptor: { id: "not-scanned" },
      properties: { path: problem.path, reason: problem.reason },
    })),
    properties: { unit: summary.unit, scanned: summary.scanned, bytes: summary.bytes, skippedBinary: summary.skipped.binary, skippedLarge: summary.skipped.large, known: summary.known },
  };
}

/** SARIF for findings as presented (already redacted, or not, by `present`), with the scan's summary when known. */
export function buildSarif(findings: PresentedFinding[], ctx: Pick<ReportContext, "rules" | "toolVersion">, summary?: ScanSummary): Log {
  const indexOf = new Map(ctx.rules.map((r, i) => [r.id, i]));
  return {
    $schema: SARIF_SCHEMA,
    version: "2.1.0",
    runs: [
      {
        tool: {
          driver: {
            name: "leakhound",
            version: ctx.toolVersion,
            semanticVersion: ctx.toolVersion,
            informationUri: INFORMATION_URI,
            rules: ctx.rules.map(descriptor),
          },
        },
        ...(summary ? { invocations: [invocation(summary)] } : {}),
        columnKind: "utf16CodeUnits",
        results: findings.map((f) => result(f, indexOf.get(f.ruleId) ?? -1)),
      },
    ],
  };
}

export function sarifReporter(ctx: ReportContext): Reporter {
  return {
    end: ({ findings, stats, elapsedMs, unit }) =>
      inertJson(JSON.stringify(buildSarif(findings.map((f) => present(f, ctx.redaction, ctx.redactor)), ctx, scanSummary(stats, findings.length, elapsedMs, unit)), null, 2)) + "\n",
  };
}

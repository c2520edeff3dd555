// The shape of a finding in every output: the same fields, redacted unless asked not to.
import type { Finding, GitProvenance, Severity } from "../model.js";
import { redact, redactIn } from "./redact.js";

export interface PresentedFinding {
  ruleId: string;
  description: string;
  severity: Severity;
  tags: string[];
  file: string;
  startLine: number;
  startColumn: number;
  endLine: number;
  endColumn: number;
  secret: string;
  match: string;
  entropy: number;
  fingerprint: string;
  /** the field of a known file format the secret was in */
  field?: string;
  redacted: boolean;
  /** live, invalid, unknown, unsupported or canary, with --verify */
  verification?: string;
  verificationReason?: string;
  commit?: string;
  author?: string;
  email?: string;
  date?: string;
  message?: string;
  /** the settings file whose change in the scanned range would hide this finding */
  hiddenBy?: string;
}

export function present(finding: Finding, showSecrets: boolean): PresentedFinding {
  const git: Partial<GitProvenance> = finding.git ?? {};
  return {
    ruleId: finding.ruleId,
    description: finding.description,
    severity: finding.severity,
    tags: finding.tags,
    file: finding.path,
    startLine: finding.startLine,
    startColumn: finding.startColumn,
    endLine: finding.endLine,
    endColumn: finding.endColumn,
    secret: showSecrets ? finding.secret : redact(finding.secret),
    match: showSecrets ? finding.match : redactIn(finding.match, finding.secret),
    entropy: finding.entropy,
    fingerprint: finding.fingerprint,
    ...(finding.field ? { field: finding.field } : {}),
    redacted: !showSecrets,
    ...(finding.verification ? { verification: finding.verification.status } : {}),
    ...(finding.verification?.reason ? { verificationReason: finding.verification.reason } : {}),
    ...(finding.hiddenBy ? { hiddenBy: finding.hiddenBy } : {}),
    ...git,
    // a commit message may quote the secret it adds
    ...(git.message !== undefined && !showSecrets ? { message: redactIn(git.message, finding.secret) } : {}),
  };
}

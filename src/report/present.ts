// The shape of a finding in every output: the same fields, redacted unless asked not to.
import type { Finding, GitProvenance, Severity } from "../model.js";
import { redact, type Redactor } from "./redact.js";

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
}

/** A finding as shown; unless `showSecrets`, every echoed text passes through `redactor` (every secret in it hidden). */
export function present(finding: Finding, showSecrets: boolean, redactor: Redactor): PresentedFinding {
  const git: Partial<GitProvenance> = finding.git ?? {};
  const mask = (text: string, path?: string) => (showSecrets ? text : redactor.mask(text, [finding.secret], path));
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
    match: mask(finding.match, finding.path),
    entropy: finding.entropy,
    fingerprint: finding.fingerprint,
    ...(finding.field ? { field: finding.field } : {}),
    redacted: !showSecrets,
    ...(finding.verification ? { verification: finding.verification.status } : {}),
    ...(finding.verification?.reason ? { verificationReason: finding.verification.reason } : {}),
    ...git,
    // the repository chose its commit messages and author fields: they may quote a secret
    ...(git.message !== undefined ? { message: mask(git.message) } : {}),
    ...(git.author !== undefined ? { author: mask(git.author) } : {}),
    ...(git.email !== undefined ? { email: mask(git.email) } : {}),
  };
}

// The shape of a finding in every output: the same fields, redacted unless asked not to.
import type { Finding, GitProvenance, Severity } from "../model.js";
import { redact, showsSecrets, type Redaction, type Redactor } from "./redact.js";

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
  /** revoked, not-revocable or failed, with --revoke */
  revocation?: string;
  revocationReason?: string;
  rotationPage?: string;
  commit?: string;
  author?: string;
  email?: string;
  date?: string;
  message?: string;
  /** the settings file whose change in the scanned range would hide this finding */
  hiddenBy?: string;
}

/** A finding as shown under `redaction`; every echoed text passes through `redactor` (every secret in it hidden). */
export function present(finding: Finding, redaction: Redaction, redactor: Redactor): PresentedFinding {
  const showSecrets = showsSecrets(redaction);
  const { messageSecrets = [], ...git }: Partial<GitProvenance> = finding.git ?? {};
  const mask = (text: string, known: readonly string[], path?: string) =>
    showSecrets ? text : redactor.mask(text, known, path, redaction);
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
    secret: redact(finding.secret, redaction),
    match: mask(finding.match, [finding.secret], finding.path),
    entropy: finding.entropy,
    fingerprint: finding.fingerprint,
    ...(finding.field ? { field: finding.field } : {}),
    redacted: !showSecrets,
    ...(finding.verification ? { verification: finding.verification.status } : {}),
    ...(finding.verification?.reason ? { verificationReason: finding.verification.reason } : {}),
    ...(finding.revocation ? { revocation: finding.revocation.status } : {}),
    ...(finding.revocation?.reason ? { revocationReason: finding.revocation.reason } : {}),
    ...(finding.revocation?.rotationPage ? { rotationPage: finding.revocation.rotationPage } : {}),
    ...(finding.hiddenBy ? { hiddenBy: finding.hiddenBy } : {}),
    ...git,
    // the repository chose its commit messages and author fields: they may quote a secret, or hold secrets of their own
    ...(git.message !== undefined ? { message: mask(git.message, [finding.secret, ...messageSecrets]) } : {}),
    ...(git.author !== undefined ? { author: mask(git.author, [finding.secret]) } : {}),
    ...(git.email !== undefined ? { email: mask(git.email, [finding.secret]) } : {}),
  };
}

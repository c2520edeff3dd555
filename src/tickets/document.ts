// What a rotate-now ticket says: what leaked, where, since when it is live, how to rotate it, and
// the fingerprint that identifies it across runs. Never the secret: a redacted prefix at most.
import type { Finding, Rule } from "../model.js";
import { redact, type Redactor } from "../report/redact.js";

export const MARKER_PREFIX = "leakhound-fingerprint:";

export interface TicketDocument {
  fingerprint: string;
  title: string;
  rule: string;
  description: string;
  provider: string;
  severity: string;
  repository: string;
  file: string;
  line: number;
  commit?: string;
  author?: string;
  email?: string;
  committedAt?: string;
  /** when leakhound confirmed it live */
  verifiedLiveAt: string;
  identity?: string;
  secretPreview: string;
  rotate: string;
  references: string[];
  /** Markdown, with a hidden marker holding the fingerprint */
  body: string;
}

/**
 * The ticket for a live finding; every text from the repository in it (commit message, author) passes through
 * `redactor`.
 */
export function ticketDocument(
  finding: Finding,
  rule: Rule | undefined,
  repository: string,
  redactor: Redactor,
  now = new Date(),
): TicketDocument {
  const mask = (text: string) => redactor.mask(text, [finding.secret]);
  const provider = finding.verification?.provider ?? "";
  const rotate = rule?.rotate || "Revoke the secret at its provider, issue a new one, and remove it from the code.";
  const references = rule?.references ?? [];
  const where = `${finding.path}:${finding.startLine}`;
  const title = `Rotate now: live ${finding.description} leaked in ${finding.path}`;
  const rows: [string, string][] = [
    ["What", `${finding.description} (\`${finding.ruleId}\`)${provider ? `, confirmed live by ${provider}` : ""}`],
    ["Where", `${repository ? `${repository}: ` : ""}\`${where}\``],
    ...(finding.git
      ? ([
          [
            "Commit",
            `${finding.git.commit} by ${mask(finding.git.author)} <${mask(finding.git.email)}> on ${finding.git.date}: ${mask(finding.git.message)}`,
          ],
        ] as [string, string][])
      : []),
    ["Live since", `at least ${finding.git?.date ?? "the scan"} (committed); confirmed live ${now.toISOString()}`],
    ...(finding.verification?.identity ? ([["Belongs to", finding.verification.identity]] as [string, string][]) : []),
    ["Secret", `\`${redact(finding.secret)}\` (redacted)`],
    ["Fingerprint", `\`${finding.fingerprint}\``],
  ];
  const body = [
    `leakhound found a **live** secret. Anyone who can read this repository or its history can use it: rotate it now.`,
    "",
    "| | |",
    "|---|---|",
    ...rows.map(([k, v]) => `| ${k} | ${v.replace(/\|/g, "\\|").replace(/\n/g, " ")} |`),
    "",
    `**How to rotate:** ${rotate}`,
    ...(references.length ? ["", ...references.map((r) => `- ${r}`)] : []),
    "",
    "Deleting the line is not enough: the secret stays in git history. Once it is rotated, `leakhound tickets sync` closes this ticket.",
    "",
    `<!-- ${MARKER_PREFIX}${finding.fingerprint} -->`,
  ].join("\n");
  return {
    fingerprint: finding.fingerprint,
    title,
    rule: finding.ruleId,
    description: finding.description,
    provider,
    severity: finding.severity,
    repository,
    file: finding.path,
    line: finding.startLine,
    ...(finding.git
      ? {
          commit: finding.git.commit,
          author: mask(finding.git.author),
          email: mask(finding.git.email),
          committedAt: finding.git.date,
        }
      : {}),
    verifiedLiveAt: now.toISOString(),
    ...(finding.verification?.identity ? { identity: finding.verification.identity } : {}),
    secretPreview: redact(finding.secret),
    rotate,
    references,
    body,
  };
}

/** The fingerprint in a ticket body's marker, if any. */
export function fingerprintIn(body: string | null | undefined): string | undefined {
  return body ? new RegExp(`${MARKER_PREFIX}([0-9a-f]{32})`).exec(body)?.[1] : undefined;
}

// The data that crosses stages: a Fragment of text with its provenance, a Rule, and a Finding.

/** Where a piece of text came from in git history; absent for plain files and stdin. */
export interface GitProvenance {
  commit: string;
  author: string;
  email: string;
  date: string;
  /** the subject line */
  message: string;
  /** secrets found in this commit's message: redacted wherever `message` is shown (never output) */
  messageSecrets?: string[];
}

/** A piece of text to scan, with where it came from. The engine never reads anything else. */
export interface Fragment {
  /** Path as shown to the user (relative to the scan root, `/`-separated), or "<stdin>". */
  path: string;
  /** Path below the scanned root, which path allowlists are matched against; defaults to `path`. */
  relPath?: string;
  /** Raw bytes; the engine works on bytes so invalid UTF-8 never stops a scan. */
  bytes: Buffer;
  /**
   * For fragments that are a slice of a larger file (e.g. the added lines of a diff):
   * maps line i of the fragment (0-based) to its 1-based line in the file. Absent: line i is i+1.
   */
  lineMap?: readonly number[];
  /** For a fragment that is one contiguous slice of a file: the file's 0-based line it starts at. */
  firstLine?: number;
  git?: GitProvenance;
}

export type Severity = "critical" | "high" | "medium" | "low";

export interface RuleAllowlist {
  /** picomatch globs against the fragment path */
  paths: string[];
  /** RE2 regexes against the fragment path (gitleaks configs write paths this way) */
  pathRegexes: string[];
  /** commits whose findings are allowed (full or abbreviated hashes) */
  commits: string[];
  /** "or": any criterion allows a finding (default); "and": every criterion given must hold */
  condition: "or" | "and";
  /** RE2 regexes; what they are matched against is given by `regexTarget` */
  regexes: string[];
  regexTarget: "secret" | "match" | "line";
  /** case-insensitive substrings of the secret that mark it as not a secret */
  stopwords: string[];
}

/** A rule as written in a rule file, validated. */
export interface Rule {
  id: string;
  description: string;
  regex: string;
  /** capture group holding the secret; 0 is the whole match */
  secretGroup: number;
  /** lowercase literals; the rule runs only on text containing one of them. Empty: always runs. */
  keywords: string[];
  /**
   * RE2 regex the file path must match for the rule to apply; a rule with a path and no regex reports the file itself
   */
  pathRegex?: string;
  /** minimum Shannon entropy (bits per character) of the secret */
  entropy?: number;
  /** how the captured value is encoded: the decoded value is judged and reported (redacted) */
  decode?: "base64";
  /** the verifier that can ask the provider whether a secret of this rule is live (see verify/providers.ts) */
  verify?: string;
  /** an offline checksum the secret must pass (see engine/checksum.ts) */
  checksum?: "base62-crc32" | "discord-snowflake";
  /** reject secrets that look like placeholders or code (for name = value rules) */
  placeholderCheck: boolean;
  severity: Severity;
  tags: string[];
  references: string[];
  /** how to revoke or rotate this kind of secret */
  rotate: string;
  /** a finding is dropped when any of these allows it */
  allowlists: RuleAllowlist[];
  examples: string[];
  negativeExamples: string[];
  /** the file name the examples are scanned as (for rules limited to a file format by `pathRegex`) */
  examplePath?: string;
  /** file the rule was read from, for error messages */
  source: string;
}

/** What the provider said about a secret (see src/verify/). */
export type VerificationStatus = "live" | "invalid" | "unknown" | "unsupported" | "canary";

export interface Verification {
  status: VerificationStatus;
  /** the verifier that was asked, e.g. "github" */
  provider?: string;
  /** why, for unknown (timeout, rate limit, unexpected answer) and canary */
  reason?: string;
  /** who the secret belongs to, when the provider says (a login, an account id): never the secret */
  identity?: string;
}

/** What `leakhound revoke` (or `--revoke`) did with a live secret (see src/revoke/). */
export type RevocationStatus = "revoked" | "not-revocable" | "failed";

export interface Revocation {
  status: RevocationStatus;
  provider?: string;
  /** why: for failed, and for not-revocable (no such API, or this token type cannot be revoked) */
  reason?: string;
  /** not-revocable: the provider's page where the owner rotates it */
  rotationPage?: string;
  /** the verification sent after the revocation: `invalid` confirms it */
  confirmed?: VerificationStatus;
}

export interface Finding {
  ruleId: string;
  description: string;
  severity: Severity;
  tags: string[];
  path: string;
  startLine: number;
  startColumn: number;
  endLine: number;
  /** 1-based column just past the last character (SARIF convention) */
  endColumn: number;
  /** the secret itself; reporters redact it unless asked not to */
  secret: string;
  /** the whole text the rule matched, which contains the secret */
  match: string;
  /**
   * The match's first line around the match: at most CONTEXT_CHARS (engine/lines.ts) characters
   * either side, cut at the line's ends; never a whole long line, so a finding's size is bounded.
   */
  context: string;
  /** 1-based column of the file's line where `context` begins */
  contextColumn: number;
  entropy: number;
  /** content fingerprint: depends on rule and secret only, never reveals the secret */
  fingerprint: string;
  /** for rules about a file format: the field the secret was in (the regex's `field` group) */
  field?: string;
  git?: GitProvenance;
  /** set by --verify */
  verification?: Verification;
  /** set by --revoke / `leakhound revoke` */
  revocation?: Revocation;
  /**
   * A range scanned with its base's settings: the settings file whose change in the range would
   * hide this finding (a baseline entry, an allowlist, a .gitleaksignore line the change adds).
   */
  hiddenBy?: string;
}

/** Counts a source reports so the summary can say what was and was not scanned. */
export interface ScanStats {
  files: number;
  bytes: number;
  skippedBinary: number;
  skippedLarge: number;
  /** findings hidden because the baseline or an ignore file already accepts them */
  known: number;
  /** of `known`: how many each kind of file accepted (the summary names the file that did) */
  knownBy?: { baseline: number; gitleaksignore: number };
  errors: ScanProblem[];
}

/**
 * A file or object that could not be scanned (unreadable, missing, text that could not be decoded); reported, never
 * swallowed.
 */
export interface ScanProblem {
  path: string;
  reason: string;
}

export function emptyStats(): ScanStats {
  return { files: 0, bytes: 0, skippedBinary: 0, skippedLarge: 0, known: 0, errors: [] };
}

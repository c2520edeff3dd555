// Turns another scanner's record of accepted findings — a gitleaks JSON report, a .gitleaksignore,
// a detect-secrets .secrets.baseline, a trufflehog JSON report — into leakhound baseline entries.
//
// Those files name a place (file, line, maybe a commit) and sometimes the secret or its hash, under
// their own rule names. leakhound's baseline is keyed by its own rule and the secret, so each place
// is scanned again with leakhound's rules (the file at that commit, or in the work tree) and the
// findings on that line become entries; when the file cannot be read, a report's own copy of the
// matched text is scanned instead. What cannot be matched is listed, never guessed. No message
// here ever holds a secret: entries are named by their file, line and position in the input.
import { createHash } from "node:crypto";
import { LeakhoundError } from "../errors.js";
import type { Finding } from "../model.js";
import { jsonProblem, type BaselineEntry } from "./baseline.js";

import type { ImportFormat } from "./baseline-formats.js";

export { IMPORT_FORMATS, type ImportFormat } from "./baseline-formats.js";

/** One accepted finding as the other tool recorded it. */
export interface ForeignFinding {
  file: string;
  /** 1-based; absent when the tool did not record it */
  line?: number;
  commit?: string;
  /** the other tool's rule or detector name, for the entry's reason */
  rule: string;
  /** the raw secret, when the tool kept it (gitleaks, trufflehog) */
  secret?: string;
  /** detect-secrets keeps the SHA-1 of the secret instead */
  secretSha1?: string;
  /** text around the secret the tool kept (gitleaks' Match), scanned when the file cannot be read */
  match?: string;
  /** detect-secrets' audit said this is a real secret: never accepted */
  markedReal?: boolean;
  /** where in the input it was: "entry 3", "line 7" (never the secret) */
  where: string;
}

export interface ImportSources {
  /** the file's text at a commit, or in the work tree (no commit); undefined when there is none */
  read(file: string, commit: string | undefined): string | undefined;
  /** leakhound's findings in a text, as if it were `file` */
  detect(text: string, file: string): Finding[];
}

export interface ImportResult {
  entries: BaselineEntry[];
  /** what could not become an entry, and why (no secret in these) */
  unmatched: { where: string; file: string; line?: number; why: string }[];
  /** how many findings the input held */
  read: number;
}

const FORMAT_NAMES: Record<ImportFormat, string> = {
  gitleaks: "gitleaks report",
  gitleaksignore: ".gitleaksignore",
  "detect-secrets": "detect-secrets baseline",
  trufflehog: "trufflehog report",
};

/** Which of the formats `text` is in; `name` is the file's name. */
export function detectImportFormat(text: string, name: string): ImportFormat {
  if (/(^|[\\/])\.gitleaksignore$/.test(name)) return "gitleaksignore";
  const trimmed = text.trimStart();
  if (trimmed.startsWith("{")) {
    try {
      const doc = JSON.parse(trimmed) as Record<string, unknown>;
      if (
        doc &&
        typeof doc === "object" &&
        "results" in doc &&
        ("plugins_used" in doc || "generated_at" in doc || "version" in doc)
      )
        return "detect-secrets";
      if (doc && typeof doc === "object" && ("SourceMetadata" in doc || "DetectorName" in doc)) return "trufflehog";
    } catch {
      // JSON Lines: trufflehog's --json writes one object a line (its log lines among them)
      for (const line of trimmed.split("\n", 50)) {
        try {
          const doc = JSON.parse(line) as Record<string, unknown>;
          if (doc && typeof doc === "object" && ("SourceMetadata" in doc || "DetectorName" in doc)) return "trufflehog";
        } catch {
          break;
        }
      }
    }
  }
  if (trimmed.startsWith("[")) {
    try {
      const doc = JSON.parse(trimmed) as unknown[];
      if (
        Array.isArray(doc) &&
        (doc.length === 0 || (typeof doc[0] === "object" && doc[0] !== null && "RuleID" in doc[0]))
      )
        return "gitleaks";
      if (Array.isArray(doc) && typeof doc[0] === "object" && doc[0] !== null && "SourceMetadata" in doc[0])
        return "trufflehog";
    } catch {
      // fall through
    }
  }
  if (!trimmed.startsWith("{") && !trimmed.startsWith("[")) return "gitleaksignore";
  throw new LeakhoundError(
    "BAD_CONFIG",
    `${name}: not a gitleaks or trufflehog JSON report, a .gitleaksignore or a detect-secrets baseline (give --from to say which)`,
  );
}

function parseJson(text: string, name: string, what: string): unknown {
  try {
    return JSON.parse(text);
  } catch (err) {
    throw new LeakhoundError("BAD_CONFIG", `${name}: not a ${what}: ${jsonProblem(err)}`);
  }
}

const str = (v: unknown): string | undefined => (typeof v === "string" && v.length > 0 ? v : undefined);
const int = (v: unknown): number | undefined => (typeof v === "number" && Number.isInteger(v) && v > 0 ? v : undefined);
const COMMIT = /^[0-9a-f]{7,64}$/i;
const commitOr = (v: unknown): string | undefined => {
  const s = str(v);
  return s && COMMIT.test(s) ? s.toLowerCase() : undefined;
};

/** gitleaks' `--report-format json`: an array of findings with File, StartLine, Commit, RuleID, Secret, Match. */
function gitleaksReport(text: string, name: string): ForeignFinding[] {
  const doc = parseJson(text, name, FORMAT_NAMES.gitleaks);
  if (!Array.isArray(doc)) throw new LeakhoundError("BAD_CONFIG", `${name}: not a gitleaks report: not a JSON array`);
  return doc.map((item, i) => {
    const f = (item ?? {}) as Record<string, unknown>;
    const file = str(f.File);
    if (!file) throw new LeakhoundError("BAD_CONFIG", `${name}: entry ${i + 1} has no File`);
    const line = int(f.StartLine);
    const commit = commitOr(f.Commit);
    const secret = str(f.Secret);
    const match = str(f.Match);
    return {
      file,
      ...(line ? { line } : {}),
      ...(commit ? { commit } : {}),
      rule: str(f.RuleID) ?? "?",
      ...(secret ? { secret } : {}),
      ...(match ? { match } : {}),
      where: `entry ${i + 1}`,
    };
  });
}

/** `.gitleaksignore`: one gitleaks fingerprint a line, `commit:file:rule:line` or `file:rule:line`. */
function gitleaksIgnore(text: string): ForeignFinding[] {
  const out: ForeignFinding[] = [];
  text.split("\n").forEach((raw, i) => {
    const line = raw.trim();
    if (!line || line.startsWith("#")) return;
    const parts = line.split(":");
    const lineNo = Number(parts.pop());
    const rule = parts.pop() ?? "";
    if (!Number.isInteger(lineNo) || lineNo < 1 || parts.length === 0) return;
    const commit = parts.length > 1 && COMMIT.test(parts[0]!) ? parts.shift()!.toLowerCase() : undefined;
    out.push({ file: parts.join(":"), line: lineNo, ...(commit ? { commit } : {}), rule, where: `line ${i + 1}` });
  });
  return out;
}

/** detect-secrets' `.secrets.baseline`: results by file, each with type, line_number and the SHA-1 of the secret. */
function detectSecrets(text: string, name: string): ForeignFinding[] {
  const doc = parseJson(text, name, FORMAT_NAMES["detect-secrets"]) as { results?: unknown };
  if (!doc || typeof doc.results !== "object" || doc.results === null)
    throw new LeakhoundError("BAD_CONFIG", `${name}: not a detect-secrets baseline: no "results"`);
  const out: ForeignFinding[] = [];
  for (const [file, list] of Object.entries(doc.results as Record<string, unknown>)) {
    if (!Array.isArray(list)) continue;
    list.forEach((item, i) => {
      const r = (item ?? {}) as Record<string, unknown>;
      const line = int(r.line_number);
      const hash = str(r.hashed_secret);
      out.push({
        file: str(r.filename) ?? file,
        ...(line ? { line } : {}),
        rule: str(r.type) ?? "?",
        ...(hash && /^[0-9a-f]{40}$/i.test(hash) ? { secretSha1: hash.toLowerCase() } : {}),
        ...(r.is_secret === true ? { markedReal: true } : {}),
        where: `${file} result ${i + 1}`,
      });
    });
  }
  return out;
}

/**
 * trufflehog's `--json`: one object a line (or an array), the place in SourceMetadata.Data.Git or .Filesystem, the
 * secret in Raw.
 */
function trufflehog(text: string, name: string): ForeignFinding[] {
  const trimmed = text.trim();
  const items: unknown[] = trimmed.startsWith("[")
    ? (parseJson(trimmed, name, FORMAT_NAMES.trufflehog) as unknown[])
    : trimmed
        .split("\n")
        .filter((l) => l.trim())
        .map((l, i) => parseJson(l, `${name} line ${i + 1}`, FORMAT_NAMES.trufflehog));
  const out: ForeignFinding[] = [];
  items.forEach((item, i) => {
    const r = (item ?? {}) as Record<string, unknown>;
    // trufflehog also writes log lines as JSON: only findings have a detector
    if (!("DetectorName" in r) && !("SourceMetadata" in r)) return;
    const data = ((r.SourceMetadata as { Data?: Record<string, Record<string, unknown>> } | undefined)?.Data ??
      {}) as Record<string, Record<string, unknown>>;
    const place = data.Git ?? data.Filesystem ?? Object.values(data)[0] ?? {};
    const file = str(place.file);
    const where = trimmed.startsWith("[") ? `entry ${i + 1}` : `line ${i + 1}`;
    if (!file) {
      out.push({ file: "", rule: str(r.DetectorName) ?? "?", where });
      return;
    }
    const line = int(place.line);
    const commit = commitOr(place.commit);
    const secret = str(r.Raw);
    out.push({
      file,
      ...(line ? { line } : {}),
      ...(commit ? { commit } : {}),
      rule: str(r.DetectorName) ?? "?",
      ...(secret ? { secret } : {}),
      where,
    });
  });
  return out;
}

/** The accepted findings of `text`, read as `format`. */
export function parseForeign(text: string, name: string, format: ImportFormat): ForeignFinding[] {
  switch (format) {
    case "gitleaks":
      return gitleaksReport(text, name);
    case "gitleaksignore":
      return gitleaksIgnore(text);
    case "detect-secrets":
      return detectSecrets(text, name);
    case "trufflehog":
      return trufflehog(text, name);
  }
}

const sha1 = (s: string) => createHash("sha1").update(s).digest("hex");

/** Whether a leakhound finding is the other tool's: the same secret (or its hash), or one holds the other. */
function sameSecret(f: Finding, foreign: ForeignFinding): boolean {
  if (foreign.secretSha1) return sha1(f.secret) === foreign.secretSha1;
  if (foreign.secret)
    return (
      f.secret === foreign.secret ||
      (f.secret.length >= 8 && foreign.secret.includes(f.secret)) ||
      (foreign.secret.length >= 8 && f.secret.includes(foreign.secret))
    );
  return true;
}

/** Baseline entries for every foreign finding that leakhound finds at the same place. */
export function importFindings(
  foreign: ForeignFinding[],
  format: ImportFormat,
  sources: ImportSources,
  today = new Date().toISOString().slice(0, 10),
): ImportResult {
  const entries = new Map<string, BaselineEntry>();
  const unmatched: ImportResult["unmatched"] = [];
  const texts = new Map<string, string | undefined>();
  const findingsIn = new Map<string, Finding[]>();
  const reason = (f: ForeignFinding) => `imported ${today} from a ${FORMAT_NAMES[format]} (${f.rule})`;
  for (const f of foreign) {
    const place = { where: f.where, file: f.file, ...(f.line ? { line: f.line } : {}) };
    if (!f.file) {
      unmatched.push({ ...place, why: "it names no file" });
      continue;
    }
    if (f.markedReal) {
      unmatched.push({
        ...place,
        why: "detect-secrets' audit marked it a real secret: not accepted (rotate it, then remove it)",
      });
      continue;
    }
    const key = `${f.commit ?? ""}\0${f.file}`;
    if (!texts.has(key)) {
      let text: string | undefined;
      try {
        text = sources.read(f.file, f.commit);
      } catch {
        text = undefined;
      }
      texts.set(key, text);
      if (text !== undefined) findingsIn.set(key, sources.detect(text, f.file));
    }
    let found = findingsIn.get(key);
    let onLine = found?.filter((x) => f.line === undefined || (x.startLine <= f.line && f.line <= x.endLine)) ?? [];
    // the file is gone (or changed): a report's own copy of what it matched still names the secret
    if (onLine.filter((x) => sameSecret(x, f)).length === 0 && (f.match || f.secret)) {
      found = [
        ...(f.match ? sources.detect(f.match, f.file) : []),
        ...(f.secret ? sources.detect(f.secret, f.file) : []),
      ];
      onLine = found;
    }
    const matching = onLine.filter((x) => sameSecret(x, f));
    // detect-secrets hashes the secret as its plugin cut it; leakhound may cut it otherwise (quotes, a prefix)
    const chosen = matching.length > 0 ? matching : f.secretSha1 ? onLine : [];
    if (chosen.length === 0) {
      unmatched.push({
        ...place,
        why:
          texts.get(key) === undefined && !f.match && !f.secret
            ? `the file cannot be read${f.commit ? ` at commit ${f.commit.slice(0, 12)}` : " in the work tree"}`
            : "leakhound's rules find no secret there",
      });
      continue;
    }
    for (const x of chosen) {
      const entry: BaselineEntry = { fingerprint: x.fingerprint, path: f.file, rule: x.ruleId, reason: reason(f) };
      entries.set(`${entry.fingerprint}\0${entry.path}`, entry);
    }
  }
  return { entries: [...entries.values()], unmatched, read: foreign.length };
}

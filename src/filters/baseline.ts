// The baseline: findings a team has looked at and accepted, keyed by content (the fingerprint of
// rule + secret, and the file), never by line, so moving a line does not bring a finding back.
//
// The file is written for git: one entry per line, sorted, between a fixed first line and a fixed
// last line, every entry line ending in a comma, nothing that changes from run to run. Entries added
// on two branches merge without conflicts (with `merge=union` in .gitattributes, which `leakhound
// baseline` sets up, even adjacent ones), and duplicate lines after a merge are harmless.
import { readRegularFile } from "../io/read-file.js";
import { writeWholeFile } from "../io/write-file.js";
import { LeakhoundError, reasonOf } from "../errors.js";
import type { Finding } from "../model.js";

export const BASELINE_FILE = ".leakhound-baseline.json";

export interface BaselineEntry {
  fingerprint: string;
  path: string;
  rule: string;
  /** why the finding is accepted */
  reason?: string;
  /** YYYY-MM-DD: from this day on the finding is reported again */
  expires?: string;
  /** what `leakhound baseline audit` judged it: not a secret, or a secret accepted for now */
  verdict?: "false-positive" | "accepted";
}

const FIRST_LINE = '{"leakhound-baseline": 1, "entries": [';
const LAST_LINE = "null]}";

function key(fingerprint: string, path: string): string {
  return `${fingerprint}\0${path}`;
}

export class Baseline {
  private readonly byKey = new Map<string, BaselineEntry>();
  /** entries that matched a finding in this run (for --prune) */
  readonly used = new Set<BaselineEntry>();

  constructor(
    readonly entries: BaselineEntry[],
    private readonly today = new Date().toISOString().slice(0, 10),
  ) {
    for (const entry of entries) this.byKey.set(key(entry.fingerprint, entry.path), entry);
  }

  /** Reads a baseline file, or a leakhound JSON report used as one. */
  static load(path: string): Baseline {
    let text: string;
    try {
      text = readRegularFile(path);
    } catch (err) {
      throw new LeakhoundError("BAD_CONFIG", `cannot read baseline ${path}: ${reasonOf(err)}`);
    }
    return Baseline.parse(text, path);
  }

  /** Parses baseline text; `path` names it in errors. */
  static parse(text: string, path: string): Baseline {
    let doc: unknown;
    try {
      doc = JSON.parse(text);
    } catch (err) {
      throw new LeakhoundError("BAD_CONFIG", `cannot read baseline ${path}: ${jsonProblem(err)}`);
    }
    const list = Array.isArray(doc) ? doc : (doc as { entries?: unknown } | null)?.entries;
    if (!Array.isArray(list))
      throw new LeakhoundError(
        "BAD_CONFIG",
        `${path}: not a leakhound baseline or JSON report${foreignHint(doc, path)}`,
      );
    const entries: BaselineEntry[] = [];
    for (const [i, item] of list.entries()) {
      if (item === null) continue;
      const e = item as Partial<BaselineEntry> & { file?: string; ruleId?: string };
      const path_ = e.path ?? e.file;
      if (typeof e.fingerprint !== "string" || typeof path_ !== "string") {
        // named by its position and keys only: an entry of another tool's report holds the raw secret
        const keys =
          typeof item === "object"
            ? Object.keys(item as object)
                .slice(0, 8)
                .join(", ")
            : typeof item;
        throw new LeakhoundError(
          "BAD_CONFIG",
          `${path}: entry ${i + 1} has no fingerprint or path (it has: ${keys})${foreignHint(doc, path)}`,
        );
      }
      if (e.expires !== undefined && !/^\d{4}-\d{2}-\d{2}$/.test(e.expires)) {
        throw new LeakhoundError(
          "BAD_CONFIG",
          `${path}: expires must be a date like 2027-01-31, not ${JSON.stringify(e.expires)}`,
        );
      }
      if (e.verdict !== undefined && e.verdict !== "false-positive" && e.verdict !== "accepted") {
        throw new LeakhoundError(
          "BAD_CONFIG",
          `${path}: entry ${i + 1}: verdict must be "false-positive" or "accepted"`,
        );
      }
      entries.push({
        fingerprint: e.fingerprint,
        path: path_,
        rule: e.rule ?? e.ruleId ?? "",
        ...(e.reason ? { reason: e.reason } : {}),
        ...(e.expires ? { expires: e.expires } : {}),
        ...(e.verdict ? { verdict: e.verdict } : {}),
      });
    }
    return new Baseline(entries);
  }

  /** The entry accepting this finding, if any and not expired. */
  covers(finding: Finding): boolean {
    const entry = this.byKey.get(key(finding.fingerprint, finding.path)) ?? this.bySuffix(finding);
    if (!entry) return false;
    this.used.add(entry);
    return entry.expires === undefined || entry.expires > this.today;
  }

  // a scan of /abs/repo shows /abs/repo/a.env where the baseline, written at the root, says a.env
  private bySuffix(finding: Finding): BaselineEntry | undefined {
    for (let i = finding.path.indexOf("/"); i !== -1; i = finding.path.indexOf("/", i + 1)) {
      const entry = this.byKey.get(key(finding.fingerprint, finding.path.slice(i + 1)));
      if (entry) return entry;
    }
    return undefined;
  }
}

/**
 * What is wrong with a JSON text, without quoting it: JSON.parse's message quotes the text it
 * stopped at, which in another tool's report is a raw secret.
 */
export function jsonProblem(err: unknown): string {
  const at = /position (\d+)/.exec(err instanceof Error ? err.message : "")?.[1];
  return `invalid JSON${at ? ` at character ${at}` : ""}`;
}

/** For another tool's file given as a baseline: how to turn it into one. */
function foreignHint(doc: unknown, path: string): string {
  const first = Array.isArray(doc) ? doc[0] : doc;
  const looksForeign =
    typeof first === "object" &&
    first !== null &&
    ["RuleID", "SourceMetadata", "DetectorName", "results", "plugins_used"].some((k) => k in first);
  return looksForeign
    ? `: it looks like another scanner's file; convert it with \`leakhound baseline import ${path}\``
    : "";
}

/** Baseline entries for findings, keeping the reason and expiry of entries that already existed. */
export function entriesFor(
  findings: Finding[],
  previous: Baseline | undefined,
  root: (path: string) => string,
): BaselineEntry[] {
  const old = new Map((previous?.entries ?? []).map((e) => [key(e.fingerprint, e.path), e]));
  const out = new Map<string, BaselineEntry>();
  for (const f of findings) {
    const path = root(f.path);
    const k = key(f.fingerprint, path);
    const before = old.get(k);
    out.set(k, {
      fingerprint: f.fingerprint,
      path,
      rule: f.ruleId,
      ...(before?.reason ? { reason: before.reason } : {}),
      ...(before?.expires ? { expires: before.expires } : {}),
      ...(before?.verdict ? { verdict: before.verdict } : {}),
    });
  }
  return [...out.values()];
}

export function writeBaseline(path: string, entries: BaselineEntry[]): void {
  const sorted = [...new Map(entries.map((e) => [key(e.fingerprint, e.path), e])).values()].sort((a, b) =>
    a.fingerprint < b.fingerprint
      ? -1
      : a.fingerprint > b.fingerprint
        ? 1
        : a.path < b.path
          ? -1
          : a.path > b.path
            ? 1
            : 0,
  );
  const lines = sorted.map((e) => `${JSON.stringify(e)},`);
  // whole or not at all: a truncated baseline would bring accepted findings back, or fail to parse
  writeWholeFile(path, [FIRST_LINE, ...lines, LAST_LINE, ""].join("\n"), "baseline ");
}

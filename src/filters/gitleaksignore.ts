// Honours a gitleaks `.gitleaksignore`: one finding per line, as gitleaks fingerprints them:
// `commit:file:rule:line` for history findings, `file:rule:line` for files. Matched on commit,
// file and line; the rule only when it names one of leakhound's rules (gitleaks' ids differ).
import { existsSync } from "node:fs";
import { LeakhoundError, reasonOf } from "../errors.js";
import { readRegularFile } from "../io/read-file.js";
import { join } from "node:path";
import type { Finding } from "../model.js";

export const GITLEAKSIGNORE_FILE = ".gitleaksignore";

interface IgnoreEntry {
  commit?: string;
  file: string;
  rule: string;
  line: number;
}

export class GitleaksIgnore {
  private constructor(
    private readonly entries: IgnoreEntry[],
    private readonly ruleIds: Set<string>,
  ) {}

  /** The `.gitleaksignore` in `root`, if there is one. */
  static find(root: string, ruleIds: Iterable<string>): GitleaksIgnore | undefined {
    const path = join(root, GITLEAKSIGNORE_FILE);
    if (!existsSync(path)) return undefined;
    let text: string;
    try {
      text = readRegularFile(path);
    } catch (err) {
      throw new LeakhoundError("BAD_CONFIG", `cannot read ${path}: ${reasonOf(err)}`);
    }
    return GitleaksIgnore.parse(text, ruleIds);
  }

  static parse(text: string, ruleIds: Iterable<string>): GitleaksIgnore {
    const entries: IgnoreEntry[] = [];
    for (const raw of text.split("\n")) {
      const text = raw.trim();
      if (!text || text.startsWith("#")) continue;
      const parts = text.split(":");
      const line = Number(parts.pop());
      const rule = parts.pop() ?? "";
      if (!Number.isInteger(line) || parts.length === 0) continue;
      const commit = /^[0-9a-f]{7,64}$/i.test(parts[0]!) && parts.length > 1 ? parts.shift() : undefined;
      entries.push({ ...(commit ? { commit: commit.toLowerCase() } : {}), file: parts.join(":"), rule, line });
    }
    return new GitleaksIgnore(entries, new Set(ruleIds));
  }

  covers(finding: Finding): boolean {
    return this.entries.some(
      (e) =>
        e.line === finding.startLine &&
        (finding.path === e.file || finding.path.endsWith(`/${e.file}`)) &&
        (e.commit === undefined || finding.git?.commit.startsWith(e.commit) === true) &&
        (!this.ruleIds.has(e.rule) || e.rule === finding.ruleId),
    );
  }
}

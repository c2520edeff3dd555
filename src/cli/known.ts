// Findings already accepted: by the baseline (.leakhound-baseline.json or --baseline) or by a
// gitleaks .gitleaksignore. They are counted, not reported.
import { existsSync } from "node:fs";
import { join } from "node:path";
import type { Finding, Rule } from "../model.js";
import { Baseline, BASELINE_FILE } from "../filters/baseline.js";
import { GitleaksIgnore } from "../filters/gitleaksignore.js";

export class KnownFindings {
  readonly baseline: Baseline | undefined;
  private readonly ignore: GitleaksIgnore | undefined;
  /** the findings held back so far */
  private readonly held = new Set<Finding>();

  get hidden(): number {
    return this.held.size;
  }

  /** `explicit`: --baseline FILE, `false` for --no-baseline, undefined to use the one at `root`. */
  constructor(root: string, explicit: string | false | undefined, rules: readonly Rule[]) {
    const path = explicit === false ? undefined : (explicit ?? (existsSync(join(root, BASELINE_FILE)) ? join(root, BASELINE_FILE) : undefined));
    this.baseline = path ? Baseline.load(path) : undefined;
    this.ignore = GitleaksIgnore.find(root, rules.map((r) => r.id));
  }

  /** True for a finding to report; false (and counted) for one already accepted. */
  readonly isNew = (finding: Finding): boolean => {
    if (this.baseline?.covers(finding) || this.ignore?.covers(finding)) {
      this.held.add(finding);
      return false;
    }
    return true;
  };

  /** The findings of a scan, less those held back while it streamed them. */
  fresh(findings: Finding[]): Finding[] {
    return this.held.size > 0 ? findings.filter((f) => !this.held.has(f)) : findings;
  }
}

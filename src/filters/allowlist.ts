// Allowlists, global or per rule: paths (picomatch globs), regexes (RE2) and stopwords.
import RE2 from "re2";
import { LeakhoundError } from "../errors.js";
import type { RuleAllowlist } from "../model.js";
import { globMatcher } from "./glob.js";

export interface AllowCandidate {
  path: string;
  secret: string;
  match: string;
  line: string;
}

export class Allowlist {
  private readonly pathMatch: ((path: string) => boolean) | undefined;
  private readonly regexes: RE2[];
  private readonly stopwords: string[];
  private readonly target: RuleAllowlist["regexTarget"];

  /** `where` names the rule or config the allowlist came from, for error messages. */
  constructor(spec: RuleAllowlist, where: string) {
    this.pathMatch = globMatcher(spec.paths);
    this.regexes = spec.regexes.map((source) => compileRegex(source, "", where));
    this.stopwords = spec.stopwords.map((w) => w.toLowerCase());
    this.target = spec.regexTarget;
  }

  get isEmpty(): boolean {
    return !this.pathMatch && this.regexes.length === 0 && this.stopwords.length === 0;
  }

  allowsPath(path: string): boolean {
    return this.pathMatch ? this.pathMatch(path) : false;
  }

  allows(candidate: AllowCandidate): boolean {
    if (this.allowsPath(candidate.path)) return true;
    if (this.stopwords.length > 0) {
      const secret = candidate.secret.toLowerCase();
      if (this.stopwords.some((w) => secret.includes(w))) return true;
    }
    if (this.regexes.length > 0) {
      const subject = candidate[this.target];
      if (this.regexes.some((re) => re.test(subject))) return true;
    }
    return false;
  }
}

/** Compiles an RE2 regex, turning a syntax error into a one-line error naming its origin. */
export function compileRegex(source: string, flags: string, where: string): RE2 {
  try {
    return new RE2(source, flags);
  } catch (err) {
    const why = err instanceof Error ? err.message : String(err);
    throw new LeakhoundError("BAD_RULE", `${where}: invalid regex ${JSON.stringify(source)}: ${why}`);
  }
}

export function emptyAllowlist(): RuleAllowlist {
  return { paths: [], regexes: [], regexTarget: "secret", stopwords: [] };
}

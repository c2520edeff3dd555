// Allowlists, global or per rule: paths (globs or regexes), commits, regexes (RE2) and stopwords.
import RE2 from "re2";
import { LeakhoundError } from "../errors.js";
import type { RuleAllowlist } from "../model.js";
import { globMatcher } from "./glob.js";

export interface AllowCandidate {
  path: string;
  secret: string;
  match: string;
  line: string;
  commit?: string;
}

/** One allowlist table. */
class AllowSpec {
  private readonly pathGlobs: ((path: string) => boolean) | undefined;
  private readonly pathRegexes: RE2[];
  private readonly regexes: RE2[];
  private readonly stopwords: string[];
  private readonly commits: string[];
  private readonly target: RuleAllowlist["regexTarget"];
  private readonly all: boolean;

  /** `where` names the rule or config the allowlist came from, for error messages. */
  constructor(spec: RuleAllowlist, where: string) {
    this.pathGlobs = globMatcher(spec.paths);
    this.pathRegexes = spec.pathRegexes.map((source) => compileRegex(source, "", where));
    this.regexes = spec.regexes.map((source) => compileRegex(source, "", where));
    this.stopwords = spec.stopwords.map((w) => w.toLowerCase());
    this.commits = spec.commits.map((c) => c.toLowerCase());
    this.target = spec.regexTarget;
    this.all = spec.condition === "and";
  }

  get isEmpty(): boolean {
    return (
      !this.pathGlobs &&
      this.pathRegexes.length + this.regexes.length + this.stopwords.length + this.commits.length === 0
    );
  }

  private get hasPathCriterion(): boolean {
    return this.pathGlobs !== undefined || this.pathRegexes.length > 0;
  }

  private pathMatches(path: string): boolean {
    return (this.pathGlobs?.(path) ?? false) || this.pathRegexes.some((re) => re.test(path));
  }

  /** True when every finding in this path is allowed (the path criterion alone decides). */
  allowsPath(path: string): boolean {
    if (!this.hasPathCriterion) return false;
    if (this.all && this.regexes.length + this.stopwords.length + this.commits.length > 0) return false;
    return this.pathMatches(path);
  }

  allows(candidate: AllowCandidate): boolean {
    const checks: boolean[] = [];
    if (this.hasPathCriterion) checks.push(this.pathMatches(candidate.path));
    if (this.commits.length > 0) {
      const commit = candidate.commit?.toLowerCase();
      checks.push(commit !== undefined && this.commits.some((c) => commit.startsWith(c)));
    }
    if (this.stopwords.length > 0) {
      const secret = candidate.secret.toLowerCase();
      checks.push(this.stopwords.some((w) => secret.includes(w)));
    }
    if (this.regexes.length > 0) {
      const subject = candidate[this.target];
      checks.push(this.regexes.some((re) => re.test(subject)));
    }
    if (checks.length === 0) return false;
    return this.all ? checks.every(Boolean) : checks.some(Boolean);
  }
}

/** Any number of allowlists: a finding is allowed when any of them allows it. */
export class Allowlist {
  private readonly specs: AllowSpec[];

  constructor(specs: readonly RuleAllowlist[], where: string) {
    this.specs = specs.map((spec) => new AllowSpec(spec, where)).filter((spec) => !spec.isEmpty);
  }

  get isEmpty(): boolean {
    return this.specs.length === 0;
  }

  allowsPath(path: string): boolean {
    return this.specs.some((spec) => spec.allowsPath(path));
  }

  allows(candidate: AllowCandidate): boolean {
    return this.specs.some((spec) => spec.allows(candidate));
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
  return {
    paths: [],
    pathRegexes: [],
    commits: [],
    condition: "or",
    regexes: [],
    regexTarget: "secret",
    stopwords: [],
  };
}

// Scanning git without a git executable, through isomorphic-git. (Being written: see the helper task.)
import { LeakhoundError } from "../errors.js";
import type { HistoryScope } from "../sources/git.js";
import type { RuleSet } from "./detector.js";
import type { GitScanOptions, GitScanResult } from "./git.js";
import type { ScanResult } from "./scan.js";

export async function scanHistoryWithIsomorphicGit(_repo: string, _ruleSet: RuleSet, _scope: HistoryScope, _options: GitScanOptions): Promise<GitScanResult> {
  throw new LeakhoundError("NO_GIT", "no git executable found");
}

export async function scanStagedWithIsomorphicGit(_repo: string, _ruleSet: RuleSet, _options: GitScanOptions): Promise<ScanResult> {
  throw new LeakhoundError("NO_GIT", "no git executable found");
}

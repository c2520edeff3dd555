// A repository's history without a git executable, through isomorphic-git: the same findings as the
// git source (what each change introduced, by scan/introduced.ts), at a lower speed.
import { addStats } from "./dir-source.js";
import type { HistorySource } from "./git-history-source.js";
import type { HistoryScope } from "./git.js";

export function isogitHistorySource(repo: string, scope: HistoryScope = {}): HistorySource {
  const source: HistorySource = {
    kind: "git history (isomorphic-git)",
    unit: "commit",
    ordered: true,
    commits: 0,
    async run(run) {
      // isomorphic-git is loaded only when there is no git executable
      const { scanHistoryWithIsomorphicGit } = await import("../scan/history-isogit.js");
      const result = await scanHistoryWithIsomorphicGit(repo, run.ruleSet, scope, {
        maxFileSize: run.maxFileSize,
        onFinding: run.found,
        ...(run.progress ? { onProgress: run.progress } : {}),
      });
      addStats(run.stats, result.stats);
      source.commits = result.commits;
    },
  };
  return source;
}

// A repository's history through the git executable (`leakhound git`): `git log -p` gives the lines
// each commit adds, scanned as they stream (scan/history.ts, sources/history-patch.ts). Without git,
// the isomorphic-git source stands in.
import { scanHistory } from "../scan/history.js";
import { addStats } from "./dir-source.js";
import { hasGitBinary, noteNoGitForHistory, type HistoryScope, type RepoInfo } from "./git.js";
import { isogitHistorySource } from "./isogit-history-source.js";
import type { Source } from "./source.js";

export interface HistorySource extends Source {
  /** after the run: commits scanned */
  commits: number;
}

/** The history of `repo` in `scope`: through git when there is a git executable, else isomorphic-git (with a note). */
export function historySource(repo: string, scope: HistoryScope = {}, repoInfo?: RepoInfo): HistorySource {
  if (!hasGitBinary()) {
    noteNoGitForHistory();
    return isogitHistorySource(repo, scope);
  }
  return gitHistorySource(repo, scope, repoInfo);
}

export function gitHistorySource(repo: string, scope: HistoryScope = {}, repoInfo?: RepoInfo): HistorySource {
  const source: HistorySource = {
    kind: "git history",
    unit: "commit",
    ordered: true,
    commits: 0,
    async run(run) {
      const result = await scanHistory(repo, run.ruleSet, scope, {
        maxFileSize: run.maxFileSize,
        ...(repoInfo ? { repoInfo } : {}),
        onFinding: run.found,
        ...(run.progress ? { onProgress: run.progress } : {}),
      });
      addStats(run.stats, result.stats);
      source.commits = result.commits;
    },
  };
  return source;
}

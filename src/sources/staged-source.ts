// What is staged (`leakhound staged`, the pre-commit hook): the added lines of `git diff --cached`,
// less what HEAD already holds at the same path (scan/introduced.ts); isomorphic-git without git.
import { scanStaged } from "../scan/git.js";
import { addStats } from "./dir-source.js";
import type { StagedDiff } from "./git.js";
import type { Source } from "./source.js";

/** `diff`: the staged diff already started (the pre-commit path starts git before loading the rules). */
export function stagedSource(repo: string, diff?: StagedDiff): Source {
  return {
    kind: "staged",
    unit: "file",
    async run(run) {
      const { stats } = await scanStaged(
        repo,
        run.ruleSet,
        { maxFileSize: run.maxFileSize, onFinding: run.found },
        diff,
      );
      addStats(run.stats, stats);
    },
  };
}

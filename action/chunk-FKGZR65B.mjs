import {
  LeakhoundError
} from "./chunk-BZZN2V7E.mjs";

// src/scan/history-isogit.ts
async function scanHistoryWithIsomorphicGit(_repo, _ruleSet, _scope, _options) {
  throw new LeakhoundError("NO_GIT", "no git executable found");
}
async function scanStagedWithIsomorphicGit(_repo, _ruleSet, _options) {
  throw new LeakhoundError("NO_GIT", "no git executable found");
}
export {
  scanHistoryWithIsomorphicGit,
  scanStagedWithIsomorphicGit
};

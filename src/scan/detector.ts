// Builds the detector for a rule set: the rules and the config's global allowlists.
import { Detector } from "../engine/detector.js";
import { Allowlist } from "../filters/allowlist.js";
import type { Rule, RuleAllowlist } from "../model.js";

export interface RuleSet {
  rules: Rule[];
  /** allowlists that apply to every rule */
  allowlists: RuleAllowlist[];
}

export function createDetector(ruleSet: RuleSet): Detector {
  return new Detector(ruleSet.rules, { allowlist: new Allowlist(ruleSet.allowlists, "config allowlist") });
}

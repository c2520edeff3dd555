// Builds the detector for a rule set: the rules and the config's global allowlists.
import { Detector, type DetectorOptions } from "../engine/detector.js";
import { Allowlist } from "../filters/allowlist.js";
import type { Rule, RuleAllowlist } from "../model.js";

export interface RuleSet {
  rules: Rule[];
  /** allowlists that apply to every rule */
  allowlists: RuleAllowlist[];
}

export function createDetector(ruleSet: RuleSet, options: Omit<DetectorOptions, "allowlist"> = {}): Detector {
  return new Detector(ruleSet.rules, { ...options, allowlist: new Allowlist(ruleSet.allowlists, "config allowlist") });
}

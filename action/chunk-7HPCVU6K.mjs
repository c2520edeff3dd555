import {
  Allowlist,
  Detector
} from "./chunk-DIVQNKH2.mjs";

// src/scan/detector.ts
function createDetector(ruleSet) {
  return new Detector(ruleSet.rules, { allowlist: new Allowlist(ruleSet.allowlists, "config allowlist") });
}

// src/filters/inherited.ts
function introducedFindings(findings, before) {
  if (!before || findings.length === 0) return findings;
  return findings.filter((f) => !(before.includes(f.secret) || f.match !== "" && before.includes(f.match)));
}

export {
  createDetector,
  introducedFindings
};

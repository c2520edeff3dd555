// Findings that a change's own edits to the repository's settings files would hide. A pull request
// is judged by the settings of its base; this tells reviewers which of its findings its new
// settings (a baseline entry, an allowlist, a disabled or rewritten rule, a .gitleaksignore line)
// would silence.
import type { DetectionSettings } from "../config/config.js";
import type { KnownFindings } from "../cli/known.js";
import { Detector } from "../engine/detector.js";
import type { Finding } from "../model.js";
import { Allowlist } from "./allowlist.js";

export interface ChangedSettings {
  detection: DetectionSettings;
  known: KnownFindings;
}

/** For each finding: the settings file whose changed version would hide it, or undefined. */
export function hiddenByChange(head: ChangedSettings): (finding: Finding) => string | undefined {
  const where = head.detection.source ?? "the configuration";
  let detector: Detector | undefined;
  return (finding) => {
    if (!head.detection.rules.some((r) => r.id === finding.ruleId)) return fileName(where);
    // the finding's own text, judged by the changed rules and allowlists (a rule replaced by one
    // that no longer matches, an allowlist that now covers the path or the secret)
    detector ??= new Detector(head.detection.rules, { allowlist: new Allowlist(head.detection.allowlists, where) });
    const text = finding.match.includes("\n") ? finding.match : finding.context;
    const again = detector.detect({
      path: finding.path,
      bytes: Buffer.from(text, "utf8"),
      ...(finding.git ? { git: finding.git } : {}),
    });
    if (!again.some((f) => f.ruleId === finding.ruleId && f.secret === finding.secret)) return fileName(where);
    const known = head.known.reasonFor(finding)?.file;
    return known === undefined ? undefined : fileName(known);
  };
}

/** The file's path in the repository, without the commit a settings file was read at. */
function fileName(label: string): string {
  return label.replace(/ at [0-9a-f]{7,40}$/, "");
}

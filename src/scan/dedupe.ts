// History findings are reported once per secret and file: at the first (oldest) commit that adds
// it, not again where a later commit re-adds, moves or re-indents the same line.
import type { Finding } from "../model.js";
import { isMessagePath } from "../sources/messages.js";

/** What makes a history finding the same as another: its secret and file, or its secret and message. */
export function historyKey(finding: Finding): string {
  const where = isMessagePath(finding.path) ? `${finding.path}\0${finding.git?.commit ?? ""}` : finding.path;
  return `${finding.fingerprint}\0${where}`;
}

export class HistoryDeduper {
  private readonly seen = new Set<string>();

  isNew(finding: Finding): boolean {
    const key = historyKey(finding);
    if (this.seen.has(key)) return false;
    this.seen.add(key);
    return true;
  }
}

// History findings are reported once per secret and file: at the first (oldest) commit that adds
// it, not again where a later commit re-adds, moves or re-indents the same line.
import type { Finding } from "../model.js";

export class HistoryDeduper {
  private readonly seen = new Set<string>();

  isNew(finding: Finding): boolean {
    const key = `${finding.fingerprint}\0${finding.path}`;
    if (this.seen.has(key)) return false;
    this.seen.add(key);
    return true;
  }
}

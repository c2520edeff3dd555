import {
  isMessagePath
} from "./chunk-R3PJ4J7V.mjs";

// src/model.ts
function emptyStats() {
  return { files: 0, bytes: 0, skippedBinary: 0, skippedLarge: 0, known: 0, errors: [] };
}

// src/scan/dedupe.ts
function historyKey(finding) {
  const where = isMessagePath(finding.path) ? `${finding.path}\0${finding.git?.commit ?? ""}` : finding.path;
  return `${finding.fingerprint}\0${where}`;
}
var HistoryDeduper = class {
  seen = /* @__PURE__ */ new Set();
  isNew(finding) {
    const key = historyKey(finding);
    if (this.seen.has(key)) return false;
    this.seen.add(key);
    return true;
  }
};

// src/scan/message-secrets.ts
function markMessageSecrets(findings) {
  const byCommit = /* @__PURE__ */ new Map();
  for (const f of findings) {
    if (!f.git || !isMessagePath(f.path)) continue;
    const secrets = byCommit.get(f.git.commit) ?? /* @__PURE__ */ new Set();
    byCommit.set(f.git.commit, secrets.add(f.secret));
  }
  if (byCommit.size === 0) return findings;
  return findings.map((f) => {
    const secrets = f.git && byCommit.get(f.git.commit);
    return secrets && f.git ? { ...f, git: { ...f.git, messageSecrets: [...secrets] } } : f;
  });
}

export {
  emptyStats,
  historyKey,
  HistoryDeduper,
  markMessageSecrets
};

// A commit's subject travels with every finding of that commit (the `message` field): the secrets
// found in that commit's message are attached to each of them, so every output can redact them.
import type { Finding } from "../model.js";
import { isMessagePath } from "../sources/messages.js";

export function markMessageSecrets(findings: Finding[]): Finding[] {
  const byCommit = new Map<string, Set<string>>();
  for (const f of findings) {
    if (!f.git || !isMessagePath(f.path)) continue;
    const secrets = byCommit.get(f.git.commit) ?? new Set<string>();
    byCommit.set(f.git.commit, secrets.add(f.secret));
  }
  if (byCommit.size === 0) return findings;
  return findings.map((f) => {
    const secrets = f.git && byCommit.get(f.git.commit);
    return secrets && f.git ? { ...f, git: { ...f.git, messageSecrets: [...secrets] } } : f;
  });
}

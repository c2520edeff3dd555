// What a baseline's entries stand for today: each entry matched to the finding it accepts in a fresh
// scan (by fingerprint and path, as the baseline matches), or found stale (no finding matches it
// any more) or expired (its `expires` day has come: the finding is reported again).
import type { Finding } from "../model.js";
import type { BaselineEntry } from "./baseline.js";

export interface AuditedEntry {
  entry: BaselineEntry;
  /** the finding the entry accepts, if the scan still finds it */
  finding?: Finding;
  expired: boolean;
  stale: boolean;
}

/** Today as the baseline writes dates. */
export const isoDay = (date: Date): string => date.toISOString().slice(0, 10);

/** Each entry with its finding (found where the baseline would find it) and whether it is stale or expired. */
export function auditEntries(
  entries: readonly BaselineEntry[],
  findings: readonly Finding[],
  today: string,
): AuditedEntry[] {
  const byKey = new Map<string, Finding>();
  for (const f of findings) {
    // the oldest finding of a secret in a file is the one to show (history scans report it once per path)
    const k = `${f.fingerprint}\0${f.path}`;
    if (!byKey.has(k)) byKey.set(k, f);
  }
  const find = (e: BaselineEntry): Finding | undefined =>
    byKey.get(`${e.fingerprint}\0${e.path}`) ??
    findings.find((f) => f.fingerprint === e.fingerprint && f.path.endsWith(`/${e.path}`));
  return entries.map((entry) => {
    const finding = find(entry);
    return {
      entry,
      ...(finding ? { finding } : {}),
      expired: entry.expires !== undefined && entry.expires <= today,
      stale: finding === undefined,
    };
  });
}

/** A YYYY-MM-DD day that exists (2027-02-30 does not). */
export function isDay(text: string): boolean {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(text)) return false;
  const d = new Date(`${text}T00:00:00Z`);
  return !Number.isNaN(d.getTime()) && isoDay(d) === text;
}

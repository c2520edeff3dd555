// `leakhound merge`: the outputs of several shards (JSONL or SARIF) as one, without duplicates.
import { readFileSync } from "node:fs";
import type { SarifLog as Log } from "../report/sarif-log.js";
import { LeakhoundError, reasonOf } from "../errors.js";
import { inertJson } from "../report/inert.js";
import { isSummaryRecord, type ScanSummary } from "../report/summary.js";

export function mergeOutputs(files: string[]): { format: "jsonl" | "sarif"; text: string } {
  const texts = files.map((file) => {
    try {
      return readFileSync(file, "utf8");
    } catch (err) {
      throw new LeakhoundError("NOT_FOUND", `cannot read ${file}: ${reasonOf(err)}`);
    }
  });
  const sarif = texts.map((t) => t.trimStart().startsWith("{\n") || t.includes('"$schema"') || t.includes('"runs"'));
  if (sarif.every(Boolean)) {
    const logs = texts.map((t, i) => {
      try {
        return JSON.parse(t) as Log;
      } catch (err) {
        throw new LeakhoundError("BAD_CONFIG", `${files[i]}: not SARIF: ${reasonOf(err)}`);
      }
    });
    const seen = new Set<string>();
    const runs = logs
      .flatMap((l) => l.runs)
      .filter((run) => {
        // two shards with the same results but different problems are two runs
        const key = JSON.stringify(run.automationDetails?.id ?? [run.results, run.invocations ?? []]);
        if (seen.has(key)) return false;
        seen.add(key);
        return true;
      });
    return { format: "sarif", text: inertJson(JSON.stringify({ ...logs[0], runs }, null, 2)) + "\n" };
  }
  if (sarif.some(Boolean)) throw new LeakhoundError("USAGE", "merge takes files of one format: all JSONL or all SARIF");
  const seen = new Set<string>();
  const lines: string[] = [];
  const summaries: ScanSummary[] = [];
  texts.forEach((text, i) => {
    for (const line of text.split("\n").filter(Boolean)) {
      let f: { repository?: string; fingerprint?: string; file?: string; commit?: string };
      try {
        f = JSON.parse(line);
      } catch (err) {
        throw new LeakhoundError("BAD_CONFIG", `${files[i]}: a line is not JSON: ${reasonOf(err)}`);
      }
      // a shard's summary record is not a finding: the shards' summaries become one, at the end
      if (isSummaryRecord(f)) {
        summaries.push(f);
        continue;
      }
      const key = `${f.repository}\0${f.fingerprint}\0${f.file}\0${f.commit}`;
      if (seen.has(key)) continue;
      seen.add(key);
      lines.push(inertJson(line));
    }
  });
  lines.sort(); // shards finish in any order; a stable order makes merged outputs comparable
  if (summaries.length > 0) lines.push(JSON.stringify(mergedSummary(summaries, lines.length)));
  return { format: "jsonl", text: lines.length ? lines.join("\n") + "\n" : "" };
}

/** The shards' summaries as one: counts added up, every problem kept, complete only if every shard was. */
function mergedSummary(summaries: ScanSummary[], findings: number): ScanSummary {
  const sum = (pick: (s: ScanSummary) => number) => summaries.reduce((n, s) => n + (Number(pick(s)) || 0), 0);
  return {
    type: "summary",
    complete: summaries.every((s) => s.complete === true),
    unit: summaries[0]!.unit,
    scanned: sum((s) => s.scanned),
    bytes: sum((s) => s.bytes),
    skipped: { binary: sum((s) => s.skipped?.binary), large: sum((s) => s.skipped?.large) },
    known: sum((s) => s.known),
    findings,
    problems: summaries.flatMap((s) => (Array.isArray(s.problems) ? s.problems : [])),
    elapsedMs: Math.max(...summaries.map((s) => Number(s.elapsedMs) || 0)),
  };
}

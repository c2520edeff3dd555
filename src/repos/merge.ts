// `leakhound merge`: the outputs of several shards (JSONL or SARIF) as one, without duplicates.
import { readFileSync } from "node:fs";
import type { Log } from "sarif";
import { LeakhoundError, reasonOf } from "../errors.js";
import { inertJson } from "../report/inert.js";

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
    const runs = logs.flatMap((l) => l.runs).filter((run) => {
      const key = JSON.stringify(run.automationDetails?.id ?? run.results);
      if (seen.has(key)) return false;
      seen.add(key);
      return true;
    });
    return { format: "sarif", text: inertJson(JSON.stringify({ ...logs[0], runs }, null, 2)) + "\n" };
  }
  if (sarif.some(Boolean)) throw new LeakhoundError("USAGE", "merge takes files of one format: all JSONL or all SARIF");
  const seen = new Set<string>();
  const lines: string[] = [];
  texts.forEach((text, i) => {
    for (const line of text.split("\n").filter(Boolean)) {
      let f: { repository?: string; fingerprint?: string; file?: string; commit?: string };
      try {
        f = JSON.parse(line);
      } catch (err) {
        throw new LeakhoundError("BAD_CONFIG", `${files[i]}: a line is not JSON: ${reasonOf(err)}`);
      }
      const key = `${f.repository}\0${f.fingerprint}\0${f.file}\0${f.commit}`;
      if (seen.has(key)) continue;
      seen.add(key);
      lines.push(inertJson(line));
    }
  });
  lines.sort(); // shards finish in any order; a stable order makes merged outputs comparable
  return { format: "jsonl", text: lines.length ? lines.join("\n") + "\n" : "" };
}
